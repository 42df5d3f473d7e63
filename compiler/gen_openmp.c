/* gen_openmp.c - the openmp backend: each checked construct becomes its
 * OpenMP counterpart that libgomp runs.  A loop (parallel for, map, for)
 * iterates over the same normalised space as the process engine's (the
 * range or the collapsed nest through pfc_loop_new and PFC_RANGE /
 * PFC_DIM, so zero trips, steps and overflow are judged in one place); a
 * reduction runs over the engine's fixed blocks, combined in its order
 * (pfo_red_*), so that its result is bitwise the process backend's.  A
 * region is `#pragma omp parallel`, its `for` loops `#pragma omp for`,
 * single, master and barrier their OpenMP namesakes.  Collected storage
 * needs nothing (threads share memory).  A map on a pool is the process
 * backend's lowering.  Prints only: check.c made every judgement
 * (docs/lowering.md, "--backend=openmp"). */
#include <stdlib.h>
#include <string.h>

#include "pforc.h"

static span_t clause_arg(const construct_t *c, int cl)
{
    return c->first[cl] >= 0 ? c->clauses[c->first[cl]].arg : pf_span_none();
}

static int same(const char *p, size_t n, const char *q, size_t m)
{
    return n == m && memcmp(p, q, n) == 0;
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

/* ---- names and their data-sharing ---------------------------------------- */

/* A list of names for a data-sharing clause, each once. */
typedef struct names {
    const char *p[64];
    size_t len[64];
    int n;
} names_t;

static int names_has(const names_t *l, const char *p, size_t len)
{
    for (int i = 0; i < l->n; i++)
        if (same(l->p[i], l->len[i], p, len))
            return 1;
    return 0;
}

static void names_add(names_t *l, const char *p, size_t len)
{
    if (l->n < 64 && !names_has(l, p, len)) {
        l->p[l->n] = p;
        l->len[l->n++] = len;
    }
}

/* ` word(a, b)` for a non-empty list. */
static void names_clause(outbuf_t *o, const char *word, const names_t *l)
{
    if (l->n > 0)
        ob_printf(o, " %s(", word);
    for (int i = 0; i < l->n; i++)
        ob_printf(o, "%s%.*s", i ? ", " : "", (int)l->len[i], l->p[i]);
    if (l->n > 0)
        ob_puts(o, ")");
}

/* Is the name one the region r gives each thread its own copy of: declared
 * in its body, named in its private or firstprivate clause, or assigned
 * by its own statements (each process worker has its copy)? */
static int region_private(const construct_t *r, const char *p, size_t len)
{
    if (!r)
        return 0;
    if (nm_find(&r->decls, p, len))
        return 1;
    for (int i = 0; i < r->ndata; i++) {
        const item_t *it = &r->items[r->data[i]];
        if (it->clause != CL_PRIVATE && it->clause != CL_FIRSTPRIVATE)
            continue;
        const ptok_t *v = &r->t[it->expr.first];
        if (same(v->text, v->len, p, len))
            return 1;
    }
    for (size_t i = 0; i < r->nlost; i++)
        if (same(r->lost[i]->p, r->lost[i]->len, p, len))
            return 1;
    return 0;
}

static int is_loop_variable(const construct_t *c, const char *p, size_t n)
{
    for (int d = 0; d < c->nloops; d++) {
        const header_t *h = pf_loop(c, d);
        if (!pf_span_empty(h->var) &&
            same(c->t[h->var.first].text, c->t[h->var.first].len, p, n))
            return 1;
    }
    return 0;
}

/* The data-sharing clauses of construct c (a loop or a region):
 * private for the loop variables declared before the loop and for
 * private(list) (uninitialised, as OpenMP's), firstprivate for
 * firstprivate(list) and for the names the body assigns that no clause
 * names (a process worker has its own copy, starting from the parent's
 * value), and lastprivate(list) but the loop variables.  Names a region around
 * c makes each thread's are left out (OpenMP refuses them there, and they are
 * each thread's already); so is errno (a macro). */
static void data_clauses(const construct_t *c, outbuf_t *o, names_t *priv)
{
    const construct_t *r = c->kind == C_PARALLEL ? NULL : c->region;
    names_t fp = {0}, lp = {0};
    for (int d = 0; d < c->nloops; d++) {
        const header_t *h = pf_loop(c, d);
        if (h->declared || pf_span_empty(h->var))
            continue;
        const ptok_t *v = &c->t[h->var.first];
        if (!region_private(r, v->text, v->len))
            names_add(priv, v->text, v->len);
    }
    for (int i = 0; i < c->ndata; i++) {
        const item_t *it = &c->items[c->data[i]];
        const ptok_t *v = &c->t[it->expr.first];
        /* (OpenMP refuses lastprivate of a name the region makes each
         * thread's: there the thread that runs the last iteration keeps
         * its value, the others theirs) */
        if (it->clause == CL_LASTPRIVATE &&
            !is_loop_variable(c, v->text, v->len) &&
            !region_private(r, v->text, v->len))
            names_add(&lp, v->text, v->len);
        else if ((it->clause == CL_PRIVATE || it->clause == CL_FIRSTPRIVATE) &&
                 !region_private(r, v->text, v->len) &&
                 !is_loop_variable(c, v->text, v->len))
            names_add(it->clause == CL_PRIVATE ? priv : &fp, v->text, v->len);
    }
    for (size_t i = 0; i < c->nlost; i++) {
        const written_t *x = c->lost[i];
        if (same(x->p, x->len, "errno", 5) ||
            is_loop_variable(c, x->p, x->len) ||
            region_private(r, x->p, x->len) || names_has(&lp, x->p, x->len))
            continue;
        names_add(&fp, x->p, x->len);
    }
    names_clause(o, "private", priv);
    names_clause(o, "firstprivate", &fp);
    names_clause(o, "lastprivate", &lp);
}

/* ---- loops ----------------------------------------------------------------
 */

/* The user's body for the iterations [__pf_k, __pf_end) of a stretch, the
 * loop variables set as the process lowering sets them. */
static void stretch(gen_t *g, int level, int progress)
{
    const construct_t *c = g->c;
    unit_t *u = g->u;
    pf_gen_line(g, level, "unsigned long long __pf_k = __pf_u * __pf_unit;");
    pf_gen_line(g, level,
                "const unsigned long long __pf_end = __pf_trips - __pf_k < "
                "__pf_unit ? __pf_trips : __pf_k + __pf_unit;");
    int lv = level + 1;
    if (c->nloops > 1) {
        pf_gen_nest_start(g, c, level);
        lv = level + 2;
    } else {
        pf_gen_stretch_start(g, c, level);
    }
    if (progress)
        pf_gen_line(g, lv, "pfo_progress_step(__pf_progress);");
    pf_gen_line(g, lv, "PFC_SHADOW_END");
    const token_t *first = &u->toks.v[c->body_first];
    pf_emit_sync(&g->e, first->off);
    pf_emit_pad_to(&g->e, first->off);
    pf_gen_body(g, c);
    pf_emit_text(&g->e, "\n", 1);
    if (c->nloops > 1)
        pf_gen_nest_step(g, c, level + 1);
    else
        pf_gen_line(g, level, "}");
}

/* Whether c names a variable in lastprivate(list). */
static int has_lastprivate(const construct_t *c)
{
    for (int i = 0; i < c->ndata; i++)
        if (c->items[c->data[i]].clause == CL_LASTPRIVATE)
            return 1;
    return 0;
}

/* `parallel for`, `map` (no pool) and `for`: inside a region, `for` is
 * `#pragma omp for` on the region's team. */
static void loop_lower(gen_t *g, const construct_t *c)
{
    emitter_t *e = &g->e;
    gstmt_t st;
    pf_gen_begin(g, c);
    /* `for` binds to the region around it, lexically or (a function
     * called from a region) dynamically: `#pragma omp for`.  Outside any
     * region it runs on a team of one thread, serially. */
    int in_region = c->kind == C_FOR;
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
    pf_gen_space(g, c);
    pf_gen_line(g, 1,
                "const unsigned long long __pf_trips = "
                "pfo_loop_trips(__pf_loop);");
    for (int d = 0; d < c->nloops && c->nloops > 1; d++) {
        if (d > 0)
            pf_gen_line(g, 1,
                        "const unsigned long long __pf_t%d = "
                        "pfc_loop_dim_trips(__pf_loop, %d);",
                        d, d);
        pf_gen_line(g, 1,
                    "const unsigned long long __pf_b%d = "
                    "pfc_loop_dim_value(__pf_loop, %d, 0);",
                    d, d);
        pf_gen_line(g, 1,
                    "const unsigned long long __pf_s%d = "
                    "pfc_loop_dim_value(__pf_loop, %d, 1) - __pf_b%d;",
                    d, d, d);
    }

    /* The clauses' expressions, each evaluated once, at its place. */
    outbuf_t omp = {0};
    ob_puts(&omp, in_region ? "#pragma omp for" : "#pragma omp parallel");
    if (!in_region && !sections)
        ob_puts(&omp, " for");
    if (!in_region && c->first[CL_WORKERS] >= 0) {
        clause_const(g, "const int __pf_threads = pfo_num_threads((long)(",
                     clause_arg(c, CL_WORKERS), "));");
        ob_puts(&omp, " num_threads(__pf_threads)");
    }
    if (!in_region && c->first[CL_IF] >= 0) {
        clause_const(g, "const int __pf_if = !!(", clause_arg(c, CL_IF), ");");
        ob_puts(&omp, " if(__pf_if)");
    }
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
    /* libomp (LLVM 14, Debian 12) sometimes skips the copy-out of
     * lastprivate under a dynamic schedule: 1 to 6 runs in 100 of a
     * ten-line `omp parallel for schedule(dynamic, 5) lastprivate(x)`
     * keep x's value from before the loop (libgomp is right).  A loop
     * with lastprivate variables therefore hands its chunks out
     * statically (same chunk size): the result does not depend on the
     * schedule, only the balance does (docs/pragmas.md, lastprivate). */
    if (has_lastprivate(c) && strcmp(kind, "static") != 0)
        kind = "static";
    int chunked = map || !pf_span_empty(chunk);
    if (chunked && !pf_span_empty(chunk))
        clause_const(g, "const long __pf_chunk_iters = (long)(", chunk, ");");
    else if (chunked)
        pf_gen_line(g, 1, "const long __pf_chunk_iters = 0;");
    outbuf_t wk = {0}; /* the worksharing clauses */
    if (strcmp(kind, "runtime") == 0 || strcmp(kind, "auto") == 0 || !chunked)
        ob_printf(&wk, " schedule(%s)", kind);
    else
        ob_printf(&wk, " schedule(%s, __pf_chunk)", kind);
    names_t priv = {0};
    data_clauses(c, &wk, &priv);
    /* nowait: a reduction still waits, for its combination. */
    if (in_region && c->first[CL_NOWAIT] >= 0 && !blocks)
        ob_puts(&wk, " nowait");
    if (!sections || in_region) {
        ob_put(&omp, wk.p, wk.n);
        wk.n = 0;
    }

    /* The reductions: the engine's blocks and partials.  In a region, one
     * thread makes the plan and every thread gets it. */
    if (blocks) {
        for (int i = 0; i < c->nred; i++) {
            const item_t *r = &c->items[c->red[i]];
            pf_gen_integer_check(g, r);
            if (pf_span_empty(r->lo))
                continue;
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
        }
        int lv = 1;
        if (in_region) {
            pf_gen_line(g, 1, "pfo_red_t *__pf_red = 0;");
            pf_gen_line(g, 0, "#pragma omp single copyprivate(__pf_red)");
            pf_gen_line(g, 1, "{");
            pf_gen_line(g, 2, "__pf_red = pfo_red_new(%s, %ld, __pf_trips);",
                        g->qfile, g->pragma_line);
            lv = 2;
        } else {
            pf_gen_line(g, 1,
                        "pfo_red_t *__pf_red = pfo_red_new(%s, %ld, "
                        "__pf_trips);",
                        g->qfile, g->pragma_line);
        }
        for (int i = 0; i < c->nred; i++) {
            const item_t *r = &c->items[c->red[i]];
            const char *op = pf_redops[r->op].pf_op;
            pf_gs_begin_macro(&st, g, lv);
            if (pf_span_empty(r->lo)) {
                pf_gs_text(&st, "PFO_REDUCE(");
                pf_gs_span(&st, r->expr);
                pf_gs_text(&st, ", %s, __pf_red);", op);
            } else {
                pf_gs_text(&st, "PFO_REDUCE_SECTION(");
                pf_gs_span(&st, r->expr);
                pf_gs_text(&st, ", __pf_lo%d, __pf_len%d, %s, __pf_red);", i, i,
                           op);
            }
            pf_gs_end(&st);
        }
        pf_gen_line(g, lv, "pfo_red_start(__pf_red);");
        if (in_region)
            pf_gen_line(g, 1, "}");
        pf_gen_line(g, 1,
                    "const unsigned long long __pf_units = "
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
    } else {
        pf_gen_line(g, 1, "const unsigned long long __pf_units = __pf_trips;");
        pf_gen_line(g, 1, "const unsigned long long __pf_unit = 1;");
        if (chunked)
            pf_gen_line(g, 1,
                        "const int __pf_chunk = pfo_chunk(__pf_chunk_iters, "
                        "__pf_trips);");
    }
    if (progress)
        pf_gen_line(g, 1,
                    "pfo_progress_t *__pf_progress = pfo_progress_new(%s, %ld, "
                    "__pf_trips);",
                    g->qfile, g->pragma_line);

    /* The parallel loop, over the units (the reduction's blocks, or
     * single iterations). */
    char *ompline = ob_take(&omp);
    int lv = 1;
    if (sections) {
        /* Each thread's own copy of each section's elements 0 ..
         * lo+len-1, so that the body's own indices work unchanged. */
        if (!in_region)
            pf_gen_line(g, 0, "%s", ompline);
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
        if (in_region) {
            pf_gen_line(g, 0, "%s", ompline);
        } else {
            char *w = ob_take(&wk);
            pf_gen_line(g, 0, "#pragma omp for%s", w);
            free(w);
        }
        lv = 2;
    } else {
        pf_gen_line(g, 0, "%s", ompline);
    }
    free(ompline);
    free(wk.p);
    pf_gen_line(g, lv,
                "for (unsigned long long __pf_u = 0; __pf_u < __pf_units; "
                "__pf_u++) {");
    for (int i = 0; i < c->nred; i++) {
        const item_t *r = &c->items[c->red[i]];
        char *v = pf_gen_span(g, r->expr);
        if (pf_span_empty(r->lo))
            pf_gen_line(g, lv + 1, "__typeof__(%s) %s = __pf_id%d;", v, v, i);
        else
            pf_gen_line(g, lv + 1,
                        "__builtin_memcpy(%s + __pf_lo%d, __pf_id%d, "
                        "__pf_len%d * sizeof *%s);",
                        v, i, i, i, v);
        free(v);
    }
    stretch(g, lv + 1, progress);
    for (int i = 0; i < c->nred; i++) {
        const item_t *r = &c->items[c->red[i]];
        char *v = pf_gen_span(g, r->expr);
        if (pf_span_empty(r->lo))
            pf_gen_line(g, lv + 1, "__pf_part%d[__pf_u] = %s;", i, v);
        else
            pf_gen_line(g, lv + 1,
                        "__builtin_memcpy(__pf_part%d + __pf_u * __pf_len%d, "
                        "%s + __pf_lo%d, __pf_len%d * sizeof *%s);",
                        i, i, v, i, i, v);
        free(v);
    }
    pf_gen_line(g, lv, "}");
    if (sections) {
        for (int i = 0; i < c->nred; i++)
            if (!pf_span_empty(c->items[c->red[i]].lo))
                pf_gen_line(g, 2, "__builtin_free(__pf_buf%d);", i);
        pf_gen_line(g, 1, "}");
    }
    if (blocks && in_region) {
        /* (the single's barrier: every thread sees the result) */
        pf_gen_line(g, 0, "#pragma omp single");
        pf_gen_line(g, 1, "pfo_red_end(__pf_red);");
    } else if (blocks) {
        pf_gen_line(g, 1, "pfo_red_end(__pf_red);");
    }
    if (progress)
        pf_gen_line(g, 1, "pfo_progress_end(__pf_progress);");
    int shared_iv = 0; /* a loop variable the region's threads share */
    for (int d = 0; d < c->nloops; d++) {
        const header_t *h = pf_loop(c, d);
        shared_iv |= !h->declared && !pf_span_empty(h->var) &&
                     !region_private(c->region, c->t[h->var.first].text,
                                     c->t[h->var.first].len);
    }
    if (shared_iv && in_region) {
        /* The loop variables of the region's shared variables: set once. */
        pf_gen_line(g, 0, "#pragma omp single%s",
                    c->first[CL_NOWAIT] >= 0 ? " nowait" : "");
        pf_gen_line(g, 1, "{");
        pf_gen_final_values(g, c);
        pf_gen_line(g, 1, "}");
    } else {
        pf_gen_final_values(g, c);
    }
    pf_gen_line(g, 1, "pfc_loop_end(__pf_loop);");
    pf_gen_line(g, 0, "}");
    pf_gen_end(g, c);
}

/* ---- regions --------------------------------------------------------------
 */

/* The user's statement after a construct's own lines. */
static void governed(gen_t *g, const construct_t *c)
{
    const token_t *first = &g->u->toks.v[c->body_first];
    pf_emit_sync(&g->e, first->off);
    pf_emit_pad_to(&g->e, first->off);
    pf_gen_body(g, c);
    pf_emit_text(&g->e, "\n", 1);
}

/* `#pragma pfor parallel`: `#pragma omp parallel`, workers as num_threads,
 * if as if; the names its own statements assign (each worker's copy)
 * firstprivate. */
static void region_lower(gen_t *g, const construct_t *c)
{
    pf_gen_begin(g, c);
    pf_emit_anchor(&g->e, g->pragma_off);
    pf_gen_line(g, 0, "{");
    outbuf_t omp = {0};
    ob_puts(&omp, "#pragma omp parallel");
    if (c->first[CL_WORKERS] >= 0) {
        clause_const(g, "const int __pf_threads = pfo_num_threads((long)(",
                     clause_arg(c, CL_WORKERS), "));");
        ob_puts(&omp, " num_threads(__pf_threads)");
    }
    if (c->first[CL_IF] >= 0) {
        clause_const(g, "const int __pf_if = !!(", clause_arg(c, CL_IF), ");");
        ob_puts(&omp, " if(__pf_if)");
    }
    names_t priv = {0};
    data_clauses(c, &omp, &priv);
    char *line = ob_take(&omp);
    pf_gen_line(g, 0, "%s", line);
    free(line);
    governed(g, c);
    pf_gen_line(g, 0, "}");
    pf_gen_end(g, c);
}

/* `single [copyprivate(list)] [nowait]` and `master`.  copyprivate names
 * only what is each thread's (a shared variable every thread sees
 * already); OpenMP has no nowait with copyprivate, whose broadcast
 * waits. */
static void single_lower(gen_t *g, const construct_t *c)
{
    pf_gen_begin(g, c);
    pf_emit_anchor(&g->e, g->pragma_off);
    if (c->kind == C_MASTER) {
        pf_gen_line(g, 0, "#pragma omp master");
    } else {
        names_t cp = {0};
        for (int i = 0; i < c->ndata; i++) {
            const item_t *it = &c->items[c->data[i]];
            const ptok_t *v = &c->t[it->expr.first];
            if (it->clause == CL_COPYPRIVATE &&
                region_private(c->region, v->text, v->len))
                names_add(&cp, v->text, v->len);
        }
        outbuf_t o = {0};
        ob_puts(&o, "#pragma omp single");
        names_clause(&o, "copyprivate", &cp);
        if (c->first[CL_NOWAIT] >= 0 && cp.n == 0)
            ob_puts(&o, " nowait");
        char *line = ob_take(&o);
        pf_gen_line(g, 0, "%s", line);
        free(line);
    }
    governed(g, c);
    pf_gen_end(g, c);
}

void pf_gen_openmp(gen_t *g, const construct_t *c)
{
    switch (c->kind) {
    case C_PARALLEL:
        region_lower(g, c);
        return;
    case C_SINGLE:
    case C_MASTER:
        single_lower(g, c);
        return;
    case C_BARRIER:
        pf_gen_begin(g, c);
        pf_emit_anchor(&g->e, g->pragma_off);
        pf_gen_line(g, 0, "#pragma omp barrier");
        pf_gen_end(g, c);
        return;
    default:
        break;
    }
    if (c->first[CL_POOL] >= 0) {
        /* Arguments evaluated here, the calls on the pool's processes:
         * as on the process backend. */
        pf_gen_process(g, c);
        return;
    }
    loop_lower(g, c);
}
