/* pfor/loop.h - the loop engine: fork-join parallel loops, by hand. */
#ifndef PFOR_LOOP_H
#define PFOR_LOOP_H

#include <stddef.h>

#include "common.h"
#include "errors.h"

/*
 * A parallel loop over i = lo, lo + step, ... while i < hi (step > 0) or
 * i > hi (step < 0), run by forked worker processes and by the caller
 * itself, with reductions and collected arrays:
 *
 *     static void body(long long i, void *ctx, void *const *partial)
 *     {
 *         *(double *)partial[0] += ((double *)ctx)[i];
 *     }
 *     ...
 *     double sum = 0;
 *     pf_loop_t *loop;
 *     pf_loop_new(0, n, 1, &loop);
 *     pf_loop_reduce(loop, PF_OP_ADD, PF_TYPE_DOUBLE, &sum, 1);
 *     int rc = pf_loop_run(loop, body, data, NULL);
 *     if (rc != 0)
 *         fprintf(stderr, "%s\n", pf_loop_error(loop));
 *     pf_loop_free(loop);
 *
 * Workers are forked when the run starts and see the caller's memory as it
 * is then.  What comes back: the reductions (combined, in a fixed order,
 * with the variables' values before the run: a floating-point result has
 * the same bits for any workers and schedule), the collected storage
 * (every byte any iteration changed inside it, whatever the index, and
 * nothing outside it) and the lastprivate variables (what the last
 * iteration left).  Other writes a worker makes to the caller's memory
 * are lost; when nothing is collected and there are no retries or
 * timeout, the caller runs a share of the iterations itself, and its own
 * writes stay.  A loop run inside a worker runs serially.
 */

typedef struct pf_loop pf_loop_t;

/* Schedules, as OpenMP's (same values as pfor_abi.h's pfc_schedule_t). */
typedef enum pf_schedule {
    PF_SCHED_DEFAULT = 0, /* static, even blocks */
    PF_SCHED_STATIC,      /* chunk > 0: block-cyclic chunks */
    PF_SCHED_DYNAMIC,     /* a shared counter hands out chunks (default 1) */
    PF_SCHED_GUIDED,      /* shrinking chunks, at least `chunk` */
    PF_SCHED_RUNTIME,     /* read PFOR_SCHEDULE, e.g. "dynamic,64" */
    PF_SCHED_AUTO         /* static even blocks with reductions, else
                             guided */
} pf_schedule_t;

/* Options of a run; NULL or all-zero gives the defaults. */
typedef struct pf_loop_options {
    long workers;           /* <= 0: PFOR_WORKERS, else the usable CPUs */
    pf_schedule_t schedule; /* PF_SCHED_DEFAULT: static even blocks */
    long chunk;             /* chunk size in iterations; <= 0: default */
    long retries;           /* re-runs of a failed worker's chunk */
    double timeout;         /* > 0: seconds each worker may run before it
                               is killed (its chunk counts as failed);
                               <= 0: no limit */
    int serial;             /* non-zero: run in the caller, no fork */
    const char *file;       /* location named in failure messages
                               (NULL: the function's name) */
    int line;               /* with file; <= 0: none */
} pf_loop_options_t;

/* The body, called once per iteration with the loop value, the caller's
 * context and, for each reduction in registration order, a pointer to the
 * private partial(s) to update (already at the operator's identity). */
typedef void pf_loop_body_t(long long i, void *ctx, void *const *partial);

/* The body for a stretch of iterations: first, first + step, ...,
 * `count` of them (faster for tiny bodies: one call per stretch). */
typedef void pf_loop_range_body_t(long long first, unsigned long long count,
                                  long long step, void *ctx,
                                  void *const *partial);

/* A loop over i = lo; step > 0 ? i < hi : i > hi; i += step.  Returns 0,
 * PF_EINVAL (out NULL, or a zero step with iterations to run), PF_ENOMEM. */
int pf_loop_new(long long lo, long long hi, long long step, pf_loop_t **out);

/* Reduce `count` objects of `type` at `var` with `op` (count 1 for a
 * scalar).  Returns the reduction's index (its place in `partial`), or
 * PF_EINVAL (bitwise operator on a floating type, NULL var), PF_ENOMEM. */
int pf_loop_reduce(pf_loop_t *loop, pf_op_t op, pf_type_t type, void *var,
                   size_t count);

/* Collect the elements at the loop's values: for loop values i, the
 * elements at (char *)base + i * elem_size, from the lowest value's to
 * the highest's.  Returns 0, PF_EINVAL or PF_ENOMEM. */
int pf_loop_collect(pf_loop_t *loop, void *base, size_t elem_size);

/* Collect the `bytes` bytes at base: every byte any iteration changes
 * there comes back, and nothing outside the collected ranges is ever
 * written.  Returns 0, PF_EINVAL (NULL base) or PF_ENOMEM. */
int pf_loop_collect_bytes(pf_loop_t *loop, void *base, size_t bytes);

/* After a run, the `size` bytes at var hold what the last iteration (in
 * the loop's order) left there, whichever process ran it; a zero-trip
 * run leaves them alone.  Returns 0, PF_EINVAL or PF_ENOMEM. */
int pf_loop_lastprivate(pf_loop_t *loop, void *var, size_t size);

/* Run the loop (any number of times).  Returns 0; PF_EWORKER when a
 * worker crashed or exited with no retries left, PF_ETIMEDOUT when one ran
 * past the timeout (then the reductions, lastprivate variables and
 * collected storage keep their values from before the run, and
 * pf_loop_error says what happened); PF_ESCHEDULE for a malformed
 * PFOR_SCHEDULE; PF_EINVAL for a malformed PFOR_WORKERS or bad arguments;
 * PF_ENOMEM, PF_EAGAIN (fork), PF_EMFILE.  A crash in an iteration the
 * caller runs itself (serial, or its share) cannot be returned: it is
 * reported on stderr and ends the program by its signal. */
int pf_loop_run(pf_loop_t *loop, pf_loop_body_t *body, void *ctx,
                const pf_loop_options_t *options);
int pf_loop_run_ranges(pf_loop_t *loop, pf_loop_range_body_t *body, void *ctx,
                       const pf_loop_options_t *options);

/* The message of the last failed run ("" when it worked): location,
 * worker, iterations, signal or status, and the iteration it was on. */
const char *pf_loop_error(const pf_loop_t *loop);

/* Number of iterations of the loop. */
unsigned long long pf_loop_trips(const pf_loop_t *loop);

void pf_loop_free(pf_loop_t *loop);

#endif /* PFOR_LOOP_H */
