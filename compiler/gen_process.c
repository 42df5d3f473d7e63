/* gen_process.c - the process backend: lowers one checked construct to
 * the loop engine's inline fork-join pattern (runtime/include/pfor_abi.h;
 * the exact text is in docs/lowering.md), or a map with pool(p) onto the
 * pool.  Prints only: every judgement was made by check.c. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pforc.h"

/* A clause with one expression argument: one call, the expression at its
 * place. */
static void clause_call(gen_t *g, int cl, const char *fn, const char *cast)
{
    const construct_t *c = g->c;
    if (c->first[cl] < 0)
        return;
    gstmt_t st;
    pf_gs_begin(&st, g, 1);
    pf_gs_text(&st, "%s(__pf_loop, %s(", fn, cast);
    pf_gs_span(&st, c->clauses[c->first[cl]].arg);
    pf_gs_text(&st, "));");
    pf_gs_end(&st);
}

static span_t clause_arg(const construct_t *c, int cl)
{
    return c->first[cl] >= 0 ? c->clauses[c->first[cl]].arg : pf_span_none();
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
    gstmt_t st;
    pf_gen_begin(g, c);
    char *var = pf_gen_span(g, h->var);

    pf_emit_anchor(e, g->pragma_off);
    pf_gen_line(g, 0, "{");
    /* pfor's own declarations shadow the user's reduction variables (the
     * private partials) and an enclosing loop's names: no -Wshadow for
     * them, up to the user's body. */
    pf_gen_line(g, 1, "PFC_SHADOW_BEGIN");
    pf_gen_line(g, 1, "pfc_loop_t *__pf_loop = pfc_loop_new(%s, %ld);",
                g->qfile, g->pragma_line);
    pf_gen_iv_typedef(g);
    pf_gen_range(g);

    /* Clauses, one call each. */
    clause_call(g, CL_WORKERS, "pfc_loop_workers", "(long)");
    if (c->kind == C_MAP) {
        if (c->first[CL_CHUNKSIZE] >= 0) {
            pf_gs_begin(&st, g, 1);
            pf_gs_text(&st, "pfc_loop_schedule(__pf_loop, PFC_SCHED_DYNAMIC, "
                            "(long)(");
            pf_gs_span(&st, clause_arg(c, CL_CHUNKSIZE));
            pf_gs_text(&st, "));");
            pf_gs_end(&st);
        } else {
            pf_gen_line(g, 1,
                        "pfc_loop_schedule(__pf_loop, PFC_SCHED_DYNAMIC, 0);");
        }
    } else if (c->first[CL_SCHEDULE] >= 0) {
        const clause_t *sc = &c->clauses[c->first[CL_SCHEDULE]];
        if (pf_span_empty(sc->chunk)) {
            pf_gen_line(g, 1, "pfc_loop_schedule(__pf_loop, %s, 0);",
                        pf_scheds[sc->sched].pfc);
        } else {
            pf_gs_begin(&st, g, 1);
            pf_gs_text(&st, "pfc_loop_schedule(__pf_loop, %s, (long)(",
                       pf_scheds[sc->sched].pfc);
            pf_gs_span(&st, sc->chunk);
            pf_gs_text(&st, "));");
            pf_gs_end(&st);
        }
    }
    if (c->first[CL_IF] >= 0) {
        pf_gs_begin(&st, g, 1);
        pf_gs_text(&st, "pfc_loop_if(__pf_loop, !!(");
        pf_gs_span(&st, clause_arg(c, CL_IF));
        pf_gs_text(&st, "));");
        pf_gs_end(&st);
    }
    clause_call(g, CL_RETRIES, "pfc_loop_retries", "(long)");
    clause_call(g, CL_TIMEOUT, "pfc_loop_timeout", "(double)");
    if (c->first[CL_PROGRESS] >= 0)
        pf_gen_line(g, 1, "pfc_loop_progress(__pf_loop, 1);");
    for (int i = 0; i < c->nred; i++) {
        const item_t *r = &c->items[c->red[i]];
        const char *op = pf_redops[r->op].pf_op;
        pf_gen_integer_check(g, r);
        char *v = pf_gen_span(g, r->expr);
        if (pf_span_empty(r->lo)) {
            pf_gs_begin_macro(&st, g, 1);
            pf_gs_text(&st, "PFC_REDUCE(");
            pf_gs_span(&st, r->expr);
            pf_gs_text(&st, ", %s, __pf_loop);", op);
            pf_gs_end(&st);
        } else {
            pf_gs_begin(&st, g, 1);
            pf_gs_text(&st, "const long long __pf_lo%d = (", i);
            pf_gs_span(&st, r->lo);
            pf_gs_text(&st, ");");
            pf_gs_end(&st);
            pf_gs_begin(&st, g, 1);
            pf_gs_text(&st, "const size_t __pf_len%d = (size_t)(", i);
            pf_gs_span(&st, r->len);
            pf_gs_text(&st, ");");
            pf_gs_end(&st);
            pf_gs_begin_macro(&st, g, 1);
            pf_gs_text(&st, "PFC_REDUCE_SECTION(");
            pf_gs_span(&st, r->expr);
            pf_gs_text(&st, ", __pf_lo%d, __pf_len%d, %s, __pf_loop);", i, i,
                       op);
            pf_gs_end(&st);
        }
        free(v);
    }
    for (int i = 0; i < c->ncoll; i++) {
        pf_gs_begin_macro(&st, g, 1);
        pf_gs_text(&st, "PFC_COLLECT(");
        pf_gs_span(&st, c->items[c->coll[i]].expr);
        pf_gs_text(&st, ", __pf_loop);");
        pf_gs_end(&st);
    }
    if (c->call.out != NONE) {
        const token_t *o = &u->toks.v[c->call.out];
        int n = (int)o->len;
        const char *p = pf_tok_text(u, c->call.out);
        pf_gen_line(g, 1, "PFC_COLLECT(%.*s, __pf_loop);", n, p);
    }
    pf_gen_line(g, 1, "pfc_loop_start(__pf_loop);");

    /* The worker's (and the parent's) share: private partials, stretches,
     * iterations. */
    pf_gen_line(g, 1, "{");
    /* The private partials: __typeof__(v) v, for the variables named on
     * one line of the pragma on one line, at their places. */
    for (int i = 0; i < c->nred;) {
        const item_t *r = &c->items[c->red[i]];
        char *v = pf_gen_span(g, r->expr);
        if (!pf_span_empty(r->lo)) {
            /* A private copy of elements 0 .. lo+len-1 on the heap (a
             * section may be large; the pages below lo are never touched),
             * so that the body's own indices work unchanged. */
            pf_gs_begin(&st, g, 2);
            pf_gs_text(&st, "__typeof__((");
            pf_gs_span(&st, r->expr);
            pf_gs_text(&st,
                       ")[0]) *__pf_part%d = __builtin_malloc(sizeof (%s)[0] "
                       "* ((size_t)__pf_lo%d + __pf_len%d + 1));",
                       i, v, i, i);
            pf_gs_end(&st);
            pf_gen_line(g, 2, "if (!__pf_part%d)", i);
            pf_gen_line(g, 3, "__builtin_abort();");
            pf_gs_begin(&st, g, 2);
            pf_gs_text(&st, "__typeof__((");
            pf_gs_span(&st, r->expr);
            pf_gs_text(&st, ")[0]) *%s = __pf_part%d;", v, i);
            pf_gs_end(&st);
            free(v);
            i++;
            continue;
        }
        free(v);
        long line = pf_line_of(&u->src, c->t[r->expr.first].src_off);
        pf_gs_begin(&st, g, 2);
        for (; i < c->nred; i++) {
            r = &c->items[c->red[i]];
            if (!pf_span_empty(r->lo) ||
                pf_line_of(&u->src, c->t[r->expr.first].src_off) != line ||
                (!g->e.lines && !st.first))
                break;
            v = pf_gen_span(g, r->expr);
            pf_gs_text(&st, "%s__typeof__(", st.first ? "" : " ");
            pf_gs_span(&st, r->expr);
            pf_gs_text(&st, ") %s;", v);
            free(v);
        }
        pf_gs_end(&st);
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
    if (h->declared) {
        /* The variable in the user's own type words. */
        char *type = pf_gen_span(g, h->type);
        pf_gen_line(g, 4, "%s %s = PFC_IV(__pf_loop, __pf_iv_t, __pf_k);", type,
                    var);
        pf_gen_line(g, 4, "(void)%s;", var);
        free(type);
    } else {
        /* The user's own variable: its final value is set after the loop. */
        pf_gen_line(g, 4, "%s = PFC_IV(__pf_loop, __pf_iv_t, __pf_k);", var);
    }
    pf_gen_line(g, 4, "PFC_SHADOW_END");

    /* The user's body, verbatim (nested constructs lowered in turn). */
    const token_t *first = &u->toks.v[c->body_first];
    pf_emit_sync(e, first->off);
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
    where_t pw = pf_where(&g->u->src, p->proto_off);
    if (g->e.lines)
        ob_printf(t, "#line %ld %s\n", pw.line, g->u->src.files[pw.file].qname);
    ob_printf(t, "struct __pf_args_%s { %s };\n", p->tag, ms);
    if (g->e.lines)
        ob_printf(t, "#line %ld %s\n", g->pragma_line, g->qfile);
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
    gstmt_t st;
    pf_gen_begin(g, c);
    int lhs = m->lhs_end > m->lhs_first;
    const char *T = p->tag;
    char *var = pf_gen_span(g, c->h.var);
    outbuf_t mo = {0}, co = {0};
    members(p, &mo);
    call_text(g, c, "__pf_in[0].", &co);
    char *ms = ob_take(&mo), *cs = ob_take(&co);

    pf_emit_anchor(e, g->pragma_off);
    pf_gen_line(g, 0, "{");
    pf_gen_line(g, 1, "PFC_SHADOW_BEGIN");
    pf_gen_iv_typedef(g);
    /* The member types are the prototype's text: under its line. */
    pf_gen_user_line(g, p->proto_off, 1, "struct __pf_args_%s { %s };", T, ms);
    pf_gen_line(g, 1,
                "int __pf_pool_task_%s(const void *__pf_in, void *__pf_out, "
                "void *__pf_ctx);",
                T);
    pf_gen_line(g, 1, "struct __pf_args_%s *__pf_in = 0;", T);
    pf_gen_line(g, 1, "__pf_iv_t *__pf_ivs = 0;");
    pf_gen_line(g, 1, "size_t __pf_n = 0, __pf_cap = 0;");
    /* The user's own header: the iteration space, as serially. */
    pf_gs_begin(&st, g, 1);
    pf_gs_tokens(&st, c->for_tok, c->body_first);
    pf_gs_text(&st, " {");
    pf_gs_end(&st);
    pf_gen_line(g, 2, "if (__pf_n == __pf_cap) {");
    pf_gen_line(g, 3, "__pf_cap = __pf_cap ? 2 * __pf_cap : 64;");
    pf_gen_line(g, 3,
                "__pf_in = pfc_pool_realloc(__pf_in, __pf_cap, sizeof "
                "*__pf_in, %s, %ld);",
                g->qfile, g->pragma_line);
    pf_gen_line(g, 3,
                "__pf_ivs = pfc_pool_realloc(__pf_ivs, __pf_cap, sizeof "
                "*__pf_ivs, %s, %ld);",
                g->qfile, g->pragma_line);
    pf_gen_line(g, 2, "}");
    pf_gen_line(g, 2, "__pf_ivs[__pf_n] = %s;", var);
    /* The arguments, evaluated here, each at its place. */
    pf_gs_begin(&st, g, 2);
    pf_gs_text(&st, "const struct __pf_args_%s __pf_a = {", T);
    if (p->nargs == 0)
        pf_gs_text(&st, "0");
    for (int k = 0; k < p->nargs; k++) {
        pf_gs_text(&st, "%s(", k ? ", " : "");
        pf_gs_tokens(&st, p->arg[k], p->arg[k + 1] - 1);
        pf_gs_text(&st, ")");
    }
    pf_gs_text(&st, "};");
    pf_gs_end(&st);
    pf_gen_line(
        g, 2, "__builtin_memcpy(&__pf_in[__pf_n++], &__pf_a, sizeof __pf_a);");
    pf_gen_line(g, 1, "}");
    if (lhs) {
        pf_gs_begin(&st, g, 1);
        pf_gs_text(&st, "__typeof__(");
        pf_gs_tokens(&st, m->fn, m->fn + 1);
        pf_gs_text(&st,
                   "%s) *__pf_res = pfc_pool_realloc(0, __pf_n, "
                   "sizeof *__pf_res, %s, %ld);",
                   cs + u->toks.v[m->fn].len, g->qfile, g->pragma_line);
        pf_gs_end(&st);
    }
    pf_gs_begin(&st, g, 1);
    pf_gs_text(&st, "pfc_pool_map(");
    pf_gs_span(&st, clause_arg(c, CL_POOL));
    pf_gs_text(&st,
               ", %s, %ld, __pf_pool_task_%s, __pf_in, __pf_n, sizeof "
               "*__pf_in, %s, %s, (long)(",
               g->qfile, g->pragma_line, T, lhs ? "__pf_res" : "0",
               lhs ? "sizeof *__pf_res" : "0");
    if (c->first[CL_CHUNKSIZE] >= 0)
        pf_gs_span(&st, clause_arg(c, CL_CHUNKSIZE));
    else
        pf_gs_text(&st, "0");
    pf_gs_text(&st, "), (long)(");
    if (c->first[CL_RETRIES] >= 0)
        pf_gs_span(&st, clause_arg(c, CL_RETRIES));
    else
        pf_gs_text(&st, "0");
    pf_gs_text(&st, "), %d);", c->first[CL_PROGRESS] >= 0 ? 1 : 0);
    pf_gs_end(&st);
    if (lhs) {
        pf_gen_line(g, 1,
                    "for (size_t __pf_k = 0; __pf_k < __pf_n; __pf_k++) {");
        if (c->h.declared) {
            char *type = pf_gen_span(g, c->h.type);
            pf_gen_line(g, 2, "%s %s = __pf_ivs[__pf_k];", type, var);
            free(type);
        } else {
            pf_gen_line(g, 2, "__typeof__(%s) %s = __pf_ivs[__pf_k];", var,
                        var);
        }
        pf_gen_line(g, 2, "(void)%s;", var);
        pf_gs_begin(&st, g, 2);
        pf_gs_tokens(&st, m->lhs_first, m->lhs_end);
        pf_gs_text(&st, " = __pf_res[__pf_k];");
        pf_gs_end(&st);
        pf_gen_line(g, 1, "}");
        pf_gen_line(g, 1, "__builtin_free(__pf_res);");
    }
    pf_gen_line(g, 1, "__builtin_free(__pf_ivs);");
    pf_gen_line(g, 1, "__builtin_free(__pf_in);");
    pf_gen_line(g, 1, "PFC_SHADOW_END");
    pf_gen_line(g, 0, "}");

    pool_tail(g, c);
    pf_gen_end(g, c);
    free(ms);
    free(cs);
    free(var);
}
