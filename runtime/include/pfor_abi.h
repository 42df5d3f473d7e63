/* pfor_abi.h - the calls pforc's generated code makes (prefix pfc_); not
 * for use by hand (see pfor/loop.h for that).  Like libgomp_g.h, this is
 * the compiler ABI, kept apart from the user API in pfor.h. */
#ifndef PFOR_ABI_H
#define PFOR_ABI_H

#include <stddef.h>

#include "pfor.h"
#include "pfor/abi_macros.h" /* PFC_RANGE, PFC_IV, PF_TYPE_OF */

/*
 * How a `#pragma pfor parallel for` loop is lowered (docs/lowering.md has
 * the full text and examples).  Workers are forked INSIDE the function that
 * holds the loop, so the body runs inline, with every local variable in
 * scope, in the parent and in each forked worker alike:
 *
 *   {
 *       pfc_loop_t *__pf_loop = pfc_loop_new("file.c", 12);
 *       typedef long __pf_iv_t;                 // or __typeof__(i)
 *       PFC_RANGE(__pf_loop, __pf_iv_t, lo, hi, step, PFC_LT);
 *       pfc_loop_workers(__pf_loop, 4);         // one call per clause
 *       pfc_loop_reduce(__pf_loop, PF_OP_ADD, PF_TYPE_OF(sum), &sum, 1);
 *       pfc_loop_collect(__pf_loop, &out[0], sizeof out[0]);
 *       pfc_loop_start(__pf_loop);
 *       {
 *           __typeof__(sum) sum;                 // private partial
 *           unsigned long long __pf_k, __pf_end;
 *           while (pfc_loop_next(__pf_loop, &__pf_k, &__pf_end)) {
 *               pfc_loop_identity(__pf_loop, 0, &sum);
 *               for (; __pf_k < __pf_end; __pf_k++) {
 *                   __pf_iv_t i = PFC_IV(__pf_loop, __pf_iv_t, __pf_k);
 *       #line 14 "file.c"
 *                   body
 *               }
 *               pfc_loop_deposit(__pf_loop, 0, &sum);
 *           }
 *       }
 *       i = PFC_IV(__pf_loop, __pf_iv_t,        // only if i is declared
 *                  pfc_loop_trips(__pf_loop));  // outside; BEFORE the end
 *       pfc_loop_end(__pf_loop);                // (it frees the loop)
 *   }
 *
 * The iteration space is normalised to k = 0 .. trips-1 with
 * i = lo + k * step; the runtime computes `trips` (zero trips, overflow
 * near the type's maximum, negative steps are its business).
 *
 * Optional, for crash reports that name the iteration: fetch the cursor
 * cell once (anywhere after pfc_loop_new; it is valid in every process
 * until pfc_loop_end) and store k at the start of each stretch (what pforc
 * emits: free, and exact when a retry re-runs a failed chunk one iteration
 * per stretch) or of each iteration (exact always, but it keeps the inner
 * loop from being vectorised):
 *
 *           volatile unsigned long long *__pf_cursor =
 *               pfc_loop_cursor(__pf_loop);
 *           ...
 *               *__pf_cursor = __pf_k;
 *
 * Without reductions a stretch is the whole chunk; with them it is one
 * reduction block (partials per fixed block make floating-point results
 * independent of workers and schedule).  docs/loop.md has the details.
 */

typedef struct pfc_loop pfc_loop_t;

/* Comparison of the loop test `i CMP bound`. */
typedef enum pfc_cmp { PFC_LT = 1, PFC_LE, PFC_GT, PFC_GE } pfc_cmp_t;

/* Schedules; PFC_SCHED_DEFAULT is static with even blocks. */
typedef enum pfc_schedule {
    PFC_SCHED_DEFAULT = 0,
    PFC_SCHED_STATIC,
    PFC_SCHED_DYNAMIC,
    PFC_SCHED_GUIDED,
    PFC_SCHED_RUNTIME /* read PFOR_SCHEDULE, e.g. "dynamic,64" */
} pfc_schedule_t;

/* A new loop descriptor for the loop at file:line (both kept by pointer:
 * pass string literals).  Never returns NULL: out of memory stops the
 * program with a message, as every pfc_ failure in generated code does. */
pfc_loop_t *pfc_loop_new(const char *file, int line);

/* The range, for signed and unsigned loop variables.  `lo` and `hi` are the
 * loop variable's start and the bound, already converted to its type and
 * then widened; `step` is the signed increment (i-- is -1, i -= 3 is -3).
 * A loop whose test is false at the start has zero trips, whatever the
 * step.  Otherwise a step of 0, one whose sign makes the loop endless, or
 * a range after whose last iteration the variable would overflow its type
 * (`i <= INT_MAX`) stops the program with a message naming the loop.
 * These two assume a 64-bit variable; PFC_RANGE calls the _width ones. */
void pfc_loop_range_signed(pfc_loop_t *loop, long long lo, long long hi,
                           long long step, pfc_cmp_t cmp);
void pfc_loop_range_unsigned(pfc_loop_t *loop, unsigned long long lo,
                             unsigned long long hi, long long step,
                             pfc_cmp_t cmp);

/* The same, knowing the loop variable's size in bytes (1, 2, 4 or 8), so
 * a loop whose variable would overflow or wrap after its last iteration
 * (`i <= UCHAR_MAX` for an unsigned char) is refused rather than given a
 * trip count the serial loop does not have.  PFC_RANGE uses these. */
void pfc_loop_range_signed_width(pfc_loop_t *loop, long long lo, long long hi,
                                 long long step, pfc_cmp_t cmp, size_t width);
void pfc_loop_range_unsigned_width(pfc_loop_t *loop, unsigned long long lo,
                                   unsigned long long hi, long long step,
                                   pfc_cmp_t cmp, size_t width);

/* Number of iterations of the range (valid after the range call). */
unsigned long long pfc_loop_trips(const pfc_loop_t *loop);
/* lo + k * step in modular unsigned arithmetic, the bits of the loop
 * variable's value at iteration k (and, for k == trips, after the loop). */
unsigned long long pfc_loop_value(const pfc_loop_t *loop, unsigned long long k);

/* The first members of every pfc_loop_t, so PFC_IV is inline: an opaque
 * call per iteration would force the private reduction partials (whose
 * address generated code passes to pfc_loop_identity) out of registers.
 * Generated code must not touch them. */
typedef struct pfc_loop_head {
    unsigned long long lo;
    unsigned long long step;
} pfc_loop_head_t;

static inline unsigned long long pfc_loop_value_inline(const pfc_loop_t *loop,
                                                       unsigned long long k)
{
    const pfc_loop_head_t *head = (const pfc_loop_head_t *)(const void *)loop;
    return head->lo + k * head->step;
}

/* Clauses; each optional, at most once, before pfc_loop_start.
 * workers: N processes share the work, the parent being one of them (N-1
 * forks).  retries: how many times a chunk whose worker crashed, exited or
 * timed out is re-run on a new worker.  timeout: seconds each worker
 * attempt may run (from its fork) before it is killed; with a timeout the
 * parent runs no iterations itself but forks N workers and supervises
 * them, so it can stop a hung one on time.  <= 0: none. */
void pfc_loop_workers(pfc_loop_t *loop, long workers); /* <= 0: default */
void pfc_loop_schedule(pfc_loop_t *loop, pfc_schedule_t kind, long chunk);
void pfc_loop_if(pfc_loop_t *loop, int condition); /* 0: serial */
void pfc_loop_retries(pfc_loop_t *loop, long retries);
void pfc_loop_timeout(pfc_loop_t *loop, double seconds);
void pfc_loop_progress(pfc_loop_t *loop, int enabled); /* map's progress */

/* Register a reduction on `count` consecutive objects of `type` at `var`
 * (count 1 for a scalar, len for an array section a[lo:len], var being
 * &a[lo]).  Slots are numbered 0, 1, ... in call order. */
void pfc_loop_reduce(pfc_loop_t *loop, pf_op_t op, pf_type_t type, void *var,
                     size_t count);

/* Register a collected array: iteration with loop value i writes the
 * element at (char *)base + i * elem_size, which is copied back into the
 * parent's array after the worker's chunk succeeds. */
void pfc_loop_collect(pfc_loop_t *loop, void *base, size_t elem_size);

/* Fork the workers (none for a zero-trip loop, an `if` that is false, or a
 * loop inside a worker: then it runs serially in the caller). */
void pfc_loop_start(pfc_loop_t *loop);

/* Hand the caller its next stretch of iterations [*k, *end).  With
 * reductions, a stretch never crosses a reduction block, and the caller
 * brackets it with identity/deposit.  Returns 1 with work; in a worker,
 * when the work is done, it ships the results and exits the process
 * (never returns 0); in the parent, it returns 0 once every iteration is
 * done (it waits for the workers, re-runs failed chunks on new workers
 * when retries allow, and combines the reductions into the variables). */
int pfc_loop_next(pfc_loop_t *loop, unsigned long long *k,
                  unsigned long long *end);

/* Set the private partial(s) of reduction `slot` to the operator's
 * identity; `partial` points to the first of `count` objects. */
void pfc_loop_identity(pfc_loop_t *loop, int slot, void *partial);
/* Record the partial(s) of `slot` for the current stretch. */
void pfc_loop_deposit(pfc_loop_t *loop, int slot, const void *partial);

/* A per-worker cell the body may store the running iteration in, so a
 * crash report can name it (*cell = k at the top of each stretch or of
 * each iteration; the report names an iteration only when it moved past
 * the stretch's start or the stretch was one iteration long).  The
 * same address in every process (each maps it onto its own cell), so it
 * may be fetched before or after pfc_loop_start. */
volatile unsigned long long *pfc_loop_cursor(pfc_loop_t *loop);

/* Finish: in the parent, after pfc_loop_next returned 0 (read the final
 * value of the loop variable before: this frees the descriptor).  When the
 * loop failed (a worker crashed, exited or timed out with no retries left)
 * it prints the message naming the loop, the worker, its iterations and
 * the signal or status, and exits the program with status 1; the variables
 * keep their values from before the loop. */
void pfc_loop_end(pfc_loop_t *loop);

/*
 * `#pragma pfor map [clauses] pool(p)` (docs/lowering.md, "map on a
 * pool"): the arguments of every iteration are evaluated in the parent
 * into an array of generated structs, the calls run on the pool's workers
 * through a generated file-scope trampoline, and the results are assigned
 * in iteration order.
 */

/* Run task over the n items of in (in_size bytes each) on pool, results
 * into out (out_size bytes each; out NULL and out_size 0 for none), with
 * the pool's chunksize (0: automatic) and progress line.  Items whose
 * worker died or timed out are run again, up to `retries` times each
 * round.  Returns only when every item succeeded; otherwise (and for a
 * NULL pool or any pool error) it prints a message naming the loop at
 * file:line, the failed iteration (0-based) and the signal or status, and
 * exits the program with status 1.  Parent only (the process that created
 * the pool). */
void pfc_pool_map(pf_pool_t *pool, const char *file, int line,
                  pf_pool_map_fn task, const void *in, size_t n,
                  size_t in_size, void *out, size_t out_size, long chunksize,
                  long retries, int progress);

/* realloc(p, n * size), or a message naming file:line and exit(1) when
 * out of memory or when n * size overflows.  n == 0 frees p and returns
 * NULL. */
void *pfc_pool_realloc(void *p, size_t n, size_t size, const char *file,
                       int line);

/*
 * The openmp backend (runtime/src/openmp_abi.c, prefix pfo_): libgomp runs
 * the threads; these give a reduction the process engine's fixed blocks
 * and fixed combination order, so that its floating-point result is the
 * same bits on threads as on processes, whatever the thread count and
 * schedule.  The lowering (docs/lowering.md, "--backend=openmp"):
 *
 *   pfo_red_t *red = pfo_red_new("file.c", 12, trips);
 *   PFO_REDUCE(sum, PF_OP_ADD, red);        // pfo_red_add, per variable
 *   pfo_red_start(red);                     // the block plan
 *   #pragma omp parallel for ...
 *   for (b = 0; b < pfo_red_blocks(red); b++) {
 *       sum = identity; iterations b*unit .. of the block, in order;
 *       partials[b] = sum;
 *   }
 *   pfo_red_end(red);   // pairs, pairs of pairs, ..., var = var op total
 */
typedef struct pfo_red pfo_red_t;

/* A reduction plan for a loop of `trips` iterations named file:line (kept
 * by pointer).  Never returns NULL: out of memory, or an operator that
 * does not apply to the type, stops the program with a message naming
 * the loop. */
pfo_red_t *pfo_red_new(const char *file, int line, unsigned long long trips);
/* Register `count` objects of `type` at `var` (slots 0, 1, ... in call
 * order), before pfo_red_start. */
void pfo_red_add(pfo_red_t *red, pf_op_t op, pf_type_t type, void *var,
                 size_t count);
/* Fix the blocks (the engine's rule) and allocate the partials. */
void pfo_red_start(pfo_red_t *red);
/* The number of blocks, and the iterations per block (the last block may
 * have fewer): block b is iterations [b * unit, min((b + 1) * unit,
 * trips)). */
unsigned long long pfo_red_blocks(const pfo_red_t *red);
unsigned long long pfo_red_unit(const pfo_red_t *red);
/* Slot `slot`'s partials, block after block (count objects each), for the
 * generated code to fill, and one partial's worth of its identity. */
void *pfo_red_partials(pfo_red_t *red, int slot);
const void *pfo_red_identity(const pfo_red_t *red, int slot);
/* A schedule chunk of `chunk` iterations, in blocks (>= 1). */
int pfo_red_chunk(const pfo_red_t *red, long chunk);
/* Combine the partials in the engine's order, fold them into the
 * variables, free the plan.  After the parallel loop, by one thread. */
void pfo_red_end(pfo_red_t *red);

/* The thread count for workers(n): n when n > 0, else OpenMP's default
 * (OMP_NUM_THREADS, else the CPUs this process may use). */
int pfo_num_threads(long requested);
/* A map's dynamic chunk: chunk when > 0, else automatic for trips. */
int pfo_chunk(long chunk, unsigned long long trips);

/* A map's progress line on stderr (the engine's format), when stderr is a
 * terminal: new returns NULL otherwise, and step and end accept NULL.
 * step may be called by any thread, once per iteration. */
typedef struct pfo_progress pfo_progress_t;
pfo_progress_t *pfo_progress_new(const char *file, int line,
                                 unsigned long long trips);
void pfo_progress_step(pfo_progress_t *p);
void pfo_progress_end(pfo_progress_t *p);

#endif /* PFOR_ABI_H */
