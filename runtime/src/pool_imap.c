/* pool_imap.c - pf_pool_imap and imap_unordered: a streaming map with a
 * bounded window of results, and its iterator. */
#include <stdlib.h>
#include <string.h>

#include "pool_internal.h"

int pf_pool_imap_ex(pf_pool_t *pool, const pf_pool_map_args_t *args,
                    bool ordered, pf_pool_iter_t **out)
{
    if (!out)
        return PF_EINVAL;
    *out = NULL;
    struct job *j;
    int rc = pf__pool_new_map_job(pool, args, JOB_IMAP, &j);
    if (rc < 0)
        return rc;
    pf_pool_iter_t *it = malloc(sizeof *it);
    j->map.win.ordered = ordered;
    j->map.args.out = NULL;
    j->map.args.status = NULL;
    j->map.args.failure = NULL;
    size_t nw = (size_t)pool->nw;
    size_t per =
        IMAP_WINDOW_BYTES / (j->map.args.out_size ? j->map.args.out_size : 1);
    size_t W = PF__MAX(PF__MIN(per, (size_t)65536), 64 * nw);
    j->map.win.size = PF__MAX(PF__MIN(W, j->n), (size_t)1);
    j->map.win.state = calloc(j->map.win.size, 1);
    j->map.win.codes = calloc(j->map.win.size, sizeof *j->map.win.codes);
    j->map.win.outputs = malloc(
        j->map.win.size * (j->map.args.out_size ? j->map.args.out_size : 1));
    j->map.win.fifo =
        ordered ? NULL : malloc(j->map.win.size * sizeof *j->map.win.fifo);
    if (!it || !j->map.win.state || !j->map.win.codes || !j->map.win.outputs ||
        (!ordered && !j->map.win.fifo)) {
        free(it);
        pf__pool_job_unref(j);
        return PF_ENOMEM;
    }
    pthread_mutex_lock(&pool->mu);
    rc = j->n ? pf__pool_submit(pool, j)
              : (pool->state == POOL_RUN ? 0 : PF_ECLOSED);
    pthread_mutex_unlock(&pool->mu);
    if (rc < 0) {
        free(it);
        pf__pool_job_unref(j);
        return rc;
    }
    it->job = j;
    *out = it;
    return 0;
}

int pf_pool_imap(pf_pool_t *pool, pf_pool_map_fn fn, const void *in, size_t n,
                 size_t in_size, size_t out_size, size_t chunksize,
                 pf_pool_iter_t **out)
{
    pf_pool_map_args_t a = {.fn = fn,
                            .in = in,
                            .in_size = in_size,
                            .n = n,
                            .out_size = out_size,
                            .chunksize = chunksize};
    if (!in && n && in_size)
        return PF_EINVAL;
    return pf_pool_imap_ex(pool, &a, true, out);
}

int pf_pool_imap_unordered(pf_pool_t *pool, pf_pool_map_fn fn, const void *in,
                           size_t n, size_t in_size, size_t out_size,
                           size_t chunksize, pf_pool_iter_t **out)
{
    pf_pool_map_args_t a = {.fn = fn,
                            .in = in,
                            .in_size = in_size,
                            .n = n,
                            .out_size = out_size,
                            .chunksize = chunksize};
    if (!in && n && in_size)
        return PF_EINVAL;
    return pf_pool_imap_ex(pool, &a, false, out);
}

/* Lock held.  True when the iterator can return something now. */
static bool iter_has_next(void *ctx)
{
    struct job *j = ctx;
    if (j->map.win.consumed >= j->n || j->canceled)
        return true;
    if (j->map.win.ordered)
        return j->map.win.state[j->map.win.low % j->map.win.size] == ST_DONE;
    return j->map.win.fifo_count > 0;
}

int pf_pool_iter_next(pf_pool_iter_t *it, void *out, size_t *index,
                      double timeout, pf_pool_failure_t *failure)
{
    if (!it)
        return PF_EINVAL;
    struct job *j = it->job;
    if (j->map.args.out_size && !out)
        return PF_EINVAL;
    if (j->map.win.consumed >= j->n)
        return PF_EOF;
    pf_pool_t *pool = j->pool;
    if (pf__pool_foreign(pool))
        return PF_ESTATE;
    pthread_mutex_lock(&pool->mu);
    /* Fast path: a result is already here; the pool is pumped when the
     * iterator has to wait, and every 256 items. */
    int rc = 0;
    if (!iter_has_next(j) || (j->map.win.consumed & 255) == 0)
        rc = pf__pool_pump_until(pool, iter_has_next, j,
                                 pf__deadline_in(timeout));
    if (rc == 0) {
        size_t idx;
        bool have;
        if (j->map.win.ordered) {
            idx = j->map.win.low;
            have = j->map.win.consumed < j->n &&
                   j->map.win.state[idx % j->map.win.size] == ST_DONE;
        } else {
            have = j->map.win.fifo_count > 0;
            idx = have ? j->map.win.fifo[j->map.win.fifo_head] : 0;
            if (have) {
                j->map.win.fifo_head =
                    (j->map.win.fifo_head + 1) % j->map.win.size;
                j->map.win.fifo_count--;
            }
        }
        if (have) {
            size_t s = idx % j->map.win.size;
            if (j->map.args.out_size)
                memcpy(out, j->map.win.outputs + s * j->map.args.out_size,
                       j->map.args.out_size);
            rc = j->map.win.codes[s];
            if (rc < 0 && failure && j->map.win.fails)
                *failure = j->map.win.fails[s];
            if (index)
                *index = idx;
            j->map.win.state[s] = ST_FREE;
            j->map.win.consumed++;
            while (j->map.win.low < j->map.next &&
                   j->map.win.state[j->map.win.low % j->map.win.size] ==
                       ST_FREE)
                j->map.win.low++;

        } else {
            rc = j->map.win.consumed >= j->n ? PF_EOF : j->cancel_code;
        }
    }
    pthread_mutex_unlock(&pool->mu);
    return rc;
}

void pf_pool_iter_free(pf_pool_iter_t *it)
{
    if (!it)
        return;
    struct job *j = it->job;
    pf_pool_t *pool = j->pool;
    if (j->pool_ref) {
        pthread_mutex_lock(&pool->mu);
        if (j->pool_ref) {
            pf__pool_abandon(pool, j);
        }
        pthread_mutex_unlock(&pool->mu);
    }
    pf__pool_job_unref(j);
    free(it);
}
