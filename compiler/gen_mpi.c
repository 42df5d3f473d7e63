/* gen_mpi.c - the mpi backend: lowers one checked construct to the SPMD
 * loop of libpfor_mpi (runtime/include/pfor_mpi_abi.h; docs/lowering.md
 * and docs/mpi.md): the process backend's shape with pfm_ calls, collected
 * arrays as byte ranges (every write reaches every rank), map results as
 * elements; map ... pool(p) as the process backend lowers it.  Prints
 * only: every judgement was made by check.c. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pforc.h"

/* PFC_SCHED_STATIC -> PFM_SCHED_STATIC (same values, pfor_mpi_abi.h). */
static const char *pfm_sched(int sched)
{
    static char buf[SCHED_COUNT][40];
    const char *p = pf_scheds[sched].pfc;
    if (buf[sched][0] == '\0')
        snprintf(buf[sched], sizeof buf[sched], "PFM%s",
                 strncmp(p, "PFC", 3) == 0 ? p + 3 : p);
    return buf[sched];
}

static const char *const cmp_names[] = {"", "PFM_LT", "PFM_LE", "PFM_GT",
                                        "PFM_GE"};

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

void pf_gen_mpi(gen_t *g, const construct_t *c)
{
    /* map ... pool(p): each rank maps onto its own pool, as the process
     * backend lowers it (pfc_pool_map). */
    if (c->first[CL_POOL] >= 0) {
        pf_gen_process(g, c);
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
    pf_gen_line(g, 1, "pfm_loop_t *__pf_loop = pfm_loop_new(%s, %ld);",
                e->qname, g->pragma_line);

    /* The loop variable's type, and the range. */
    char *lo = pf_gen_span(g, h->lo), *hi = pf_gen_span(g, h->hi);
    char *step = step_text(g);
    iv_typedef(g, for_line, var);
    /* The range: PFM_RANGE as pfor_abi.h shows it.  A header written over
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
            "PFM_RANGE(__pf_loop, __pf_iv_t, %s%s%s, %s%s%s, %s, %s);",
            plo ? "(" : "", lo, plo ? ")" : "", phi ? "(" : "", hi,
            phi ? ")" : "", step, cmp_names[h->cmp]);
    } else {
        pf_gen_user_line(g, lo_line, 1, "const __pf_iv_t __pf_lo = (%s);", lo);
        pf_gen_user_line(g, hi_line, 1, "const __pf_iv_t __pf_hi = (%s);", hi);
        pf_gen_user_line(g, step_line, 1, "const long long __pf_step = %s;",
                         step);
        pf_gen_line(g, 1,
                    "PFM_RANGE(__pf_loop, __pf_iv_t, __pf_lo, __pf_hi, "
                    "__pf_step, %s);",
                    cmp_names[h->cmp]);
    }
    free(lo);
    free(hi);
    free(step);

    /* Clauses, one call each. */
    clause_call(g, CL_WORKERS, "pfm_loop_workers", "(long)");
    if (c->kind == C_MAP) {
        if (c->first[CL_CHUNKSIZE] >= 0) {
            char *ch = pf_gen_span(g, clause_arg(c, CL_CHUNKSIZE));
            pf_gen_user_line(g, g->pragma_line, 1,
                             "pfm_loop_schedule(__pf_loop, PFM_SCHED_DYNAMIC, "
                             "(long)(%s));",
                             ch);
            free(ch);
        } else {
            pf_gen_line(g, 1,
                        "pfm_loop_schedule(__pf_loop, PFM_SCHED_DYNAMIC, 0);");
        }
    } else if (c->first[CL_SCHEDULE] >= 0) {
        const clause_t *sc = &c->clauses[c->first[CL_SCHEDULE]];
        char *ch = pf_gen_span(g, sc->chunk);
        pf_gen_user_line(g, g->pragma_line, 1,
                         "pfm_loop_schedule(__pf_loop, %s, (long)(%s));",
                         pfm_sched(sc->sched), ch[0] ? ch : "0");
        free(ch);
    }
    if (c->first[CL_IF] >= 0) {
        char *cond = pf_gen_span(g, clause_arg(c, CL_IF));
        pf_gen_user_line(g, g->pragma_line, 1,
                         "pfm_loop_if(__pf_loop, !!(%s));", cond);
        free(cond);
    }
    clause_call(g, CL_RETRIES, "pfm_loop_retries", "(long)");
    clause_call(g, CL_TIMEOUT, "pfm_loop_timeout", "(double)");
    if (c->first[CL_PROGRESS] >= 0)
        pf_gen_line(g, 1, "pfm_loop_progress(__pf_loop, 1);");
    for (int i = 0; i < c->nred; i++) {
        const item_t *r = &c->items[c->red[i]];
        char *v = pf_gen_span(g, r->expr);
        if (pf_span_empty(r->lo)) {
            pf_gen_user_line(
                g, g->pragma_line, 1,
                "pfm_loop_reduce(__pf_loop, %s, PF_TYPE_OF(%s), &%s, 1);",
                pf_redops[r->op].pf_op, v, v);
        } else {
            char *rl = pf_gen_span(g, r->lo), *rn = pf_gen_span(g, r->len);
            pf_gen_user_line(g, g->pragma_line, 1,
                             "const long long __pf_lo%d = (%s);", i, rl);
            pf_gen_user_line(g, g->pragma_line, 1,
                             "const size_t __pf_len%d = (size_t)(%s);", i, rn);
            pf_gen_user_line(g, g->pragma_line, 1,
                             "pfm_loop_reduce(__pf_loop, %s, "
                             "PF_TYPE_OF((%s)[0]), &(%s)[__pf_lo%d], "
                             "__pf_len%d);",
                             pf_redops[r->op].pf_op, v, v, i, i);
            free(rl);
            free(rn);
        }
        free(v);
    }
    /* collect(a): every byte of the array a, whatever the body writes in
     * it.  A pointer has no size: until sections (p[lo:len]) come, its
     * elements p[i] at the loop's values, as the process backend does. */
    for (int i = 0; i < c->ncoll; i++) {
        char *it = pf_gen_span(g, c->items[c->coll[i]].expr);
        pf_gen_user_line(g, g->pragma_line, 1,
                         "if (__builtin_types_compatible_p(__typeof__(%s), "
                         "__typeof__(&(%s)[0])))",
                         it, it);
        pf_gen_line(g, 2,
                    "pfm_loop_collect_elems(__pf_loop, &(%s)[0], "
                    "sizeof (%s)[0]);",
                    it, it);
        pf_gen_line(g, 1, "else");
        pf_gen_line(g, 2,
                    "pfm_loop_collect_bytes(__pf_loop, &(%s)[0], "
                    "sizeof (__typeof__(%s)));",
                    it, it);
        free(it);
    }
    /* map's out[i]: the elements at the loop's values, to every rank. */
    if (c->call.out != NONE) {
        const token_t *o = &u->toks.v[c->call.out];
        int n = (int)o->len;
        const char *p = pf_tok_text(u, c->call.out);
        pf_gen_line(g, 1,
                    "pfm_loop_collect_elems(__pf_loop, &(%.*s)[0], "
                    "sizeof (%.*s)[0]);",
                    n, p, n, p);
    }
    pf_gen_line(g, 1, "pfm_loop_start(__pf_loop);");

    /* This rank's share: private partials, stretches, iterations. */
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
    pf_gen_line(g, 3, "pfm_loop_cursor(__pf_loop);");
    pf_gen_line(g, 2, "unsigned long long __pf_k, __pf_end;");
    pf_gen_line(g, 2, "while (pfm_loop_next(__pf_loop, &__pf_k, &__pf_end)) {");
    for (int i = 0; i < c->nred; i++) {
        const item_t *r = &c->items[c->red[i]];
        char *v = pf_gen_span(g, r->expr);
        if (pf_span_empty(r->lo))
            pf_gen_line(g, 3, "pfm_loop_identity(__pf_loop, %d, &%s);", i, v);
        else
            pf_gen_line(
                g, 3,
                "pfm_loop_identity(__pf_loop, %d, __pf_part%d + __pf_lo%d);", i,
                i, i);
        free(v);
    }
    /* Once per stretch: the crash report names the stretch's start. */
    pf_gen_line(g, 3, "*__pf_cursor = __pf_k;");
    pf_gen_line(g, 3, "for (; __pf_k < __pf_end; __pf_k++) {");
    pf_gen_line(g, 4, "__pf_iv_t %s = PFM_IV(__pf_loop, __pf_iv_t, __pf_k);",
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
            pf_gen_line(g, 3, "pfm_loop_deposit(__pf_loop, %d, &%s);", i, v);
        else
            pf_gen_line(
                g, 3,
                "pfm_loop_deposit(__pf_loop, %d, __pf_part%d + __pf_lo%d);", i,
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
            "%s = PFM_IV(__pf_loop, __pf_iv_t, pfm_loop_trips(__pf_loop));",
            var);
    pf_gen_line(g, 1, "pfm_loop_end(__pf_loop);");
    pf_gen_line(g, 0, "}");
    pf_gen_end(g, c);
    free(var);
}
