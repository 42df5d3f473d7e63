/* pforc.h - the compiler's internal types and its stages: scan, parse (the
 * pragma unit, the grammar, the tree walk), check, generate (a backend
 * table), emit.  Data flows one way: each stage reads what the stages
 * before it built and adds its own part; nothing calls back upstream. */
#ifndef PFORC_H
#define PFORC_H

#include <stddef.h>
#include <stdint.h>

#include "lang.h"

#define NONE ((size_t)-1)

/* ---- utilities (util.c) ------------------------------------------------- */

/* A growable byte buffer; on out of memory it sets oom and drops writes. */
typedef struct outbuf {
    char *p;
    size_t n, cap;
    int oom;
} outbuf_t;

void ob_put(outbuf_t *o, const char *s, size_t n);
void ob_puts(outbuf_t *o, const char *s);
void ob_printf(outbuf_t *o, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
/* The contents as a NUL-terminated string the caller frees ("" when empty);
 * the buffer is left empty. */
char *ob_take(outbuf_t *o);

/* A hash map from names (byte strings, not copied: they point into the
 * source) to a value; open addressing, grows by doubling. */
typedef struct name_slot {
    const char *p; /* NULL: empty */
    size_t len;
    size_t val;
} name_slot_t;

typedef struct name_map {
    name_slot_t *slot;
    size_t n, cap;
    int oom;
} name_map_t;

/* The slot of name, or NULL. */
name_slot_t *nm_find(const name_map_t *m, const char *p, size_t len);
/* Add name with val unless present; returns its slot (NULL when out of
 * memory, with m->oom set).  *added tells whether it was new. */
name_slot_t *nm_add(name_map_t *m, const char *p, size_t len, size_t val,
                    int *added);
void nm_free(name_map_t *m);

/* Grow *v (of *cap elements of size elem) to hold n + 1; -1 when out of
 * memory. */
int pf_grow(void **v, size_t *cap, size_t n, size_t elem);

/* ---- tokens (scanner.l) ---------------------------------------------------
 */

typedef enum tok_kind {
    T_EOF = 0,
    T_WS,      /* blanks, and backslash-newline outside any token */
    T_NEWLINE, /* one '\n' */
    T_COMMENT, /* // or block comment, continuations included */
    T_PP,      /* a whole preprocessor directive line, continuations too */
    T_PRAGMA,  /* a #pragma pfor directive or _Pragma("pfor ...") */
    T_IDENT,
    T_NUMBER,
    T_STRING,
    T_CHAR,
    T_PUNCT,
    T_OTHER /* any other byte */
} tok_kind_t;

/* Punctuator codes: a single-character punctuator is its character, the
 * multi-character ones are these. */
enum {
    P_INC = 256, /* ++ */
    P_DEC,       /* -- */
    P_ARROW,     /* -> */
    P_ANDAND,
    P_OROR,
    P_LE,
    P_GE,
    P_EQ,
    P_NE,
    P_SHL,
    P_SHR,
    P_ADD_ASSIGN,
    P_SUB_ASSIGN,
    P_OTHER_ASSIGN, /* *= /= %= &= |= ^= <<= >>= */
    P_ELLIPSIS,
    P_HASHHASH
};

/* One token: 12 bytes.  The scanner tiles the text, but only the tokens
 * the later stages look at are kept (blanks, newlines and comments are
 * not: the text between two tokens is copied from the source). */
typedef struct token {
    uint32_t off; /* byte offset in the text it was scanned from */
    uint32_t len;
    uint8_t kind;  /* tok_kind_t */
    uint8_t space; /* blanks, a comment or a directive came before it */
    uint16_t punct;
} token_t;

typedef struct token_vec {
    token_t *v;
    size_t n, cap;
} token_vec_t;

/* The largest input pforc takes (offsets are 32 bits; flex takes an int). */
#define PF_MAX_INPUT ((size_t)0x7ffffff0)

/* Scan text[0..len) and append its tokens to *out, all but T_WS, T_NEWLINE
 * and T_COMMENT.  Returns 0, or -1 when out of memory. */
int pf_scan(const char *text, size_t len, token_vec_t *out);

/* ---- the source (source.c) and diagnostics (diag.c) -----------------------
 */

/* A file the input says some of its lines come from (line markers,
 * #line); files[0] is the input itself. */
typedef struct src_file {
    char *name;  /* unescaped */
    char *qname; /* quoted, for #line and string literals */
    int is_input;
    /* Its text from disk, loaded on first need (for a diagnostic). */
    int tried;
    char *text;
    size_t len;
    uint32_t *line_start;
    size_t nlines;
} src_file_t;

/* From offset `off` (the line after the directive at `dir`) on, the input's
 * lines are lines `line`, line + 1, ... of files[file]. */
typedef struct line_mark {
    uint32_t dir, off, line, file;
    int sys; /* a system header (flag 3) */
} line_mark_t;

typedef struct source {
    const char *name; /* as given */
    const char *text;
    size_t len;
    uint32_t *line_start; /* offset of the first byte of each line */
    size_t nlines;
    src_file_t *files;
    size_t nfiles, capfiles;
    line_mark_t *marks; /* in input order */
    size_t nmarks, capmarks;
    uint32_t (*omit)[2]; /* [off, end) ranges not to copy, in order */
    size_t nomit, capomit;
    /* pf_where_exact's last pair of lines, tokenised. */
    struct line_pair {
        size_t istart; /* the input line's start, or NONE */
        int file;
        long line;
        token_vec_t it, ot; /* the input's and the original's tokens */
        size_t agree;       /* leading tokens they have in common */
    } pair;
} source_t;

/* Where a byte of the input comes from. */
typedef struct where {
    int file;         /* index in files[] */
    long line;        /* in that file */
    long col;         /* 1-based byte column in `text` */
    const char *text; /* the line: the input's, or with pf_where_exact the
                         original file's when it matched */
    size_t text_len;
    int sys;      /* in a system header */
    int original; /* text is the original file's */
} where_t;

/* Build the line table; -1 when out of memory. */
int pf_source_init(source_t *src, const char *name, const char *text,
                   size_t len);
void pf_source_free(source_t *src);
/* Record the directive at [off, off+len) if it is a line marker or #line:
 * 1 if it was, 0 if not, -1 when out of memory.  In input order. */
int pf_source_directive(source_t *src, size_t off, size_t len);
/* Leave [off, off+len) out of the output; in input order. */
int pf_source_omit(source_t *src, size_t off, size_t len);
/* The file the line at off comes from (a files[] index). */
int pf_source_file_at(const source_t *src, size_t off);
/* Is off the start of a recorded line marker? */
int pf_source_is_marker(const source_t *src, size_t off);
/* 1-based physical line and byte column of a byte offset of the input. */
void pf_locate(const source_t *src, size_t off, size_t *line, size_t *col);
/* The file and line a byte comes from (the column is the input's). */
where_t pf_where(const source_t *src, size_t off);
/* The same, with the column of the same token in the original file's line
 * when the file can be read and its line holds the token (loads it once);
 * else as pf_where. */
where_t pf_where_exact(source_t *src, size_t off);
long pf_line_of(const source_t *src, size_t off);

/* After this many errors the run stops with "too many errors emitted,
 * stopping now", as clang does. */
#define PF_MAX_ERRORS 20

typedef struct diag_sink {
    source_t *src;
    void *stream; /* FILE *, NULL to stay quiet (fuzzing) */
    int errors;
    int warnings;
    int stopped;  /* the error limit was reached: stop translating */
    outbuf_t buf; /* diagnostics not yet written to stream */
} diag_sink_t;

/* gcc-style diagnostic at [off, off+len): header, source line, caret. */
void pf_error(diag_sink_t *d, size_t off, size_t len, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
void pf_warning(diag_sink_t *d, size_t off, size_t len, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
/* Write the buffered diagnostics out; pf_diag_free also frees the buffer. */
void pf_diag_flush(diag_sink_t *d);
void pf_diag_free(diag_sink_t *d);

/* ---- the IR: constructs (filled by the parse stage, judged by check) ----- */

/* A run of parse tokens of one construct, first..last inclusive; empty when
 * last < first. */
typedef struct span {
    int first, last;
} span_t;

static inline span_t pf_span_none(void)
{
    return (span_t){0, -1};
}
static inline int pf_span_empty(span_t s)
{
    return s.last < s.first;
}

/* A token handed to the parser: its grammar code, its text (in the source
 * or in the pragma's cleaned copy) and where a diagnostic should point. */
typedef struct ptok {
    int code;
    int clause; /* clause_id for the clause keywords */
    int punct;  /* scanner punctuator code, for T_PUNCT */
    int kind;   /* scanner kind */
    const char *text;
    size_t len;
    size_t src_off; /* offset in the original source */
    size_t src_len;
    int space_before; /* whitespace or a comment preceded it */
} ptok_t;

/* The shape of a list item. */
enum item_shape {
    ITEM_WHOLE = 0, /* v, or an expression (collect(m[r])) */
    ITEM_SECTION,   /* p[lo:len] */
    ITEM_ROWS       /* rows[lo:n][a:m] */
};

/* An item of a clause's list: reduction, collect, private, firstprivate,
 * lastprivate, shared, copyprivate. */
typedef struct item {
    int clause;       /* its clause_id */
    int op;           /* redop_id of its reduction clause (RED_NONE: unknown) */
    span_t expr;      /* the expression or variable, before any section */
    span_t lo, len;   /* v[lo:len], rows[lo:n][..]; empty for a whole item */
    span_t lo2, len2; /* rows[..][a:m] */
    int shape;        /* enum item_shape */
} item_t;

typedef struct clause {
    int id;       /* clause_id, CL_UNKNOWN for an unknown word */
    span_t name;  /* the keyword */
    span_t arg;   /* EXPR: the expression; SCHEDULE: the kind's word */
    span_t chunk; /* SCHEDULE: the chunk expression, or empty */
    int sched;    /* SCHEDULE: sched_id (check fills it) */
    int collapse; /* collapse(n): n when the argument is a literal 1..8 */
} clause_t;

/* Why a construct cannot be lowered, as the parse stage saw it; check.c
 * holds the words of every message. */
enum problem_code {
    PR_SYNTAX = 1, /* bison's message, in text */
    PR_OUTSIDE_FUNCTION,
    PR_NO_FOR,
    PR_NO_HEADER,
    PR_NO_BODY,
    PR_INIT_MISSING,
    PR_INIT_FORM,
    PR_TEST_MISSING,
    PR_TEST_FORM,
    PR_TEST_NO_VAR,
    PR_STEP_MISSING,
    PR_STEP_FORM,
    PR_NO_BLOCK,        /* parallel: no { ... } after the pragma */
    PR_NO_STMT,         /* single, master: no statement after the pragma */
    PR_COLLAPSE_NEST,   /* collapse(n): loop d's body is not a for loop */
    PR_COLLAPSE_HEADER, /* collapse(n): that for has no complete header */
    PR_SOLE_BODY,       /* barrier as the body of if/else/a loop */
    /* the body walk */
    PR_EXPECTED_SEMI,
    PR_EXPECTED_PAREN,
    PR_EXPECTED_WHILE,
    PR_BODY_INCOMPLETE,
    PR_BODY_TOO_DEEP,
    PR_UNTERMINATED_BLOCK,
    /* jumps, found by the walk, judged where their label is known */
    PR_BREAK,
    PR_CONTINUE,
    PR_RETURN,
    PR_GOTO
};

typedef struct problem {
    int code;
    size_t off, len; /* where, in the source */
    char *text;      /* PR_SYNTAX: bison's message */
    size_t tok;      /* PR_GOTO: token index of the label, or NONE */
} problem_t;

/* What the parser saw, in the order it saw it.  check.c replays the events
 * so that the diagnostics come in the order of the text, and owns every
 * judgement and every message. */
enum event_kind {
    EV_PROBLEM = 1, /* index: problems[] */
    EV_REDOP,       /* index: the operator's token; arg: redop_id */
    EV_ITEM,        /* index: items[] */
    EV_CLAUSE,      /* index: clauses[] */
    EV_HEADER_DONE, /* the three parts of the header parsed; index: its
                       loop (0 the outermost) */
    EV_REFUSED      /* index: the token of a construct word pfor refuses */
};

typedef struct event {
    int kind;
    int index;
    int arg;
} event_t;

/* The canonical loop header. */
enum { STEP_INC = 1, STEP_DEC, STEP_ADD, STEP_SUB, STEP_EXPR };
enum { CMP_LT = 1, CMP_LE, CMP_GT, CMP_GE };

typedef struct header {
    span_t var, type, lo, hi, step;
    span_t test_var, step_var;
    int declared;          /* the loop variable is declared in the header */
    int cmp;               /* CMP_* (pfc_cmp_t values) */
    int step_kind;         /* STEP_* */
    int ok;                /* check: canonical, one variable throughout */
    size_t for_tok, close; /* significant-token indexes of `for` and ')' */
} header_t;

/* collapse(n) takes at most this many loops (the loop engine's limit). */
#define PF_MAX_COLLAPSE 8

/* The body of a map, `lhs = call(args);` or `call(args);`, parsed once (by
 * check.c) for every backend: significant-token indexes. */
typedef struct map_call {
    int ok;
    size_t lhs_first, lhs_end; /* the assigned lvalue; empty: none */
    size_t fn;                 /* the called function's name */
    size_t open, close;        /* its argument parentheses */
    size_t out;                /* `out` of `out[i] = ...`, or NONE */
    size_t *arg;               /* nargs + 1 starts (pf_split_commas') */
    int nargs;
    unsigned char *assert_arg; /* per argument: the generated code asserts
                                  it is no pointer to writable storage */
} map_call_t;

/* A map on a pool: what check.c learned from the called function's
 * prototype, for the generators. */
typedef struct pool_plan {
    int nargs;
    size_t *arg;      /* nargs + 1 starts, as pf_split_commas gives them */
    char **ptype;     /* nargs parameter types, as text */
    char tag[64];     /* suffix of the generated names */
    size_t proto_off; /* the prototype the member types come from */
} pool_plan_t;

/* How a name is written (bits of written_t.how). */
enum {
    W_SELF = 1,    /* the name itself: x = e, x++, x += e */
    W_ELEM = 2,    /* its elements or members: x[i] = e, x.f = e */
    W_THROUGH = 4, /* what it points to: *x = e, x->f = e */
    W_INIT = 8     /* the first write is an inner for loop's init, for (x = */
};

/* A name the body of a construct writes without declaring it, at its first
 * write (token index), with how any write writes it. */
typedef struct written {
    const char *p;
    size_t len;
    size_t tok;
    int how;        /* W_* bits over all the writes */
    size_t own_tok; /* the first write by the construct's own statements
                       (not a nested construct's), or NONE */
} written_t;

/* An assignment of the body whose lvalue is a name followed by subscripts
 * and members (a[i].f[j] = e): the tokens [base, op), significant-token
 * indexes; for the check that collected storage gets no pointer. */
typedef struct lvalue {
    size_t base, op;
} lvalue_t;

typedef struct construct construct_t;
struct construct {
    int kind;       /* construct_kind; C_NONE when the pragma did not parse */
    size_t pragma;  /* token index of the T_PRAGMA */
    size_t for_tok; /* token index of `for`, or NONE */
    size_t close;   /* token index of the header's ')', or NONE */
    size_t body_first, body_end; /* the body statement [first, end); end 0:
                                    not delimited (collapse: the innermost
                                    loop's body) */
    size_t end;      /* the token after everything the pragma governs (the
                        pragma itself for a barrier); 0: not delimited */
    size_t func_end; /* the '}' closing the enclosing function, or NONE */
    int follows;     /* enum construct_follows, from the pragma's words */
    int nloops;      /* collapse(n): the headers parsed (h, inner[]) */
    int outside;     /* the pragma is not inside a function body */
    int pre;         /* PR_NO_FOR or PR_NO_HEADER: what follows the pragma */

    /* The parser's input and output. */
    ptok_t *t; /* the pragma's tokens, PRAGMA_END, then the headers' */
    int nt;
    size_t tcap;
    char *clean; /* the pragma's text, continuations removed */
    size_t *map; /* clean offset -> source offset */
    clause_t *clauses;
    int nclauses;
    item_t *items;
    int nitems;
    event_t *events;
    int nevents;
    problem_t *problems;
    int nproblems;
    header_t h;                          /* the loop (the outermost) */
    header_t inner[PF_MAX_COLLAPSE - 1]; /* collapse(n): loops 2 .. n */

    /* Facts of the body walk (own statements only: nested constructs keep
     * their own). */
    problem_t *walk; /* jumps and walk failures, in text order */
    int nwalk;
    int walk_failed;
    name_map_t decls;  /* names declared in the body (and the header) */
    written_t *writes; /* names written, own statements and children's
                          summaries, first write each */
    size_t nwrites;
    lvalue_t *lvals; /* a[i].f = e writes, own and children's */
    size_t nlvals;
    name_map_t labels; /* labels defined anywhere in the body */

    /* Check's conclusions. */
    int ok;              /* no error: the generators lower it */
    int first[CL_COUNT]; /* clauses[] index of each accepted clause, -1 */
    int *red; /* items[] indexes of the accepted reduction items: slots */
    int nred;
    int *coll; /* items[] indexes of the accepted collect items */
    int ncoll;
    int *data; /* items[] of private, firstprivate, lastprivate, shared,
                  copyprivate, accepted */
    int ndata;
    const construct_t *region; /* the enclosing `parallel`, or NULL */
    map_call_t call;
    pool_plan_t pool;
    int has_pool_plan;
    const written_t **lost; /* names the body writes that no clause names
                               (the lost-write warning's), in text order */
    size_t nlost;

    void *arena; /* memory of macro expansions in the pragma (macro.c) */

    /* The tree (a construct in the body of another is its child). */
    construct_t *parent, *child, *next;
};

/* Loop d of a construct's nest (0: the outermost, its `h`). */
static inline const header_t *pf_loop(const construct_t *c, int d)
{
    return d == 0 ? &c->h : &c->inner[d - 1];
}

/* Is the construct one whose pragma governs a loop (parallel for, for,
 * map)? */
static inline int pf_is_loop(const construct_t *c)
{
    return c->kind == C_PARALLEL_FOR || c->kind == C_FOR || c->kind == C_MAP;
}

/* ---- the unit: one translation unit through every stage ----------------- */

typedef struct pforc_options pforc_options_t;
typedef struct emitter emitter_t;

typedef struct unit {
    source_t src;
    diag_sink_t diag;
    const pforc_options_t *opt;
    token_vec_t toks;  /* significant tokens and the pfor pragmas */
    uint32_t *match;   /* per token: the index of its matching bracket */
    construct_t **all; /* every construct, in text order */
    size_t nall, capall;
    size_t include_at;      /* token before which pfor_abi.h goes, or NONE */
    unsigned char *init_eq; /* per token: '=' of an initializer */
    uint32_t *same_next, *same_prev; /* per identifier token: the next and
                                        previous token spelling the same
                                        name (UINT32_MAX: none); check.c
                                        builds them on first need */
    struct macro_table *macros;      /* #defines of preprocessed input */
    struct proto_index *protos;      /* file-scope function declarators, for
                                        pool maps (check.c builds it once) */
    unsigned file_hash;              /* of name and text, for generated names */
    int file_hashed;
    int oom;
} unit_t;

/* The matching bracket of token i, or NONE. */
static inline size_t pf_match(const unit_t *u, size_t i)
{
    return u->match[i] == UINT32_MAX ? NONE : u->match[i];
}

/* Token predicates. */
int pf_tok_punct(const unit_t *u, size_t i, int c);
int pf_tok_ident(const unit_t *u, size_t i);
int pf_tok_word(const unit_t *u, size_t i, const char *w);
const char *pf_tok_text(const unit_t *u, size_t i);
int pf_tok_same(const unit_t *u, size_t a, size_t b);
int ptok_is(const ptok_t *t, const char *word);

/* ---- stage 1, scan + the pragma unit (pragma.c) ------------------------- */

/* Scan the source into u->toks, turn pfor pragmas (#pragma pfor and
 * _Pragma("pfor ...")) into T_PRAGMA tokens, drop other directives, and
 * pair the brackets.  Returns 0 or -1 (out of memory). */
int pf_scan_unit(unit_t *u);

/* The parse tokens of a pragma: its cleaned text in c->clean/c->map, its
 * tokens (keywords recognised from lang.h) in c->t, then PRAGMA_END.
 * Returns 0 or -1 (out of memory). */
int pf_pragma_tokens(unit_t *u, construct_t *c);

/* ---- the macros of preprocessed input (macro.c) ----------------------------
 */

/* Record the directive at [off, off+len) if it is a #define or #undef: 1
 * if it was, 0 if not, -1 when out of memory.  In input order. */
int pf_macro_directive(unit_t *u, size_t off, size_t len);
/* Expand the macros in force at offset `at` in the tokens *toks[0 .. *n)
 * (all but the first, the pragma's namespace), as the C preprocessor
 * would; the expanded tokens point at the macro's name.  Returns 0 or -1
 * (out of memory). */
int pf_macro_expand(unit_t *u, construct_t *c, ptok_t **toks, int *n,
                    size_t at);
void pf_macro_free(unit_t *u);
/* Append the significant tokens [for_tok, close] of a loop header to
 * c->t; returns the index of the first in c->t, or -1 (out of memory). */
int pf_header_tokens(const unit_t *u, construct_t *c, size_t for_tok,
                     size_t close);

/* ---- stage 2, parse (parser.y, tree.c) ----------------------------------- */

/* Parse the pragma's tokens in c->t (up to its PRAGMA_END) into c: the
 * kind, clauses, items, events, problems.  Never prints. */
void pf_parse_construct(construct_t *c);
/* Parse the loop header in c->t[first .. end) into loop d of c's nest
 * (0: c->h), with its events and problems.  Never prints. */
void pf_parse_header(construct_t *c, int d, int first, int end);

/* Build every construct of the unit, in text order, as a tree: the pragma,
 * its header and its body's extent, with the facts of the body (jumps,
 * declarations, writes) for the checks.  Never prints.  Returns 0 or -1
 * (out of memory). */
int pf_parse_unit(unit_t *u);

/* Free what a construct owns (not the construct itself). */
void pf_construct_clear(construct_t *c);

/* Parse one pragma's text on its own (the clause parser fuzz target):
 * returns the number of problems and events seen, never prints. */
int pf_parse_pragma_text(const char *text, size_t len);

/* ---- stage 3, check (check.c) -------------------------------------------- */

/* Report every diagnostic of the unit, construct by construct in text
 * order, and fill the checks' conclusions (ok, accepted clauses and items,
 * the map call, pool plans).  Returns 0 or -1 (out of memory). */
int pf_check_unit(unit_t *u);

/* ---- stage 5, emit (emit.c) ------------------------------------------------
 *
 * The output buffer and what the C compiler will think each output line
 * is: a line of the user's file (after `#line N "in.c"`) or of the
 * generated file itself (after `#line N "out.c"`, when the output's name is
 * known).  A #line is written only when that mapping changes. */

struct emitter {
    outbuf_t out;
    source_t *src;
    int lines;       /* write #line directives */
    char *gen_qname; /* the output's name, quoted, or NULL */
    int file;        /* src->files[] index of the next output line */
    long mapped;     /* its line in that file; <= 0 unknown */
    int in_gen;      /* the next output line is numbered as the output */
    long phys;       /* physical line of the next output line */
};

/* Set up e for src; output_name may be NULL.  Returns 0 or -1. */
int pf_emit_init(emitter_t *e, source_t *src, int lines,
                 const char *output_name);
void pf_emit_free(emitter_t *e);
/* Append generated text, keeping track of the line the compiler will be
 * on. */
void pf_emit_text(emitter_t *e, const char *s, size_t n);
/* Copy the source bytes [off, end), after a #line if the compiler would
 * not take them for what they are (line markers in them count). */
void pf_emit_source(emitter_t *e, size_t off, size_t end);
/* End the current output line unless it is empty. */
void pf_emit_newline(emitter_t *e);
/* Make the next output line count as the line of source offset off, in its
 * file. */
void pf_emit_sync(emitter_t *e, size_t off);
/* The same, for line `line` of files[file] (sys: a system header). */
void pf_emit_sync_to(emitter_t *e, int file, long line, int sys);
/* Make the next output line count as the generated file's own (a no-op
 * without an output name). */
void pf_emit_sync_gen(emitter_t *e);
/* Lines that are pfor's, not the user's: the generated file's own when
 * its name is known, else the line of source offset off. */
void pf_emit_anchor(emitter_t *e, size_t off);
/* Blanks (tabs kept) that bring the next output byte to the column of
 * source offset off, when #line is on. */
void pf_emit_pad_to(emitter_t *e, size_t off);
/* A string as a C string literal: "a\"b". */
char *pf_quote(const char *s);

/* ---- stage 4, generate (generate.c, gen_*.c) ------------------------------
 */

enum backend_id {
    BACKEND_PROCESS = 1,
    BACKEND_OPENMP,
    BACKEND_MPI,
    BACKEND_SERIAL
};

typedef struct gen gen_t;

/* A backend: a peer in the table.  `construct` lowers one checked
 * construct, its nested constructs through pf_gen_body; `include` says
 * whether the file needs pfor_abi.h.  A backend whose `construct` is NULL
 * is not available (`unavailable` says so). */
typedef struct backend {
    const char *name;
    int id;
    int include;
    void (*construct)(gen_t *g, const construct_t *c);
    const char *unavailable;
} backend_t;

extern const backend_t pf_backends[];
/* The backend called name, or NULL. */
const backend_t *pf_backend_find(const char *name);
const backend_t *pf_backend_by_id(int id);

/* The generator's state, shared by the walk and the backends. */
struct gen {
    unit_t *u;
    const backend_t *b;
    emitter_t e;
    outbuf_t tail; /* file-scope code for the end of the output (the
                      trampolines of pool maps) */
    /* The construct being lowered. */
    const construct_t *c;
    char indent[128]; /* of the line holding its `for` */
    char pfx[16];     /* "__pfN_" for a construct nested N deep in loops and
                         regions (its names must not shadow theirs), else "" */
    const char *abi;  /* "pfm": printed lines use that ABI's names instead
                         of pfc_ and PFC_ (the mpi backend); else NULL */
    size_t pragma_off;
    const char *qfile; /* the pragma's file, quoted */
    long pragma_line;  /* and line, for pfc_loop_new */
};

/* Copy the source [off, end), which holds tokens [t, tend), lowering the
 * constructs whose pragmas are among them. */
void pf_gen_copy(gen_t *g, size_t off, size_t end, size_t t, size_t tend);
/* Copy the body of c to the output, lowering the constructs nested in it. */
void pf_gen_body(gen_t *g, const construct_t *c);
/* One generated line at nesting `level` below the loop's indentation
 * (pfor's own: mapped to the output when its name is known). */
void pf_gen_line(gen_t *g, int level, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* A generated line holding user text from the line of source offset at. */
void pf_gen_user_line(gen_t *g, size_t at, int level, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
/* The text of a span of c's parse tokens, tokens one blank apart where the
 * source had blanks or a comment (malloc'd; "" when empty). */
char *pf_gen_span(const gen_t *g, span_t s);
/* The text of significant tokens [s, e), likewise. */
char *pf_gen_tokens(const gen_t *g, size_t s, size_t e);
/* The source offset of a span's first token (dflt when it is empty). */
size_t pf_gen_span_off(const gen_t *g, span_t s, size_t dflt);
/* Start lowering c: its indentation and pragma line, a fresh line. */
void pf_gen_begin(gen_t *g, const construct_t *c);
/* After c: back to the user's text right after its body. */
void pf_gen_end(gen_t *g, const construct_t *c);

/* A statement holding user text: scaffolding text and user tokens, each
 * token placed at its own source line and column (after a #line) so that
 * the compiler's caret lands on it; a prefix that does not fit before the
 * first token's column goes on a line of its own. */
typedef struct gstmt {
    gen_t *g;
    outbuf_t line; /* the output line being built */
    int user;      /* it holds user tokens, of line `uline` of `file` */
    int file;
    long uline;
    const char *utext; /* that line's text, for padding with its tabs */
    size_t ulen;
    int first; /* no token placed yet in this statement */
    int whole; /* never split: a macro call (no directive in its
                  arguments) */
} gstmt_t;

void pf_gs_begin(gstmt_t *st, gen_t *g, int level);
/* The same for a statement that is a macro call: its text is never split
 * over lines by a #line (a directive inside a macro's arguments is not
 * portable), so a prefix longer than the first token's column moves the
 * token right instead.  Generated macro calls put the user's expression
 * first for that reason. */
void pf_gs_begin_macro(gstmt_t *st, gen_t *g, int level);
void pf_gs_text(gstmt_t *st, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
/* c's parse tokens of span s. */
void pf_gs_span(gstmt_t *st, span_t s);
/* Significant tokens [s, e). */
void pf_gs_tokens(gstmt_t *st, size_t s, size_t e);
/* Write the statement's last line. */
void pf_gs_end(gstmt_t *st);

/* For an operator on integers only (& | ^): a compile-time check that the
 * item has an integer type, failing with a message naming the clause. */
void pf_gen_integer_check(gen_t *g, const item_t *r);

/* The process lowering's parts that the openmp backend shares
 * (gen_process.c): the iteration space on __pf_loop (PFC_RANGE, or
 * PFC_DIM per collapsed loop); the start of a stretch [__pf_k, __pf_end)
 * of one loop, or of a collapsed nest (the __pf_t, __pf_b and __pf_s
 * constants before it), with the loop variables set; the end of a nest's
 * run; and the loop variables declared before the loop set to what the
 * serial loop leaves in them. */
void pf_gen_space(gen_t *g, const construct_t *c);
void pf_gen_stretch_start(gen_t *g, const construct_t *c, int level);
void pf_gen_nest_start(gen_t *g, const construct_t *c, int level);
void pf_gen_nest_step(gen_t *g, const construct_t *c, int level);
void pf_gen_final_values(gen_t *g, const construct_t *c);

void pf_gen_process(gen_t *g, const construct_t *c);
void pf_gen_openmp(gen_t *g, const construct_t *c);
void pf_gen_serial(gen_t *g, const construct_t *c);
void pf_gen_mpi(gen_t *g, const construct_t *c);

struct pforc_options {
    int backend;             /* backend_id */
    int lines;               /* emit #line directives */
    int preprocessed;        /* the input is cc -E output: no #include */
    const char *output_name; /* the output's name, for the #line of
                                generated lines; NULL: standard output */
};

/* Lower the checked unit through the backend into *out.  Returns 0 or -1
 * (out of memory). */
int pf_generate(unit_t *u, const backend_t *b, outbuf_t *out);

/* ---- the driver (translate.c) ---------------------------------------------
 */

/* Translate src into *out (malloc'd, *out_len bytes).  Diagnostics go to
 * `diag_stream` (a FILE *, or NULL for none).  Returns the number of
 * errors (0 on success); -1 when out of memory.  On error *out is NULL. */
int pforc_translate(const char *name, const char *text, size_t len,
                    const pforc_options_t *opt, void *diag_stream, char **out,
                    size_t *out_len);

#endif /* PFORC_H */
