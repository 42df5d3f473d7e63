/* loop_api.c - pfor/loop.h, parallel loops by hand, on the same engine as
 * the pfc_ calls of generated code. */
#include <stdlib.h>
#include <string.h>

#include "loop_internal.h"

typedef struct loop_reduction {
    pf_op_t op;
    pf_type_t type;
    void *var;
    size_t count;
} loop_reduction_t;

typedef struct loop_collect {
    void *base;
    size_t elem;
} loop_collect_t;

struct pf_loop {
    long long lo, hi, step;
    unsigned long long trips;
    loop_reduction_t *reds;
    int nreds;
    loop_collect_t *cols;
    int ncols;
    char message[768];
};

int pf_loop_new(long long lo, long long hi, long long step, pf_loop_t **out)
{
    if (out == NULL)
        return PF_EINVAL;
    *out = NULL;
    /* Check the range once now, so a bad one fails here. */
    pfc_loop_t *probe = pf__loop_new("pf_loop", 0);
    if (probe == NULL)
        return PF_ENOMEM;
    int rc = pf__loop_set_range(probe, lo, hi, step);
    unsigned long long trips = probe->trips;
    pf__loop_finish(probe, NULL, 0);
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

int pf_loop_collect(pf_loop_t *loop, void *base, size_t elem_size)
{
    if (loop == NULL || base == NULL || elem_size == 0)
        return PF_EINVAL;
    loop_collect_t *c =
        realloc(loop->cols, (size_t)(loop->ncols + 1) * sizeof *c);
    if (c == NULL)
        return PF_ENOMEM;
    loop->cols = c;
    c[loop->ncols++] = (loop_collect_t){base, elem_size};
    return 0;
}

/* Build an engine descriptor for one run, start it, hand every stretch to
 * the body, and finish.  Exactly one of body/range_body is set. */
static int run(pf_loop_t *loop, pf_loop_body_t *body,
               pf_loop_range_body_t *range_body, void *ctx,
               const pf_loop_options_t *options)
{
    if (loop == NULL || (body == NULL && range_body == NULL))
        return PF_EINVAL;
    pf_loop_options_t opt = {0};
    if (options)
        opt = *options;
    if (opt.schedule < PF_SCHED_DEFAULT || opt.schedule > PF_SCHED_RUNTIME)
        return PF_EINVAL;
    loop->message[0] = '\0';

    pfc_loop_t *e = pf__loop_new(opt.file, opt.line);
    if (e == NULL)
        return PF_ENOMEM;
    int rc = pf__loop_set_range(e, loop->lo, loop->hi, loop->step);
    e->workers = opt.workers > 0 ? opt.workers : 0;
    e->schedule = (pfc_schedule_t)opt.schedule;
    e->chunk = opt.chunk > 0 ? opt.chunk : 0;
    e->retries = opt.retries > 0 ? opt.retries : 0;
    e->timeout = opt.timeout > 0 && opt.timeout < 9.0e9 ? opt.timeout : 0;
    e->cond = !opt.serial;
    for (int r = 0; rc == 0 && r < loop->nreds; r++)
        rc = pf__loop_add_reduction(e, loop->reds[r].op, loop->reds[r].type,
                                    loop->reds[r].var, loop->reds[r].count);
    for (int c = 0; rc == 0 && c < loop->ncols; c++)
        rc = pf__loop_add_collect(e, loop->cols[c].base, loop->cols[c].elem);

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
    if (rc == 0) {
        volatile unsigned long long *cursor = pfc_loop_cursor(e);
        unsigned long long k, end;
        while (pf__loop_next(e, &k, &end)) {
            for (int r = 0; r < loop->nreds; r++)
                pfc_loop_identity(e, r, partial[r]);
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
                pfc_loop_deposit(e, r, partial[r]);
        }
    }
    int err = pf__loop_finish(e, loop->message, sizeof loop->message);
    if (rc == 0)
        rc = err;
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
    return run(loop, body, NULL, ctx, options);
}

int pf_loop_run_ranges(pf_loop_t *loop, pf_loop_range_body_t *body, void *ctx,
                       const pf_loop_options_t *options)
{
    if (body == NULL)
        return PF_EINVAL;
    return run(loop, NULL, body, ctx, options);
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
    free(loop->cols);
    free(loop);
}
