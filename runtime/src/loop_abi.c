/* loop_abi.c - the pfc_loop_ calls that pforc's generated code makes
 * (pfor_abi.h): each checks its arguments and state, hands over to the
 * engine, and stops the program with a message naming the loop when
 * something is wrong. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "loop_internal.h"

pfc_loop_t *pfc_loop_new(const char *file, int line)
{
    pfc_loop_t *loop = pf__loop_alloc(file, line, true);
    if (loop == NULL) {
        fprintf(stderr, "pfor: %s:%d: out of memory for a loop\n",
                file ? file : "?", line);
        exit(1);
    }
    return loop;
}

/* Die unless the loop has not started yet (clauses, ranges and
 * registrations come before pfc_loop_start). */
static void before_start(pfc_loop_t *loop, const char *what)
{
    if (loop->state != PF__LOOP_NEW) {
        pf__loop_error(loop, PF_ESTATE, "pfor loop: %s after the start", what);
        pf__loop_die(loop);
    }
}

static void die_unless_ok(pfc_loop_t *loop, int rc)
{
    if (rc == 0)
        return;
    if (loop->error == 0)
        pf__loop_error(loop, rc, "pfor loop: %s", pf_strerror(rc));
    pf__loop_die(loop);
}

static void range_or_die(pfc_loop_t *loop, bool is_signed, size_t width,
                         unsigned long long lo, unsigned long long hi,
                         long long step, pfc_cmp_t cmp)
{
    before_start(loop, "range set");
    die_unless_ok(
        loop, pf__loop_set_range(loop, is_signed, width, lo, hi, step, cmp));
}

void pfc_loop_range_signed(pfc_loop_t *loop, long long lo, long long hi,
                           long long step, pfc_cmp_t cmp)
{
    range_or_die(loop, true, sizeof(long long), (unsigned long long)lo,
                 (unsigned long long)hi, step, cmp);
}

void pfc_loop_range_unsigned(pfc_loop_t *loop, unsigned long long lo,
                             unsigned long long hi, long long step,
                             pfc_cmp_t cmp)
{
    range_or_die(loop, false, sizeof(long long), lo, hi, step, cmp);
}

void pfc_loop_range_signed_width(pfc_loop_t *loop, long long lo, long long hi,
                                 long long step, pfc_cmp_t cmp, size_t width)
{
    range_or_die(loop, true, width, (unsigned long long)lo,
                 (unsigned long long)hi, step, cmp);
}

void pfc_loop_range_unsigned_width(pfc_loop_t *loop, unsigned long long lo,
                                   unsigned long long hi, long long step,
                                   pfc_cmp_t cmp, size_t width)
{
    range_or_die(loop, false, width, lo, hi, step, cmp);
}

void pfc_loop_dim_signed_width(pfc_loop_t *loop, int dim, long long lo,
                               long long hi, long long step, pfc_cmp_t cmp,
                               size_t width)
{
    before_start(loop, "collapsed dimension set");
    die_unless_ok(loop, pf__loop_set_dim(loop, dim, true, width,
                                         (unsigned long long)lo,
                                         (unsigned long long)hi, step, cmp));
}

void pfc_loop_dim_unsigned_width(pfc_loop_t *loop, int dim,
                                 unsigned long long lo, unsigned long long hi,
                                 long long step, pfc_cmp_t cmp, size_t width)
{
    before_start(loop, "collapsed dimension set");
    die_unless_ok(loop,
                  pf__loop_set_dim(loop, dim, false, width, lo, hi, step, cmp));
}

unsigned long long pfc_loop_dim_trips(const pfc_loop_t *loop, int dim)
{
    if (dim < 0 || dim >= loop->ndims)
        return 0;
    return loop->dims[dim].trips;
}

unsigned long long pfc_loop_dim_value(const pfc_loop_t *loop, int dim,
                                      unsigned long long index)
{
    if (dim < 0 || dim >= loop->ndims)
        return 0;
    return loop->dims[dim].lo + index * loop->dims[dim].step;
}

unsigned long long pfc_loop_trips(const pfc_loop_t *loop)
{
    return loop->trips;
}

unsigned long long pfc_loop_value(const pfc_loop_t *loop, unsigned long long k)
{
    return loop->head.lo + k * loop->head.step;
}

void pfc_loop_workers(pfc_loop_t *loop, long workers)
{
    before_start(loop, "clause workers");
    loop->workers = workers > 0 ? workers : 0;
}

void pfc_loop_schedule(pfc_loop_t *loop, pfc_schedule_t kind, long chunk)
{
    before_start(loop, "clause schedule");
    if (kind < PFC_SCHED_DEFAULT || kind > PFC_SCHED_AUTO) {
        pf__loop_error(loop, PF_EINVAL,
                       "pfor loop: unknown schedule kind (pfc_schedule_t "
                       "value %d)",
                       (int)kind);
        pf__loop_die(loop);
    }
    loop->schedule = kind;
    loop->chunk = chunk > 0 ? chunk : 0;
}

void pfc_loop_if(pfc_loop_t *loop, int condition)
{
    before_start(loop, "clause if");
    loop->cond = condition != 0;
}

void pfc_loop_retries(pfc_loop_t *loop, long retries)
{
    before_start(loop, "clause retries");
    loop->retries = retries > 0 ? retries : 0;
}

void pfc_loop_timeout(pfc_loop_t *loop, double seconds)
{
    before_start(loop, "clause timeout");
    loop->timeout = seconds > 0 && seconds < 9.0e9 ? seconds : 0;
}

void pfc_loop_progress(pfc_loop_t *loop, int enabled)
{
    before_start(loop, "clause progress");
    loop->progress = enabled != 0;
}

void pfc_loop_reduce(pfc_loop_t *loop, pf_op_t op, pf_type_t type, void *var,
                     size_t count)
{
    before_start(loop, "reduction");
    die_unless_ok(loop, pf__loop_add_reduction(loop, op, type, var, count));
}

void pfc_loop_collect_bytes(pfc_loop_t *loop, void *base, size_t bytes)
{
    before_start(loop, "collect");
    die_unless_ok(loop, pf__loop_add_bytes(loop, base, bytes));
}

void pfc_loop_collect_elems(pfc_loop_t *loop, void *base, size_t elem_size)
{
    before_start(loop, "collect");
    die_unless_ok(loop, pf__loop_add_elems(loop, base, elem_size));
}

void pfc_loop_collect(pfc_loop_t *loop, void *base, size_t elem_size)
{
    pfc_loop_collect_elems(loop, base, elem_size);
}

void pfc_loop_lastprivate(pfc_loop_t *loop, void *var, size_t size)
{
    before_start(loop, "lastprivate");
    die_unless_ok(loop, pf__loop_add_lastprivate(loop, var, size));
}

void pfc_loop_start(pfc_loop_t *loop)
{
    if (pf__loop_start(loop) < 0)
        pf__loop_die(loop);
}

int pfc_loop_next_call(pfc_loop_t *loop, unsigned long long *k,
                       unsigned long long *end)
{
    return pf__loop_next(loop, k, end);
}

static void check_slot(pfc_loop_t *loop, int slot)
{
    if (slot < 0 || slot >= loop->nreds) {
        pf__loop_error(loop, PF_EINVAL, "pfor loop: no reduction slot %d",
                       slot);
        pf__loop_die(loop);
    }
}

/* identity and deposit bracket every reduction block (reduce.c's
 * pf__red_block_iters): pfor_abi.h's inline forms copy one object of 8
 * bytes themselves and call these for the rest (and by-hand loops,
 * whose partials are void pointers, call these). */
void pfc_loop_identity_call(pfc_loop_t *loop, int slot, void *partial)
{
    check_slot(loop, slot);
    pf__reduction_t *r = &loop->reds[slot];
    if (r->count == 1 && r->elem == 8)
        memcpy(partial, r->identity, 8);
    else if (r->count == 1 && r->elem <= sizeof r->identity)
        memcpy(partial, r->identity, r->elem);
    else
        pf__red_identity(r->op, r->type, partial, r->count);
}

void pfc_loop_deposit_call(pfc_loop_t *loop, int slot, const void *partial)
{
    check_slot(loop, slot);
    pf__reduction_t *r = &loop->reds[slot];
    if (r->count == 0 || loop->partials == NULL)
        return;
    unsigned char *at =
        loop->partials + loop->head.block * loop->red_record + r->offset;
    if (r->count == 1 && r->elem == 8)
        memcpy(at, partial, 8);
    else
        memcpy(at, partial, r->count * r->elem);
}

volatile unsigned long long *pfc_loop_cursor(pfc_loop_t *loop)
{
    return pf__loop_cursor(loop);
}

void pfc_loop_end(pfc_loop_t *loop)
{
    if (loop == NULL)
        return;
    if (pf__loop_end(loop) != 0)
        pf__loop_die(loop);
    pf__loop_free(loop);
}
