/* codegen.c - pforc's process back end: lowers one pfor loop to the loop
 * engine's inline fork-join pattern (runtime/include/pfor_abi.h; the exact
 * text is documented in docs/lowering.md). */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pforc.h"

typedef struct gen {
    unit_t *u;
    const pctx_t *ctx;
    const loop_t *l;
    char indent[128];
    long pragma_line;
} gen_t;

static const char *const op_names[] = {"",           "PF_OP_ADD",  "PF_OP_MUL",
                                       "PF_OP_SUB",  "PF_OP_BAND", "PF_OP_BOR",
                                       "PF_OP_BXOR", "PF_OP_LAND", "PF_OP_LOR",
                                       "PF_OP_MIN",  "PF_OP_MAX"};
static const char *const sched_names[] = {
    "PFC_SCHED_DEFAULT", "PFC_SCHED_STATIC", "PFC_SCHED_DYNAMIC",
    "PFC_SCHED_GUIDED", "PFC_SCHED_RUNTIME"};
static const char *const cmp_names[] = {"", "PFC_LT", "PFC_LE", "PFC_GT",
                                        "PFC_GE"};

/* The text of a span as a NUL-terminated malloc'd string ("" if empty). */
static char *txt(const gen_t *g, span_t s)
{
    outbuf_t o = {0};
    span_text(g->ctx, s, &o);
    ob_put(&o, "", 0);
    if (!o.p)
        return calloc(1, 1);
    o.p[o.n] = '\0';
    return o.p;
}

/* One generated line at nesting `level` below the loop's indentation. */
static void line(gen_t *g, int level, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static void line(gen_t *g, int level, const char *fmt, ...)
{
    outbuf_t o = {0};
    va_list ap;
    ob_puts(&o, g->indent);
    for (int i = 0; i < level; i++)
        ob_puts(&o, "    ");
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n > 0) {
        char *buf = malloc((size_t)n + 1);
        if (buf) {
            va_start(ap, fmt);
            vsnprintf(buf, (size_t)n + 1, fmt, ap);
            va_end(ap);
            ob_put(&o, buf, (size_t)n);
            free(buf);
        } else {
            o.oom = 1;
        }
    }
    ob_put(&o, "\n", 1);
    if (o.oom)
        g->u->out.oom = 1;
    pf_emit_text(g->u, o.p ? o.p : "", o.n);
    free(o.p);
}

/* A line holding user text from the pragma: point it at the pragma. */
static void user_line(gen_t *g, long at, int level, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
static void user_line(gen_t *g, long at, int level, const char *fmt, ...)
{
    char buf[8192];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    pf_emit_line_directive(g->u, at);
    if (n >= 0 && (size_t)n < sizeof buf) {
        line(g, level, "%s", buf);
        return;
    }
    /* Very long expressions: build it on the heap. */
    char *big = malloc((size_t)n + 1);
    if (!big) {
        g->u->out.oom = 1;
        return;
    }
    va_start(ap, fmt);
    vsnprintf(big, (size_t)n + 1, fmt, ap);
    va_end(ap);
    line(g, level, "%s", big);
    free(big);
}

/* The leading blanks of the line that holds byte offset off. */
static void line_indent(const unit_t *u, size_t off, char *out, size_t cap)
{
    size_t line, col, n = 0;
    pf_locate(&u->src, off, &line, &col);
    const char *p = u->src.text + u->src.line_start[line - 1];
    while (n + 1 < cap && (p[n] == ' ' || p[n] == '\t'))
        out[n] = p[n], n++;
    out[n] = '\0';
}

/* Blanks that bring the next output byte to the column of offset off. */
static void pad_to(unit_t *u, size_t off)
{
    size_t line, col;
    if (!u->opt->lines)
        return;
    pf_locate(&u->src, off, &line, &col);
    const char *p = u->src.text + u->src.line_start[line - 1];
    for (size_t i = 0; i + 1 < col; i++)
        ob_put(&u->out, p[i] == '\t' ? "\t" : " ", 1);
}

static long line_of(const unit_t *u, size_t off)
{
    size_t line, col;
    pf_locate(&u->src, off, &line, &col);
    return (long)line;
}

/* The user's line of a span's first token (dflt when the span is empty). */
static long span_line(const gen_t *g, span_t s, long dflt)
{
    if (s.last < s.first || s.first < 0 || s.first >= g->ctx->n)
        return dflt;
    return line_of(g->u, g->ctx->t[s.first].src_off);
}

static void clause_call(gen_t *g, int cl, const char *fn, const char *cast)
{
    if (!g->l->has[cl])
        return;
    char *e = txt(g, g->l->arg[cl]);
    user_line(g, g->pragma_line, 1, "%s(__pf_loop, %s(%s));", fn, cast, e);
    free(e);
}

static void pool_codegen(unit_t *u, const pctx_t *ctx, size_t pragma_raw,
                         size_t header_sig, const body_t *b);

void pf_codegen(unit_t *u, const pctx_t *ctx, size_t pragma_raw,
                size_t header_sig, const body_t *b)
{
    const loop_t *l = ctx->loop;
    if (l->has[CL_POOL]) {
        pool_codegen(u, ctx, pragma_raw, header_sig, b);
        return;
    }
    gen_t g = {u, ctx, l, "", 0};
    const token_t *pt = &u->toks.v[pragma_raw];
    const token_t *ft = &u->toks.v[u->sig[header_sig]];
    const token_t *first = &u->toks.v[u->sig[b->first]];
    const token_t *last = &u->toks.v[u->sig[b->end - 1]];
    long for_line = line_of(u, ft->off);
    char *var = txt(&g, l->var);

    g.pragma_line = line_of(u, pt->off);
    line_indent(u, ft->off, g.indent, sizeof g.indent);

    if (u->out.n > 0 && u->out.p[u->out.n - 1] != '\n')
        pf_emit_text(u, "\n", 1);
    pf_emit_line_directive(u, g.pragma_line);
    line(&g, 0, "{");
    line(&g, 1, "pfc_loop_t *__pf_loop = pfc_loop_new(%s, %ld);", u->qname,
         g.pragma_line);

    /* The loop variable's type, and the range. */
    char *lo = txt(&g, l->lo), *hi = txt(&g, l->hi), *step = NULL;
    if (l->declared) {
        char *type = txt(&g, l->type);
        user_line(&g, for_line, 1, "typedef %s __pf_iv_t;", type);
        free(type);
    } else {
        user_line(&g, for_line, 1, "typedef __typeof__(%s) __pf_iv_t;", var);
    }
    char *e = txt(&g, l->step);
    outbuf_t so = {0};
    switch (l->step_kind) {
    case STEP_INC:
        ob_puts(&so, "1");
        break;
    case STEP_DEC:
        ob_puts(&so, "-1");
        break;
    case STEP_ADD:
        ob_printf(&so, "(%s)", e);
        break;
    case STEP_SUB:
        ob_printf(&so, "-(long long)(%s)", e);
        break;
    default:
        ob_printf(&so, "(0LL %s)", e);
        break;
    }
    ob_put(&so, "", 0);
    step = so.p ? (so.p[so.n] = '\0', so.p) : NULL;
    free(e);
    /* The range: PFC_RANGE as pfor_abi.h shows it.  A header written over
     * several lines first takes its parts into constants, each under its
     * own line, so that an error in the bound points at the bound. */
    long lo_line = span_line(&g, l->lo, for_line);
    long hi_line = span_line(&g, l->hi, for_line);
    long step_line = span_line(
        &g,
        l->step_kind == STEP_INC || l->step_kind == STEP_DEC ? l->step_var
                                                             : l->step,
        for_line);
    if (lo_line == hi_line && hi_line == step_line) {
        /* A comma in braces (a compound literal) would split the macro's
         * arguments: parenthesize such an argument. */
        const char *st = step ? step : "1";
        int plo = strchr(lo, ',') != NULL, phi = strchr(hi, ',') != NULL;
        user_line(&g, lo_line, 1,
                  "PFC_RANGE(__pf_loop, __pf_iv_t, %s%s%s, %s%s%s, %s, %s);",
                  plo ? "(" : "", lo, plo ? ")" : "", phi ? "(" : "", hi,
                  phi ? ")" : "", st, cmp_names[l->cmp]);
    } else {
        user_line(&g, lo_line, 1, "const __pf_iv_t __pf_lo = (%s);", lo);
        user_line(&g, hi_line, 1, "const __pf_iv_t __pf_hi = (%s);", hi);
        user_line(&g, step_line, 1, "const long long __pf_step = %s;",
                  step ? step : "1");
        line(&g, 1,
             "PFC_RANGE(__pf_loop, __pf_iv_t, __pf_lo, __pf_hi, __pf_step, "
             "%s);",
             cmp_names[l->cmp]);
    }
    free(lo);
    free(hi);
    free(step);

    /* Clauses, one call each. */
    clause_call(&g, CL_WORKERS, "pfc_loop_workers", "(long)");
    if (l->construct == C_MAP) {
        char *c = l->has[CL_CHUNKSIZE] ? txt(&g, l->arg[CL_CHUNKSIZE]) : NULL;
        if (c)
            user_line(&g, g.pragma_line, 1,
                      "pfc_loop_schedule(__pf_loop, PFC_SCHED_DYNAMIC, "
                      "(long)(%s));",
                      c);
        else
            line(&g, 1, "pfc_loop_schedule(__pf_loop, PFC_SCHED_DYNAMIC, 0);");
        free(c);
    } else if (l->has[CL_SCHEDULE]) {
        char *c = txt(&g, l->sched_chunk);
        user_line(&g, g.pragma_line, 1,
                  "pfc_loop_schedule(__pf_loop, %s, (long)(%s));",
                  sched_names[l->sched_kind], c[0] ? c : "0");
        free(c);
    }
    if (l->has[CL_IF]) {
        char *c = txt(&g, l->arg[CL_IF]);
        user_line(&g, g.pragma_line, 1, "pfc_loop_if(__pf_loop, !!(%s));", c);
        free(c);
    }
    clause_call(&g, CL_RETRIES, "pfc_loop_retries", "(long)");
    clause_call(&g, CL_TIMEOUT, "pfc_loop_timeout", "(double)");
    if (l->has[CL_PROGRESS])
        line(&g, 1, "pfc_loop_progress(__pf_loop, 1);");
    for (int i = 0; i < l->nred; i++) {
        const reduction_t *r = &l->red[i];
        char *v = txt(&g, r->var);
        if (r->lo.last < r->lo.first) {
            user_line(&g, g.pragma_line, 1,
                      "pfc_loop_reduce(__pf_loop, %s, PF_TYPE_OF(%s), &%s, 1);",
                      op_names[r->op], v, v);
        } else {
            char *rl = txt(&g, r->lo), *rn = txt(&g, r->len);
            user_line(&g, g.pragma_line, 1, "const long long __pf_lo%d = (%s);",
                      i, rl);
            user_line(&g, g.pragma_line, 1,
                      "const size_t __pf_len%d = (size_t)(%s);", i, rn);
            user_line(&g, g.pragma_line, 1,
                      "pfc_loop_reduce(__pf_loop, %s, PF_TYPE_OF((%s)[0]), "
                      "&(%s)[__pf_lo%d], __pf_len%d);",
                      op_names[r->op], v, v, i, i);
            free(rl);
            free(rn);
        }
        free(v);
    }
    for (int i = 0; i < l->ncoll; i++) {
        char *c = txt(&g, l->coll[i]);
        user_line(&g, g.pragma_line, 1,
                  "pfc_loop_collect(__pf_loop, &(%s)[0], sizeof (%s)[0]);", c,
                  c);
        free(c);
    }
    if (b->map_out != (size_t)-1) {
        const token_t *o = &u->toks.v[u->sig[b->map_out]];
        int n = (int)o->len;
        const char *p = u->src.text + o->off;
        line(&g, 1,
             "pfc_loop_collect(__pf_loop, &(%.*s)[0], sizeof (%.*s)[0]);", n, p,
             n, p);
    }
    line(&g, 1, "pfc_loop_start(__pf_loop);");

    /* The worker's (and the parent's) share: private partials, stretches,
     * iterations. */
    line(&g, 1, "{");
    for (int i = 0; i < l->nred; i++) {
        char *v = txt(&g, l->red[i].var);
        if (l->red[i].lo.last < l->red[i].lo.first) {
            line(&g, 2, "__typeof__(%s) %s;", v, v);
        } else {
            /* A private copy of elements 0 .. lo+len-1 on the heap (a
             * section may be large; the pages below lo are never touched),
             * so that the body's own indices work unchanged. */
            line(&g, 2, "__typeof__((%s)[0]) *__pf_part%d = __builtin_malloc(",
                 v, i);
            line(&g, 3,
                 "sizeof (%s)[0] * ((size_t)__pf_lo%d + __pf_len%d + 1));", v,
                 i, i);
            line(&g, 2, "if (!__pf_part%d)", i);
            line(&g, 3, "__builtin_abort();");
            line(&g, 2, "__typeof__((%s)[0]) *%s = __pf_part%d;", v, v, i);
        }
        free(v);
    }
    line(&g, 2, "volatile unsigned long long *__pf_cursor =");
    line(&g, 3, "pfc_loop_cursor(__pf_loop);");
    line(&g, 2, "unsigned long long __pf_k, __pf_end;");
    line(&g, 2, "while (pfc_loop_next(__pf_loop, &__pf_k, &__pf_end)) {");
    for (int i = 0; i < l->nred; i++) {
        char *v = txt(&g, l->red[i].var);
        if (l->red[i].lo.last < l->red[i].lo.first)
            line(&g, 3, "pfc_loop_identity(__pf_loop, %d, &%s);", i, v);
        else
            line(&g, 3,
                 "pfc_loop_identity(__pf_loop, %d, __pf_part%d + __pf_lo%d);",
                 i, i, i);
        free(v);
    }
    /* Once per stretch, not per iteration: a store in the inner loop
     * keeps it from being vectorised (25% on a 4 ns body).  The stretch is
     * one iteration when a retry re-runs a failed chunk, so a crash that
     * recurs is still named exactly (docs/lowering.md). */
    line(&g, 3, "*__pf_cursor = __pf_k;");
    line(&g, 3, "for (; __pf_k < __pf_end; __pf_k++) {");
    line(&g, 4, "__pf_iv_t %s = PFC_IV(__pf_loop, __pf_iv_t, __pf_k);", var);
    line(&g, 4, "(void)%s;", var);

    /* The user's body, verbatim (nested pfor loops lowered in turn). */
    pf_emit_line_directive(u, line_of(u, first->off));
    pad_to(u, first->off);
    pf_emit_range(u, u->sig[b->first], u->sig[b->end - 1] + 1);
    pf_emit_text(u, "\n", 1);

    line(&g, 3, "}");
    for (int i = 0; i < l->nred; i++) {
        char *v = txt(&g, l->red[i].var);
        if (l->red[i].lo.last < l->red[i].lo.first)
            line(&g, 3, "pfc_loop_deposit(__pf_loop, %d, &%s);", i, v);
        else
            line(&g, 3,
                 "pfc_loop_deposit(__pf_loop, %d, __pf_part%d + __pf_lo%d);", i,
                 i, i);
        free(v);
    }
    line(&g, 2, "}");
    for (int i = 0; i < l->nred; i++)
        if (l->red[i].lo.last >= l->red[i].lo.first)
            line(&g, 2, "__builtin_free(__pf_part%d);", i);
    line(&g, 1, "}");
    if (!l->declared)
        line(&g, 1,
             "%s = PFC_IV(__pf_loop, __pf_iv_t, pfc_loop_trips(__pf_loop));",
             var);
    line(&g, 1, "pfc_loop_end(__pf_loop);");
    line(&g, 0, "}");
    /* Back to the user's text, right after the body. */
    size_t after = last->off + last->len, k = after;
    pf_emit_line_directive(u, line_of(u, after));
    while (k < u->src.len && (u->src.text[k] == ' ' || u->src.text[k] == '\t'))
        k++;
    if (k < u->src.len && u->src.text[k] != '\n')
        pad_to(u, after);
    free(var);
}

/* ---- map ... pool(p) ---------------------------------------------------- */

#define NONE ((size_t)-1)

static const token_t *stok(const unit_t *u, size_t s)
{
    return &u->toks.v[u->sig[s]];
}

static int s_punct(const unit_t *u, size_t s, int c)
{
    return s < u->nsig && stok(u, s)->kind == T_PUNCT && stok(u, s)->punct == c;
}

static int s_ident(const unit_t *u, size_t s)
{
    return s < u->nsig && stok(u, s)->kind == T_IDENT;
}

static int s_word(const unit_t *u, size_t s, const char *w)
{
    size_t n = strlen(w);
    return s_ident(u, s) && stok(u, s)->len == n &&
           memcmp(u->src.text + stok(u, s)->off, w, n) == 0;
}

static int s_same(const unit_t *u, size_t a, size_t b)
{
    return stok(u, a)->len == stok(u, b)->len &&
           memcmp(u->src.text + stok(u, a)->off, u->src.text + stok(u, b)->off,
                  stok(u, a)->len) == 0;
}

/* The text of significant tokens [s, e), one blank between tokens that
 * had white space (or a comment, or a line break) between them. */
static void sig_text(const unit_t *u, size_t s, size_t e, outbuf_t *o)
{
    for (size_t i = s; i < e; i++) {
        if (i > s && u->sig[i] > u->sig[i - 1] + 1)
            ob_put(o, " ", 1);
        ob_put(o, u->src.text + stok(u, i)->off, stok(u, i)->len);
    }
}

static char *sig_str(const unit_t *u, size_t s, size_t e)
{
    outbuf_t o = {0};
    sig_text(u, s, e, &o);
    ob_put(&o, "", 0);
    if (!o.p)
        return calloc(1, 1);
    o.p[o.n] = '\0';
    return o.p;
}

/* The group closing the bracket at s (u->match, built by the checks). */
static size_t s_close(const unit_t *u, size_t s)
{
    return u->match ? u->match[s] : NONE;
}

/* Split [s, e) at the commas outside brackets: *n parts, starts in
 * part[i], each ending before part[i + 1] - 1 (the comma) or e. */
static size_t *split_commas(const unit_t *u, size_t s, size_t e, int *n)
{
    size_t *part = malloc((e - s + 2) * sizeof *part);
    *n = 0;
    if (!part)
        return NULL;
    if (s >= e)
        return part;
    part[(*n)++] = s;
    for (size_t i = s; i < e; i++) {
        if (s_punct(u, i, '(') || s_punct(u, i, '[') || s_punct(u, i, '{')) {
            size_t m = s_close(u, i);
            if (m != NONE && m < e)
                i = m;
        } else if (s_punct(u, i, ',')) {
            part[(*n)++] = i + 1;
        }
    }
    part[*n] = e + 1;
    return part;
}

typedef struct pool_plan {
    size_t lhs_first, lhs_end; /* the assigned lvalue; empty: none */
    size_t fn;                 /* the called function's name */
    int nargs;
    size_t *arg; /* nargs + 1 starts, as split_commas gives them */
    size_t args_end;
    char **ptype; /* nargs parameter types, as text */
    char tag[64];
} pool_plan_t;

static const char *const type_words[] = {
    "int",      "char",     "short",    "long",     "signed",  "unsigned",
    "float",    "double",   "_Bool",    "bool",     "void",    "const",
    "volatile", "restrict", "register", "_Complex", "_Atomic", NULL};

static int is_type_word(const unit_t *u, size_t s)
{
    for (int i = 0; type_words[i]; i++)
        if (s_word(u, s, type_words[i]))
            return 1;
    return 0;
}

/* The last declaration `... f ( params ) ;` or `... f ( params ) {` at
 * file scope before significant index `before`: the index of its '(',
 * or NONE. */
static size_t find_prototype(const unit_t *u, size_t fn, size_t before)
{
    long braces = 0, parens = 0;
    size_t found = NONE;
    for (size_t s = 0; s < before; s++) {
        if (s_punct(u, s, '{'))
            braces++;
        else if (s_punct(u, s, '}'))
            braces--;
        else if (braces == 0 && s_punct(u, s, '('))
            parens++;
        else if (braces == 0 && s_punct(u, s, ')'))
            parens--;
        if (braces != 0 || parens != 0 || !s_ident(u, s) || !s_same(u, s, fn) ||
            !s_punct(u, s + 1, '(') || s == 0)
            continue;
        if (!(s_ident(u, s - 1) || s_punct(u, s - 1, '*') ||
              s_punct(u, s - 1, ')') || s_punct(u, s - 1, '}')))
            continue;
        size_t close = s_close(u, s + 1), after = close + 1;
        if (close == NONE || after >= before)
            continue;
        /* Skip attributes and asm labels: f(...) __attribute__((x)); */
        while (after + 1 < before &&
               (s_word(u, after, "__attribute__") ||
                s_word(u, after, "__asm__") || s_word(u, after, "asm")) &&
               s_punct(u, after + 1, '(') && s_close(u, after + 1) != NONE)
            after = s_close(u, after + 1) + 1;
        if (after < before &&
            (s_punct(u, after, ';') || s_punct(u, after, '{')))
            found = s + 1;
    }
    return found;
}

static void free_plan(pool_plan_t *p)
{
    for (int i = 0; p->ptype && i < p->nargs; i++)
        free(p->ptype[i]);
    free(p->ptype);
    free(p->arg);
}

/* A short hash of the file (name and text) and the pragma's position:
 * the suffix of the generated names, unique across linked files. */
static void make_tag(const unit_t *u, size_t off, char *tag, size_t size)
{
    unsigned h = 2166136261u;
    for (const char *p = u->src.name; *p; p++)
        h = (h ^ (unsigned char)*p) * 16777619u;
    for (size_t i = 0; i < u->src.len; i++)
        h = (h ^ (unsigned char)u->src.text[i]) * 16777619u;
    size_t line, col;
    pf_locate(&u->src, off, &line, &col);
    snprintf(tag, size, "%08x_%zu_%zu", h, line, col);
}

/* Analyse a pool map: the call, its prototype, the parameter types.
 * Returns 0, or -1 after reporting an error. */
static int plan_pool(unit_t *u, size_t pragma_raw, const body_t *b,
                     pool_plan_t *p)
{
    size_t s = b->first, e = b->end;
    memset(p, 0, sizeof *p);
    if (s_punct(u, s, '{') && e - s >= 2 && s_punct(u, e - 1, '}')) {
        s++;
        e--;
    }
    e--; /* the ';' */
    size_t eq = NONE;
    for (size_t i = s; i < e; i++) {
        if (s_punct(u, i, '(') || s_punct(u, i, '[') || s_punct(u, i, '{')) {
            size_t m = s_close(u, i);
            i = m == NONE ? e : m;
        } else if (s_punct(u, i, '=')) {
            eq = i;
            break;
        }
    }
    p->lhs_first = s;
    p->lhs_end = eq == NONE ? s : eq;
    p->fn = eq == NONE ? s : eq + 1;
    const token_t *ft = stok(u, p->fn);
    if (!s_ident(u, p->fn) || !s_punct(u, p->fn + 1, '(')) {
        pf_error(&u->diag, ft->off, ft->len,
                 "pool(p): the call must name a function declared in this "
                 "file, not a member or an expression");
        return -1;
    }
    size_t open = p->fn + 1, close = s_close(u, open);
    if (close == NONE)
        return -1;
    p->arg = split_commas(u, open + 1, close, &p->nargs);
    p->args_end = close;
    if (!p->arg) {
        u->out.oom = 1;
        return -1;
    }
    make_tag(u, u->toks.v[pragma_raw].off, p->tag, sizeof p->tag);

    size_t popen = find_prototype(u, p->fn, u->sig_at[pragma_raw]);
    if (popen == NONE) {
        pf_error(&u->diag, ft->off, ft->len,
                 "pool(p): no declaration of '%.*s' before this loop in this "
                 "file (pforc does not read headers); declare it here",
                 (int)ft->len, u->src.text + ft->off);
        return -1;
    }
    size_t pclose = s_close(u, popen);
    int np;
    size_t *part = split_commas(u, popen + 1, pclose, &np);
    if (!part) {
        u->out.oom = 1;
        return -1;
    }
    if (np == 1 && part[0] + 1 == pclose && s_word(u, part[0], "void"))
        np = 0;
    if (np > 0 && s_punct(u, pclose - 1, P_ELLIPSIS)) {
        pf_error(&u->diag, ft->off, ft->len,
                 "pool(p): '%.*s' (declared on line %ld) is variadic; pforc "
                 "cannot pass its arguments through a pool (call a function "
                 "with fixed parameters)",
                 (int)ft->len, u->src.text + ft->off,
                 line_of(u, stok(u, popen)->off));
        free(part);
        return -1;
    }
    if (np != p->nargs) {
        pf_error(&u->diag, ft->off, ft->len,
                 "pool(p): '%.*s' takes %d argument%s but the call passes %d",
                 (int)ft->len, u->src.text + ft->off, np, np == 1 ? "" : "s",
                 p->nargs);
        free(part);
        return -1;
    }
    p->ptype = calloc((size_t)np + 1, sizeof *p->ptype);
    if (!p->ptype) {
        free(part);
        u->out.oom = 1;
        return -1;
    }
    for (int k = 0; k < np; k++) {
        size_t a = part[k], z = part[k + 1] - 1;
        int complex = a >= z;
        for (size_t i = a; i < z; i++)
            if (s_punct(u, i, '(') || s_punct(u, i, '[') ||
                s_punct(u, i, P_ELLIPSIS))
                complex = 1;
        if (complex) {
            pf_error(&u->diag, ft->off, ft->len,
                     "pool(p): parameter %d of '%.*s' (declared on line %ld) "
                     "is too complex for pforc; use a typedef",
                     k + 1, (int)ft->len, u->src.text + ft->off,
                     line_of(u, stok(u, popen)->off));
            free(part);
            return -1;
        }
        /* A trailing identifier is the parameter's name, unless it is
         * part of the type: the only token, a keyword, a tag, or after
         * nothing but qualifiers. */
        size_t end = z;
        if (z - a >= 2 && s_ident(u, z - 1) && !is_type_word(u, z - 1) &&
            !s_word(u, z - 2, "struct") && !s_word(u, z - 2, "union") &&
            !s_word(u, z - 2, "enum")) {
            int only_quals = 1;
            for (size_t i = a; i + 1 < z; i++)
                if (!s_word(u, i, "const") && !s_word(u, i, "volatile") &&
                    !s_word(u, i, "register"))
                    only_quals = 0;
            if (!only_quals)
                end = z - 1;
        }
        p->ptype[k] = sig_str(u, a, end);
    }
    free(part);
    return 0;
}

/* The struct's member list: "T0 p0; T1 p1;" (a dummy for no argument). */
static void members(const pool_plan_t *p, outbuf_t *o)
{
    if (p->nargs == 0)
        ob_puts(o, "char __pf_none;");
    for (int k = 0; k < p->nargs; k++)
        ob_printf(o, "%s%s p%d;", k ? " " : "", p->ptype[k], k);
}

/* "f(a.p0, a.p1)" with a given accessor prefix. */
static void call_text(const unit_t *u, const pool_plan_t *p, const char *acc,
                      outbuf_t *o)
{
    sig_text(u, p->fn, p->fn + 1, o);
    ob_puts(o, "(");
    for (int k = 0; k < p->nargs; k++)
        ob_printf(o, "%s%sp%d", k ? ", " : "", acc, k);
    ob_puts(o, ")");
}

static char *ob_str(outbuf_t *o)
{
    ob_put(o, "", 0);
    if (!o->p)
        return calloc(1, 1);
    o->p[o->n] = '\0';
    return o->p;
}

/* The file-scope half: the struct and the trampoline, at the end of the
 * output, under the pragma's line. */
static void pool_tail(unit_t *u, const pool_plan_t *p, long pragma_line)
{
    outbuf_t *t = &u->tail, m = {0}, c = {0};
    members(p, &m);
    call_text(u, p, "__pf_a->", &c);
    char *ms = ob_str(&m), *cs = ob_str(&c);
    int lhs = p->lhs_end > p->lhs_first;
    if (u->opt->lines)
        ob_printf(t, "#line %ld %s\n", pragma_line, u->qname);
    ob_printf(t, "struct __pf_args_%s { %s };\n", p->tag, ms);
    ob_printf(t,
              "int __pf_pool_task_%s(const void *__pf_in, void *__pf_out, "
              "void *__pf_ctx);\n",
              p->tag);
    ob_printf(t,
              "int __pf_pool_task_%s(const void *__pf_in, void *__pf_out, "
              "void *__pf_ctx)\n{\n",
              p->tag);
    ob_printf(t, "    const struct __pf_args_%s *__pf_a = __pf_in;\n", p->tag);
    if (lhs) {
        ob_printf(t, "    __typeof__(%s) __pf_r = %s;\n", cs, cs);
        ob_puts(t, "    __builtin_memcpy(__pf_out, &__pf_r, sizeof __pf_r);\n");
    } else {
        ob_printf(t, "    (void)%s;\n", cs);
        ob_puts(t, "    (void)__pf_out;\n");
    }
    ob_puts(t, "    (void)__pf_a;\n    (void)__pf_ctx;\n    return 0;\n}\n");
    free(ms);
    free(cs);
}

/* The lowering of `#pragma pfor map ... pool(p)` (docs/lowering.md). */
static void pool_codegen(unit_t *u, const pctx_t *ctx, size_t pragma_raw,
                         size_t header_sig, const body_t *b)
{
    const loop_t *l = ctx->loop;
    gen_t g = {u, ctx, l, "", 0};
    pool_plan_t p;
    if (plan_pool(u, pragma_raw, b, &p) != 0) {
        free_plan(&p);
        return;
    }
    const token_t *pt = &u->toks.v[pragma_raw];
    const token_t *ft = &u->toks.v[u->sig[header_sig]];
    const token_t *last = &u->toks.v[u->sig[b->end - 1]];
    long for_line = line_of(u, ft->off);
    long call_line = line_of(u, stok(u, p.fn)->off);
    long lhs_line = line_of(u, stok(u, p.lhs_first)->off);
    int lhs = p.lhs_end > p.lhs_first;
    const char *T = p.tag;
    char *var = txt(&g, l->var);
    char *pool = txt(&g, l->arg[CL_POOL]);
    char *chunk = l->has[CL_CHUNKSIZE] ? txt(&g, l->arg[CL_CHUNKSIZE]) : NULL;
    char *retries = l->has[CL_RETRIES] ? txt(&g, l->arg[CL_RETRIES]) : NULL;
    char *header = sig_str(u, header_sig, b->first);
    outbuf_t m = {0}, c = {0}, a = {0};
    members(&p, &m);
    call_text(u, &p, "__pf_in[0].", &c);
    if (p.nargs == 0)
        ob_puts(&a, "0");
    for (int k = 0; k < p.nargs; k++) {
        char *e = sig_str(u, p.arg[k], p.arg[k + 1] - 1);
        ob_printf(&a, "%s(%s)", k ? ", " : "", e);
        free(e);
    }
    char *ms = ob_str(&m), *cs = ob_str(&c), *as = ob_str(&a);

    g.pragma_line = line_of(u, pt->off);
    line_indent(u, ft->off, g.indent, sizeof g.indent);
    if (u->out.n > 0 && u->out.p[u->out.n - 1] != '\n')
        pf_emit_text(u, "\n", 1);
    pf_emit_line_directive(u, g.pragma_line);
    line(&g, 0, "{");
    if (l->declared) {
        char *type = txt(&g, l->type);
        user_line(&g, for_line, 1, "typedef %s __pf_iv_t;", type);
        free(type);
    } else {
        user_line(&g, for_line, 1, "typedef __typeof__(%s) __pf_iv_t;", var);
    }
    pf_emit_line_directive(u, g.pragma_line);
    line(&g, 1, "struct __pf_args_%s { %s };", T, ms);
    line(&g, 1,
         "int __pf_pool_task_%s(const void *__pf_in, void *__pf_out, "
         "void *__pf_ctx);",
         T);
    line(&g, 1, "struct __pf_args_%s *__pf_in = 0;", T);
    line(&g, 1, "__pf_iv_t *__pf_ivs = 0;");
    line(&g, 1, "size_t __pf_n = 0, __pf_cap = 0;");
    user_line(&g, for_line, 1, "%s {", header);
    pf_emit_line_directive(u, g.pragma_line);
    line(&g, 2, "if (__pf_n == __pf_cap) {");
    line(&g, 3, "__pf_cap = __pf_cap ? 2 * __pf_cap : 64;");
    line(&g, 3,
         "__pf_in = pfc_pool_realloc(__pf_in, __pf_cap, sizeof *__pf_in, %s, "
         "%ld);",
         u->qname, g.pragma_line);
    line(&g, 3,
         "__pf_ivs = pfc_pool_realloc(__pf_ivs, __pf_cap, sizeof *__pf_ivs, "
         "%s, %ld);",
         u->qname, g.pragma_line);
    line(&g, 2, "}");
    line(&g, 2, "__pf_ivs[__pf_n] = %s;", var);
    user_line(&g, call_line, 2, "const struct __pf_args_%s __pf_a = {%s};", T,
              as);
    pf_emit_line_directive(u, g.pragma_line);
    line(&g, 2,
         "__builtin_memcpy(&__pf_in[__pf_n++], &__pf_a, sizeof __pf_a);");
    line(&g, 1, "}");
    if (lhs) {
        user_line(&g, call_line, 1,
                  "__typeof__(%s) *__pf_res = pfc_pool_realloc(0, __pf_n, "
                  "sizeof *__pf_res, %s, %ld);",
                  cs, u->qname, g.pragma_line);
    }
    user_line(&g, g.pragma_line, 1,
              "pfc_pool_map(%s, %s, %ld, __pf_pool_task_%s, __pf_in, __pf_n, "
              "sizeof *__pf_in, %s, %s, (long)(%s), (long)(%s), %d);",
              pool, u->qname, g.pragma_line, T, lhs ? "__pf_res" : "0",
              lhs ? "sizeof *__pf_res" : "0", chunk ? chunk : "0",
              retries ? retries : "0", l->has[CL_PROGRESS] ? 1 : 0);
    if (lhs) {
        char *lv = sig_str(u, p.lhs_first, p.lhs_end);
        line(&g, 1, "for (size_t __pf_k = 0; __pf_k < __pf_n; __pf_k++) {");
        line(&g, 2, "__pf_iv_t %s = __pf_ivs[__pf_k];", var);
        line(&g, 2, "(void)%s;", var);
        user_line(&g, lhs_line, 2, "%s = __pf_res[__pf_k];", lv);
        pf_emit_line_directive(u, g.pragma_line);
        line(&g, 1, "}");
        line(&g, 1, "__builtin_free(__pf_res);");
        free(lv);
    }
    line(&g, 1, "__builtin_free(__pf_ivs);");
    line(&g, 1, "__builtin_free(__pf_in);");
    line(&g, 0, "}");

    pool_tail(u, &p, g.pragma_line);

    /* Back to the user's text, right after the body. */
    size_t after = last->off + last->len, k = after;
    pf_emit_line_directive(u, line_of(u, after));
    while (k < u->src.len && (u->src.text[k] == ' ' || u->src.text[k] == '\t'))
        k++;
    if (k < u->src.len && u->src.text[k] != '\n')
        pad_to(u, after);
    free(ms);
    free(cs);
    free(as);
    free(header);
    free(var);
    free(pool);
    free(chunk);
    free(retries);
    free_plan(&p);
}
