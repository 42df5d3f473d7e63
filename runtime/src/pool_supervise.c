/* pool_supervise.c - the lives of pf_pool's workers, from the parent:
 * fork, replace, reap, health checks, terminate and stop.  Every function
 * here runs with the pool's mutex held. */
#include <errno.h>
#include <signal.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include "pool_internal.h"

/* Worker i's task ring bytes; its result ring follows. */
static char *task_data(pf_pool_t *pool, int i)
{
    return (char *)pool->map + pool->ring_base + (size_t)i * 2 * pool->cap;
}

/* Lock held (or creating).  Fork worker i on fresh rings.  Returns 0 or
 * PF_E* (nothing of the worker is left then). */
static int spawn_worker(pf_pool_t *pool, int i)
{
    struct worker_handle *w = &pool->w[i];
    struct pool_slot *s = &pool->slots[i];
    int sv[2];
    if (pf__inject_hit(PF__INJECT_SOCKET) ||
        socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, sv) < 0)
        return pf__from_errno(errno);
    atomic_store(&s->task.tail, 0);
    atomic_store(&s->task.head, 0);
    __atomic_store_n(&s->task.data_word, 0, __ATOMIC_SEQ_CST);
    __atomic_store_n(&s->task.space_word, 0, __ATOMIC_SEQ_CST);
    atomic_store(&s->res.tail, 0);
    atomic_store(&s->res.head, 0);
    __atomic_store_n(&s->res.data_word, 0, __ATOMIC_SEQ_CST);
    __atomic_store_n(&s->res.space_word, 0, __ATOMIC_SEQ_CST);
    atomic_store(&s->busy, 0);
    atomic_store(&s->retiring, 0);
    atomic_store(&s->ready, 0);
    atomic_store(&s->deadline_ns, 0);
    atomic_store(&s->cur_tag, 0);
    char *td = task_data(pool, i);
    w->task = (struct ring_side){&s->task, td, pool->cap, 0};
    w->res = (struct ring_side){&s->res, td + pool->cap, pool->cap, 0};
    w->fhead = w->fcount = 0;
    w->sent = 0;
    w->timed_out = false;
    pid_t pid = pf__child_fork(&w->child, PF__FORK_WORKER);
    if (pid == 0) {
        /* The worker: drop the parent's descriptors for the others. */
        for (int k = 0; k < pool->nw; k++) {
            if (k != i && pool->w[k].sock >= 0)
                close(pool->w[k].sock);
            if (k != i)
                pf__child_forget(&pool->w[k].child);
        }
        pf__close(pool->wake_fd);
        close(sv[0]);
        pf__pool_worker_main(pool->sh, s, td, td + pool->cap, pool->cap, sv[1],
                             pool->opt.initializer, pool->opt.initarg,
                             pool->opt.maxtasksperchild);
    }
    pf__close(sv[1]);
    if (pid < 0) {
        pf__close(sv[0]);
        w->sock = -1;
        return pid;
    }
    w->sock = sv[0];
    w->pid_seen = pid;
    return 0;
}

int pf__pool_spawn_missing(pf_pool_t *pool)
{
    pool->spawn_wanted = false;
    int rc = 0;
    if (pool->state != POOL_RUN && pool->state != POOL_CLOSED)
        return 0;
    for (int i = 0; i < pool->nw; i++)
        if (pool->w[i].child.pid <= 0) {
            int r = spawn_worker(pool, i);
            if (r < 0 && rc == 0)
                rc = r;
        }
    pf__pool_notify(pool);
    return rc;
}

/* Only the result thread forks, because PR_SET_PDEATHSIG ties a worker's
 * life to the thread that forked it: the result thread lives exactly as
 * long as the pool. */
void pf__pool_request_spawn(pf_pool_t *pool)
{
    if (pool->state != POOL_RUN && pool->state != POOL_CLOSED)
        return;
    pool->spawn_wanted = true;
    if (pool->bg_started && pthread_equal(pthread_self(), pool->bg))
        pf__pool_spawn_missing(pool);
    else
        pf__pool_wake_bg(pool);
}

/* Collect what worker i published, fail the item it was running, send
 * the rest of its work again, and fork a replacement while the pool runs.
 * A status reaped elsewhere (PF__STATUS_UNKNOWN: a SIGCHLD handler or
 * SIGCHLD ignored) fails the running item with signal 0 and exit status
 * -1; a retiring worker (maxtasksperchild) is taken at its word then. */
void pf__pool_worker_died(pf_pool_t *pool, int i, int status)
{
    struct worker_handle *w = &pool->w[i];
    struct pool_slot *s = &pool->slots[i];
    pid_t pid = w->pid_seen;
    pf__pool_drain(pool, i);
    bool unknown = status == PF__STATUS_UNKNOWN;
    int sig = !unknown && WIFSIGNALED(status) ? WTERMSIG(status) : 0;
    int ex = !unknown && WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    bool retiring = atomic_load(&s->retiring) && (ex == 0 || unknown);
    bool busy = atomic_load(&s->busy);
    bool early = !atomic_load(&s->ready);
    uint64_t tag = atomic_load(&s->cur_tag);
    uint32_t item = atomic_load(&s->cur_item);
    struct job *touched[MAX_FLIGHT];
    unsigned nt = 0;
    for (unsigned q = 0; q < w->fcount; q++) {
        struct flight *f = &w->flights[(w->fhead + q) % MAX_FLIGHT];
        struct job *j = f->job;
        size_t from = f->first + f->done, end = f->first + f->count;
        /* The record it was running (results of earlier ones that it
         * had not yet published are lost and their items run again). */
        if (!retiring && busy && tag == f->tag && item >= f->done &&
            item < f->count) {
            size_t k = f->first + item;
            pf__pool_requeue(pool, j, from, k - from);
            bool to = w->timed_out && w->to_tag == tag && w->to_item == item;
            pf_pool_failure_t fl = {k, to ? PF_ETIMEDOUT : PF_EWORKER, sig, ex,
                                    (int)pid};
            pf__pool_items_failed(pool, j, k, 1, fl);
            pf__pool_requeue(pool, j, k + 1, end - k - 1);
        } else {
            pf__pool_requeue(pool, j, from, end - from);
        }
        j->inflight--;
        pool->inflight--;
        /* Once each: the first drop may free the job. */
        unsigned t = 0;
        while (t < nt && touched[t] != j)
            t++;
        if (t == nt)
            touched[nt++] = j;
    }
    w->fcount = 0;
    pf__close(w->sock);
    w->sock = -1;
    pf__child_forget(&w->child); /* reaped already; no-op then */
    for (unsigned q = 0; q < nt; q++)
        pf__pool_maybe_drop(pool, touched[q]);
    /* A worker that dies before its initializer returns (a crashing
     * initializer) would be replaced forever: after three in a row, fail
     * the pending work instead of hanging. */
    if (early && (pool->state == POOL_RUN || pool->state == POOL_CLOSED)) {
        if (++pool->early_deaths >= 3) {
            pf_pool_failure_t fl = {0, PF_EWORKER, sig, ex, (int)pid};
            while (pool->pend_head)
                pf__pool_fail_rest(pool, pool->pend_head, fl);
            pool->early_deaths = 0;
        }
    } else if (!early) {
        pool->early_deaths = 0;
    }
    pf__pool_request_spawn(pool);
}

void pf__pool_worker_lost(pf_pool_t *pool, int i)
{
    struct worker_handle *w = &pool->w[i];
    pf__pool_worker_died(pool, i, pf__child_kill(&w->child));
}

bool pf__pool_check_workers(pf_pool_t *pool, bool force)
{
    int64_t now = pf__now_ns();
    if (!force && now - pool->last_check < CHECK_NS)
        return false;
    pool->last_check = now;
    bool any = false;
    for (int i = 0; i < pool->nw; i++) {
        struct worker_handle *w = &pool->w[i];
        if (w->child.pid <= 0) {
            pf__pool_request_spawn(pool);
            continue;
        }
        int status;
        if (pf__child_reap(&w->child, &status)) {
            pf__pool_worker_died(pool, i, status);
            any = true;
            continue;
        }
        struct pool_slot *s = &pool->slots[i];
        int64_t dl = atomic_load(&s->deadline_ns);
        if (dl && now > dl && atomic_load(&s->busy)) {
            w->timed_out = true;
            w->to_tag = atomic_load(&s->cur_tag);
            w->to_item = atomic_load(&s->cur_item);
            pf__pool_worker_died(pool, i, pf__child_kill(&w->child));
            any = true;
        }
    }
    return any;
}

/* Their records go back to their jobs, which are then canceled. */
void pf__pool_terminate_locked(pf_pool_t *pool)
{
    if (pool->state == POOL_TERMINATED || pool->state == POOL_JOINED)
        return;
    pool->state = POOL_TERMINATED;
    for (int i = 0; i < pool->nw; i++)
        pf__child_signal(&pool->w[i].child, SIGKILL);
    for (int i = 0; i < pool->nw; i++) {
        struct worker_handle *w = &pool->w[i];
        if (w->child.pid <= 0)
            continue;
        int status = pf__child_kill(&w->child);
        /* Keep what it finished; the rest is requeued, then canceled. */
        atomic_store(&pool->slots[i].busy, 0);
        pf__pool_worker_died(pool, i, status);
    }
    pf_pool_failure_t f = {0, PF_ECANCELED, 0, -1, 0};
    while (pool->pend_head)
        pf__pool_fail_rest(pool, pool->pend_head, f);
    pf__pool_notify(pool);
}

/* A STOP record makes a worker flush its stdio and exit. */
void pf__pool_stop_workers(pf_pool_t *pool, double grace)
{
    pool->state = POOL_JOINED;
    for (int i = 0; i < pool->nw; i++) {
        struct worker_handle *w = &pool->w[i];
        if (w->child.pid <= 0)
            continue;
        struct task_rec *t = ring_reserve(&w->task, ring_round(TASK_HDR));
        if (t) {
            memset(t, 0, sizeof *t);
            t->h.size = (uint32_t)ring_round(TASK_HDR);
            t->h.kind = REC_STOP;
            w->task.pos += ring_round(TASK_HDR);
            ring_publish(&w->task, true);
        } else {
            pf__child_signal(&w->child, SIGKILL);
        }
    }
    pf__deadline_t d = pf__deadline_in(grace);
    for (int i = 0; i < pool->nw; i++) {
        struct worker_handle *w = &pool->w[i];
        int status = PF__STATUS_UNKNOWN;
        if (w->child.pid > 0 && pf__child_wait(&w->child, d, &status) != 1)
            status = pf__child_kill(&w->child);
        /* Records of abandoned calls (timed out) may still be in flight:
         * settle them, which drops their jobs. */
        if (w->fcount > 0) {
            atomic_store(&pool->slots[i].busy, 0);
            pf__pool_worker_died(pool, i, status);
        }
        pf__close(w->sock);
        w->sock = -1;
    }
}
