/* pool_job.c - pf_pool jobs: references, the pending list, item
 * accounting and failures, building and submitting jobs.  The pool's
 * mutex is held wherever a contract says "Lock held". */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "pool_internal.h"

void pf__pool_job_unref(struct job *j)
{
    if (!j || atomic_fetch_sub(&j->refs, 1) != 1)
        return;
    if (j->kind == JOB_APPLY) {
        free(j->apply.in_copy);
        free(j->apply.result);
    } else {
        struct imap_window *win = &j->map.win;
        free(j->map.rq);
        free(win->state);
        free(win->codes);
        free(win->outputs);
        free(win->fails);
        free(win->fifo);
    }
    free(j);
}

/* Lock held.  Drop the pool's reference once the job needs nothing more
 * from the pool. */
void pf__pool_maybe_drop(pf_pool_t *pool, struct job *j)
{
    if (!j->pool_ref || j->inflight || j->in_pending)
        return;
    if (!j->abandoned && !(j->finished && atomic_load(&j->ready)))
        return;
    j->pool_ref = false;
    PF__UNUSED(pool);
    pf__pool_job_unref(j);
}

void pf__pool_pending_add(pf_pool_t *pool, struct job *j)
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

void pf__pool_pending_remove(pf_pool_t *pool, struct job *j)
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
void pf__pool_job_finish(pf_pool_t *pool, struct job *j)
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
        pf__pool_wake_bg(pool);
    } else {
        atomic_store(&j->ready, true);
    }
    pf__pool_notify(pool);
}

static void job_account(pf_pool_t *pool, struct job *j, size_t k)
{
    j->done += k;
    if (j->finished) /* an abandoned imap's late results */
        return;
    if (j->done == j->n)
        pf__pool_job_finish(pool, j);
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

void pf__pool_items_ok(pf_pool_t *pool, struct job *j, size_t idx, size_t count,
                       const char *out)
{
    size_t osz = j->map.args.out_size;
    if (j->abandoned) {
        /* Nobody reads them any more. */
    } else if (j->kind == JOB_MAP) {
        if (osz && j->map.args.out)
            memcpy((char *)j->map.args.out + idx * osz, out, count * osz);
        if (j->map.args.status)
            memset(j->map.args.status + idx, 0, count * sizeof(int));
    } else {
        struct imap_window *win = &j->map.win;
        for (size_t k = 0; k < count; k++) {
            size_t s = (idx + k) % win->size;
            if (osz)
                memcpy(win->outputs + s * osz, out + k * osz, osz);
            win->codes[s] = 0;
            win->state[s] = ST_DONE;
            if (!win->ordered)
                win->fifo[(win->fifo_head + win->fifo_count++) % win->size] =
                    idx + k;
        }
    }
    job_account(pool, j, count);
}

void pf__pool_apply_ok(pf_pool_t *pool, struct job *j, void *result, size_t len)
{
    if (j->abandoned) {
        free(result);
    } else {
        j->apply.result = result;
        j->apply.result_len = len;
    }
    job_account(pool, j, 1);
}

/* Lock held.  Items [idx, idx+count) failed with f (f->index is set to
 * each item's index). */
void pf__pool_items_failed(pf_pool_t *pool, struct job *j, size_t idx,
                           size_t count, pf_pool_failure_t f)
{
    if (count == 0)
        return;
    f.index = idx;
    record_failure(j, &f);
    if (j->abandoned) {
        /* Nobody reads them any more. */
    } else if (j->kind == JOB_MAP && j->map.args.status) {
        for (size_t k = 0; k < count; k++)
            j->map.args.status[idx + k] = f.code;
    } else if (j->kind == JOB_IMAP) {
        struct imap_window *win = &j->map.win;
        for (size_t k = 0; k < count; k++) {
            size_t i = idx + k;
            /* Only items inside the window have a slot; a canceled job's
             * others are reported by pf_pool_iter_next as canceled. */
            if (i >= win->low + win->size || i >= j->map.next)
                continue;
            size_t s = i % win->size;
            if (!win->fails)
                win->fails = calloc(win->size, sizeof *win->fails);
            if (win->fails) {
                win->fails[s] = f;
                win->fails[s].index = i;
            }
            win->codes[s] = f.code;
            win->state[s] = ST_DONE;
            if (!win->ordered)
                win->fifo[(win->fifo_head + win->fifo_count++) % win->size] = i;
        }
    }
    job_account(pool, j, count);
}

/* Lock held.  Put items back to be sent again. */
void pf__pool_requeue(pf_pool_t *pool, struct job *j, size_t first,
                      size_t count)
{
    if (count == 0 || j->abandoned)
        return;
    if (j->kind == JOB_APPLY) {
        j->apply.sent = false;
    } else {
        if (j->map.nrq == j->map.caprq) {
            size_t cap = j->map.caprq ? j->map.caprq * 2 : 8;
            struct range *r = realloc(j->map.rq, cap * sizeof *r);
            if (!r) {
                pf_pool_failure_t f = {0, PF_ENOMEM, 0, -1, 0};
                pf__pool_items_failed(pool, j, first, count, f);
                return;
            }
            j->map.rq = r;
            j->map.caprq = cap;
        }
        j->map.rq[j->map.nrq++] = (struct range){first, count};
    }
    pf__pool_pending_add(pool, j);
}

/* Lock held.  Fail everything of j not yet done or in flight with f
 * (PF_ECANCELED by terminate). */
void pf__pool_fail_rest(pf_pool_t *pool, struct job *j, pf_pool_failure_t f)
{
    pf__pool_pending_remove(pool, j);
    j->canceled = true;
    j->cancel_code = f.code;
    if (j->kind == JOB_APPLY) {
        if (!j->finished)
            pf__pool_items_failed(pool, j, 0, 1, f);
        return;
    }
    size_t nrq = j->map.nrq;
    j->map.nrq = 0;
    for (size_t r = 0; r < nrq; r++)
        pf__pool_items_failed(pool, j, j->map.rq[r].first, j->map.rq[r].count,
                              f);
    if (j->map.next < j->n)
        pf__pool_items_failed(pool, j, j->map.next, j->n - j->map.next, f);
    j->map.next = j->n;
    pf__pool_maybe_drop(pool, j);
}

/* Check a map-like call's arguments and build its job (one reference for
 * the caller).  Returns 0 or PF_E*. */
int pf__pool_new_map_job(pf_pool_t *pool, const pf_pool_map_args_t *a,
                         enum job_kind kind, struct job **out)
{
    *out = NULL;
    if (!pool || !a)
        return PF_EINVAL;
    if (pf__pool_foreign(pool))
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
    j->map.args = *a;
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
            j->map.star_off[k] = off;
            off += sz;
        }
        j->map.stride = ring_round(off);
        j->map.star_hdr = ring_round(a->nargs * sizeof(uint64_t));
    } else {
        j->map.stride = (a->in || a->gen) ? a->in_size : 0;
    }
    /* Keep element outputs 16-byte aligned for the task function when
     * their size allows it: inputs are packed at the caller's stride. */
    size_t room = pool->cap / 8;
    if (j->map.stride > room || a->out_size > room ||
        j->map.star_hdr + TASK_HDR > room) {
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
int pf__pool_submit(pf_pool_t *pool, struct job *j)
{
    if (pool->state != POOL_RUN)
        return PF_ECLOSED;
    atomic_fetch_add(&j->refs, 1);
    j->pool_ref = true;
    pool->unfinished++;
    if (j->async) {
        pool->async_busy++;
        pf__pool_wake_bg(pool);
    }
    pf__pool_pending_add(pool, j);
    pf__pool_dispatch(pool);
    return 0;
}

int pf__pool_map_result(struct job *j)
{
    if (j->map.args.failure && j->failed)
        *j->map.args.failure = j->failure;
    return j->failed ? j->failure.code : 0;
}

/* Build an apply job; `copy` copies the input (async). */
int pf__pool_new_apply_job(pf_pool_t *pool, pf_pool_task_fn fn, const void *in,
                           size_t in_len, bool copy, struct job **out)
{
    *out = NULL;
    if (!pool || !fn || (!in && in_len))
        return PF_EINVAL;
    if (pf__pool_foreign(pool))
        return PF_ESTATE;
    struct job *j = calloc(1, sizeof *j);
    if (!j)
        return PF_ENOMEM;
    j->kind = JOB_APPLY;
    j->pool = pool;
    j->n = 1;
    j->apply.fn = fn;
    j->apply.in = in;
    j->apply.in_len = in_len;
    if (copy && in_len) {
        j->apply.in_copy = malloc(in_len);
        if (!j->apply.in_copy) {
            free(j);
            return PF_ENOMEM;
        }
        memcpy(j->apply.in_copy, in, in_len);
        j->apply.in = j->apply.in_copy;
    }
    atomic_store(&j->refs, 1);
    *out = j;
    return 0;
}

void pf__pool_abandon(pf_pool_t *pool, struct job *j)
{
    if (!j->finished) {
        j->abandoned = true;
        pf__pool_pending_remove(pool, j);
        /* Items still running finish and are dropped; the job counts as
         * finished for join. */
        pool->unfinished--;
        j->finished = true;
    }
    pf__pool_maybe_drop(pool, j);
}
