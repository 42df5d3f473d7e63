/* pforc.h - the compiler's internal types: tokens, source, loops, stages. */
#ifndef PFORC_H
#define PFORC_H

#include <stddef.h>

/* ---- tokens (scanner.l) ---------------------------------------------- */

/* What the scanner sees in C source.  Everything is a token, whitespace and
 * comments included, so the tokens tile the text byte for byte. */
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

typedef struct token {
    int kind;   /* tok_kind_t */
    int punct;  /* for T_PUNCT: the punctuator code */
    size_t off; /* byte offset in the text the token was scanned from */
    size_t len;
} token_t;

typedef struct token_vec {
    token_t *v;
    size_t n, cap;
} token_vec_t;

/* Scan text[0..len) into tokens appended to *out.  Returns 0, or -1 when
 * out of memory. */
int pf_scan(const char *text, size_t len, token_vec_t *out);

/* ---- diagnostics (diag.c) ---------------------------------------------- */

typedef struct source {
    const char *name; /* as given, for diagnostics and #line */
    const char *text;
    size_t len;
    size_t *line_start; /* offset of the first byte of each line */
    size_t nlines;
} source_t;

/* ---- output buffer ---------------------------------------------------- */

typedef struct outbuf {
    char *p;
    size_t n, cap;
    int oom;
} outbuf_t;

void ob_put(outbuf_t *o, const char *s, size_t n);
void ob_puts(outbuf_t *o, const char *s);
void ob_printf(outbuf_t *o, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* After this many errors the run stops with "too many errors emitted,
 * stopping now", as clang does. */
#define PF_MAX_ERRORS 20

typedef struct diag_sink {
    const source_t *src;
    void *stream; /* FILE *, NULL to stay quiet (fuzzing) */
    int errors;
    int warnings;
    int stopped;  /* the error limit was reached: stop translating */
    outbuf_t buf; /* diagnostics not yet written to stream */
} diag_sink_t;

/* Write the buffered diagnostics out; pf_diag_free also frees the buffer. */
void pf_diag_flush(diag_sink_t *d);
void pf_diag_free(diag_sink_t *d);

/* 1-based line and column of a byte offset. */
void pf_locate(const source_t *src, size_t off, size_t *line, size_t *col);
/* gcc-style diagnostic at [off, off+len): header, source line, caret. */
void pf_error(diag_sink_t *d, size_t off, size_t len, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
void pf_warning(diag_sink_t *d, size_t off, size_t len, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

/* ---- the parsed loop (parser.y fills it, check.c and codegen.c use it) - */

enum construct { C_NONE = 0, C_PARALLEL_FOR, C_MAP };

enum clause {
    CL_WORKERS,
    CL_SCHEDULE,
    CL_REDUCTION,
    CL_COLLECT,
    CL_IF,
    CL_RETRIES,
    CL_TIMEOUT,
    CL_CHUNKSIZE,
    CL_PROGRESS,
    CL_POOL,
    CL_COUNT
};

/* A run of parse tokens, first..last inclusive; empty when last < first. */
typedef struct span {
    int first, last;
} span_t;

/* A token handed to the parser: its grammar code, its text (in the source
 * or in the pragma's cleaned copy) and where a diagnostic should point. */
typedef struct ptok {
    int code;
    int punct; /* scanner punctuator code, for T_PUNCT */
    int kind;  /* scanner kind */
    const char *text;
    size_t len;
    size_t src_off; /* offset in the original source */
    size_t src_len;
    int space_before; /* whitespace or a comment preceded it */
} ptok_t;

typedef struct reduction {
    int op; /* pf_op_t value */
    const char *op_name;
    span_t var;     /* the identifier */
    span_t lo, len; /* array section a[lo:len]; empty for a scalar */
} reduction_t;

typedef struct loop {
    int construct;
    span_t construct_span;
    int has[CL_COUNT];
    span_t clause_name[CL_COUNT];
    span_t arg[CL_COUNT]; /* the argument of single-argument clauses */
    int sched_kind;       /* pfc_schedule_t value */
    span_t sched_chunk;
    reduction_t *red;
    int nred;
    span_t *coll;
    int ncoll;

    /* header */
    int header_ok;
    span_t var, type, lo, hi, step;
    int declared;  /* the loop variable is declared in the header */
    int cmp;       /* pfc_cmp_t value */
    int step_kind; /* STEP_INC, STEP_DEC, STEP_ADD (expr), STEP_SUB (expr) */
    span_t test_var, step_var;
} loop_t;

enum { STEP_INC = 1, STEP_DEC, STEP_ADD, STEP_SUB, STEP_EXPR };

/* Parser context (parser.y). */
typedef struct pctx {
    ptok_t *t;
    int n;
    int pos; /* next token to hand out */
    int cur; /* index of the last token handed out */
    loop_t *loop;
    diag_sink_t *diag;
    char pending[256]; /* a syntax error waiting to be reported */
    int pending_tok;
    int has_pending;
    int header_errors;
    int errors_before;   /* error count when this loop's checks began */
    int header_reported; /* parts already reported: init 1, test 2, step 4 */
    int cur_op;          /* the reduction operator being parsed */
} pctx_t;

/* Parse the pragma (and the loop header when the tokens hold one). */
int pf_parse(pctx_t *ctx);

/* Helpers the parser and the checks share (translate.c). */
int ptok_is(const ptok_t *t, const char *word);
void span_text(const pctx_t *ctx, span_t s, outbuf_t *o);
void pctx_error(pctx_t *ctx, int tok, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
void pctx_error_span(pctx_t *ctx, span_t s, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
void flush_pending(pctx_t *ctx);

/* ---- translation (translate.c) ---------------------------------------- */

typedef struct pforc_options pforc_options_t;

/* One translation unit being translated. */
typedef struct unit {
    source_t src;
    diag_sink_t diag;
    const pforc_options_t *opt;
    token_vec_t toks; /* every token of the file, tiling it */
    size_t *sig;      /* raw indexes of the significant tokens */
    size_t nsig;
    size_t *sig_at; /* raw index -> first significant index at/after */
    size_t *insert; /* raw indexes before which pfor_abi.h goes */
    size_t ninsert, next_insert;
    outbuf_t out;
    long mapped;   /* line the C compiler thinks the next line has */
    char *qname;   /* the file name quoted for #line and strings */
    size_t *match; /* per significant token: its closing bracket, or
                      (size_t)-1; built by the checks on first use */
    outbuf_t tail; /* file-scope code for the end of the output (the
                      trampolines of pool maps) */
} unit_t;

/* What the checks learn about a loop body (significant-token indexes). */
typedef struct body {
    size_t first, end; /* [first, end) */
    size_t map_out;    /* the out array of a map body, or (size_t)-1 */
} body_t;

/* Find the extent of the body statement starting at significant index
 * `start` and check it: break/return/goto leaving it, the map form, and
 * writes that the workers would lose.  Returns 0, or -1 when the body
 * cannot be delimited (reported). */
int pf_check_body(unit_t *u, const pctx_t *ctx, size_t start, body_t *b);

/* Emit the process-backend lowering of one loop (codegen.c); a map with
 * pool(p) is lowered onto the pool (its checks reported there first). */
void pf_codegen(unit_t *u, const pctx_t *ctx, size_t pragma_raw,
                size_t header_sig, const body_t *b);

/* Copy raw tokens [from, to) to the output, lowering pragmas on the way. */
void pf_emit_range(unit_t *u, size_t from, size_t to);
/* Output helpers shared by the code generator. */
void pf_emit_line_directive(unit_t *u, long line);
void pf_emit_text(unit_t *u, const char *s, size_t n);

enum backend { BACKEND_PROCESS = 1, BACKEND_SERIAL };

struct pforc_options {
    int backend;
    int lines; /* emit #line directives */
};

/* Translate src into *out (malloc'd, *out_len bytes).  Diagnostics go to
 * `diag_stream` (a FILE *, or NULL for none).  Returns the number of
 * errors (0 on success); -1 when out of memory.  On error *out is NULL. */
int pforc_translate(const char *name, const char *text, size_t len,
                    const pforc_options_t *opt, void *diag_stream, char **out,
                    size_t *out_len);

#endif /* PFORC_H */
