/* pragma.c - stage 1: scans the file into tokens, finds the pfor pragmas
 * (`#pragma pfor ...` lines and `_Pragma("pfor ...")` operators), pairs the
 * brackets, and turns a pragma's text (continuations and string escapes
 * removed) into the tokens the parser reads, its keywords drawn from
 * lang.h's lists. */
#include <stdlib.h>
#include <string.h>

#include "parser.h"
#include "pforc.h"

/* ---- token predicates (every later stage uses them) -------------------- */

const char *pf_tok_text(const unit_t *u, size_t i)
{
    return u->src.text + u->toks.v[i].off;
}

int pf_tok_punct(const unit_t *u, size_t i, int c)
{
    return i < u->toks.n && u->toks.v[i].kind == T_PUNCT &&
           u->toks.v[i].punct == c;
}

int pf_tok_ident(const unit_t *u, size_t i)
{
    return i < u->toks.n && u->toks.v[i].kind == T_IDENT;
}

int pf_tok_word(const unit_t *u, size_t i, const char *w)
{
    size_t n = strlen(w);
    return pf_tok_ident(u, i) && u->toks.v[i].len == n &&
           memcmp(pf_tok_text(u, i), w, n) == 0;
}

int pf_tok_same(const unit_t *u, size_t a, size_t b)
{
    return u->toks.v[a].len == u->toks.v[b].len &&
           memcmp(pf_tok_text(u, a), pf_tok_text(u, b), u->toks.v[a].len) == 0;
}

int ptok_is(const ptok_t *t, const char *word)
{
    size_t n = strlen(word);
    return t->len == n && memcmp(t->text, word, n) == 0;
}

/* ---- cleaning a pragma's text ------------------------------------------ */

/* A copy of a pragma's text with line continuations (or, for _Pragma, the
 * string escapes) removed, and for every byte its offset in the source.
 * Returns 0 or -1 (out of memory). */
static int clean_pragma(const char *text, const token_t *t, char **out_text,
                        size_t **out_map, size_t *out_n)
{
    const char *s = text + t->off;
    char *c = malloc((size_t)t->len + 1);
    size_t *map = malloc(((size_t)t->len + 1) * sizeof *map), n = 0;
    *out_text = c;
    *out_map = map;
    if (!c || !map)
        return -1;
    if (s[0] == '_') {
        /* _Pragma ( "..." ): destringize the literal. */
        size_t i = 0, end = t->len;
        while (i < end && s[i] != '"')
            i++;
        while (end > i + 1 && s[end - 1] != '"')
            end--;
        for (i++; i + 1 < end; i++) {
            if (s[i] == '\\' && i + 2 < end &&
                (s[i + 1] == '"' || s[i + 1] == '\\'))
                i++;
            c[n] = s[i];
            map[n++] = t->off + i;
        }
    } else {
        /* #pragma: drop backslash-newlines, and the '#'. */
        size_t i = 0;
        while (i < t->len && s[i] != '#')
            i++;
        for (i++; i < t->len; i++) {
            if (s[i] == '\\' && i + 1 < t->len && s[i + 1] == '\n') {
                i++;
                continue;
            }
            if (s[i] == '\\' && i + 2 < t->len && s[i + 1] == '\r' &&
                s[i + 2] == '\n') {
                i += 2;
                continue;
            }
            c[n] = s[i];
            map[n++] = t->off + i;
        }
    }
    c[n] = '\0';
    map[n] = t->off + t->len;
    *out_n = n;
    return 0;
}

/* Does this text (after '#', or inside _Pragma's string) start with
 * "pragma pfor" (want_pragma) or "pfor", followed by a blank or the end? */
static int starts_pfor(const char *s, size_t n, int want_pragma)
{
    size_t i = 0;
    while (i < n && (s[i] == ' ' || s[i] == '\t'))
        i++;
    if (want_pragma) {
        if (n - i < 6 || memcmp(s + i, "pragma", 6) != 0)
            return 0;
        i += 6;
        if (i >= n || (s[i] != ' ' && s[i] != '\t'))
            return 0;
        while (i < n && (s[i] == ' ' || s[i] == '\t'))
            i++;
    }
    if (n - i < 4 || memcmp(s + i, "pfor", 4) != 0)
        return 0;
    i += 4;
    return i == n || s[i] == ' ' || s[i] == '\t' || s[i] == '\r' ||
           s[i] == '\n' || s[i] == '/';
}

/* 1 when the directive token t is `#pragma pfor ...`, 0 when not, -1
 * when out of memory. */
static int is_pfor_directive(const char *text, const token_t *t)
{
    /* Cheap test first: most directives are not pragmas. */
    if (!memmem(text + t->off, t->len, "pragma", 6))
        return 0;
    char *c;
    size_t *map, n;
    int yes = -1;
    if (clean_pragma(text, t, &c, &map, &n) == 0)
        yes = starts_pfor(c, n, 1);
    free(c);
    free(map);
    return yes;
}

/* A #define or #undef in the "<built-in>" part of cc -E -dD output? */
static int is_builtin_define(const unit_t *u, const token_t *t)
{
    int f = pf_source_file_at(&u->src, t->off);
    if (f == 0 || strcmp(u->src.files[f].name, "<built-in>") != 0)
        return 0;
    const char *s = u->src.text + t->off, *end = s + t->len;
    while (s < end && (*s == ' ' || *s == '\t' || *s == '#'))
        s++;
    return (end - s > 6 && memcmp(s, "define", 6) == 0) ||
           (end - s > 5 && memcmp(s, "undef", 5) == 0);
}

/* Turn `_Pragma ( "pfor ..." )` into one T_PRAGMA token, mark `#pragma
 * pfor` directives, and drop every other directive; compacts the token
 * vector in place. */
static int mark_pragmas(unit_t *u)
{
    token_t *v = u->toks.v;
    const char *text = u->src.text;
    size_t n = u->toks.n, w = 0;
    for (size_t r = 0; r < n; r++) {
        token_t t = v[r];
        if (t.kind == T_PP) {
            /* Line markers and #line: where the following lines are. */
            int mark = pf_source_directive(&u->src, t.off, t.len);
            if (mark < 0)
                return -1;
            if (mark)
                continue;
            /* -dD: the #defines, for the macros in pragma text. */
            if (u->opt && u->opt->preprocessed &&
                pf_macro_directive(u, t.off, t.len) < 0)
                return -1;
            /* cc -E -dD repeats the compiler's predefined macros: the
             * compiler that reads the output has its own. */
            if (u->opt && u->opt->preprocessed && is_builtin_define(u, &t)) {
                if (pf_source_omit(&u->src, t.off, t.len) != 0)
                    return -1;
                continue;
            }
            int yes = is_pfor_directive(text, &t);
            if (yes < 0)
                return -1;
            if (!yes)
                continue;
            t.kind = T_PRAGMA;
        } else if (t.kind == T_IDENT && t.len == 7 &&
                   memcmp(text + t.off, "_Pragma", 7) == 0 && r + 3 < n) {
            const token_t *q = v + r + 1;
            if (q[0].kind == T_PUNCT && q[0].punct == '(' &&
                q[1].kind == T_STRING && text[q[1].off] == '"' &&
                q[1].len >= 2 && q[2].kind == T_PUNCT && q[2].punct == ')' &&
                starts_pfor(text + q[1].off + 1, q[1].len - 2, 0)) {
                t.kind = T_PRAGMA;
                t.len = q[2].off + q[2].len - t.off;
                r += 3;
            }
        }
        v[w++] = t;
    }
    u->toks.n = w;
    return 0;
}

/* Pair every bracket of the file once, so that finding a group's end is
 * O(1) and an unbalanced file costs linear time, not quadratic.  A '(' or
 * '[' never spans a ';' or a pfor pragma unless a '{' opened inside it (GNU
 * statement expressions), so `f((1;` is unbalanced right there. */
static int is_for_paren(const unit_t *u, size_t s)
{
    return s > 0 && pf_tok_word(u, s - 1, "for");
}

static int pair_brackets(unit_t *u)
{
    size_t n = u->toks.n, top = 0;
    uint32_t *stack = malloc((n + 1) * sizeof *stack);
    u->match = malloc((n + 1) * sizeof *u->match);
    if (!stack || !u->match) {
        free(stack);
        return -1;
    }
    const token_t *v = u->toks.v;
    for (size_t s = 0; s < n; s++) {
        const token_t *t = &v[s];
        int p = t->kind == T_PUNCT ? t->punct : 0;
        u->match[s] = UINT32_MAX;
        if (p == '(' || p == '[' || p == '{') {
            stack[top++] = (uint32_t)s;
        } else if (p == ';' || t->kind == T_PRAGMA) {
            /* A for header's '(' holds its two ';'. */
            while (top > 0 && v[stack[top - 1]].punct != '{' &&
                   !(p == ';' && is_for_paren(u, stack[top - 1])))
                top--;
        } else if (p == ')' || p == ']' || p == '}') {
            int open = p == ')' ? '(' : p == ']' ? '[' : '{';
            /* Unwind opens that cannot close here. */
            size_t k = top;
            while (k > 0 && v[stack[k - 1]].punct != open &&
                   (p == '}' || v[stack[k - 1]].punct != '{'))
                k--;
            if (k > 0 && v[stack[k - 1]].punct == open) {
                u->match[stack[k - 1]] = (uint32_t)s;
                top = k - 1;
            }
        }
    }
    u->match[n] = UINT32_MAX;
    free(stack);
    return 0;
}

int pf_scan_unit(unit_t *u)
{
    if (pf_scan(u->src.text, u->src.len, &u->toks) != 0 ||
        mark_pragmas(u) != 0 || pair_brackets(u) != 0)
        return -1;
    return 0;
}

/* ---- the parser's tokens ------------------------------------------------ */

/* Where a word of the pragma stands, for grammar_code. */
enum {
    KW_NONE,           /* not a keyword position (in parentheses, the header) */
    KW_PFOR,           /* the first word */
    KW_CONSTRUCT,      /* the construct word after pfor */
    KW_AFTER_PARALLEL, /* the word after `parallel`: `for`, or a clause */
    KW_CLAUSE          /* a clause word at parenthesis depth 0 */
};

/* The grammar code of a scanned token; in the pragma, the construct words
 * right after `pfor` and the clause words at paren depth 0 are keywords
 * (*clause gets the clause).  Anywhere else a construct's word is a name:
 * `parallel for map` has an unknown clause `map`. */
static int grammar_code(const token_t *t, const char *text, int where,
                        int *clause)
{
    static const struct {
        const char *w;
        int code;
    } kw[] = {
        {"parallel", TK_PARALLEL}, {"map", TK_MAP},
        {"for", TK_FOR},           {"single", TK_SINGLE},
        {"master", TK_MASTER},     {"barrier", TK_BARRIER},
    };
    static const int shape_code[] = {
        [SHAPE_EXPR] = TK_CLAUSE_EXPR,
        [SHAPE_FLAG] = TK_CLAUSE_FLAG,
        [SHAPE_SCHEDULE] = TK_CLAUSE_SCHEDULE,
        [SHAPE_REDUCTION] = TK_CLAUSE_REDUCTION,
        [SHAPE_LIST] = TK_CLAUSE_LIST,
        [SHAPE_WORD] = TK_CLAUSE_WORD,
    };
    *clause = CL_UNKNOWN;
    switch (t->kind) {
    case T_IDENT:
        if (where == KW_PFOR && t->len == 4 && memcmp(text, "pfor", 4) == 0)
            return TK_PFOR;
        if (where == KW_CONSTRUCT)
            for (size_t i = 0; i < sizeof kw / sizeof kw[0]; i++)
                if (strlen(kw[i].w) == t->len &&
                    memcmp(kw[i].w, text, t->len) == 0)
                    return kw[i].code;
        if (where == KW_AFTER_PARALLEL && t->len == 3 &&
            memcmp(text, "for", 3) == 0)
            return TK_FOR;
        if (where == KW_CLAUSE || where == KW_AFTER_PARALLEL) {
            int cl = pf_clause_lookup(text, t->len);
            if (cl != CL_UNKNOWN) {
                *clause = cl;
                return shape_code[pf_clauses[cl].shape];
            }
        }
        return TK_IDENT;
    case T_PUNCT:
        switch (t->punct) {
        case '(':
        case ')':
        case '[':
        case ']':
        case '{':
        case '}':
        case ';':
        case ',':
        case ':':
        case '=':
        case '+':
        case '-':
        case '*':
        case '&':
        case '|':
        case '^':
            return t->punct;
        case '<':
        case '>':
        case P_LE:
        case P_GE:
            return TK_RELOP;
        case P_INC:
            return TK_INC;
        case P_DEC:
            return TK_DEC;
        case P_ANDAND:
            return TK_ANDAND;
        case P_OROR:
            return TK_OROR;
        case P_ADD_ASSIGN:
            return TK_ADD_ASSIGN;
        case P_SUB_ASSIGN:
            return TK_SUB_ASSIGN;
        case P_OTHER_ASSIGN:
            return TK_OTHER_ASSIGN;
        default:
            return TK_ATOM;
        }
    default:
        return TK_ATOM;
    }
}

static int ptok_push(construct_t *c, ptok_t t)
{
    if ((size_t)c->nt == c->tcap) {
        size_t n = c->tcap ? 2 * c->tcap : 64;
        ptok_t *v = realloc(c->t, n * sizeof *v);
        if (!v)
            return -1;
        c->t = v;
        c->tcap = n;
    }
    c->t[c->nt++] = t;
    return 0;
}

/* Tokens of the cleaned pragma text (its map gives source offsets); with
 * a unit of preprocessed input, its macros expanded (macro.c); then the
 * grammar codes, words at paren depth 0 being keywords. */
static int text_ptoks(unit_t *u, construct_t *c, const char *text,
                      const size_t *map, size_t n)
{
    token_vec_t tv = {0};
    int rc = pf_scan(text, n, &tv), first = 1;
    for (size_t i = 0; rc == 0 && i < tv.n; i++) {
        const token_t *t = &tv.v[i];
        const char *s = text + t->off;
        if (first && t->len == 6 && memcmp(s, "pragma", 6) == 0) {
            first = 0;
            continue;
        }
        first = 0;
        size_t end = map[t->off + t->len - 1] + 1;
        rc = ptok_push(c, (ptok_t){0, CL_UNKNOWN, t->punct, t->kind, s, t->len,
                                   map[t->off], end - map[t->off], t->space});
    }
    free(tv.v);
    if (rc == 0 && u && u->opt && u->opt->preprocessed && u->macros) {
        ptok_t *before = c->t;
        rc = pf_macro_expand(u, c, &c->t, &c->nt, map[0]);
        if (c->t != before) /* a new array, of nt + 1 tokens */
            c->tcap = (size_t)c->nt + 1;
    }
    int depth = 0, pos = 0, after_parallel = 0;
    for (int i = 0; rc == 0 && i < c->nt; i++) {
        ptok_t *t = &c->t[i];
        token_t k = {0, (uint32_t)t->len, (uint8_t)t->kind, 0,
                     (uint16_t)t->punct};
        int where = depth > 0        ? KW_NONE
                    : pos == 0       ? KW_PFOR
                    : pos == 1       ? KW_CONSTRUCT
                    : after_parallel ? KW_AFTER_PARALLEL
                                     : KW_CLAUSE;
        t->code = grammar_code(&k, t->text, where, &t->clause);
        after_parallel = pos == 1 && t->code == TK_PARALLEL;
        pos++;
        if (t->kind == T_PUNCT && (t->punct == '(' || t->punct == '['))
            depth++;
        if (t->kind == T_PUNCT && (t->punct == ')' || t->punct == ']') &&
            depth > 0)
            depth--;
    }
    return rc;
}

int pf_pragma_tokens(unit_t *u, construct_t *c)
{
    const token_t *pt = &u->toks.v[c->pragma];
    size_t n;
    if (clean_pragma(u->src.text, pt, &c->clean, &c->map, &n) != 0 ||
        text_ptoks(u, c, c->clean, c->map, n) != 0)
        return -1;
    /* The end of the pragma line. */
    if (ptok_push(c, (ptok_t){TK_PRAGMA_END, CL_UNKNOWN, 0, 0, "", 0,
                              (size_t)pt->off + pt->len, 0, 0}) != 0)
        return -1;
    return 0;
}

int pf_header_tokens(const unit_t *u, construct_t *c, size_t for_tok,
                     size_t close)
{
    int first = c->nt;
    /* The loop header: significant tokens from `for` through its ')'. */
    for (size_t s = for_tok; s <= close; s++) {
        const token_t *t = &u->toks.v[s];
        int clause, code = grammar_code(t, pf_tok_text(u, s), KW_NONE, &clause);
        if (pf_tok_word(u, s, "for"))
            code = TK_FOR;
        if (ptok_push(c, (ptok_t){code, CL_UNKNOWN, t->punct, t->kind,
                                  pf_tok_text(u, s), t->len, t->off, t->len,
                                  t->space}) != 0)
            return -1;
    }
    return first;
}

int pf_parse_pragma_text(const char *text, size_t len)
{
    /* As if the text followed "#pragma " on a line of its own. */
    construct_t c = {0};
    size_t *map = malloc((len + 1) * sizeof *map);
    int n = -1;
    if (!map)
        return -1;
    for (size_t i = 0; i <= len; i++)
        map[i] = i;
    if (text_ptoks(NULL, &c, text, map, len) == 0 &&
        ptok_push(&c, (ptok_t){TK_PRAGMA_END, CL_UNKNOWN, 0, 0, "", 0, len, 0,
                               0}) == 0) {
        pf_parse_construct(&c);
        n = c.nproblems + c.nevents;
    }
    free(map);
    pf_construct_clear(&c);
    return n;
}
