/* loop_api.c - pfor/loop.h, parallel loops by hand, on the same engine as
 * the pfc_ calls of generated code. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "loop_internal.h"

typedef struct loop_reduction {
    pf_op_t op;
    pf_type_t type;
    void *var;
    size_t count;
} loop_reduction_t;

/* A registered item of storage: collected by elements or by bytes, or a
 * lastprivate variable. */
typedef enum { ITEM_ELEMS, ITEM_BYTES, ITEM_LASTPRIVATE } item_kind_t;

typedef struct loop_item {
    item_kind_t kind;
    void *base;
    size_t size; /* element size, bytes, or the variable's size */
} loop_item_t;

struct pf_loop {
    long long lo, hi, step;
    unsigned long long trips;
    loop_reduction_t *reds;
    int nreds;
    loop_item_t *items;
    int nitems;
    char message[768];
};

int pf_loop_new(long long lo, long long hi, long long step, pf_loop_t **out)
{
    if (out == NULL)
        return PF_EINVAL;
    *out = NULL;
    /* Check the range once now, so a bad one fails here. */
    pfc_loop_t *probe = pf__loop_alloc("pf_loop_new", 0, false);
    if (probe == NULL)
        return PF_ENOMEM;
    pfc_cmp_t cmp = step >= 0 ? PFC_LT : PFC_GT;
    int rc = pf__loop_set_range(probe, true, sizeof(long long),
                                (unsigned long long)lo, (unsigned long long)hi,
                                step, cmp);
    unsigned long long trips = probe->trips;
    pf__loop_free(probe);
    if (rc != 0)
        return rc;
    pf_loop_t *loop = calloc(1, sizeof *loop);
    if (loop == NULL)
        return PF_ENOMEM;
    loop->lo = lo;
    loop->hi = hi;
    loop->step = step;
    loop->trips = trips;
    *out = loop;
    return 0;
}

int pf_loop_reduce(pf_loop_t *loop, pf_op_t op, pf_type_t type, void *var,
                   size_t count)
{
    if (loop == NULL || !pf__op_valid(op, type) || (var == NULL && count))
        return PF_EINVAL;
    loop_reduction_t *r =
        realloc(loop->reds, (size_t)(loop->nreds + 1) * sizeof *r);
    if (r == NULL)
        return PF_ENOMEM;
    loop->reds = r;
    r[loop->nreds] = (loop_reduction_t){op, type, var, count};
    return loop->nreds++;
}

static int add_item(pf_loop_t *loop, item_kind_t kind, void *base, size_t size)
{
    loop_item_t *it =
        realloc(loop->items, (size_t)(loop->nitems + 1) * sizeof *it);
    if (it == NULL)
        return PF_ENOMEM;
    loop->items = it;
    it[loop->nitems++] = (loop_item_t){kind, base, size};
    return 0;
}

int pf_loop_collect(pf_loop_t *loop, void *base, size_t elem_size)
{
    if (loop == NULL || base == NULL || elem_size == 0)
        return PF_EINVAL;
    return add_item(loop, ITEM_ELEMS, base, elem_size);
}

int pf_loop_collect_bytes(pf_loop_t *loop, void *base, size_t bytes)
{
    if (loop == NULL || (base == NULL && bytes > 0) ||
        (uintptr_t)base + bytes < (uintptr_t)base)
        return PF_EINVAL;
    return add_item(loop, ITEM_BYTES, base, bytes);
}

int pf_loop_lastprivate(pf_loop_t *loop, void *var, size_t size)
{
    if (loop == NULL || var == NULL || size == 0)
        return PF_EINVAL;
    return add_item(loop, ITEM_LASTPRIVATE, var, size);
}

/* Build an engine descriptor for one run, start it, hand every stretch to
 * the body, and finish.  Exactly one of body/range_body is set; `name` is
 * the function's, for messages without options->file. */
static int run(pf_loop_t *loop, pf_loop_body_t *body,
               pf_loop_range_body_t *range_body, void *ctx,
               const pf_loop_options_t *options, const char *name)
{
    if (loop == NULL || (body == NULL && range_body == NULL))
        return PF_EINVAL;
    pf_loop_options_t opt = {0};
    if (options)
        opt = *options;
    if (opt.schedule < PF_SCHED_DEFAULT || opt.schedule > PF_SCHED_AUTO)
        return PF_EINVAL;
    loop->message[0] = '\0';

    pfc_loop_t *e =
        pf__loop_alloc(opt.file ? opt.file : name,
                       opt.file && opt.line > 0 ? opt.line : 0, false);
    if (e == NULL)
        return PF_ENOMEM;
    pfc_cmp_t cmp = loop->step >= 0 ? PFC_LT : PFC_GT;
    int rc = pf__loop_set_range(e, true, sizeof(long long),
                                (unsigned long long)loop->lo,
                                (unsigned long long)loop->hi, loop->step, cmp);
    e->workers = opt.workers > 0 ? opt.workers : 0;
    e->schedule = (pfc_schedule_t)opt.schedule;
    e->chunk = opt.chunk > 0 ? opt.chunk : 0;
    e->retries = opt.retries > 0 ? opt.retries : 0;
    e->timeout = opt.timeout > 0 && opt.timeout < 9.0e9 ? opt.timeout : 0;
    e->cond = !opt.serial;
    for (int r = 0; rc == 0 && r < loop->nreds; r++)
        rc = pf__loop_add_reduction(e, loop->reds[r].op, loop->reds[r].type,
                                    loop->reds[r].var, loop->reds[r].count);
    for (int j = 0; rc == 0 && j < loop->nitems; j++) {
        const loop_item_t *it = &loop->items[j];
        rc = it->kind == ITEM_ELEMS ? pf__loop_add_elems(e, it->base, it->size)
             : it->kind == ITEM_BYTES
                 ? pf__loop_add_bytes(e, it->base, it->size)
                 : pf__loop_add_lastprivate(e, it->base, it->size);
    }

    /* Private partials, one buffer per reduction, made before the fork so
     * every worker has its own copy. */
    void **partial = NULL;
    if (rc == 0 && loop->nreds > 0) {
        partial = calloc((size_t)loop->nreds, sizeof *partial);
        if (partial == NULL)
            rc = PF_ENOMEM;
        for (int r = 0; rc == 0 && r < loop->nreds; r++) {
            size_t size =
                loop->reds[r].count * pf__type_size(loop->reds[r].type);
            partial[r] = malloc(size ? size : 1);
            if (partial[r] == NULL)
                rc = PF_ENOMEM;
        }
    }
    if (rc == 0)
        rc = pf__loop_start(e);
    if (rc >= 0) {
        rc = 0;
        volatile unsigned long long *cursor = pf__loop_cursor(e);
        unsigned long long k, end;
        while (pf__loop_next(e, &k, &end)) {
            for (int r = 0; r < loop->nreds; r++)
                pfc_loop_identity_call(e, r, partial[r]);
            if (range_body) {
                *cursor = k;
                range_body((long long)pfc_loop_value(e, k), end - k, loop->step,
                           ctx, partial);
            } else {
                for (; k < end; k++) {
                    *cursor = k;
                    body((long long)pfc_loop_value(e, k), ctx, partial);
                }
            }
            for (int r = 0; r < loop->nreds; r++)
                pfc_loop_deposit_call(e, r, partial[r]);
        }
    }
    int err = pf__loop_end(e);
    if (rc == 0)
        rc = err;
    if (rc != 0)
        snprintf(loop->message, sizeof loop->message, "%s", e->message);
    pf__loop_free(e);
    if (partial) {
        for (int r = 0; r < loop->nreds; r++)
            free(partial[r]);
        free(partial);
    }
    return rc;
}

int pf_loop_run(pf_loop_t *loop, pf_loop_body_t *body, void *ctx,
                const pf_loop_options_t *options)
{
    if (body == NULL)
        return PF_EINVAL;
    return run(loop, body, NULL, ctx, options, "pf_loop_run");
}

int pf_loop_run_ranges(pf_loop_t *loop, pf_loop_range_body_t *body, void *ctx,
                       const pf_loop_options_t *options)
{
    if (body == NULL)
        return PF_EINVAL;
    return run(loop, NULL, body, ctx, options, "pf_loop_run_ranges");
}

const char *pf_loop_error(const pf_loop_t *loop)
{
    return loop ? loop->message : "";
}

unsigned long long pf_loop_trips(const pf_loop_t *loop)
{
    return loop ? loop->trips : 0;
}

void pf_loop_free(pf_loop_t *loop)
{
    if (loop == NULL)
        return;
    free(loop->reds);
    free(loop->items);
    free(loop);
}
