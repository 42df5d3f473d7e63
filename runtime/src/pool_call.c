/* pool_call.c - pf_pool's calls: map, starmap, apply, their async forms,
 * and async results. */
#include <stdlib.h>
#include <string.h>

#include "pool_internal.h"

/* ---- map and apply ---- */

/* Lock held.  Wait for a sync call's job, at most `timeout` seconds
 * (PF_FOREVER: no limit).  On expiry the job is abandoned, so nothing
 * writes into the caller's buffers after the call returns.  Returns 0 or
 * PF_ETIMEDOUT. */
static int wait_call(pf_pool_t *pool, struct job *j, double timeout)
{
    int rc = pf__pool_pump_until(pool, pf__pool_job_ready, j,
                                 pf__deadline_in(timeout));
    if (rc == PF_ETIMEDOUT)
        pf__pool_abandon(pool, j);
    return rc;
}

int pf_pool_map_ex(pf_pool_t *pool, const pf_pool_map_args_t *args)
{
    struct job *j;
    int rc = pf__pool_new_map_job(pool, args, JOB_MAP, &j);
    if (rc < 0)
        return rc;
    if (j->n == 0) {
        pf__pool_job_unref(j);
        pthread_mutex_lock(&pool->mu);
        rc = pool->state == POOL_RUN ? 0 : PF_ECLOSED;
        pthread_mutex_unlock(&pool->mu);
        return rc;
    }
    pthread_mutex_lock(&pool->mu);
    rc = pf__pool_submit(pool, j);
    if (rc == 0)
        rc = wait_call(pool, j, args->timeout > 0 ? args->timeout : PF_FOREVER);
    pthread_mutex_unlock(&pool->mu);
    if (rc == 0)
        rc = pf__pool_map_result(j);
    pf__pool_job_unref(j);
    return rc;
}

int pf_pool_map(pf_pool_t *pool, pf_pool_map_fn fn, const void *in, size_t n,
                size_t in_size, void *out, size_t out_size, size_t chunksize)
{
    pf_pool_map_args_t a = {.fn = fn,
                            .in = in,
                            .in_size = in_size,
                            .n = n,
                            .out = out,
                            .out_size = out_size,
                            .chunksize = chunksize};
    if (!in && n && in_size)
        return PF_EINVAL;
    return pf_pool_map_ex(pool, &a);
}

int pf_pool_starmap(pf_pool_t *pool, pf_pool_star_fn fn, size_t nargs,
                    const void *const *in, const size_t *in_sizes, size_t n,
                    void *out, size_t out_size, size_t chunksize)
{
    pf_pool_map_args_t a = {.star_fn = fn,
                            .nargs = nargs,
                            .star_in = in,
                            .star_sizes = in_sizes,
                            .n = n,
                            .out = out,
                            .out_size = out_size,
                            .chunksize = chunksize};
    return pf_pool_map_ex(pool, &a);
}

int pf_pool_map_async_ex(pf_pool_t *pool, const pf_pool_map_args_t *args,
                         pf_pool_callback_fn callback,
                         pf_pool_error_callback_fn error_callback, void *arg,
                         pf_pool_async_t **out_result)
{
    if (!out_result)
        return PF_EINVAL;
    *out_result = NULL;
    struct job *j;
    int rc = pf__pool_new_map_job(pool, args, JOB_MAP, &j);
    if (rc < 0)
        return rc;
    j->async = true;
    j->cb = callback;
    j->ecb = error_callback;
    j->cb_arg = arg;
    pthread_mutex_lock(&pool->mu);
    rc = pf__pool_submit(pool, j);
    if (rc == 0 && j->n == 0)
        pf__pool_job_finish(pool, j);
    pthread_mutex_unlock(&pool->mu);
    if (rc < 0) {
        pf__pool_job_unref(j);
        return rc;
    }
    *out_result = (pf_pool_async_t *)j;
    return 0;
}

int pf_pool_map_async(pf_pool_t *pool, pf_pool_map_fn fn, const void *in,
                      size_t n, size_t in_size, void *out, size_t out_size,
                      size_t chunksize, pf_pool_callback_fn callback,
                      pf_pool_error_callback_fn error_callback, void *arg,
                      pf_pool_async_t **out_result)
{
    pf_pool_map_args_t a = {.fn = fn,
                            .in = in,
                            .in_size = in_size,
                            .n = n,
                            .out = out,
                            .out_size = out_size,
                            .chunksize = chunksize};
    if (!in && n && in_size)
        return PF_EINVAL;
    return pf_pool_map_async_ex(pool, &a, callback, error_callback, arg,
                                out_result);
}

int pf_pool_apply_ex(pf_pool_t *pool, pf_pool_task_fn fn, const void *in,
                     size_t in_len, void **result, size_t *result_len,
                     double timeout)
{
    if (!result || !result_len)
        return PF_EINVAL;
    *result = NULL;
    *result_len = 0;
    struct job *j;
    int rc = pf__pool_new_apply_job(pool, fn, in, in_len, false, &j);
    if (rc < 0)
        return rc;
    pthread_mutex_lock(&pool->mu);
    rc = pf__pool_submit(pool, j);
    if (rc == 0)
        rc = wait_call(pool, j, timeout);
    pthread_mutex_unlock(&pool->mu);
    if (rc == 0 && j->failed)
        rc = j->failure.code;
    if (rc == 0) {
        *result = j->apply.result;
        *result_len = j->apply.result_len;
        j->apply.result = NULL;
    }
    pf__pool_job_unref(j);
    return rc;
}

int pf_pool_apply(pf_pool_t *pool, pf_pool_task_fn fn, const void *in,
                  size_t in_len, void **result, size_t *result_len)
{
    return pf_pool_apply_ex(pool, fn, in, in_len, result, result_len,
                            PF_FOREVER);
}

int pf_pool_apply_async(pf_pool_t *pool, pf_pool_task_fn fn, const void *in,
                        size_t in_len, pf_pool_callback_fn callback,
                        pf_pool_error_callback_fn error_callback, void *arg,
                        pf_pool_async_t **out)
{
    if (!out)
        return PF_EINVAL;
    *out = NULL;
    struct job *j;
    int rc = pf__pool_new_apply_job(pool, fn, in, in_len, true, &j);
    if (rc < 0)
        return rc;
    j->async = true;
    j->cb = callback;
    j->ecb = error_callback;
    j->cb_arg = arg;
    pthread_mutex_lock(&pool->mu);
    rc = pf__pool_submit(pool, j);
    pthread_mutex_unlock(&pool->mu);
    if (rc < 0) {
        pf__pool_job_unref(j);
        return rc;
    }
    *out = (pf_pool_async_t *)j;
    return 0;
}

/* ---- async results ---- */

static struct job *async_job(pf_pool_async_t *a)
{
    return a ? &a->job : NULL;
}

int pf_pool_async_wait(pf_pool_async_t *a, double timeout)
{
    struct job *j = async_job(a);
    if (!j)
        return PF_EINVAL;
    if (atomic_load(&j->ready))
        return 0;
    pf_pool_t *pool = j->pool;
    if (pf__pool_foreign(pool))
        return PF_ESTATE;
    pthread_mutex_lock(&pool->mu);
    int rc = pf__pool_pump_until(pool, pf__pool_job_ready, j,
                                 pf__deadline_in(timeout));
    pthread_mutex_unlock(&pool->mu);
    return rc;
}

int pf_pool_async_get(pf_pool_async_t *a, double timeout)
{
    int rc = pf_pool_async_wait(a, timeout);
    if (rc < 0)
        return rc;
    return pf__pool_map_result(async_job(a));
}

bool pf_pool_async_ready(pf_pool_async_t *a)
{
    struct job *j = async_job(a);
    return j && atomic_load(&j->ready);
}

bool pf_pool_async_successful(pf_pool_async_t *a)
{
    struct job *j = async_job(a);
    return j && atomic_load(&j->ready) && !j->failed;
}

int pf_pool_async_value(pf_pool_async_t *a, const void **data, size_t *len)
{
    struct job *j = async_job(a);
    if (!j || !data)
        return PF_EINVAL;
    if (!atomic_load(&j->complete))
        return PF_ESTATE;
    if (j->failed)
        return j->failure.code;
    *data = j->apply.result;
    if (len)
        *len = j->apply.result_len;
    return 0;
}

int pf_pool_async_failure(pf_pool_async_t *a, pf_pool_failure_t *f)
{
    struct job *j = async_job(a);
    if (!j || !f)
        return PF_EINVAL;
    if (!atomic_load(&j->complete) || !j->failed)
        return PF_ESTATE;
    *f = j->failure;
    return 0;
}

void pf_pool_async_free(pf_pool_async_t *a)
{
    pf__pool_job_unref(async_job(a));
}
