/* translate.c - pforc's driver: scans the file, finds the pfor pragmas,
 * parses each with its loop header, runs the checks and the back end, and
 * copies everything else through byte for byte. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "parser.h"
#include "pforc.h"

#define NONE ((size_t)-1)

/* ---- small helpers shared with the parser and the checks -------------- */

int ptok_is(const ptok_t *t, const char *word)
{
    size_t n = strlen(word);
    return t->len == n && memcmp(t->text, word, n) == 0;
}

/* The text of a span, tokens separated by one space where the source had
 * whitespace or a comment, so that no comment or newline leaks into a
 * generated line. */
void span_text(const pctx_t *ctx, span_t s, outbuf_t *o)
{
    for (int i = s.first; i <= s.last && i < ctx->n; i++) {
        if (i > s.first && ctx->t[i].space_before)
            ob_put(o, " ", 1);
        ob_put(o, ctx->t[i].text, ctx->t[i].len);
    }
}

void pctx_error(pctx_t *ctx, int tok, const char *fmt, ...)
{
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    if (tok < 0)
        tok = 0;
    if (tok >= ctx->n)
        tok = ctx->n - 1;
    pf_error(ctx->diag, ctx->t[tok].src_off, ctx->t[tok].src_len, "%s", msg);
}

void pctx_error_span(pctx_t *ctx, span_t s, const char *fmt, ...)
{
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    if (s.first < 0 || s.first >= ctx->n)
        s.first = s.last = ctx->n - 1;
    if (s.last < s.first || s.last >= ctx->n)
        s.last = s.first;
    const ptok_t *a = &ctx->t[s.first], *b = &ctx->t[s.last];
    size_t len = b->src_off + b->src_len > a->src_off
                     ? b->src_off + b->src_len - a->src_off
                     : a->src_len;
    pf_error(ctx->diag, a->src_off, len, "%s", msg);
}

/* Report bison's own syntax error message, if one is waiting. */
void flush_pending(pctx_t *ctx)
{
    if (!ctx->has_pending)
        return;
    ctx->has_pending = 0;
    pctx_error(ctx, ctx->pending_tok, "syntax error in pfor pragma: %s",
               ctx->pending);
}

/* ---- output ------------------------------------------------------------ */

/* Copy text, keeping track of the line the C compiler will think it is on. */
void pf_emit_text(unit_t *u, const char *s, size_t n)
{
    ob_put(&u->out, s, n);
    if (u->mapped > 0)
        for (size_t i = 0; i < n; i++)
            u->mapped += s[i] == '\n';
}

/* Make the next output line count as `line` of the user's file. */
void pf_emit_line_directive(unit_t *u, long line)
{
    if (!u->opt->lines || u->mapped == line)
        return;
    if (u->out.n > 0 && u->out.p[u->out.n - 1] != '\n')
        ob_put(&u->out, "\n", 1);
    ob_printf(&u->out, "#line %ld %s\n", line, u->qname);
    u->mapped = line;
}

static const char *tok_text(const unit_t *u, size_t raw)
{
    return u->src.text + u->toks.v[raw].off;
}

static int raw_is_punct(const unit_t *u, size_t raw, int c)
{
    return raw < u->toks.n && u->toks.v[raw].kind == T_PUNCT &&
           u->toks.v[raw].punct == c;
}

static int raw_is_word(const unit_t *u, size_t raw, const char *w)
{
    size_t n = strlen(w);
    return raw < u->toks.n && u->toks.v[raw].kind == T_IDENT &&
           u->toks.v[raw].len == n && memcmp(tok_text(u, raw), w, n) == 0;
}

/* ---- finding pragmas --------------------------------------------------- */

/* A copy of a pragma's text with line continuations (or, for _Pragma, the
 * string escapes) removed, and for every byte its offset in the source. */
typedef struct clean {
    char *text;
    size_t *map;
    size_t n;
} clean_t;

static int clean_push(clean_t *c, char ch, size_t src_off)
{
    c->text[c->n] = ch;
    c->map[c->n] = src_off;
    c->n++;
    return 0;
}

/* Clean the pragma token at raw index r.  Returns 0 or -1 (out of memory). */
static int clean_pragma(const unit_t *u, size_t r, clean_t *c)
{
    const token_t *t = &u->toks.v[r];
    const char *s = u->src.text + t->off;
    c->text = malloc(t->len + 1);
    c->map = malloc((t->len + 1) * sizeof *c->map);
    c->n = 0;
    if (!c->text || !c->map)
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
            clean_push(c, s[i], t->off + i);
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
            clean_push(c, s[i], t->off + i);
        }
    }
    c->text[c->n] = '\0';
    c->map[c->n] = t->off + t->len;
    return 0;
}

static void clean_free(clean_t *c)
{
    free(c->text);
    free(c->map);
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

static int is_pfor_directive(const unit_t *u, size_t r)
{
    const token_t *t = &u->toks.v[r];
    const char *s = u->src.text + t->off;
    /* Cheap test first: most directives are not pragmas. */
    if (!memmem(s, t->len, "pragma", 6))
        return 0;
    clean_t c;
    int yes = 0;
    if (clean_pragma(u, r, &c) == 0)
        yes = starts_pfor(c.text, c.n, 1);
    clean_free(&c);
    return yes;
}

/* Turn `_Pragma ( "pfor ..." )` into one T_PRAGMA token and mark
 * `#pragma pfor` directives; compacts the token vector in place. */
static void mark_pragmas(unit_t *u)
{
    token_t *v = u->toks.v;
    size_t n = u->toks.n, w = 0;
    for (size_t r = 0; r < n; r++) {
        token_t t = v[r];
        if (t.kind == T_PP && is_pfor_directive(u, r)) {
            t.kind = T_PRAGMA;
        } else if (t.kind == T_IDENT && t.len == 7 &&
                   memcmp(u->src.text + t.off, "_Pragma", 7) == 0) {
            size_t q[3], k = r + 1;
            int ok = 1;
            for (int j = 0; j < 3 && ok; j++) {
                while (k < n && (v[k].kind == T_WS || v[k].kind == T_NEWLINE ||
                                 v[k].kind == T_COMMENT))
                    k++;
                if (k >= n)
                    ok = 0;
                else
                    q[j] = k++;
            }
            if (ok && v[q[0]].kind == T_PUNCT && v[q[0]].punct == '(' &&
                v[q[1]].kind == T_STRING && u->src.text[v[q[1]].off] == '"' &&
                v[q[1]].len >= 2 && v[q[2]].kind == T_PUNCT &&
                v[q[2]].punct == ')' &&
                starts_pfor(u->src.text + v[q[1]].off + 1, v[q[1]].len - 2,
                            0)) {
                t.kind = T_PRAGMA;
                t.len = v[q[2]].off + v[q[2]].len - t.off;
                r = q[2];
            }
        }
        v[w++] = t;
    }
    u->toks.n = w;
}

/* The significant tokens (what the C grammar sees) and, for each raw
 * token, the first significant one at or after it. */
static int index_tokens(unit_t *u)
{
    size_t n = u->toks.n;
    u->sig = malloc((n + 1) * sizeof *u->sig);
    u->sig_at = malloc((n + 1) * sizeof *u->sig_at);
    if (!u->sig || !u->sig_at)
        return -1;
    u->nsig = 0;
    for (size_t r = 0; r < n; r++) {
        int k = u->toks.v[r].kind;
        u->sig_at[r] = u->nsig;
        if (k != T_WS && k != T_NEWLINE && k != T_COMMENT && k != T_PP)
            u->sig[u->nsig++] = r;
    }
    u->sig_at[n] = u->nsig;
    return 0;
}

/* Find, for each function that holds a pragma, where its top-level
 * declaration starts: pfor_abi.h is included there (after the user's own
 * includes and feature macros).  A pragma outside any function is an
 * error. */
static int plan_includes(unit_t *u)
{
    long depth = 0;
    size_t start = 0; /* significant index where the current top-level
                         construct starts */
    u->insert = NULL;
    u->ninsert = 0;
    for (size_t s = 0; s < u->nsig; s++) {
        const token_t *t = &u->toks.v[u->sig[s]];
        if (t->kind == T_PRAGMA) {
            if (depth <= 0) {
                pf_error(&u->diag, t->off, t->len,
                         "'#pragma pfor' must be inside a function body");
                continue;
            }
            size_t raw = u->sig[start];
            if (u->ninsert == 0 || u->insert[u->ninsert - 1] != raw) {
                size_t *p = realloc(u->insert, (u->ninsert + 1) * sizeof *p);
                if (!p)
                    return -1;
                u->insert = p;
                u->insert[u->ninsert++] = raw;
            }
            continue;
        }
        if (t->kind != T_PUNCT)
            continue;
        if (t->punct == '{')
            depth++;
        else if (t->punct == '}') {
            if (--depth <= 0) {
                depth = 0;
                start = s + 1;
            }
        } else if (t->punct == ';' && depth == 0)
            start = s + 1;
    }
    return 0;
}

/* Emit `#include <pfor_abi.h>` before raw token r: at the start of its
 * line when only blanks precede it there, else on a line of its own. */
static void emit_include(unit_t *u, size_t r)
{
    size_t line, col;
    pf_locate(&u->src, u->toks.v[r].off, &line, &col);
    size_t k = r;
    while (k > 0 && u->toks.v[k - 1].kind == T_WS &&
           u->src.text[u->toks.v[k - 1].off] != '\\')
        k--;
    int at_bol = k == 0 || u->toks.v[k - 1].kind == T_NEWLINE;
    /* Leading blanks were already copied: move them after the include. */
    size_t blanks = u->toks.v[r].off - u->toks.v[k].off;
    if (at_bol && blanks <= u->out.n)
        u->out.n -= blanks;
    else if (u->out.n > 0 && u->out.p[u->out.n - 1] != '\n')
        ob_put(&u->out, "\n", 1);
    ob_puts(&u->out, "#include <pfor_abi.h>\n");
    u->mapped = u->mapped > 0 ? u->mapped + 1 : -1;
    pf_emit_line_directive(u, (long)line);
    if (at_bol)
        ob_put(&u->out, u->src.text + u->toks.v[k].off, blanks);
    else if (u->opt->lines)
        for (size_t i = 1; i < col; i++)
            ob_put(&u->out, " ", 1);
}

/* ---- one pragma -------------------------------------------------------- */

typedef struct ptok_vec {
    ptok_t *v;
    int n, cap;
} ptok_vec_t;

static int ptok_push(ptok_vec_t *pv, ptok_t t)
{
    if (pv->n == pv->cap) {
        int cap = pv->cap ? pv->cap * 2 : 64;
        ptok_t *v = realloc(pv->v, (size_t)cap * sizeof *v);
        if (!v)
            return -1;
        pv->v = v;
        pv->cap = cap;
    }
    pv->v[pv->n++] = t;
    return 0;
}

/* The grammar code of a scanned token; in the pragma, words at paren
 * depth 0 are the construct and clause keywords. */
static int grammar_code(const token_t *t, const char *text, int keywords)
{
    static const struct {
        const char *w;
        int code;
    } kw[] = {
        {"pfor", TK_PFOR},
        {"parallel", TK_PARALLEL},
        {"map", TK_MAP},
        {"for", TK_FOR},
        {"workers", TK_WORKERS},
        {"schedule", TK_SCHEDULE},
        {"reduction", TK_REDUCTION},
        {"collect", TK_COLLECT},
        {"if", TK_IF},
        {"retries", TK_RETRIES},
        {"timeout", TK_TIMEOUT},
        {"chunksize", TK_CHUNKSIZE},
        {"progress", TK_PROGRESS},
        {"pool", TK_POOL},
    };
    switch (t->kind) {
    case T_IDENT:
        if (keywords)
            for (size_t i = 0; i < sizeof kw / sizeof kw[0]; i++)
                if (strlen(kw[i].w) == t->len &&
                    memcmp(kw[i].w, text, t->len) == 0)
                    return kw[i].code;
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

/* Tokens of the pragma text, for the parser. */
static int pragma_ptoks(const clean_t *c, ptok_vec_t *pv)
{
    token_vec_t tv = {0};
    int rc = pf_scan(c->text, c->n, &tv), depth = 0, space = 0, first = 1;
    for (size_t i = 0; rc == 0 && i < tv.n; i++) {
        const token_t *t = &tv.v[i];
        if (t->kind == T_WS || t->kind == T_NEWLINE || t->kind == T_COMMENT) {
            space = 1;
            continue;
        }
        const char *text = c->text + t->off;
        if (first && t->len == 6 && memcmp(text, "pragma", 6) == 0) {
            first = 0;
            continue;
        }
        first = 0;
        int code = grammar_code(t, text, depth == 0);
        if (t->kind == T_PUNCT && (t->punct == '(' || t->punct == '['))
            depth++;
        if (t->kind == T_PUNCT && (t->punct == ')' || t->punct == ']') &&
            depth > 0)
            depth--;
        size_t end = c->map[t->off + t->len - 1] + 1;
        rc = ptok_push(pv,
                       (ptok_t){code, t->punct, t->kind, text, t->len,
                                c->map[t->off], end - c->map[t->off], space});
        space = 0;
    }
    free(tv.v);
    return rc;
}

/* Header tokens: significant tokens from `for` through its ')'. */
static int header_ptoks(const unit_t *u, size_t s, size_t close, ptok_vec_t *pv)
{
    for (; s <= close; s++) {
        size_t r = u->sig[s];
        const token_t *t = &u->toks.v[r];
        int space = r > 0 && (u->toks.v[r - 1].kind == T_WS ||
                              u->toks.v[r - 1].kind == T_NEWLINE ||
                              u->toks.v[r - 1].kind == T_COMMENT ||
                              u->toks.v[r - 1].kind == T_PP);
        int code = grammar_code(t, tok_text(u, r), 0);
        if (t->kind == T_IDENT && t->len == 3 &&
            memcmp(tok_text(u, r), "for", 3) == 0)
            code = TK_FOR;
        if (ptok_push(pv, (ptok_t){code, t->punct, t->kind, tok_text(u, r),
                                   t->len, t->off, t->len, space}) != 0)
            return -1;
    }
    return 0;
}

/* The ')' matching the '(' at significant index s, or NONE. */
static size_t matching_paren(const unit_t *u, size_t s)
{
    long depth = 0;
    for (; s < u->nsig; s++) {
        size_t r = u->sig[s];
        if (u->toks.v[r].kind == T_PRAGMA)
            return NONE;
        if (raw_is_punct(u, r, '('))
            depth++;
        else if (raw_is_punct(u, r, ')') && --depth == 0)
            return s;
        else if (raw_is_punct(u, r, '{') || raw_is_punct(u, r, '}'))
            return NONE;
    }
    return NONE;
}

/* Lower (or, on errors, copy) the pragma at raw index r and its loop.
 * Returns the raw index where copying resumes. */
static size_t do_pragma(unit_t *u, size_t r)
{
    const token_t *pt = &u->toks.v[r];
    int errors = u->diag.errors;
    clean_t c = {0};
    ptok_vec_t pv = {0};
    loop_t loop = {0};
    loop.sched_chunk = (span_t){0, -1};
    pctx_t ctx = {0};
    body_t body = {0, 0, NONE};
    size_t resume = r + 1, header = NONE, close = NONE;

    if (clean_pragma(u, r, &c) != 0 || pragma_ptoks(&c, &pv) != 0)
        goto oom;
    /* The end of the pragma line. */
    if (ptok_push(&pv, (ptok_t){TK_PRAGMA_END, 0, 0, "", 0, pt->off + pt->len,
                                0, 0}) != 0)
        goto oom;

    size_t s = u->sig_at[r] + 1; /* the pragma is significant index s-1 */
    if (s < u->nsig && raw_is_word(u, u->sig[s], "for")) {
        header = s;
        if (s + 1 < u->nsig && raw_is_punct(u, u->sig[s + 1], '('))
            close = matching_paren(u, s + 1);
        if (close == NONE) {
            pf_error(&u->diag, u->toks.v[u->sig[s]].off, 3,
                     "the for loop after '#pragma pfor' has no complete "
                     "header '(init; test; step)'");
        } else if (header_ptoks(u, s, close, &pv) != 0)
            goto oom;
    } else {
        size_t at = s < u->nsig ? u->toks.v[u->sig[s]].off : u->src.len;
        size_t len = s < u->nsig ? u->toks.v[u->sig[s]].len : 0;
        pf_error(&u->diag, at, len,
                 "'#pragma pfor' must be followed by a for loop");
    }

    ctx.t = pv.v;
    ctx.n = pv.n;
    ctx.loop = &loop;
    ctx.diag = &u->diag;
    ctx.errors_before = errors;
    pf_parse(&ctx);
    if (loop.has[CL_POOL] && loop.has[CL_WORKERS])
        pctx_error_span(&ctx, loop.clause_name[CL_WORKERS],
                        "workers() cannot be combined with pool(p): the pool "
                        "has its own workers");
    if (loop.has[CL_POOL] && loop.has[CL_TIMEOUT])
        pctx_error_span(&ctx, loop.clause_name[CL_TIMEOUT],
                        "timeout() cannot be combined with pool(p): the "
                        "pool's own per-task timeout applies (set "
                        "task_timeout in pf_pool_options_t)");

    if (close != NONE) {
        if (close + 1 >= u->nsig) {
            pf_error(&u->diag, u->src.len, 0, "the pfor loop has no body");
        } else if (pf_check_body(u, &ctx, close + 1, &body) == 0 &&
                   u->diag.errors == errors && loop.header_ok) {
            size_t end_raw = u->sig[body.end - 1] + 1;
            if (u->opt->backend == BACKEND_SERIAL) {
                /* Drop the pragma, keep its newlines. */
                for (size_t i = 0; i < pt->len; i++)
                    if (u->src.text[pt->off + i] == '\n')
                        pf_emit_text(u, "\n", 1);
                pf_emit_range(u, r + 1, end_raw);
            } else {
                pf_codegen(u, &ctx, r, header, &body);
            }
            resume = end_raw;
        }
    }
    if (resume == r + 1)
        pf_emit_text(u, u->src.text + pt->off, pt->len);
    free(loop.red);
    free(loop.coll);
    free(pv.v);
    clean_free(&c);
    return resume;
oom:
    free(pv.v);
    clean_free(&c);
    u->out.oom = 1;
    return u->toks.n;
}

void pf_emit_range(unit_t *u, size_t from, size_t to)
{
    size_t r = from;
    while (r < to && !u->out.oom && !u->diag.stopped) {
        while (u->next_insert < u->ninsert && u->insert[u->next_insert] < r)
            u->next_insert++;
        if (u->opt->backend != BACKEND_SERIAL && u->next_insert < u->ninsert &&
            u->insert[u->next_insert] == r) {
            emit_include(u, r);
            u->next_insert++;
        }
        if (u->toks.v[r].kind == T_PRAGMA) {
            r = do_pragma(u, r);
            continue;
        }
        /* Copy the run of plain tokens up to the next pragma or
         * include point in one go. */
        size_t e = r + 1;
        size_t stop = to;
        if (u->next_insert < u->ninsert && u->insert[u->next_insert] < stop)
            stop = u->insert[u->next_insert];
        while (e < stop && u->toks.v[e].kind != T_PRAGMA)
            e++;
        size_t off = u->toks.v[r].off;
        pf_emit_text(u, u->src.text + off,
                     u->toks.v[e - 1].off + u->toks.v[e - 1].len - off);
        r = e;
    }
}

/* The file name as a C string literal. */
static char *quote_name(const char *name)
{
    size_t n = strlen(name);
    char *q = malloc(2 * n + 3), *p = q;
    if (!q)
        return NULL;
    *p++ = '"';
    for (size_t i = 0; i < n; i++) {
        if (name[i] == '"' || name[i] == '\\')
            *p++ = '\\';
        *p++ = name[i] == '\n' ? ' ' : name[i];
    }
    *p++ = '"';
    *p = '\0';
    return q;
}

int pforc_translate(const char *name, const char *text, size_t len,
                    const pforc_options_t *opt, void *diag_stream, char **out,
                    size_t *out_len)
{
    unit_t u = {0};
    int rc = -1;

    *out = NULL;
    *out_len = 0;
    u.src.name = name;
    u.src.text = text;
    u.src.len = len;
    u.opt = opt;
    u.diag.src = &u.src;
    u.diag.stream = diag_stream;
    u.mapped = 1;

    size_t lines = 1;
    for (size_t i = 0; i < len; i++)
        lines += text[i] == '\n';
    u.src.line_start = malloc(lines * sizeof *u.src.line_start);
    u.qname = quote_name(name);
    if (!u.src.line_start || !u.qname)
        goto done;
    u.src.nlines = 0;
    u.src.line_start[u.src.nlines++] = 0;
    for (size_t i = 0; i < len; i++)
        if (text[i] == '\n')
            u.src.line_start[u.src.nlines++] = i + 1;

    if (pf_scan(text, len, &u.toks) != 0)
        goto done;
    mark_pragmas(&u);
    if (index_tokens(&u) != 0 || plan_includes(&u) != 0)
        goto done;
    pf_emit_range(&u, 0, u.toks.n);
    if (u.tail.n > 0) {
        if (u.out.n > 0 && u.out.p[u.out.n - 1] != '\n')
            ob_put(&u.out, "\n", 1);
        ob_put(&u.out, u.tail.p, u.tail.n);
    }
    if (u.out.oom || u.tail.oom)
        goto done;
    rc = u.diag.errors;
    if (rc == 0) {
        *out = u.out.p ? u.out.p : calloc(1, 1);
        *out_len = u.out.n;
        u.out.p = NULL;
        if (!*out)
            rc = -1;
    }
done:
    pf_diag_free(&u.diag);
    free(u.out.p);
    free(u.tail.p);
    free(u.src.line_start);
    free(u.qname);
    free(u.toks.v);
    free(u.sig);
    free(u.sig_at);
    free(u.insert);
    free(u.match);
    return rc;
}
