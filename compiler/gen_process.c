/* gen_process.c - the process backend: lowers one checked construct to
 * the loop engine's inline fork-join pattern (runtime/include/pfor_abi.h;
 * the exact text is in docs/lowering.md), or a map with pool(p) onto the
 * pool.  Prints only: every judgement was made by check.c. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pforc.h"

static const char *const cmp_names[] = {"", "PFC_LT", "PFC_LE", "PFC_GT",
                                        "PFC_GE"};

/* A clause with one expression argument: one call. */
static void clause_call(gen_t *g, int cl, const char *fn, const char *cast)
{
    const construct_t *c = g->c;
    if (c->first[cl] < 0)
        return;
    char *e = pf_gen_span(g, c->clauses[c->first[cl]].arg);
    pf_gen_user_line(g, g->pragma_line, 1, "%s(__pf_loop, %s(%s));", fn, cast,
                     e);
    free(e);
}

static span_t clause_arg(const construct_t *c, int cl)
{
    return c->first[cl] >= 0 ? c->clauses[c->first[cl]].arg : pf_span_none();
}

/* typedef T __pf_iv_t; with the header's type words, or __typeof__(i). */
static void iv_typedef(gen_t *g, long for_line, const char *var)
{
    const construct_t *c = g->c;
    if (c->h.declared) {
        char *type = pf_gen_span(g, c->h.type);
        pf_gen_user_line(g, for_line, 1, "typedef %s __pf_iv_t;", type);
        free(type);
    } else {
        pf_gen_user_line(g, for_line, 1, "typedef __typeof__(%s) __pf_iv_t;",
                         var);
    }
}

/* The step as a signed expression: 1, -1, (e), -(long long)(e), (0LL e). */
static char *step_text(gen_t *g)
{
    const header_t *h = &g->c->h;
    char *e = pf_gen_span(g, h->step);
    outbuf_t so = {0};
    switch (h->step_kind) {
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
    free(e);
    return ob_take(&so);
}

static void pool_lower(gen_t *g, const construct_t *c);

void pf_gen_process(gen_t *g, const construct_t *c)
{
    if (c->first[CL_POOL] >= 0) {
        pool_lower(g, c);
        return;
    }
    unit_t *u = g->u;
    emitter_t *e = &g->e;
    const header_t *h = &c->h;
    pf_gen_begin(g, c);
    long for_line = pf_line_of(&u->src, u->toks.v[c->for_tok].off);
    char *var = pf_gen_span(g, h->var);

    pf_emit_anchor(e, g->pragma_line);
    pf_gen_line(g, 0, "{");
    pf_gen_line(g, 1, "pfc_loop_t *__pf_loop = pfc_loop_new(%s, %ld);",
                e->qname, g->pragma_line);

    /* The loop variable's type, and the range. */
    char *lo = pf_gen_span(g, h->lo), *hi = pf_gen_span(g, h->hi);
    char *step = step_text(g);
    iv_typedef(g, for_line, var);
    /* The range: PFC_RANGE as pfor_abi.h shows it.  A header written over
     * several lines first takes its parts into constants, each under its
     * own line, so that an error in the bound points at the bound. */
    long lo_line = pf_gen_span_line(g, h->lo, for_line);
    long hi_line = pf_gen_span_line(g, h->hi, for_line);
    long step_line = pf_gen_span_line(
        g,
        h->step_kind == STEP_INC || h->step_kind == STEP_DEC ? h->step_var
                                                             : h->step,
        for_line);
    if (lo_line == hi_line && hi_line == step_line) {
        /* A comma in braces (a compound literal) would split the macro's
         * arguments: parenthesize such an argument. */
        int plo = strchr(lo, ',') != NULL, phi = strchr(hi, ',') != NULL;
        pf_gen_user_line(
            g, lo_line, 1,
            "PFC_RANGE(__pf_loop, __pf_iv_t, %s%s%s, %s%s%s, %s, %s);",
            plo ? "(" : "", lo, plo ? ")" : "", phi ? "(" : "", hi,
            phi ? ")" : "", step, cmp_names[h->cmp]);
    } else {
        pf_gen_user_line(g, lo_line, 1, "const __pf_iv_t __pf_lo = (%s);", lo);
        pf_gen_user_line(g, hi_line, 1, "const __pf_iv_t __pf_hi = (%s);", hi);
        pf_gen_user_line(g, step_line, 1, "const long long __pf_step = %s;",
                         step);
        pf_gen_line(g, 1,
                    "PFC_RANGE(__pf_loop, __pf_iv_t, __pf_lo, __pf_hi, "
                    "__pf_step, %s);",
                    cmp_names[h->cmp]);
    }
    free(lo);
    free(hi);
    free(step);

    /* Clauses, one call each. */
    clause_call(g, CL_WORKERS, "pfc_loop_workers", "(long)");
    if (c->kind == C_MAP) {
        if (c->first[CL_CHUNKSIZE] >= 0) {
            char *ch = pf_gen_span(g, clause_arg(c, CL_CHUNKSIZE));
            pf_gen_user_line(g, g->pragma_line, 1,
                             "pfc_loop_schedule(__pf_loop, PFC_SCHED_DYNAMIC, "
                             "(long)(%s));",
                             ch);
            free(ch);
        } else {
            pf_gen_line(g, 1,
                        "pfc_loop_schedule(__pf_loop, PFC_SCHED_DYNAMIC, 0);");
        }
    } else if (c->first[CL_SCHEDULE] >= 0) {
        const clause_t *sc = &c->clauses[c->first[CL_SCHEDULE]];
        char *ch = pf_gen_span(g, sc->chunk);
        pf_gen_user_line(g, g->pragma_line, 1,
                         "pfc_loop_schedule(__pf_loop, %s, (long)(%s));",
                         pf_scheds[sc->sched].pfc, ch[0] ? ch : "0");
        free(ch);
    }
    if (c->first[CL_IF] >= 0) {
        char *cond = pf_gen_span(g, clause_arg(c, CL_IF));
        pf_gen_user_line(g, g->pragma_line, 1,
                         "pfc_loop_if(__pf_loop, !!(%s));", cond);
        free(cond);
    }
    clause_call(g, CL_RETRIES, "pfc_loop_retries", "(long)");
    clause_call(g, CL_TIMEOUT, "pfc_loop_timeout", "(double)");
    if (c->first[CL_PROGRESS] >= 0)
        pf_gen_line(g, 1, "pfc_loop_progress(__pf_loop, 1);");
    for (int i = 0; i < c->nred; i++) {
        const item_t *r = &c->items[c->red[i]];
        char *v = pf_gen_span(g, r->expr);
        if (pf_span_empty(r->lo)) {
            pf_gen_user_line(
                g, g->pragma_line, 1,
                "pfc_loop_reduce(__pf_loop, %s, PF_TYPE_OF(%s), &%s, 1);",
                pf_redops[r->op].pf_op, v, v);
        } else {
            char *rl = pf_gen_span(g, r->lo), *rn = pf_gen_span(g, r->len);
            pf_gen_user_line(g, g->pragma_line, 1,
                             "const long long __pf_lo%d = (%s);", i, rl);
            pf_gen_user_line(g, g->pragma_line, 1,
                             "const size_t __pf_len%d = (size_t)(%s);", i, rn);
            pf_gen_user_line(g, g->pragma_line, 1,
                             "pfc_loop_reduce(__pf_loop, %s, "
                             "PF_TYPE_OF((%s)[0]), &(%s)[__pf_lo%d], "
                             "__pf_len%d);",
                             pf_redops[r->op].pf_op, v, v, i, i);
            free(rl);
            free(rn);
        }
        free(v);
    }
    for (int i = 0; i < c->ncoll; i++) {
        char *it = pf_gen_span(g, c->items[c->coll[i]].expr);
        pf_gen_user_line(
            g, g->pragma_line, 1,
            "pfc_loop_collect(__pf_loop, &(%s)[0], sizeof (%s)[0]);", it, it);
        free(it);
    }
    if (c->call.out != NONE) {
        const token_t *o = &u->toks.v[c->call.out];
        int n = (int)o->len;
        const char *p = pf_tok_text(u, c->call.out);
        pf_gen_line(
            g, 1, "pfc_loop_collect(__pf_loop, &(%.*s)[0], sizeof (%.*s)[0]);",
            n, p, n, p);
    }
    pf_gen_line(g, 1, "pfc_loop_start(__pf_loop);");

    /* The worker's (and the parent's) share: private partials, stretches,
     * iterations. */
    pf_gen_line(g, 1, "{");
    for (int i = 0; i < c->nred; i++) {
        const item_t *r = &c->items[c->red[i]];
        char *v = pf_gen_span(g, r->expr);
        if (pf_span_empty(r->lo)) {
            pf_gen_line(g, 2, "__typeof__(%s) %s;", v, v);
        } else {
            /* A private copy of elements 0 .. lo+len-1 on the heap (a
             * section may be large; the pages below lo are never touched),
             * so that the body's own indices work unchanged. */
            pf_gen_line(g, 2,
                        "__typeof__((%s)[0]) *__pf_part%d = __builtin_malloc(",
                        v, i);
            pf_gen_line(
                g, 3, "sizeof (%s)[0] * ((size_t)__pf_lo%d + __pf_len%d + 1));",
                v, i, i);
            pf_gen_line(g, 2, "if (!__pf_part%d)", i);
            pf_gen_line(g, 3, "__builtin_abort();");
            pf_gen_line(g, 2, "__typeof__((%s)[0]) *%s = __pf_part%d;", v, v,
                        i);
        }
        free(v);
    }
    pf_gen_line(g, 2, "volatile unsigned long long *__pf_cursor =");
    pf_gen_line(g, 3, "pfc_loop_cursor(__pf_loop);");
    pf_gen_line(g, 2, "unsigned long long __pf_k, __pf_end;");
    pf_gen_line(g, 2, "while (pfc_loop_next(__pf_loop, &__pf_k, &__pf_end)) {");
    for (int i = 0; i < c->nred; i++) {
        const item_t *r = &c->items[c->red[i]];
        char *v = pf_gen_span(g, r->expr);
        if (pf_span_empty(r->lo))
            pf_gen_line(g, 3, "pfc_loop_identity(__pf_loop, %d, &%s);", i, v);
        else
            pf_gen_line(
                g, 3,
                "pfc_loop_identity(__pf_loop, %d, __pf_part%d + __pf_lo%d);", i,
                i, i);
        free(v);
    }
    /* Once per stretch, not per iteration: a store in the inner loop
     * keeps it from being vectorised (25% on a 4 ns body).  The stretch is
     * one iteration when a retry re-runs a failed chunk, so a crash that
     * recurs is still named exactly (docs/lowering.md). */
    pf_gen_line(g, 3, "*__pf_cursor = __pf_k;");
    pf_gen_line(g, 3, "for (; __pf_k < __pf_end; __pf_k++) {");
    pf_gen_line(g, 4, "__pf_iv_t %s = PFC_IV(__pf_loop, __pf_iv_t, __pf_k);",
                var);
    pf_gen_line(g, 4, "(void)%s;", var);

    /* The user's body, verbatim (nested constructs lowered in turn). */
    const token_t *first = &u->toks.v[c->body_first];
    pf_emit_sync(e, pf_line_of(&u->src, first->off));
    pf_emit_pad_to(e, first->off);
    pf_gen_body(g, c);
    pf_emit_text(e, "\n", 1);

    pf_gen_line(g, 3, "}");
    for (int i = 0; i < c->nred; i++) {
        const item_t *r = &c->items[c->red[i]];
        char *v = pf_gen_span(g, r->expr);
        if (pf_span_empty(r->lo))
            pf_gen_line(g, 3, "pfc_loop_deposit(__pf_loop, %d, &%s);", i, v);
        else
            pf_gen_line(
                g, 3,
                "pfc_loop_deposit(__pf_loop, %d, __pf_part%d + __pf_lo%d);", i,
                i, i);
        free(v);
    }
    pf_gen_line(g, 2, "}");
    for (int i = 0; i < c->nred; i++)
        if (!pf_span_empty(c->items[c->red[i]].lo))
            pf_gen_line(g, 2, "__builtin_free(__pf_part%d);", i);
    pf_gen_line(g, 1, "}");
    if (!h->declared)
        pf_gen_line(
            g, 1,
            "%s = PFC_IV(__pf_loop, __pf_iv_t, pfc_loop_trips(__pf_loop));",
            var);
    pf_gen_line(g, 1, "pfc_loop_end(__pf_loop);");
    pf_gen_line(g, 0, "}");
    pf_gen_end(g, c);
    free(var);
}

/* ---- map ... pool(p) ---------------------------------------------------- */

/* The struct's member list: "T0 p0; T1 p1;" (a dummy for no argument). */
static void members(const pool_plan_t *p, outbuf_t *o)
{
    if (p->nargs == 0)
        ob_puts(o, "char __pf_none;");
    for (int k = 0; k < p->nargs; k++)
        ob_printf(o, "%s%s p%d;", k ? " " : "", p->ptype[k], k);
}

/* "f(a.p0, a.p1)" with a given accessor prefix. */
static void call_text(const gen_t *g, const construct_t *c, const char *acc,
                      outbuf_t *o)
{
    char *fn = pf_gen_tokens(g, c->call.fn, c->call.fn + 1);
    ob_puts(o, fn);
    free(fn);
    ob_puts(o, "(");
    for (int k = 0; k < c->pool.nargs; k++)
        ob_printf(o, "%s%sp%d", k ? ", " : "", acc, k);
    ob_puts(o, ")");
}

/* The file-scope half: the struct and the trampoline, at the end of the
 * output, under the pragma's line. */
static void pool_tail(gen_t *g, const construct_t *c)
{
    const pool_plan_t *p = &c->pool;
    outbuf_t *t = &g->tail, m = {0}, cl = {0};
    members(p, &m);
    call_text(g, c, "__pf_a->", &cl);
    char *ms = ob_take(&m), *cs = ob_take(&cl);
    int lhs = c->call.lhs_end > c->call.lhs_first;
    if (g->e.lines)
        ob_printf(t, "#line %ld %s\n", g->pragma_line, g->e.qname);
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
static void pool_lower(gen_t *g, const construct_t *c)
{
    unit_t *u = g->u;
    emitter_t *e = &g->e;
    const pool_plan_t *p = &c->pool;
    const map_call_t *m = &c->call;
    pf_gen_begin(g, c);
    long for_line = pf_line_of(&u->src, u->toks.v[c->for_tok].off);
    long call_line = pf_line_of(&u->src, u->toks.v[m->fn].off);
    long lhs_line = pf_line_of(&u->src, u->toks.v[m->lhs_first].off);
    int lhs = m->lhs_end > m->lhs_first;
    const char *T = p->tag;
    char *var = pf_gen_span(g, c->h.var);
    char *pool = pf_gen_span(g, clause_arg(c, CL_POOL));
    char *chunk = c->first[CL_CHUNKSIZE] >= 0
                      ? pf_gen_span(g, clause_arg(c, CL_CHUNKSIZE))
                      : NULL;
    char *retries = c->first[CL_RETRIES] >= 0
                        ? pf_gen_span(g, clause_arg(c, CL_RETRIES))
                        : NULL;
    char *header = pf_gen_tokens(g, c->for_tok, c->body_first);
    outbuf_t mo = {0}, co = {0}, ao = {0};
    members(p, &mo);
    call_text(g, c, "__pf_in[0].", &co);
    if (p->nargs == 0)
        ob_puts(&ao, "0");
    for (int k = 0; k < p->nargs; k++) {
        char *a = pf_gen_tokens(g, p->arg[k], p->arg[k + 1] - 1);
        ob_printf(&ao, "%s(%s)", k ? ", " : "", a);
        free(a);
    }
    char *ms = ob_take(&mo), *cs = ob_take(&co), *as = ob_take(&ao);

    pf_emit_anchor(e, g->pragma_line);
    pf_gen_line(g, 0, "{");
    iv_typedef(g, for_line, var);
    pf_emit_anchor(e, g->pragma_line);
    pf_gen_line(g, 1, "struct __pf_args_%s { %s };", T, ms);
    pf_gen_line(g, 1,
                "int __pf_pool_task_%s(const void *__pf_in, void *__pf_out, "
                "void *__pf_ctx);",
                T);
    pf_gen_line(g, 1, "struct __pf_args_%s *__pf_in = 0;", T);
    pf_gen_line(g, 1, "__pf_iv_t *__pf_ivs = 0;");
    pf_gen_line(g, 1, "size_t __pf_n = 0, __pf_cap = 0;");
    pf_gen_user_line(g, for_line, 1, "%s {", header);
    pf_emit_anchor(e, g->pragma_line);
    pf_gen_line(g, 2, "if (__pf_n == __pf_cap) {");
    pf_gen_line(g, 3, "__pf_cap = __pf_cap ? 2 * __pf_cap : 64;");
    pf_gen_line(g, 3,
                "__pf_in = pfc_pool_realloc(__pf_in, __pf_cap, sizeof "
                "*__pf_in, %s, %ld);",
                e->qname, g->pragma_line);
    pf_gen_line(g, 3,
                "__pf_ivs = pfc_pool_realloc(__pf_ivs, __pf_cap, sizeof "
                "*__pf_ivs, %s, %ld);",
                e->qname, g->pragma_line);
    pf_gen_line(g, 2, "}");
    pf_gen_line(g, 2, "__pf_ivs[__pf_n] = %s;", var);
    pf_gen_user_line(g, call_line, 2,
                     "const struct __pf_args_%s __pf_a = {%s};", T, as);
    pf_emit_anchor(e, g->pragma_line);
    pf_gen_line(
        g, 2, "__builtin_memcpy(&__pf_in[__pf_n++], &__pf_a, sizeof __pf_a);");
    pf_gen_line(g, 1, "}");
    if (lhs) {
        pf_gen_user_line(g, call_line, 1,
                         "__typeof__(%s) *__pf_res = pfc_pool_realloc(0, "
                         "__pf_n, sizeof *__pf_res, %s, %ld);",
                         cs, e->qname, g->pragma_line);
    }
    pf_gen_user_line(g, g->pragma_line, 1,
                     "pfc_pool_map(%s, %s, %ld, __pf_pool_task_%s, __pf_in, "
                     "__pf_n, sizeof *__pf_in, %s, %s, (long)(%s), (long)(%s), "
                     "%d);",
                     pool, e->qname, g->pragma_line, T, lhs ? "__pf_res" : "0",
                     lhs ? "sizeof *__pf_res" : "0", chunk ? chunk : "0",
                     retries ? retries : "0",
                     c->first[CL_PROGRESS] >= 0 ? 1 : 0);
    if (lhs) {
        char *lv = pf_gen_tokens(g, m->lhs_first, m->lhs_end);
        pf_gen_line(g, 1,
                    "for (size_t __pf_k = 0; __pf_k < __pf_n; __pf_k++) {");
        pf_gen_line(g, 2, "__pf_iv_t %s = __pf_ivs[__pf_k];", var);
        pf_gen_line(g, 2, "(void)%s;", var);
        pf_gen_user_line(g, lhs_line, 2, "%s = __pf_res[__pf_k];", lv);
        pf_emit_anchor(e, g->pragma_line);
        pf_gen_line(g, 1, "}");
        pf_gen_line(g, 1, "__builtin_free(__pf_res);");
        free(lv);
    }
    pf_gen_line(g, 1, "__builtin_free(__pf_ivs);");
    pf_gen_line(g, 1, "__builtin_free(__pf_in);");
    pf_gen_line(g, 0, "}");

    pool_tail(g, c);
    pf_gen_end(g, c);
    free(ms);
    free(cs);
    free(as);
    free(header);
    free(var);
    free(pool);
    free(chunk);
    free(retries);
}
