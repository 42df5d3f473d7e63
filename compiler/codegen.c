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

void pf_codegen(unit_t *u, const pctx_t *ctx, size_t pragma_raw,
                size_t header_sig, const body_t *b)
{
    const loop_t *l = ctx->loop;
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
    line(&g, 3, "for (; __pf_k < __pf_end; __pf_k++) {");
    line(&g, 4, "*__pf_cursor = __pf_k;");
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
