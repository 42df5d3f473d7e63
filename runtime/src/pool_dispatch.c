/* pool_dispatch.c - pf_pool's parent side of the rings: waiting for
 * progress, draining results, choosing chunks and sending records, and the
 * pump that does all three. */
#include <errno.h>
#include <sched.h>
#include <stdlib.h>
#include <string.h>

#include "pool_internal.h"

/* ---- waiting ---- */

/* Wake every parent thread waiting for progress. */
void pf__pool_notify(pf_pool_t *pool)
{
    pf__wake(&pool->sh->parent_word);
}

void pf__pool_wait(pf_pool_t *pool, uint32_t seen, int64_t max_ns)
{
    static const pf__wait_policy_t policy = {.spin_ns = PARENT_SPIN_NS,
                                             .pause_ns = SPIN_PURE_NS};
    pf__deadline_t d = {pf__now_ns() + max_ns};
    pf__wait_change(&pool->sh->parent_word, seen, d, &policy);
}

/* ---- results ---- */

/* Lock held.  Handle every result worker i has published. */
bool pf__pool_drain(pf_pool_t *pool, int i)
{
    struct worker_handle *w = &pool->w[i];
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
                j->map.item_ns =
                    j->map.measured ? 0.7 * j->map.item_ns + 0.3 * per : per;
                j->map.measured = true;
            }
            f->done = r->first + r->count;
            pf__pool_items_ok(pool, j, f->first + r->first, r->count, payload);
            break;
        }
        case RES_ERR: {
            f->done = r->first + 1;
            pf_pool_failure_t fl = {0, r->code, 0, -1, (int)w->child.pid};
            pf__pool_items_failed(pool, j, f->first + r->first, 1, fl);
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
                pf_pool_failure_t fl = {0, rc, 0, -1, (int)w->child.pid};
                pf__pool_items_failed(pool, j, 0, 1, fl);
            } else {
                pf__pool_apply_ok(pool, j, buf, r->len);
            }
            break;
        }
        default:
            break;
        }
        bool last = r->h.flags & REC_F_LAST;
        ring_release(&w->res, r->h.size, true);
        any = true;
        if (last) {
            w->fhead = (w->fhead + 1) % MAX_FLIGHT;
            w->fcount--;
            pool->inflight--;
            j->inflight--;
            pf__pool_maybe_drop(pool, j);
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
        return j->apply.sent ? 0 : 1;
    }
    if (j->map.nrq) {
        *first = j->map.rq[j->map.nrq - 1].first;
        return j->map.rq[j->map.nrq - 1].count;
    }
    *first = j->map.next;
    size_t end = j->n;
    if (j->kind == JOB_IMAP && j->map.win.low + j->map.win.size < end)
        end = j->map.win.low + j->map.win.size;
    return j->map.next < end ? end - j->map.next : 0;
}

/* How many items the next chunk of j should hold (at most avail). */
static size_t chunk_count(pf_pool_t *pool, struct job *j, size_t avail)
{
    size_t c, nw = (size_t)pool->nw;
    if (j->kind == JOB_APPLY)
        return 1;
    if (j->map.args.chunksize) {
        c = j->map.args.chunksize;
    } else if (!j->map.measured) {
        c = j->map.chunk ? j->map.chunk * 2 : 1;
    } else {
        double t =
            CHUNK_TARGET_NS / (j->map.item_ns > 1.0 ? j->map.item_ns : 1.0);
        c = t > 1e9 ? 1000000000 : (size_t)t;
        size_t left = j->n - j->done;
        size_t share = (left + 2 * nw - 1) / (2 * nw);
        if (c > share)
            c = share;
    }
    size_t room = pool->cap / 4;
    size_t by_in = (room - TASK_HDR - j->map.star_hdr) /
                   (j->map.stride ? j->map.stride : 1);
    size_t by_out =
        (room - RES_HDR) / (j->map.args.out_size ? j->map.args.out_size : 1);
    c = PF__MIN(c, PF__MIN(by_in, by_out));
    if (j->kind == JOB_IMAP)
        c = PF__MIN(c, PF__MAX(j->map.win.size / (4 * nw), (size_t)1));
    c = PF__MIN(c, avail);
    c = PF__MIN(c, (size_t)UINT32_MAX);
    if (c < 1)
        c = 1;
    if (!j->map.args.chunksize)
        j->map.chunk = c;
    return c;
}

/* Records of j a worker may hold: enough to cover DEPTH_TARGET_NS. */
static unsigned depth_limit(pf_pool_t *pool, struct job *j)
{
    double est;
    if (j->kind == JOB_APPLY)
        est = pool->apply_ns;
    else if (j->map.measured)
        est = j->map.item_ns * (double)(j->map.chunk ? j->map.chunk : 1);
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
    if (j->map.args.star_fn) {
        for (size_t a = 0; a < j->map.args.nargs; a++)
            memcpy(dst + j->map.star_off[a],
                   (const char *)j->map.args.star_in[a] +
                       idx * j->map.args.star_sizes[a],
                   j->map.args.star_sizes[a]);
    } else if (j->map.args.in) {
        memcpy(dst, (const char *)j->map.args.in + idx * j->map.args.in_size,
               j->map.args.in_size);
    } else if (j->map.args.gen) {
        j->map.args.gen(idx, dst, j->map.args.gen_arg);
    }
}

/* Lock held.  Send items [first, first+count) of j (or its apply) to
 * worker i.  Returns 1 sent, 0 when the ring is full, or PF_E* (the
 * items have then failed). */
static int send_record(pf_pool_t *pool, int i, struct job *j, size_t first,
                       size_t count)
{
    struct worker_handle *w = &pool->w[i];
    bool big = false;
    size_t size;
    if (j->kind == JOB_APPLY) {
        big = TASK_HDR + j->apply.in_len > pool->cap / 4;
        size = ring_round(TASK_HDR + (big ? 0 : j->apply.in_len));
    } else {
        size = ring_round(TASK_HDR + j->map.star_hdr + count * j->map.stride);
    }
    struct task_rec *t = ring_reserve(&w->task, size);
    if (!t)
        return 0;
    t->h.size = (uint32_t)size;
    t->h.flags = big ? REC_F_BIG : 0;
    t->count = (uint32_t)count;
    t->nargs = (uint32_t)(j->map.args.star_fn ? j->map.args.nargs : 0);
    t->arg = (uint64_t)(uintptr_t)j->map.args.arg;
    t->out_size = j->map.args.out_size;
    t->timeout_ns = pool->opt.task_timeout > 0
                        ? (int64_t)(pool->opt.task_timeout * 1e9)
                        : 0;
    t->tag = ++pool->next_tag;
    char *payload = (char *)t + TASK_HDR;
    if (j->kind == JOB_APPLY) {
        t->h.kind = REC_TASK;
        t->fn = (uint64_t)(uintptr_t)j->apply.fn;
        t->in_size = j->apply.in_len;
        if (big) {
            int rc = pf__pool_send_big(w->sock, j->apply.in, j->apply.in_len);
            if (rc < 0)
                return rc;
        } else if (j->apply.in_len) {
            memcpy(payload, j->apply.in, j->apply.in_len);
        }
    } else {
        t->h.kind = j->map.args.star_fn ? REC_STAR : REC_CHUNK;
        t->fn = j->map.args.star_fn ? (uint64_t)(uintptr_t)j->map.args.star_fn
                                    : (uint64_t)(uintptr_t)j->map.args.fn;
        t->in_size = j->map.stride;
        if (j->map.args.star_fn) {
            uint64_t *sizes = (uint64_t *)payload;
            for (size_t a = 0; a < j->map.args.nargs; a++)
                sizes[a] = j->map.args.star_sizes[a];
            payload += j->map.star_hdr;
        }
        if (j->map.args.in && !j->map.args.star_fn &&
            j->map.stride == j->map.args.in_size)
            memcpy(payload,
                   (const char *)j->map.args.in + first * j->map.args.in_size,
                   count * j->map.args.in_size);
        else
            for (size_t k = 0; k < count; k++)
                copy_item(j, first + k, payload + k * j->map.stride);
    }
    w->task.pos += size;
    ring_publish(&w->task, true);
    struct flight *f = &w->flights[(w->fhead + w->fcount) % MAX_FLIGHT];
    *f = (struct flight){j, first, (uint32_t)count, 0, t->tag};
    w->fcount++;
    w->sent++;
    j->inflight++;
    pool->inflight++;
    return 1;
}

/* Lock held.  Send pending work to workers with room, oldest job first. */
bool pf__pool_dispatch(pf_pool_t *pool)
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
                                 ? j->apply.sent
                                 : j->map.nrq == 0 && j->map.next >= j->n;
            if (exhausted) {
                pf__pool_pending_remove(pool, j);
                pf__pool_maybe_drop(pool, j);
            }
            j = nx;
            continue;
        }
        unsigned limit = depth_limit(pool, j);
        int best = -1;
        for (int i = 0; i < pool->nw; i++) {
            struct worker_handle *w = &pool->w[i];
            if (w->child.pid <= 0 || (full >> (i & 63) & 1) ||
                w->fcount >= limit)
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
        if (rc == PF_EPIPE) {
            /* The worker died before its death was noticed (its end of
             * the socket is closed): nothing was sent; replace it and try
             * the items on another worker. */
            pf__pool_worker_lost(pool, best);
            any = true;
            continue;
        }
        any = true;
        if (j->kind == JOB_APPLY) {
            j->apply.sent = true;
        } else if (j->map.nrq && j->map.rq[j->map.nrq - 1].first == first) {
            j->map.rq[j->map.nrq - 1].first += count;
            if ((j->map.rq[j->map.nrq - 1].count -= count) == 0)
                j->map.nrq--;
        } else {
            if (j->kind == JOB_IMAP)
                for (size_t k = 0; k < count; k++)
                    j->map.win.state[(first + k) % j->map.win.size] = ST_WAIT;
            j->map.next += count;
        }
        if (rc < 0) {
            /* The record was not sent (the large payload's memfd could not
             * be made: no memory, no descriptor). */
            pf_pool_failure_t fl = {0, rc, 0, -1, 0};
            pf__pool_items_failed(pool, j, first, count, fl);
        }
    }
    return any;
}

/* Lock held.  Collect results, check workers, send work. */
bool pf__pool_pump(pf_pool_t *pool)
{
    bool any = false;
    for (int i = 0; i < pool->nw; i++)
        if (pool->w[i].fcount)
            any |= pf__pool_drain(pool, i);
    if (pool->inflight || pool->pend_head)
        any |= pf__pool_check_workers(pool, false);
    any |= pf__pool_dispatch(pool);
    return any;
}

/* Lock held.  Pump and wait until done(ctx) or the deadline.  Returns 0 or
 * PF_ETIMEDOUT. */
int pf__pool_pump_until(pf_pool_t *pool, bool (*done)(void *), void *ctx,
                        pf__deadline_t d)
{
    for (;;) {
        uint32_t seen =
            __atomic_load_n(&pool->sh->parent_word, __ATOMIC_SEQ_CST);
        pf__pool_pump(pool);
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
        pf__pool_wait(pool, seen, max);
        pthread_mutex_lock(&pool->mu);
    }
}

bool pf__pool_job_ready(void *ctx)
{
    return atomic_load(&((struct job *)ctx)->ready);
}
