/* pool.c - pf_pool, the parent side: workers, job scheduling over the
 * shared rings, automatic chunking, faults, async results and callbacks. */
#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include "pool_internal.h"

#define MAX_FLIGHT 64              /* task records in flight per worker */
#define PARENT_SPIN_NS 20000       /* spin before sleeping on the futex */
#define CHECK_NS 2000000           /* worker health check period */
#define SLEEP_MAX_NS 20000000      /* longest futex sleep while waiting */
#define CHUNK_TARGET_NS 500000.0   /* automatic chunks aim at this */
#define DEPTH_TARGET_NS 200000.0   /* queued work per worker */
#define DEFAULT_RING (512u * 1024) /* bytes per ring */
#define IMAP_WINDOW_BYTES (4u << 20)

enum job_kind { JOB_APPLY, JOB_MAP, JOB_IMAP };
enum pool_state { POOL_RUN, POOL_CLOSED, POOL_TERMINATED, POOL_JOINED };
enum { ST_FREE = 0, ST_WAIT, ST_DONE };

struct range {
    size_t first, count;
};

/* One call: an apply, a map (sync or async) or an imap.  Referenced by
 * the pool while it has work or an unrun callback, and by the caller's
 * handle (async result, iterator, or the stack of a sync call). */
struct job {
    _Atomic int refs;
    int kind;
    pf_pool_t *pool;
    bool pool_ref;
    struct job *next_pending;
    bool in_pending;
    struct job *next_cb;
    pf_pool_map_args_t a;
    size_t n;
    size_t stride;   /* bytes per input item in a record */
    size_t star_hdr; /* bytes of element sizes after the header */
    size_t star_off[POOL_MAX_ARGS];
    /* apply */
    pf_pool_task_fn task_fn;
    const void *in;
    size_t in_len;
    void *in_copy;
    void *result;
    size_t result_len;
    bool apply_sent;
    /* scheduling */
    size_t next;
    struct range *rq;
    size_t nrq, caprq;
    size_t inflight;
    size_t chunk;
    double item_ns;
    bool measured;
    /* completion */
    size_t done;
    pf_pool_failure_t failure;
    bool failed;
    bool finished;
    bool canceled;
    int cancel_code;
    _Atomic bool complete; /* finished; its value may be read (also from
                              its callback) */
    _Atomic bool ready;
    bool abandoned;
    bool async;
    pf_pool_callback_fn cb;
    pf_pool_error_callback_fn ecb;
    void *cb_arg;
    /* imap window */
    bool ordered;
    size_t W, low, consumed;
    unsigned char *st;
    int *codes;
    char *buf;
    pf_pool_failure_t *fails;
    size_t *fifo;
    size_t fhead, fcount;
    int64_t last_draw;
    bool tty; /* draw a progress line */
};

/* An async result is its job. */
struct pf_pool_async {
    struct job job;
};

struct pf_pool_iter {
    struct job *job;
};

struct flight {
    struct job *job;
    size_t first;
    uint32_t count;
    uint32_t done; /* items reported so far */
    uint64_t tag;
};

/* The parent's view of one worker. */
struct worker {
    pid_t pid; /* 0 while dead */
    int sock;
    struct ring_side task; /* producer */
    struct ring_side res;  /* consumer */
    struct flight flights[MAX_FLIGHT];
    unsigned fhead, fcount;
    unsigned long sent; /* task records sent to this incarnation */
    bool timed_out;
    uint64_t to_tag;
    uint32_t to_item;
};

struct pf_pool {
    pid_t owner; /* the process that made it; only it may use it */
    pthread_mutex_t mu;
    pthread_cond_t bg_cond;    /* wakes the result thread */
    pthread_cond_t start_cond; /* the result thread forked the workers */
    pthread_t bg;
    bool bg_started, bg_stop;
    bool started; /* initial workers forked (start_rc says how) */
    int start_rc;
    bool spawn_wanted; /* a worker is missing: the result thread forks */
    pf_pool_options_t opt;
    int nw;
    size_t cap;
    void *map;
    size_t map_size;
    size_t ring_base; /* offset of the rings in the mapping */
    struct pool_shared *sh;
    struct pool_slot *slots;
    struct worker *w;
    struct job *pend_head, *pend_tail;
    struct job *cb_head, *cb_tail;
    size_t unfinished; /* jobs not finished */
    size_t async_busy; /* async jobs not ready */
    size_t inflight;   /* records in flight, all workers */
    int state;
    uint64_t next_tag;
    int64_t last_check;
    double apply_ns;
    bool tty;
    int early_deaths; /* workers in a row that died before any task */
};

/* ---- CPUs ---- */

/* ---- waiting ---- */

/* Wake every parent thread waiting for progress. */
static void notify_parents(pf_pool_t *pool)
{
    atomic_fetch_add(&pool->sh->parent_seq, 1);
    if (atomic_load(&pool->sh->parent_sleepers))
        futex_wake_all(&pool->sh->parent_seq);
}

/* Without the lock: wait until parent_seq moves from `seen`, spinning
 * briefly, then sleeping at most max_ns. */
static void parent_wait(pf_pool_t *pool, uint32_t seen, int64_t max_ns)
{
    _Atomic uint32_t *seq = &pool->sh->parent_seq;
    int64_t start = pf__now_ns();
    for (;;) {
        if (atomic_load_explicit(seq, memory_order_acquire) != seen)
            return;
        int64_t spent = pf__now_ns() - start;
        if (spent > PARENT_SPIN_NS)
            break;
        spin_step(spent);
    }
    atomic_fetch_add(&pool->sh->parent_sleepers, 1);
    if (atomic_load(seq) == seen)
        futex_wait_ns(seq, seen, max_ns);
    atomic_fetch_sub(&pool->sh->parent_sleepers, 1);
}

/* ---- jobs ---- */

static void job_unref(struct job *j)
{
    if (!j || atomic_fetch_sub(&j->refs, 1) != 1)
        return;
    free(j->rq);
    free(j->in_copy);
    free(j->result);
    free(j->st);
    free(j->codes);
    free(j->buf);
    free(j->fails);
    free(j->fifo);
    free(j);
}

/* Lock held.  Drop the pool's reference once the job needs nothing more
 * from the pool. */
static void maybe_drop(pf_pool_t *pool, struct job *j)
{
    if (!j->pool_ref || j->inflight || j->in_pending)
        return;
    if (!j->abandoned && !(j->finished && atomic_load(&j->ready)))
        return;
    j->pool_ref = false;
    PF__UNUSED(pool);
    job_unref(j);
}

static void pending_add(pf_pool_t *pool, struct job *j)
{
    if (j->in_pending)
        return;
    j->in_pending = true;
    j->next_pending = NULL;
    if (pool->pend_tail)
        pool->pend_tail->next_pending = j;
    else
        pool->pend_head = j;
    pool->pend_tail = j;
}

static void pending_remove(pf_pool_t *pool, struct job *j)
{
    struct job **pp = &pool->pend_head, *prev = NULL;
    while (*pp && *pp != j) {
        prev = *pp;
        pp = &(*pp)->next_pending;
    }
    if (!*pp)
        return;
    *pp = j->next_pending;
    if (pool->pend_tail == j)
        pool->pend_tail = prev;
    j->in_pending = false;
    j->next_pending = NULL;
}

static void draw_progress(pf_pool_t *pool, struct job *j, bool final)
{
    if (pool->opt.progress)
        pool->opt.progress(j->done, j->n, pool->opt.progress_arg);
    if (!j->tty)
        return;
    int64_t now = pf__now_ns();
    if (!final && now - j->last_draw < 100000000)
        return;
    j->last_draw = now;
    fprintf(stderr, "\rpfor pool: %zu/%zu items (%3.0f%%)%s", j->done, j->n,
            j->n ? 100.0 * (double)j->done / (double)j->n : 100.0,
            final ? "\n" : "");
}

/* Lock held.  Every item is accounted for: hand an async job to the
 * result thread for its callback, mark a sync one ready. */
static void job_finish(pf_pool_t *pool, struct job *j)
{
    j->finished = true;
    atomic_store(&j->complete, true);
    pool->unfinished--;
    if (j->kind != JOB_APPLY && (pool->opt.progress || j->tty))
        draw_progress(pool, j, true);
    if (j->async) {
        j->next_cb = NULL;
        if (pool->cb_tail)
            pool->cb_tail->next_cb = j;
        else
            pool->cb_head = j;
        pool->cb_tail = j;
        pthread_cond_signal(&pool->bg_cond);
    } else {
        atomic_store(&j->ready, true);
    }
    notify_parents(pool);
}

static void job_account(pf_pool_t *pool, struct job *j, size_t k)
{
    j->done += k;
    if (j->finished) /* an abandoned imap's late results */
        return;
    if (j->done == j->n)
        job_finish(pool, j);
    else if (j->kind != JOB_APPLY && (pool->opt.progress || j->tty))
        draw_progress(pool, j, false);
}

static void record_failure(struct job *j, const pf_pool_failure_t *f)
{
    if (!j->failed || f->index < j->failure.index) {
        j->failure = *f;
        j->failed = true;
    }
}

/* Lock held.  Items [idx, idx+count) succeeded with these outputs. */
static void items_ok(pf_pool_t *pool, struct job *j, size_t idx, size_t count,
                     const char *out)
{
    size_t osz = j->a.out_size;
    if (j->kind == JOB_MAP) {
        if (osz && j->a.out && out)
            memcpy((char *)j->a.out + idx * osz, out, count * osz);
        if (j->a.status)
            memset(j->a.status + idx, 0, count * sizeof(int));
    } else if (j->kind == JOB_IMAP && !j->abandoned) {
        for (size_t k = 0; k < count; k++) {
            size_t s = (idx + k) % j->W;
            if (osz)
                memcpy(j->buf + s * osz, out + k * osz, osz);
            j->codes[s] = 0;
            j->st[s] = ST_DONE;
            if (!j->ordered)
                j->fifo[(j->fhead + j->fcount++) % j->W] = idx + k;
        }
    }
    job_account(pool, j, count);
}

/* Lock held.  Items [idx, idx+count) failed with f (f->index is set to
 * each item's index). */
static void items_failed(pf_pool_t *pool, struct job *j, size_t idx,
                         size_t count, pf_pool_failure_t f)
{
    if (count == 0)
        return;
    f.index = idx;
    record_failure(j, &f);
    if (j->kind == JOB_MAP && j->a.status)
        for (size_t k = 0; k < count; k++)
            j->a.status[idx + k] = f.code;
    if (j->kind == JOB_IMAP && !j->abandoned) {
        for (size_t k = 0; k < count; k++) {
            size_t i = idx + k;
            /* Only items inside the window have a slot; a canceled job's
             * others are reported by pf_pool_iter_next as canceled. */
            if (i >= j->low + j->W || i >= j->next)
                continue;
            size_t s = i % j->W;
            if (!j->fails)
                j->fails = calloc(j->W, sizeof *j->fails);
            if (j->fails) {
                j->fails[s] = f;
                j->fails[s].index = i;
            }
            j->codes[s] = f.code;
            j->st[s] = ST_DONE;
            if (!j->ordered)
                j->fifo[(j->fhead + j->fcount++) % j->W] = i;
        }
    }
    job_account(pool, j, count);
}

/* Lock held.  Put items back to be sent again. */
static void requeue(pf_pool_t *pool, struct job *j, size_t first, size_t count)
{
    if (count == 0 || j->abandoned)
        return;
    if (j->kind == JOB_APPLY) {
        j->apply_sent = false;
    } else {
        if (j->nrq == j->caprq) {
            size_t cap = j->caprq ? j->caprq * 2 : 8;
            struct range *r = realloc(j->rq, cap * sizeof *r);
            if (!r) {
                pf_pool_failure_t f = {0, PF_ENOMEM, 0, -1, 0};
                items_failed(pool, j, first, count, f);
                return;
            }
            j->rq = r;
            j->caprq = cap;
        }
        j->rq[j->nrq++] = (struct range){first, count};
    }
    pending_add(pool, j);
}

/* Lock held.  Fail everything of j not yet done or in flight with f
 * (PF_ECANCELED by terminate). */
static void fail_rest(pf_pool_t *pool, struct job *j, pf_pool_failure_t f)
{
    pending_remove(pool, j);
    j->canceled = true;
    j->cancel_code = f.code;
    if (j->kind == JOB_APPLY) {
        if (!j->finished)
            items_failed(pool, j, 0, 1, f);
        return;
    }
    size_t nrq = j->nrq;
    j->nrq = 0;
    for (size_t r = 0; r < nrq; r++)
        items_failed(pool, j, j->rq[r].first, j->rq[r].count, f);
    if (j->next < j->n)
        items_failed(pool, j, j->next, j->n - j->next, f);
    j->next = j->n;
    maybe_drop(pool, j);
}

/* ---- workers ---- */

/* Worker i's task ring bytes; its result ring follows. */
static char *task_data(pf_pool_t *pool, int i)
{
    return (char *)pool->map + pool->ring_base + (size_t)i * 2 * pool->cap;
}

/* Lock held (or creating).  Fork worker i on fresh rings.  Returns 0 or
 * PF_E*. */
static int spawn_worker(pf_pool_t *pool, int i)
{
    struct worker *w = &pool->w[i];
    struct pool_slot *s = &pool->slots[i];
    int sv[2];
    if (socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, sv) < 0)
        return pf__from_errno(errno);
    atomic_store(&s->task.tail, 0);
    atomic_store(&s->task.head, 0);
    atomic_store(&s->task.consumer_sleeping, 0);
    atomic_store(&s->task.producer_sleeping, 0);
    atomic_store(&s->res.tail, 0);
    atomic_store(&s->res.head, 0);
    atomic_store(&s->res.consumer_sleeping, 0);
    atomic_store(&s->res.producer_sleeping, 0);
    atomic_store(&s->busy, 0);
    atomic_store(&s->retiring, 0);
    atomic_store(&s->deadline_ns, 0);
    atomic_store(&s->cur_tag, 0);
    char *td = task_data(pool, i);
    w->task = (struct ring_side){&s->task, td, pool->cap, 0};
    w->res = (struct ring_side){&s->res, td + pool->cap, pool->cap, 0};
    w->fhead = w->fcount = 0;
    w->sent = 0;
    w->timed_out = false;
    pid_t pid = pf__fork(PF__FORK_WORKER);
    if (pid == 0) {
        for (int k = 0; k < pool->nw; k++)
            if (k != i && pool->w[k].sock >= 0)
                close(pool->w[k].sock);
        close(sv[0]);
        pf__pool_worker_main(pool->sh, s, td, td + pool->cap, pool->cap, sv[1],
                             pool->opt.initializer, pool->opt.initarg,
                             pool->opt.maxtasksperchild);
    }
    pf__close(sv[1]);
    if (pid < 0) {
        pf__close(sv[0]);
        w->sock = -1;
        w->pid = 0;
        return pid;
    }
    w->pid = pid;
    w->sock = sv[0];
    return 0;
}

static bool drain_results(pf_pool_t *pool, int i);

/* Lock held; result thread only.  Fork every missing worker while the
 * pool runs.  Returns 0 or the first fork error. */
static int spawn_missing(pf_pool_t *pool)
{
    pool->spawn_wanted = false;
    int rc = 0;
    if (pool->state != POOL_RUN && pool->state != POOL_CLOSED)
        return 0;
    for (int i = 0; i < pool->nw; i++)
        if (pool->w[i].pid <= 0) {
            int r = spawn_worker(pool, i);
            if (r < 0 && rc == 0)
                rc = r;
        }
    notify_parents(pool);
    return rc;
}

/* Lock held.  Have the missing workers forked.  Only the result thread
 * forks, because PR_SET_PDEATHSIG ties a worker's life to the thread that
 * forked it: the result thread lives exactly as long as the pool. */
static void request_spawn(pf_pool_t *pool)
{
    if (pool->state != POOL_RUN && pool->state != POOL_CLOSED)
        return;
    pool->spawn_wanted = true;
    if (pool->bg_started && pthread_equal(pthread_self(), pool->bg)) {
        spawn_missing(pool);
    } else {
        pthread_cond_signal(&pool->bg_cond);
        notify_parents(pool);
    }
}

/* Lock held.  Worker i is gone (reaped, `status` from waitpid): collect
 * what it published, fail the item it was running, send the rest of its
 * work again, and fork a replacement while the pool runs. */
static void worker_died(pf_pool_t *pool, int i, int status)
{
    struct worker *w = &pool->w[i];
    struct pool_slot *s = &pool->slots[i];
    pid_t pid = w->pid;
    drain_results(pool, i);
    int sig = WIFSIGNALED(status) ? WTERMSIG(status) : 0;
    int ex = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    bool retiring = atomic_load(&s->retiring) && ex == 0;
    bool busy = atomic_load(&s->busy);
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
            requeue(pool, j, from, k - from);
            bool to = w->timed_out && w->to_tag == tag && w->to_item == item;
            pf_pool_failure_t fl = {k, to ? PF_ETIMEDOUT : PF_EWORKER, sig, ex,
                                    (int)pid};
            items_failed(pool, j, k, 1, fl);
            requeue(pool, j, k + 1, end - k - 1);
        } else {
            requeue(pool, j, from, end - from);
        }
        j->inflight--;
        pool->inflight--;
        touched[nt++] = j;
    }
    w->fcount = 0;
    pf__close(w->sock);
    w->sock = -1;
    w->pid = 0;
    for (unsigned q = 0; q < nt; q++)
        maybe_drop(pool, touched[q]);
    /* A worker that dies before its first task (in the initializer, say)
     * would be replaced forever: after three in a row, fail the pending
     * work instead of hanging. */
    if (tag == 0 && !retiring &&
        (pool->state == POOL_RUN || pool->state == POOL_CLOSED)) {
        if (++pool->early_deaths >= 3) {
            pf_pool_failure_t fl = {0, PF_EWORKER, sig, ex, (int)pid};
            while (pool->pend_head)
                fail_rest(pool, pool->pend_head, fl);
            pool->early_deaths = 0;
        }
    } else if (tag != 0) {
        pool->early_deaths = 0;
    }
    request_spawn(pool);
}

/* Lock held.  Reap dead workers, kill those past their task's deadline,
 * respawn missing ones.  Returns true when something changed. */
static bool check_workers(pf_pool_t *pool, bool force)
{
    int64_t now = pf__now_ns();
    if (!force && now - pool->last_check < CHECK_NS)
        return false;
    pool->last_check = now;
    bool any = false;
    for (int i = 0; i < pool->nw; i++) {
        struct worker *w = &pool->w[i];
        if (w->pid <= 0) {
            request_spawn(pool);
            continue;
        }
        int status;
        pid_t r = waitpid(w->pid, &status, WNOHANG);
        if (r == w->pid || (r < 0 && errno == ECHILD)) {
            /* ECHILD: someone else reaped it (a SIGCHLD handler, or
             * SIGCHLD ignored); its status is lost: report exit 255. */
            worker_died(pool, i, r == w->pid ? status : 255 << 8);
            any = true;
            continue;
        }
        struct pool_slot *s = &pool->slots[i];
        int64_t dl = atomic_load(&s->deadline_ns);
        if (dl && now > dl && atomic_load(&s->busy)) {
            w->timed_out = true;
            w->to_tag = atomic_load(&s->cur_tag);
            w->to_item = atomic_load(&s->cur_item);
            kill(w->pid, SIGKILL);
            while (waitpid(w->pid, &status, 0) < 0 && errno == EINTR)
                ;
            worker_died(pool, i, status);
            any = true;
        }
    }
    return any;
}

/* ---- results ---- */

/* Lock held.  Handle every result worker i has published. */
static bool drain_results(pf_pool_t *pool, int i)
{
    struct worker *w = &pool->w[i];
    bool any = false;
    struct ring_rec *rec;
    while (w->fcount && (rec = ring_peek(&w->res)) != NULL) {
        struct res_rec *r = (struct res_rec *)rec;
        struct flight *f = &w->flights[w->fhead];
        struct job *j = f->job;
        const char *payload = (const char *)r + RES_HDR;
        switch (r->h.kind) {
        case RES_RANGE: {
            if (r->count) {
                double per = (double)r->elapsed_ns / r->count;
                j->item_ns = j->measured ? 0.7 * j->item_ns + 0.3 * per : per;
                j->measured = true;
            }
            f->done = r->first + r->count;
            items_ok(pool, j, f->first + r->first, r->count, payload);
            break;
        }
        case RES_ERR: {
            f->done = r->first + 1;
            pf_pool_failure_t fl = {0, r->code, 0, -1, (int)w->pid};
            items_failed(pool, j, f->first + r->first, 1, fl);
            break;
        }
        case RES_BYTES: {
            void *buf = NULL;
            int rc = 0;
            if (r->h.flags & REC_F_BIG) {
                rc = pf__pool_recv_big_copy(w->sock, r->len, &buf);
            } else if (r->len) {
                buf = malloc(r->len);
                if (buf)
                    memcpy(buf, payload, r->len);
                else
                    rc = PF_ENOMEM;
            }
            pool->apply_ns = 0.7 * pool->apply_ns + 0.3 * r->elapsed_ns;
            f->done = 1;
            if (rc < 0) {
                pf_pool_failure_t fl = {0, rc, 0, -1, (int)w->pid};
                items_failed(pool, j, 0, 1, fl);
            } else {
                j->result = buf;
                j->result_len = r->len;
                items_ok(pool, j, 0, 1, NULL);
            }
            break;
        }
        default:
            break;
        }
        bool last = r->h.flags & REC_F_LAST;
        ring_release(&w->res, r->h.size);
        any = true;
        if (last) {
            w->fhead = (w->fhead + 1) % MAX_FLIGHT;
            w->fcount--;
            pool->inflight--;
            j->inflight--;
            maybe_drop(pool, j);
        }
    }
    return any;
}

/* ---- dispatch ---- */

/* Items of j that may be sent now, from `*first`: a requeued range or
 * the next fresh items (within an imap's window).  Returns the count. */
static size_t job_avail(struct job *j, size_t *first)
{
    if (j->kind == JOB_APPLY) {
        *first = 0;
        return j->apply_sent ? 0 : 1;
    }
    if (j->nrq) {
        *first = j->rq[j->nrq - 1].first;
        return j->rq[j->nrq - 1].count;
    }
    *first = j->next;
    size_t end = j->n;
    if (j->kind == JOB_IMAP && j->low + j->W < end)
        end = j->low + j->W;
    return j->next < end ? end - j->next : 0;
}

/* How many items the next chunk of j should hold (at most avail). */
static size_t chunk_count(pf_pool_t *pool, struct job *j, size_t avail)
{
    size_t c, nw = (size_t)pool->nw;
    if (j->kind == JOB_APPLY)
        return 1;
    if (j->a.chunksize) {
        c = j->a.chunksize;
    } else if (!j->measured) {
        c = j->chunk ? j->chunk * 2 : 1;
    } else {
        double t = CHUNK_TARGET_NS / (j->item_ns > 1.0 ? j->item_ns : 1.0);
        c = t > 1e9 ? 1000000000 : (size_t)t;
        size_t left = j->n - j->done;
        size_t share = (left + 2 * nw - 1) / (2 * nw);
        if (c > share)
            c = share;
    }
    size_t room = pool->cap / 4;
    size_t by_in =
        (room - TASK_HDR - j->star_hdr) / (j->stride ? j->stride : 1);
    size_t by_out = (room - RES_HDR) / (j->a.out_size ? j->a.out_size : 1);
    c = PF__MIN(c, PF__MIN(by_in, by_out));
    if (j->kind == JOB_IMAP)
        c = PF__MIN(c, PF__MAX(j->W / (4 * nw), (size_t)1));
    c = PF__MIN(c, avail);
    c = PF__MIN(c, (size_t)UINT32_MAX);
    if (c < 1)
        c = 1;
    if (!j->a.chunksize)
        j->chunk = c;
    return c;
}

/* Records of j a worker may hold: enough to cover DEPTH_TARGET_NS. */
static unsigned depth_limit(pf_pool_t *pool, struct job *j)
{
    double est;
    if (j->kind == JOB_APPLY)
        est = pool->apply_ns;
    else if (j->measured)
        est = j->item_ns * (double)(j->chunk ? j->chunk : 1);
    else
        return 2;
    if (est < 1)
        est = 1;
    double d = DEPTH_TARGET_NS / est;
    return d < 2 ? 2 : d > MAX_FLIGHT ? MAX_FLIGHT : (unsigned)d;
}

/* Copy item `idx` of j into a record at dst. */
static void copy_item(struct job *j, size_t idx, char *dst)
{
    if (j->a.star_fn) {
        for (size_t a = 0; a < j->a.nargs; a++)
            memcpy(dst + j->star_off[a],
                   (const char *)j->a.star_in[a] + idx * j->a.star_sizes[a],
                   j->a.star_sizes[a]);
    } else if (j->a.in) {
        memcpy(dst, (const char *)j->a.in + idx * j->a.in_size, j->a.in_size);
    } else if (j->a.gen) {
        j->a.gen(idx, dst, j->a.gen_arg);
    }
}

/* Lock held.  Send items [first, first+count) of j (or its apply) to
 * worker i.  Returns 1 sent, 0 when the ring is full, or PF_E* (the
 * items have then failed). */
static int send_record(pf_pool_t *pool, int i, struct job *j, size_t first,
                       size_t count)
{
    struct worker *w = &pool->w[i];
    bool big = false;
    size_t size;
    if (j->kind == JOB_APPLY) {
        big = TASK_HDR + j->in_len > pool->cap / 4;
        size = ring_round(TASK_HDR + (big ? 0 : j->in_len));
    } else {
        size = ring_round(TASK_HDR + j->star_hdr + count * j->stride);
    }
    struct task_rec *t = ring_reserve(&w->task, size);
    if (!t)
        return 0;
    t->h.size = (uint32_t)size;
    t->h.flags = big ? REC_F_BIG : 0;
    t->count = (uint32_t)count;
    t->nargs = (uint32_t)(j->a.star_fn ? j->a.nargs : 0);
    t->arg = (uint64_t)(uintptr_t)j->a.arg;
    t->out_size = j->a.out_size;
    t->timeout_ns = pool->opt.task_timeout > 0
                        ? (int64_t)(pool->opt.task_timeout * 1e9)
                        : 0;
    t->tag = ++pool->next_tag;
    char *payload = (char *)t + TASK_HDR;
    if (j->kind == JOB_APPLY) {
        t->h.kind = REC_TASK;
        t->fn = (uint64_t)(uintptr_t)j->task_fn;
        t->in_size = j->in_len;
        if (big) {
            int rc = pf__pool_send_big(w->sock, j->in, j->in_len);
            if (rc < 0)
                return rc;
        } else if (j->in_len) {
            memcpy(payload, j->in, j->in_len);
        }
    } else {
        t->h.kind = j->a.star_fn ? REC_STAR : REC_CHUNK;
        t->fn = j->a.star_fn ? (uint64_t)(uintptr_t)j->a.star_fn
                             : (uint64_t)(uintptr_t)j->a.fn;
        t->in_size = j->stride;
        if (j->a.star_fn) {
            uint64_t *sizes = (uint64_t *)payload;
            for (size_t a = 0; a < j->a.nargs; a++)
                sizes[a] = j->a.star_sizes[a];
            payload += j->star_hdr;
        }
        if (j->a.in && !j->a.star_fn && j->stride == j->a.in_size)
            memcpy(payload, (const char *)j->a.in + first * j->a.in_size,
                   count * j->a.in_size);
        else
            for (size_t k = 0; k < count; k++)
                copy_item(j, first + k, payload + k * j->stride);
    }
    w->task.pos += size;
    ring_publish(&w->task);
    struct flight *f = &w->flights[(w->fhead + w->fcount) % MAX_FLIGHT];
    *f = (struct flight){j, first, (uint32_t)count, 0, t->tag};
    w->fcount++;
    w->sent++;
    j->inflight++;
    pool->inflight++;
    return 1;
}

/* Lock held.  Send pending work to workers with room, oldest job first. */
static bool dispatch(pf_pool_t *pool)
{
    bool any = false;
    uint64_t full = 0; /* workers whose ring is full this round */
    struct job *j = pool->pend_head;
    while (j) {
        size_t first;
        size_t avail = job_avail(j, &first);
        if (avail == 0) {
            struct job *nx = j->next_pending;
            bool exhausted = j->kind == JOB_APPLY
                                 ? j->apply_sent
                                 : j->nrq == 0 && j->next >= j->n;
            if (exhausted) {
                pending_remove(pool, j);
                maybe_drop(pool, j);
            }
            j = nx;
            continue;
        }
        unsigned limit = depth_limit(pool, j);
        int best = -1;
        for (int i = 0; i < pool->nw; i++) {
            struct worker *w = &pool->w[i];
            if (w->pid <= 0 || (full >> (i & 63) & 1) || w->fcount >= limit)
                continue;
            if (pool->opt.maxtasksperchild &&
                w->sent >= pool->opt.maxtasksperchild)
                continue;
            if (best < 0 || w->fcount < pool->w[best].fcount)
                best = i;
        }
        if (best < 0)
            break;
        size_t count = chunk_count(pool, j, avail);
        int rc = send_record(pool, best, j, first, count);
        if (rc == 0) {
            full |= (uint64_t)1 << (best & 63);
            continue;
        }
        any = true;
        if (j->kind == JOB_APPLY) {
            j->apply_sent = true;
        } else if (j->nrq && j->rq[j->nrq - 1].first == first) {
            j->rq[j->nrq - 1].first += count;
            if ((j->rq[j->nrq - 1].count -= count) == 0)
                j->nrq--;
        } else {
            if (j->kind == JOB_IMAP)
                for (size_t k = 0; k < count; k++)
                    j->st[(first + k) % j->W] = ST_WAIT;
            j->next += count;
        }
        if (rc < 0) {
            /* The record was not sent (large payload failed). */
            pf_pool_failure_t fl = {0, rc, 0, -1, 0};
            items_failed(pool, j, first, count, fl);
        }
    }
    return any;
}

/* Lock held.  Collect results, check workers, send work. */
static bool pump(pf_pool_t *pool)
{
    bool any = false;
    for (int i = 0; i < pool->nw; i++)
        if (pool->w[i].fcount)
            any |= drain_results(pool, i);
    if (pool->inflight || pool->pend_head)
        any |= check_workers(pool, false);
    any |= dispatch(pool);
    return any;
}

/* Lock held.  Pump and wait until done(ctx) or the deadline.  Returns 0 or
 * PF_ETIMEDOUT. */
static int pump_until(pf_pool_t *pool, bool (*done)(void *), void *ctx,
                      pf__deadline_t d)
{
    for (;;) {
        uint32_t seen = atomic_load(&pool->sh->parent_seq);
        pump(pool);
        if (done(ctx))
            return 0;
        if (pf__deadline_passed(d))
            return PF_ETIMEDOUT;
        int64_t max = pool->opt.task_timeout > 0 ? CHECK_NS : SLEEP_MAX_NS;
        if (d.ns != INT64_MAX) {
            int64_t left = d.ns - pf__now_ns();
            if (left < max)
                max = left > 0 ? left : 0;
        }
        pthread_mutex_unlock(&pool->mu);
        parent_wait(pool, seen, max);
        pthread_mutex_lock(&pool->mu);
    }
}

static bool job_ready(void *ctx)
{
    return atomic_load(&((struct job *)ctx)->ready);
}

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
        maybe_drop(pool, j);
        notify_parents(pool);
    }
}

/* The result thread: keeps async work moving and runs callbacks.  Sleeps
 * on a condition variable while no async result is outstanding. */
static void *result_thread(void *arg)
{
    pf_pool_t *pool = arg;
    pthread_mutex_lock(&pool->mu);
    pool->start_rc = spawn_missing(pool);
    pool->started = true;
    pthread_cond_broadcast(&pool->start_cond);
    for (;;) {
        if (pool->spawn_wanted)
            spawn_missing(pool);
        uint32_t seen = atomic_load(&pool->sh->parent_seq);
        pump(pool);
        run_callbacks(pool);
        if (pool->bg_stop && !pool->cb_head)
            break;
        if (pool->async_busy == 0 || pool->bg_stop) {
            if (!pool->bg_stop && !pool->spawn_wanted)
                pthread_cond_wait(&pool->bg_cond, &pool->mu);
            continue;
        }
        pthread_mutex_unlock(&pool->mu);
        parent_wait(pool, seen,
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
static bool foreign(const pf_pool_t *pool)
{
    return pool->owner != pf__pid();
}

int pf_pool_close(pf_pool_t *pool)
{
    if (!pool)
        return PF_EINVAL;
    if (foreign(pool))
        return PF_ESTATE;
    pthread_mutex_lock(&pool->mu);
    if (pool->state == POOL_RUN)
        pool->state = POOL_CLOSED;
    pthread_mutex_unlock(&pool->mu);
    return 0;
}

/* Lock held.  Kill and reap every worker; their records go back to their
 * jobs, which are then canceled. */
static void terminate_locked(pf_pool_t *pool)
{
    if (pool->state == POOL_TERMINATED || pool->state == POOL_JOINED)
        return;
    pool->state = POOL_TERMINATED;
    for (int i = 0; i < pool->nw; i++)
        if (pool->w[i].pid > 0)
            kill(pool->w[i].pid, SIGKILL);
    for (int i = 0; i < pool->nw; i++) {
        struct worker *w = &pool->w[i];
        if (w->pid <= 0)
            continue;
        int status;
        while (waitpid(w->pid, &status, 0) < 0 && errno == EINTR)
            ;
        /* Keep what it finished; the rest is requeued, then canceled. */
        atomic_store(&pool->slots[i].busy, 0);
        worker_died(pool, i, status);
    }
    pf_pool_failure_t f = {0, PF_ECANCELED, 0, -1, 0};
    while (pool->pend_head)
        fail_rest(pool, pool->pend_head, f);
    notify_parents(pool);
}

int pf_pool_terminate(pf_pool_t *pool)
{
    if (!pool)
        return PF_EINVAL;
    if (foreign(pool))
        return PF_ESTATE;
    pthread_mutex_lock(&pool->mu);
    terminate_locked(pool);
    pthread_mutex_unlock(&pool->mu);
    return 0;
}

static bool pool_idle(void *ctx)
{
    pf_pool_t *pool = ctx;
    return pool->unfinished == 0 && pool->async_busy == 0;
}

/* Lock held; the pool has no work left.  Send every worker a STOP record
 * (it flushes its stdio and exits), reap them, and SIGKILL any still
 * alive after `grace` seconds.  The pool is then joined. */
static void stop_workers(pf_pool_t *pool, double grace)
{
    pool->state = POOL_JOINED;
    for (int i = 0; i < pool->nw; i++) {
        struct worker *w = &pool->w[i];
        if (w->pid <= 0)
            continue;
        struct task_rec *t = ring_reserve(&w->task, ring_round(TASK_HDR));
        if (t) {
            memset(t, 0, sizeof *t);
            t->h.size = (uint32_t)ring_round(TASK_HDR);
            t->h.kind = REC_STOP;
            w->task.pos += ring_round(TASK_HDR);
            ring_publish(&w->task);
        } else {
            kill(w->pid, SIGKILL);
        }
    }
    pf__deadline_t d = pf__deadline_in(grace);
    for (int i = 0; i < pool->nw; i++) {
        struct worker *w = &pool->w[i];
        while (w->pid > 0) {
            pid_t r = waitpid(w->pid, NULL, WNOHANG);
            if (r == w->pid || (r < 0 && errno != EINTR)) {
                w->pid = 0;
            } else if (pf__deadline_passed(d)) {
                kill(w->pid, SIGKILL);
                while (waitpid(w->pid, NULL, 0) < 0 && errno == EINTR)
                    ;
                w->pid = 0;
            } else {
                usleep(500);
            }
        }
        if (w->sock >= 0)
            pf__close(w->sock);
        w->sock = -1;
    }
}

int pf_pool_join(pf_pool_t *pool, double timeout)
{
    if (!pool)
        return PF_EINVAL;
    if (foreign(pool))
        return PF_ESTATE;
    pthread_mutex_lock(&pool->mu);
    int rc = 0;
    if (pool->state == POOL_RUN) {
        rc = PF_ESTATE;
    } else if (pool->state == POOL_CLOSED) {
        rc = pump_until(pool, pool_idle, pool, pf__deadline_in(timeout));
        if (rc == 0) {
            stop_workers(pool, 5.0);
        }
    } else if (pool->state == POOL_TERMINATED) {
        rc = pump_until(pool, pool_idle, pool, pf__deadline_in(timeout));
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
    if (foreign(pool)) {
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
        stop_workers(pool, 1.0);
    else
        terminate_locked(pool);
    pool->bg_stop = true;
    pthread_cond_signal(&pool->bg_cond);
    bool bg = pool->bg_started;
    pthread_mutex_unlock(&pool->mu);
    notify_parents(pool);
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

/* ---- submitting ---- */

/* Check a map-like call's arguments and build its job (one reference for
 * the caller).  Returns 0 or PF_E*; *out is NULL when n == 0. */
static int new_map_job(pf_pool_t *pool, const pf_pool_map_args_t *a, int kind,
                       struct job **out)
{
    *out = NULL;
    if (!pool || !a)
        return PF_EINVAL;
    if (foreign(pool))
        return PF_ESTATE;
    if (!a->fn == !a->star_fn)
        return PF_EINVAL;
    if (a->star_fn) {
        if (a->nargs == 0 || a->nargs > POOL_MAX_ARGS || !a->star_in ||
            !a->star_sizes)
            return PF_EINVAL;
        for (size_t k = 0; k < a->nargs; k++)
            if (!a->star_in[k] || a->star_sizes[k] == 0)
                return PF_EINVAL;
    } else {
        /* Items have an input exactly when there is a size for it. */
        if (!!(a->in || a->gen) != !!a->in_size)
            return PF_EINVAL;
    }
    if (kind == JOB_MAP && a->out_size && !a->out && a->n)
        return PF_EINVAL;
    if (a->n > ((size_t)1 << 48))
        return PF_EINVAL;
    struct job *j = calloc(1, sizeof *j);
    if (!j)
        return PF_ENOMEM;
    j->a = *a;
    j->kind = kind;
    j->n = a->n;
    j->pool = pool;
    if (a->star_fn) {
        size_t off = 0;
        for (size_t k = 0; k < a->nargs; k++) {
            size_t sz = a->star_sizes[k];
            size_t al = sz % 16 == 0  ? 16
                        : sz % 8 == 0 ? 8
                        : sz % 4 == 0 ? 4
                        : sz % 2 == 0 ? 2
                                      : 1;
            off = (off + al - 1) & ~(al - 1);
            j->star_off[k] = off;
            off += sz;
        }
        j->stride = ring_round(off);
        j->star_hdr = ring_round(a->nargs * sizeof(uint64_t));
    } else {
        j->stride = (a->in || a->gen) ? a->in_size : 0;
    }
    /* Keep element outputs 16-byte aligned for the task function when
     * their size allows it: inputs are packed at the caller's stride. */
    size_t room = pool->cap / 8;
    if (j->stride > room || a->out_size > room ||
        j->star_hdr + TASK_HDR > room) {
        free(j);
        return PF_ETOOBIG;
    }
    if (a->failure)
        memset(a->failure, 0, sizeof *a->failure);
    j->tty = pool->tty || (a->progress_line && isatty(STDERR_FILENO));
    atomic_store(&j->refs, 1);
    *out = j;
    return 0;
}

/* Lock held.  Hand a job to the pool (which takes its own reference). */
static int submit(pf_pool_t *pool, struct job *j)
{
    if (pool->state != POOL_RUN)
        return PF_ECLOSED;
    atomic_fetch_add(&j->refs, 1);
    j->pool_ref = true;
    pool->unfinished++;
    if (j->async) {
        pool->async_busy++;
        pthread_cond_signal(&pool->bg_cond);
    }
    pending_add(pool, j);
    dispatch(pool);
    return 0;
}

static int map_result(struct job *j)
{
    if (j->a.failure && j->failed)
        *j->a.failure = j->failure;
    return j->failed ? j->failure.code : 0;
}

int pf_pool_map_ex(pf_pool_t *pool, const pf_pool_map_args_t *args)
{
    struct job *j;
    int rc = new_map_job(pool, args, JOB_MAP, &j);
    if (rc < 0)
        return rc;
    if (j->n == 0) {
        job_unref(j);
        pthread_mutex_lock(&pool->mu);
        rc = pool->state == POOL_RUN ? 0 : PF_ECLOSED;
        pthread_mutex_unlock(&pool->mu);
        return rc;
    }
    pthread_mutex_lock(&pool->mu);
    rc = submit(pool, j);
    if (rc == 0)
        rc = pump_until(pool, job_ready, j, pf__deadline_in(PF_FOREVER));
    pthread_mutex_unlock(&pool->mu);
    if (rc == 0)
        rc = map_result(j);
    job_unref(j);
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
    int rc = new_map_job(pool, args, JOB_MAP, &j);
    if (rc < 0)
        return rc;
    j->async = true;
    j->cb = callback;
    j->ecb = error_callback;
    j->cb_arg = arg;
    pthread_mutex_lock(&pool->mu);
    rc = submit(pool, j);
    if (rc == 0 && j->n == 0)
        job_finish(pool, j);
    pthread_mutex_unlock(&pool->mu);
    if (rc < 0) {
        job_unref(j);
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

/* Build an apply job; `copy` copies the input (async). */
static int new_apply_job(pf_pool_t *pool, pf_pool_task_fn fn, const void *in,
                         size_t in_len, bool copy, struct job **out)
{
    *out = NULL;
    if (!pool || !fn || (!in && in_len))
        return PF_EINVAL;
    if (foreign(pool))
        return PF_ESTATE;
    struct job *j = calloc(1, sizeof *j);
    if (!j)
        return PF_ENOMEM;
    j->kind = JOB_APPLY;
    j->pool = pool;
    j->n = 1;
    j->task_fn = fn;
    j->in = in;
    j->in_len = in_len;
    if (copy && in_len) {
        j->in_copy = malloc(in_len);
        if (!j->in_copy) {
            free(j);
            return PF_ENOMEM;
        }
        memcpy(j->in_copy, in, in_len);
        j->in = j->in_copy;
    }
    atomic_store(&j->refs, 1);
    *out = j;
    return 0;
}

int pf_pool_apply(pf_pool_t *pool, pf_pool_task_fn fn, const void *in,
                  size_t in_len, void **result, size_t *result_len)
{
    if (!result || !result_len)
        return PF_EINVAL;
    *result = NULL;
    *result_len = 0;
    struct job *j;
    int rc = new_apply_job(pool, fn, in, in_len, false, &j);
    if (rc < 0)
        return rc;
    pthread_mutex_lock(&pool->mu);
    rc = submit(pool, j);
    if (rc == 0)
        rc = pump_until(pool, job_ready, j, pf__deadline_in(PF_FOREVER));
    pthread_mutex_unlock(&pool->mu);
    if (rc == 0 && j->failed)
        rc = j->failure.code;
    if (rc == 0) {
        *result = j->result;
        *result_len = j->result_len;
        j->result = NULL;
    }
    job_unref(j);
    return rc;
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
    int rc = new_apply_job(pool, fn, in, in_len, true, &j);
    if (rc < 0)
        return rc;
    j->async = true;
    j->cb = callback;
    j->ecb = error_callback;
    j->cb_arg = arg;
    pthread_mutex_lock(&pool->mu);
    rc = submit(pool, j);
    pthread_mutex_unlock(&pool->mu);
    if (rc < 0) {
        job_unref(j);
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
    if (foreign(pool))
        return PF_ESTATE;
    pthread_mutex_lock(&pool->mu);
    int rc = pump_until(pool, job_ready, j, pf__deadline_in(timeout));
    pthread_mutex_unlock(&pool->mu);
    return rc;
}

int pf_pool_async_get(pf_pool_async_t *a, double timeout)
{
    int rc = pf_pool_async_wait(a, timeout);
    if (rc < 0)
        return rc;
    return map_result(async_job(a));
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
    *data = j->result;
    if (len)
        *len = j->result_len;
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
    job_unref(async_job(a));
}

/* ---- imap ---- */

int pf_pool_imap_ex(pf_pool_t *pool, const pf_pool_map_args_t *args,
                    bool ordered, pf_pool_iter_t **out)
{
    if (!out)
        return PF_EINVAL;
    *out = NULL;
    struct job *j;
    int rc = new_map_job(pool, args, JOB_IMAP, &j);
    if (rc < 0)
        return rc;
    pf_pool_iter_t *it = malloc(sizeof *it);
    j->ordered = ordered;
    j->a.out = NULL;
    j->a.status = NULL;
    j->a.failure = NULL;
    size_t nw = (size_t)pool->nw;
    size_t per = IMAP_WINDOW_BYTES / (j->a.out_size ? j->a.out_size : 1);
    size_t W = PF__MAX(PF__MIN(per, (size_t)65536), 64 * nw);
    j->W = PF__MAX(PF__MIN(W, j->n), (size_t)1);
    j->st = calloc(j->W, 1);
    j->codes = calloc(j->W, sizeof *j->codes);
    j->buf = malloc(j->W * (j->a.out_size ? j->a.out_size : 1));
    j->fifo = ordered ? NULL : malloc(j->W * sizeof *j->fifo);
    if (!it || !j->st || !j->codes || !j->buf || (!ordered && !j->fifo)) {
        free(it);
        job_unref(j);
        return PF_ENOMEM;
    }
    pthread_mutex_lock(&pool->mu);
    rc = j->n ? submit(pool, j) : (pool->state == POOL_RUN ? 0 : PF_ECLOSED);
    pthread_mutex_unlock(&pool->mu);
    if (rc < 0) {
        free(it);
        job_unref(j);
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
    if (j->consumed >= j->n || j->canceled)
        return true;
    if (j->ordered)
        return j->st[j->low % j->W] == ST_DONE;
    return j->fcount > 0;
}

int pf_pool_iter_next(pf_pool_iter_t *it, void *out, size_t *index,
                      double timeout, pf_pool_failure_t *failure)
{
    if (!it)
        return PF_EINVAL;
    struct job *j = it->job;
    if (j->a.out_size && !out)
        return PF_EINVAL;
    if (j->consumed >= j->n)
        return PF_EOF;
    pf_pool_t *pool = j->pool;
    if (foreign(pool))
        return PF_ESTATE;
    pthread_mutex_lock(&pool->mu);
    /* Fast path: a result is already here; the pool is pumped when the
     * iterator has to wait, and every 256 items. */
    int rc = 0;
    if (!iter_has_next(j) || (j->consumed & 255) == 0)
        rc = pump_until(pool, iter_has_next, j, pf__deadline_in(timeout));
    if (rc == 0) {
        size_t idx;
        bool have;
        if (j->ordered) {
            idx = j->low;
            have = j->consumed < j->n && j->st[idx % j->W] == ST_DONE;
        } else {
            have = j->fcount > 0;
            idx = have ? j->fifo[j->fhead] : 0;
            if (have) {
                j->fhead = (j->fhead + 1) % j->W;
                j->fcount--;
            }
        }
        if (have) {
            size_t s = idx % j->W;
            if (j->a.out_size)
                memcpy(out, j->buf + s * j->a.out_size, j->a.out_size);
            rc = j->codes[s];
            if (rc < 0 && failure && j->fails)
                *failure = j->fails[s];
            if (index)
                *index = idx;
            j->st[s] = ST_FREE;
            j->consumed++;
            while (j->low < j->next && j->st[j->low % j->W] == ST_FREE)
                j->low++;

        } else {
            rc = j->consumed >= j->n ? PF_EOF : j->cancel_code;
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
            if (!j->finished) {
                j->abandoned = true;
                pending_remove(pool, j);
                /* Items still running finish and are dropped; the job
                 * counts as finished for join. */
                pool->unfinished--;
                j->finished = true;
            }
            maybe_drop(pool, j);
        }
        pthread_mutex_unlock(&pool->mu);
    }
    job_unref(j);
    free(it);
}
