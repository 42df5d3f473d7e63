/* gen_openmp.c - the openmp backend: each checked construct becomes an
 * OpenMP loop that libgomp runs, over the same normalised iteration space
 * as the process engine's (the range through pfc_loop_new and
 * PFC_BOUNDS, so zero trips, steps and overflow are judged in one place);
 * a reduction runs over the engine's fixed blocks, combined in its order
 * (pfo_red_*), so that its result is bitwise the process backend's.  A map
 * on a pool is the process backend's lowering.  Prints only: check.c made
 * every judgement (docs/lowering.md, "--backend=openmp"). */
#include <stdlib.h>
#include <string.h>

#include "pforc.h"

static span_t clause_arg(const construct_t *c, int cl)
{
    return c->first[cl] >= 0 ? c->clauses[c->first[cl]].arg : pf_span_none();
}

/* `const T name = prefix(arg)suffix;` for a clause expression, at its
 * place. */
static void clause_const(gen_t *g, const char *decl, span_t arg,
                         const char *suffix)
{
    gstmt_t st;
    pf_gs_begin(&st, g, 1);
    pf_gs_text(&st, "%s", decl);
    pf_gs_span(&st, arg);
    pf_gs_text(&st, "%s", suffix);
    pf_gs_end(&st);
}

/* The names the body writes that no clause names: private to each thread,
 * starting from the value before the loop (a worker process starts with a
 * copy too), so that no two threads race on them.  Only names written
 * themselves (x = , x++), not through an index or a member; errno is a
 * macro. */
static void firstprivate(gen_t *g, outbuf_t *o)
{
    const construct_t *c = g->c;
    int n = 0;
    for (size_t i = 0; i < c->nlost; i++) {
        const written_t *x = c->lost[i];
        if (!x->plain || (x->len == 5 && memcmp(x->p, "errno", 5) == 0))
            continue;
        ob_printf(o, "%s%.*s", n++ ? ", " : " firstprivate(", (int)x->len,
                  x->p);
    }
    if (n)
        ob_puts(o, ")");
}

/* The loop variable at iteration __pf_k, and the user's body. */
static void body(gen_t *g, int level, const char *var, int progress)
{
    const construct_t *c = g->c;
    unit_t *u = g->u;
    if (c->h.declared) {
        char *type = pf_gen_span(g, c->h.type);
        pf_gen_line(g, level, "%s %s = PFC_IV(__pf_loop, __pf_iv_t, __pf_k);",
                    type, var);
        free(type);
    } else {
        /* A thread's own copy; the variable gets its final value after the
         * loop. */
        pf_gen_line(g, level,
                    "__typeof__(%s) %s = PFC_IV(__pf_loop, __pf_iv_t, "
                    "__pf_k);",
                    var, var);
    }
    pf_gen_line(g, level, "(void)%s;", var);
    if (progress)
        pf_gen_line(g, level, "pfo_progress_step(__pf_progress);");
    pf_gen_line(g, level, "PFC_SHADOW_END");
    const token_t *first = &u->toks.v[c->body_first];
    pf_emit_sync(&g->e, first->off);
    pf_emit_pad_to(&g->e, first->off);
    pf_gen_body(g, c);
    pf_emit_text(&g->e, "\n", 1);
}

void pf_gen_openmp(gen_t *g, const construct_t *c)
{
    if (c->first[CL_POOL] >= 0) {
        /* Arguments evaluated here, the calls on the pool's processes:
         * as on the process backend. */
        pf_gen_process(g, c);
        return;
    }
    emitter_t *e = &g->e;
    gstmt_t st;
    pf_gen_begin(g, c);
    char *var = pf_gen_span(g, c->h.var);
    int map = c->kind == C_MAP;
    int blocks = c->nred > 0;
    int sections = 0;
    for (int i = 0; i < c->nred; i++)
        sections |= !pf_span_empty(c->items[c->red[i]].lo);
    int progress = map && c->first[CL_PROGRESS] >= 0;

    pf_emit_anchor(e, g->pragma_off);
    pf_gen_line(g, 0, "{");
    pf_gen_line(g, 1, "PFC_SHADOW_BEGIN");
    pf_gen_line(g, 1, "pfc_loop_t *__pf_loop = pfc_loop_new(%s, %ld);",
                g->qfile, g->pragma_line);
    pf_gen_iv_typedef(g);
    pf_gen_range(g);
    pf_gen_line(g, 1,
                "const unsigned long long __pf_trips = "
                "pfc_loop_trips(__pf_loop);");

    /* The clauses' expressions, each evaluated once, at its place. */
    outbuf_t omp = {0};
    ob_puts(&omp, "#pragma omp parallel");
    if (!sections)
        ob_puts(&omp, " for");
    if (c->first[CL_WORKERS] >= 0) {
        clause_const(g, "const int __pf_threads = pfo_num_threads((long)(",
                     clause_arg(c, CL_WORKERS), "));");
        ob_puts(&omp, " num_threads(__pf_threads)");
    }
    if (c->first[CL_IF] >= 0) {
        clause_const(g, "const int __pf_if = !!(", clause_arg(c, CL_IF), ");");
        ob_puts(&omp, " if(__pf_if)");
    }
    /* The schedule: of blocks when there are reductions. */
    const char *kind = "static";
    span_t chunk = pf_span_none();
    if (map) {
        kind = "dynamic";
        chunk = clause_arg(c, CL_CHUNKSIZE);
    } else if (c->first[CL_SCHEDULE] >= 0) {
        const clause_t *sc = &c->clauses[c->first[CL_SCHEDULE]];
        kind = pf_scheds[sc->sched].omp;
        chunk = sc->chunk;
    }
    int chunked = map || !pf_span_empty(chunk);
    if (chunked && !pf_span_empty(chunk))
        clause_const(g, "const long __pf_chunk_iters = (long)(", chunk, ");");
    else if (chunked)
        pf_gen_line(g, 1, "const long __pf_chunk_iters = 0;");
    outbuf_t sched = {0};
    if (strcmp(kind, "runtime") == 0 || strcmp(kind, "auto") == 0 || !chunked)
        ob_printf(&sched, " schedule(%s)", kind);
    else
        ob_printf(&sched, " schedule(%s, __pf_chunk)", kind);
    if (!sections)
        ob_put(&omp, sched.p, sched.n);
    firstprivate(g, &omp);

    /* The reductions: the engine's blocks and partials. */
    if (blocks) {
        pf_gen_line(g, 1,
                    "pfo_red_t *__pf_red = pfo_red_new(%s, %ld, __pf_trips);",
                    g->qfile, g->pragma_line);
        for (int i = 0; i < c->nred; i++) {
            const item_t *r = &c->items[c->red[i]];
            const char *op = pf_redops[r->op].pf_op;
            pf_gen_integer_check(g, r);
            if (pf_span_empty(r->lo)) {
                pf_gs_begin_macro(&st, g, 1);
                pf_gs_text(&st, "PFO_REDUCE(");
                pf_gs_span(&st, r->expr);
                pf_gs_text(&st, ", %s, __pf_red);", op);
                pf_gs_end(&st);
                continue;
            }
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
            pf_gs_text(&st, "PFO_REDUCE_SECTION(");
            pf_gs_span(&st, r->expr);
            pf_gs_text(&st, ", __pf_lo%d, __pf_len%d, %s, __pf_red);", i, i,
                       op);
            pf_gs_end(&st);
        }
        pf_gen_line(g, 1, "pfo_red_start(__pf_red);");
        pf_gen_line(g, 1,
                    "const unsigned long long __pf_blocks = "
                    "pfo_red_blocks(__pf_red);");
        pf_gen_line(g, 1,
                    "const unsigned long long __pf_unit = "
                    "pfo_red_unit(__pf_red);");
        for (int i = 0; i < c->nred; i++) {
            const item_t *r = &c->items[c->red[i]];
            char *v = pf_gen_span(g, r->expr);
            if (pf_span_empty(r->lo)) {
                pf_gen_line(g, 1,
                            "__typeof__(%s) *const __pf_part%d = "
                            "pfo_red_partials(__pf_red, %d);",
                            v, i, i);
                pf_gen_line(g, 1,
                            "const __typeof__(%s) __pf_id%d = *(const "
                            "__typeof__(%s) *)pfo_red_identity(__pf_red, %d);",
                            v, i, v, i);
            } else {
                pf_gen_line(g, 1,
                            "__typeof__((%s)[0]) *const __pf_part%d = "
                            "pfo_red_partials(__pf_red, %d);",
                            v, i, i);
                pf_gen_line(g, 1,
                            "const __typeof__((%s)[0]) *const __pf_id%d = "
                            "pfo_red_identity(__pf_red, %d);",
                            v, i, i);
            }
            free(v);
        }
        if (chunked)
            pf_gen_line(g, 1,
                        "const int __pf_chunk = pfo_red_chunk(__pf_red, "
                        "__pf_chunk_iters);");
    } else if (chunked) {
        pf_gen_line(g, 1,
                    "const int __pf_chunk = pfo_chunk(__pf_chunk_iters, "
                    "__pf_trips);");
    }
    if (progress)
        pf_gen_line(g, 1,
                    "pfo_progress_t *__pf_progress = pfo_progress_new(%s, %ld, "
                    "__pf_trips);",
                    g->qfile, g->pragma_line);

    /* The parallel loop. */
    char *ompline = ob_take(&omp);
    pf_gen_line(g, 0, "%s", ompline);
    free(ompline);
    int lv = 1;
    if (sections) {
        /* One private copy per thread of each section's elements 0 ..
         * lo+len-1, so that the body's own indices work unchanged. */
        pf_gen_line(g, 1, "{");
        for (int i = 0; i < c->nred; i++) {
            const item_t *r = &c->items[c->red[i]];
            if (pf_span_empty(r->lo))
                continue;
            char *v = pf_gen_span(g, r->expr);
            pf_gen_line(g, 2,
                        "__typeof__((%s)[0]) *__pf_buf%d = __builtin_malloc(",
                        v, i);
            pf_gen_line(
                g, 3, "sizeof (%s)[0] * ((size_t)__pf_lo%d + __pf_len%d + 1));",
                v, i, i);
            pf_gen_line(g, 2, "if (!__pf_buf%d)", i);
            pf_gen_line(g, 3, "__builtin_abort();");
            pf_gen_line(g, 2, "__typeof__((%s)[0]) *%s = __pf_buf%d;", v, v, i);
            free(v);
        }
        char *s = ob_take(&sched);
        pf_gen_line(g, 0, "#pragma omp for%s", s);
        free(s);
        lv = 2;
    }
    free(sched.p);
    if (blocks) {
        pf_gen_line(g, lv,
                    "for (unsigned long long __pf_b = 0; __pf_b < __pf_blocks; "
                    "__pf_b++) {");
        for (int i = 0; i < c->nred; i++) {
            const item_t *r = &c->items[c->red[i]];
            char *v = pf_gen_span(g, r->expr);
            if (pf_span_empty(r->lo))
                pf_gen_line(g, lv + 1, "__typeof__(%s) %s = __pf_id%d;", v, v,
                            i);
            else
                pf_gen_line(g, lv + 1,
                            "__builtin_memcpy(%s + __pf_lo%d, __pf_id%d, "
                            "__pf_len%d * sizeof *%s);",
                            v, i, i, i, v);
            free(v);
        }
        pf_gen_line(g, lv + 1,
                    "unsigned long long __pf_k = __pf_b * __pf_unit;");
        pf_gen_line(g, lv + 1,
                    "const unsigned long long __pf_end = __pf_trips - __pf_k "
                    "< __pf_unit ? __pf_trips : __pf_k + __pf_unit;");
        pf_gen_line(g, lv + 1, "for (; __pf_k < __pf_end; __pf_k++) {");
        body(g, lv + 2, var, progress);
        pf_gen_line(g, lv + 1, "}");
        for (int i = 0; i < c->nred; i++) {
            const item_t *r = &c->items[c->red[i]];
            char *v = pf_gen_span(g, r->expr);
            if (pf_span_empty(r->lo))
                pf_gen_line(g, lv + 1, "__pf_part%d[__pf_b] = %s;", i, v);
            else
                pf_gen_line(g, lv + 1,
                            "__builtin_memcpy(__pf_part%d + __pf_b * "
                            "__pf_len%d, %s + __pf_lo%d, __pf_len%d * sizeof "
                            "*%s);",
                            i, i, v, i, i, v);
            free(v);
        }
        pf_gen_line(g, lv, "}");
    } else {
        pf_gen_line(g, lv,
                    "for (unsigned long long __pf_k = 0; __pf_k < __pf_trips; "
                    "__pf_k++) {");
        body(g, lv + 1, var, progress);
        pf_gen_line(g, lv, "}");
    }
    if (sections) {
        for (int i = 0; i < c->nred; i++)
            if (!pf_span_empty(c->items[c->red[i]].lo))
                pf_gen_line(g, 2, "__builtin_free(__pf_buf%d);", i);
        pf_gen_line(g, 1, "}");
    }
    if (blocks)
        pf_gen_line(g, 1, "pfo_red_end(__pf_red);");
    if (progress)
        pf_gen_line(g, 1, "pfo_progress_end(__pf_progress);");
    if (!c->h.declared)
        pf_gen_line(g, 1, "%s = PFC_IV(__pf_loop, __pf_iv_t, __pf_trips);",
                    var);
    pf_gen_line(g, 1, "pfc_loop_end(__pf_loop);");
    pf_gen_line(g, 0, "}");
    pf_gen_end(g, c);
    free(var);
}
