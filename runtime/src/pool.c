/* pool.c - pf_pool: create, close, join, terminate and free a pool, and
 * its result thread (async work and callbacks).  The other parent-side
 * modules are listed in pool_internal.h. */
#include <errno.h>
#include <poll.h>
#include <stdlib.h>
#include <string.h>
#include <sys/eventfd.h>
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

void pf__pool_wake_bg(pf_pool_t *pool)
{
    if (pool->bg_polling) {
        pool->bg_polling = false;
        uint64_t one = 1;
        ssize_t n = write(pool->wake_fd, &one, sizeof one);
        (void)n; /* EAGAIN: the counter is already non-zero */
    }
    pf__pool_notify(pool);
}

/* Lock held; the result thread has nothing to pump.  Sleep without the
 * lock until woken (pf__pool_wake_bg) or a worker exits: a worker killed
 * while the pool is idle is reaped and replaced at once, so it does not
 * linger as a zombie and the next task goes to a live worker.  Without
 * pidfds (descriptor limit, old kernel) the workers are checked every
 * 100 ms instead. */
static void idle_sleep(pf_pool_t *pool)
{
    struct pollfd fds[1 + pool->nw];
    int n = 0, timeout = -1;
    fds[n++] = (struct pollfd){.fd = pool->wake_fd, .events = POLLIN};
    for (int i = 0; i < pool->nw; i++) {
        const pf__child_t *c = &pool->w[i].child;
        if (c->pid > 0 && c->pidfd >= 0)
            fds[n++] = (struct pollfd){.fd = c->pidfd, .events = POLLIN};
        else if (c->pid > 0)
            timeout = 100;
    }
    pool->bg_polling = true;
    pthread_mutex_unlock(&pool->mu);
    int rc = poll(fds, (nfds_t)n, timeout);
    pthread_mutex_lock(&pool->mu);
    pool->bg_polling = false;
    if (rc > 0 && (fds[0].revents & POLLIN)) {
        uint64_t count;
        ssize_t got = read(pool->wake_fd, &count, sizeof count);
        (void)got;
    }
    bool exited = timeout > 0 && rc == 0;
    for (int k = 1; k < n && rc > 0; k++)
        exited |= fds[k].revents != 0;
    if (exited)
        pf__pool_check_workers(pool, true);
}

/* The result thread: forks the workers (at creation and as replacements),
 * keeps async work moving and runs callbacks.  While no async result is
 * outstanding it sleeps in idle_sleep, watching the workers. */
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
        uint32_t seen =
            __atomic_load_n(&pool->sh->parent_word, __ATOMIC_SEQ_CST);
        pf__pool_pump(pool);
        run_callbacks(pool);
        if (pool->bg_stop && !pool->cb_head)
            break;
        if (pool->async_busy == 0 || pool->bg_stop) {
            if (!pool->bg_stop && !pool->spawn_wanted)
                idle_sleep(pool);
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

/* Release what pool_new made before the result thread (mapping, arrays,
 * eventfd, the mutex and condition when `sync` is set). */
static void release(pf_pool_t *pool, bool sync)
{
    if (sync) {
        pthread_mutex_destroy(&pool->mu);
        pthread_cond_destroy(&pool->start_cond);
    }
    pf__close(pool->wake_fd);
    pf__unmap_shared(pool->map, pool->map_size);
    free(pool->w);
    free(pool);
}

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
    pool->owner = pf__pid();
    pool->wake_fd = -1;
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
    if (!pool->map || !pool->w) {
        release(pool, false);
        return PF_ENOMEM;
    }
    for (int i = 0; i < pool->nw; i++) {
        pool->w[i].sock = -1;
        pool->w[i].child = (pf__child_t){0, -1};
    }
    pool->sh = pool->map;
    /* The slots end where the page-aligned rings begin. */
    pool->slots = (struct pool_slot *)((char *)pool->map + before - slots);
    pool->ring_base = before;
    pool->wake_fd = pf__inject_hit(PF__INJECT_EVENTFD)
                        ? -1
                        : eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
    if (pool->wake_fd < 0) {
        int rc = pf__from_errno(errno);
        release(pool, false);
        return rc;
    }
    pthread_condattr_t ca;
    pthread_condattr_init(&ca);
    pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
    pthread_cond_init(&pool->start_cond, &ca);
    pthread_condattr_destroy(&ca);
    pthread_mutex_init(&pool->mu, NULL);
    /* The result thread forks the workers (see request_spawn). */
    pthread_mutex_lock(&pool->mu);
    int rc = pf__inject_hit(PF__INJECT_THREAD)
                 ? errno
                 : pthread_create(&pool->bg, NULL, result_thread, pool);
    if (rc != 0) {
        pthread_mutex_unlock(&pool->mu);
        release(pool, true);
        return pf__from_errno(rc);
    }
    pool->bg_started = true;
    while (!pool->started)
        pthread_cond_wait(&pool->start_cond, &pool->mu);
    rc = pool->start_rc;
    pthread_mutex_unlock(&pool->mu);
    if (rc != 0) {
        /* Some worker could not be forked: stop the ones that were, and
         * the result thread, and release everything (pf_pool_free). */
        pf_pool_free(pool);
        return rc;
    }
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
    int pid = (int)p->w[i].child.pid;
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
        /* A forked copy: release this process's memory and its copies of
         * the descriptors only; the pool and its workers belong to the
         * owner. */
        for (int i = 0; i < pool->nw; i++) {
            pf__close(pool->w[i].sock);
            pf__child_forget(&pool->w[i].child);
        }
        release(pool, false);
        return;
    }
    pthread_mutex_lock(&pool->mu);
    /* An idle pool stops gracefully (workers flush their output, as after
     * join); a working one is terminated. */
    if ((pool->state == POOL_RUN || pool->state == POOL_CLOSED) &&
        pool->started && pool_idle(pool) && !pool->pend_head &&
        pool->inflight == 0)
        pf__pool_stop_workers(pool, 1.0);
    else
        pf__pool_terminate_locked(pool);
    pool->bg_stop = true;
    pf__pool_wake_bg(pool);
    pthread_mutex_unlock(&pool->mu);
    pthread_join(pool->bg, NULL);
    /* Nothing is pending or in flight any more; only jobs still held by
     * their callers survive (their handles never touch the pool again:
     * they are ready). */
    release(pool, true);
}
