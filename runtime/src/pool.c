/* pool.c - pf_pool: create, close, join, terminate and free a pool, and
 * its result thread (async work and callbacks).  The other parent-side
 * modules are listed in pool_internal.h. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "pool_internal.h"

/* ---- the result thread ---- */

/* Lock held.  Run queued callbacks, one at a time, without the lock. */
static void run_callbacks(pf_pool_t *pool)
{
    while (pool->cb_head) {
        struct job *j = pool->cb_head;
        pool->cb_head = j->next_cb;
        if (!pool->cb_head)
            pool->cb_tail = NULL;
        pthread_mutex_unlock(&pool->mu);
        if (j->failed) {
            if (j->ecb)
                j->ecb((pf_pool_async_t *)j, j->failure.code, j->cb_arg);
        } else if (j->cb) {
            j->cb((pf_pool_async_t *)j, j->cb_arg);
        }
        pthread_mutex_lock(&pool->mu);
        atomic_store(&j->ready, true);
        pool->async_busy--;
        pf__pool_maybe_drop(pool, j);
        pf__pool_notify(pool);
    }
}

/* The result thread: keeps async work moving and runs callbacks.  Sleeps
 * on a condition variable while no async result is outstanding. */
static void *result_thread(void *arg)
{
    pf_pool_t *pool = arg;
    pthread_mutex_lock(&pool->mu);
    pool->start_rc = pf__pool_spawn_missing(pool);
    pool->started = true;
    pthread_cond_broadcast(&pool->start_cond);
    for (;;) {
        if (pool->spawn_wanted)
            pf__pool_spawn_missing(pool);
        uint32_t seen = atomic_load(&pool->sh->parent_seq);
        pf__pool_pump(pool);
        run_callbacks(pool);
        if (pool->bg_stop && !pool->cb_head)
            break;
        if (pool->async_busy == 0 || pool->bg_stop) {
            if (!pool->bg_stop && !pool->spawn_wanted)
                pthread_cond_wait(&pool->bg_cond, &pool->mu);
            continue;
        }
        pthread_mutex_unlock(&pool->mu);
        pf__pool_wait(pool, seen,
                      pool->opt.task_timeout > 0 ? CHECK_NS : SLEEP_MAX_NS);
        pthread_mutex_lock(&pool->mu);
    }
    pthread_mutex_unlock(&pool->mu);
    return NULL;
}

/* ---- create, close, join, terminate, free ---- */

int pf_pool_new(const pf_pool_options_t *opts, pf_pool_t **out)
{
    if (!out)
        return PF_EINVAL;
    *out = NULL;
    pf_pool_options_t o = {0};
    if (opts)
        o = *opts;
    if (o.workers < 0 || o.workers > 1024 || o.task_timeout != o.task_timeout)
        return PF_EINVAL;
    if (o.ring_bytes > ((size_t)1 << 30))
        return PF_EINVAL;
    if (o.workers == 0)
        o.workers = pf_cpu_count();
    size_t cap = 4096;
    size_t want = o.ring_bytes ? o.ring_bytes : DEFAULT_RING;
    while (cap < want)
        cap *= 2;
    pf_pool_t *pool = calloc(1, sizeof *pool);
    if (!pool)
        return PF_ENOMEM;
    pool->opt = o;
    pool->nw = o.workers;
    pool->cap = cap;
    pool->apply_ns = 100000;
    pool->tty = o.progress_line && isatty(STDERR_FILENO);
    size_t head = sizeof(struct pool_shared);
    head = (head + 63) & ~(size_t)63;
    size_t rings = (size_t)pool->nw * 2 * cap;
    size_t slots = (size_t)pool->nw * sizeof(struct pool_slot);
    size_t page = pf__page_size();
    size_t before = (head + slots + page - 1) & ~(page - 1);
    pool->map_size = before + rings;
    pool->map = pf__map_shared(pool->map_size);
    pool->w = calloc((size_t)pool->nw, sizeof *pool->w);
    int rc = pool->map && pool->w ? 0 : PF_ENOMEM;
    if (rc == 0) {
        pool->sh = pool->map;
        /* The slots end where the page-aligned rings begin. */
        pool->slots = (struct pool_slot *)((char *)pool->map + before - slots);
        pool->ring_base = before;
        rc = pthread_mutex_init(&pool->mu, NULL) ? PF_ENOMEM : 0;
    }
    if (rc == 0) {
        pthread_condattr_t ca;
        pthread_condattr_init(&ca);
        pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
        pthread_cond_init(&pool->bg_cond, &ca);
        pthread_cond_init(&pool->start_cond, &ca);
        pthread_condattr_destroy(&ca);
    }
    if (rc != 0) {
        pf__unmap_shared(pool->map, pool->map_size);
        free(pool->w);
        free(pool);
        return rc;
    }
    for (int i = 0; i < pool->nw; i++)
        pool->w[i].sock = -1;
    /* The result thread forks the workers (see request_spawn). */
    pthread_mutex_lock(&pool->mu);
    rc = pthread_create(&pool->bg, NULL, result_thread, pool);
    if (rc == 0) {
        pool->bg_started = true;
        while (!pool->started)
            pthread_cond_wait(&pool->start_cond, &pool->mu);
        rc = pool->start_rc;
    } else {
        rc = pf__from_errno(rc);
    }
    pthread_mutex_unlock(&pool->mu);
    if (rc != 0) {
        pf_pool_free(pool);
        return rc;
    }
    pool->owner = pf__pid();
    *out = pool;
    return 0;
}

int pf_pool_workers(const pf_pool_t *pool)
{
    return pool ? pool->nw : PF_EINVAL;
}

int pf_pool_worker_pid(const pf_pool_t *pool, int i)
{
    if (!pool || i < 0 || i >= pool->nw)
        return PF_EINVAL;
    pf_pool_t *p = (pf_pool_t *)pool;
    pthread_mutex_lock(&p->mu);
    int pid = (int)p->w[i].pid;
    pthread_mutex_unlock(&p->mu);
    return pid;
}

/* True in a forked copy of the pool's creator (a loop worker, a pool
 * worker, a pf_process child).  There the result thread does not exist,
 * the mutex may have been copied while held, and the workers are not its
 * children: every call but free fails with PF_ESTATE instead of hanging or
 * killing the owner's workers. */
bool pf__pool_foreign(const pf_pool_t *pool)
{
    return pool->owner != pf__pid();
}

int pf_pool_close(pf_pool_t *pool)
{
    if (!pool)
        return PF_EINVAL;
    if (pf__pool_foreign(pool))
        return PF_ESTATE;
    pthread_mutex_lock(&pool->mu);
    if (pool->state == POOL_RUN)
        pool->state = POOL_CLOSED;
    pthread_mutex_unlock(&pool->mu);
    return 0;
}

int pf_pool_terminate(pf_pool_t *pool)
{
    if (!pool)
        return PF_EINVAL;
    if (pf__pool_foreign(pool))
        return PF_ESTATE;
    pthread_mutex_lock(&pool->mu);
    pf__pool_terminate_locked(pool);
    pthread_mutex_unlock(&pool->mu);
    return 0;
}

static bool pool_idle(void *ctx)
{
    pf_pool_t *pool = ctx;
    return pool->unfinished == 0 && pool->async_busy == 0;
}

int pf_pool_join(pf_pool_t *pool, double timeout)
{
    if (!pool)
        return PF_EINVAL;
    if (pf__pool_foreign(pool))
        return PF_ESTATE;
    pthread_mutex_lock(&pool->mu);
    int rc = 0;
    if (pool->state == POOL_RUN) {
        rc = PF_ESTATE;
    } else if (pool->state == POOL_CLOSED) {
        rc = pf__pool_pump_until(pool, pool_idle, pool,
                                 pf__deadline_in(timeout));
        if (rc == 0) {
            pf__pool_stop_workers(pool, 5.0);
        }
    } else if (pool->state == POOL_TERMINATED) {
        rc = pf__pool_pump_until(pool, pool_idle, pool,
                                 pf__deadline_in(timeout));
        if (rc == 0)
            pool->state = POOL_JOINED;
    }
    pthread_mutex_unlock(&pool->mu);
    return rc;
}

void pf_pool_free(pf_pool_t *pool)
{
    if (!pool)
        return;
    if (pf__pool_foreign(pool)) {
        /* A forked copy: release this process's memory only; the pool
         * and its workers belong to the owner. */
        pf__unmap_shared(pool->map, pool->map_size);
        free(pool->w);
        free(pool);
        return;
    }
    pthread_mutex_lock(&pool->mu);
    /* An idle pool stops gracefully (workers flush their output, as after
     * join); a working one is terminated. */
    if ((pool->state == POOL_RUN || pool->state == POOL_CLOSED) &&
        pool->started && pool_idle(pool) && !pool->pend_head)
        pf__pool_stop_workers(pool, 1.0);
    else
        pf__pool_terminate_locked(pool);
    pool->bg_stop = true;
    pthread_cond_signal(&pool->bg_cond);
    bool bg = pool->bg_started;
    pthread_mutex_unlock(&pool->mu);
    pf__pool_notify(pool);
    if (bg)
        pthread_join(pool->bg, NULL);
    /* Nothing is pending or in flight any more; only jobs still held by
     * their callers survive (their handles never touch the pool again:
     * they are ready). */
    pthread_mutex_destroy(&pool->mu);
    pthread_cond_destroy(&pool->bg_cond);
    pthread_cond_destroy(&pool->start_cond);
    pf__unmap_shared(pool->map, pool->map_size);
    free(pool->w);
    free(pool);
}
