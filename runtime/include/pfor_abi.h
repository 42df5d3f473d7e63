/* pfor_abi.h - the calls pforc's generated code makes (prefix pfc_); not
 * for use by hand (see pfor/loop.h for that).  Like libgomp_g.h, this is
 * the compiler ABI, kept apart from the user API in pfor.h. */
#ifndef PFOR_ABI_H
#define PFOR_ABI_H

#include <stddef.h>

#include "pfor/abi_macros.h" /* PFC_RANGE, PFC_DIM, PFC_IV, ... */
#include "pfor/common.h"     /* pf_type_t, pf_op_t: no libc header */

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
 *       pfc_loop_collect_bytes(__pf_loop, &a[0], sizeof a);   // array a
 *       pfc_loop_collect_bytes(__pf_loop, &p[lo],             // p[lo:len]
 *                              (size_t)(len) * sizeof p[0]);
 *       for (k = lo; k < lo + n; k++)                    // rows[lo:n][0:m]
 *           pfc_loop_collect_bytes(__pf_loop, &rows[k][0],
 *                                  (size_t)(m) * sizeof rows[k][0]);
 *       pfc_loop_lastprivate(__pf_loop, &x, sizeof x);
 *       pfc_loop_start(__pf_loop);
 *       {
 *           volatile unsigned long long *__pf_cursor =
 *               pfc_loop_cursor(__pf_loop);
 *           unsigned long long __pf_k, __pf_end;
 *           while (pfc_loop_next(__pf_loop, &__pf_k, &__pf_end)) {
 *               *__pf_cursor = __pf_k;
 *               pfc_loop_identity(__pf_loop, 0, &sum);  // sum itself
 *               for (; __pf_k < __pf_end; __pf_k++) {
 *                   __pf_iv_t i = PFC_IV(__pf_loop, __pf_iv_t, __pf_k);
 *       #line 14 "file.c"
 *                   body                     // sum += f(i); a[j][i] = ...
 *               }
 *               pfc_loop_deposit(__pf_loop, 0, &sum);
 *           }
 *       }
 *       i = PFC_IV(__pf_loop, __pf_iv_t,        // only if i is declared
 *                  pfc_loop_trips(__pf_loop));  // outside; BEFORE the end
 *       pfc_loop_end(__pf_loop);                // (it frees the loop)
 *   }
 *
 * What comes back to the parent, and nothing else:
 * - reductions: the variable itself is the partial (identity and deposit
 *   take its address), so updates that called functions make to it (a
 *   global, or through a pointer) count; pfc_loop_reduce keeps the value
 *   it had at registration and the final value is that value combined,
 *   in a fixed order, with the partials of fixed blocks of iterations;
 * - collected byte ranges: every byte any iteration (or a function it
 *   calls) changed inside them, whatever the subscript, and no byte
 *   outside them; a worker's changes arrive only if its work completed;
 * - lastprivate variables: the value the sequentially last iteration
 *   left in them, whichever process ran it.
 * Any other write a worker makes is lost (writes the parent makes while
 * it runs a share of the iterations stay).
 *
 * `collapse(n)`: n calls PFC_DIM(loop, d, T_d, lo_d, hi_d, step_d, cmp_d)
 * instead of PFC_RANGE; the iteration space is the flat k = 0 .. t0 * t1
 * * ... - 1 (PFC_IV gives k) and generated code recovers each loop's
 * value, e.g. for two loops:
 *
 *       const unsigned long long __pf_t1 = pfc_loop_dim_trips(__pf_loop, 1);
 *       ...
 *                   __pf_iv0_t i = (__pf_iv0_t)pfc_loop_dim_value(
 *                       __pf_loop, 0, __pf_k / __pf_t1);
 *                   __pf_iv1_t j = (__pf_iv1_t)pfc_loop_dim_value(
 *                       __pf_loop, 1, __pf_k % __pf_t1);
 *
 * (no division happens when some loop has zero trips: then so has the
 * nest).  After the nest, loop d's variable is pfc_loop_dim_value(loop,
 * d, pfc_loop_dim_trips(loop, d)).
 *
 * Older generated code (still supported) declares a private shadow of
 * each reduction variable in the block (`__typeof__(sum) sum;`) and
 * passes its address to identity/deposit, and registers collected arrays
 * with pfc_loop_collect(loop, &a[0], sizeof a[0]) (the elements at the
 * loop's values).
 *
 * The iteration space is normalised to k = 0 .. trips-1 with
 * i = lo + k * step; the runtime computes `trips` (zero trips, overflow
 * near the type's maximum, negative steps are its business).
 *
 * Optional, for crash reports that name the iteration: the cursor cell,
 * fetched once (anywhere after pfc_loop_new; it is valid in every process
 * until pfc_loop_end), gets k at the start of each stretch (what pforc
 * emits: free, and exact when a retry re-runs a failed chunk one
 * iteration per stretch) or of each iteration (exact always, but it keeps
 * the inner loop from being vectorised).
 *
 * Without reductions a stretch is the whole chunk; with them it is one
 * reduction block (partials per fixed block make floating-point results
 * independent of workers and schedule).  docs/loop.md has the details.
 *
 * How a `#pragma pfor parallel workers(4) retries(1) { body }` region is
 * lowered (docs/team.md; the ABI of PLAN C').  The caller forks the team
 * inside pfc_team_run and supervises it; each member returns 1 and runs
 * the body inline, with every local of the function in scope; a member's
 * second call meets the team at the region's end and exits:
 *
 *   {
 *       pfc_team_t *__pf_team = pfc_team_new("f.c", 10);
 *       pfc_team_workers(__pf_team, (long)(4));  // one call per clause
 *       pfc_team_retries(__pf_team, (long)(1));  // (and pfc_team_if)
 *       while (pfc_team_run(__pf_team)) {
 *   #line 11 "f.c"
 *           { body }
 *       }
 *       pfc_team_end(__pf_team);                 // a failed region: exit
 *   }
 *
 * Inside the body:
 *
 *   #pragma pfor for [schedule reduction collect lastprivate nowait]:
 *       the parallel-for lowering above with pfc_for_new("f.c", 20)
 *       instead of pfc_loop_new, and pfc_loop_nowait(__pf_loop) for
 *       nowait.  In a member the loop shares its iterations with the team
 *       (no fork); at its end (unless nowait) the members meet.  Outside
 *       every region it is a plain parallel for; in a team of one (a
 *       serial region, a single's statement) it runs serially.
 *   #pragma pfor single copyprivate(dt) [nowait]  stmt:
 *       {
 *           if (pfc_single_begin("f.c", 30)) {
 *   #line 31 "f.c"
 *               stmt                      // member 0, a team of one
 *           }
 *           pfc_single_copy(&dt, sizeof dt);   // each item, in order
 *           pfc_single_end("f.c", 30, 0);      // 1 with nowait
 *       }
 *   #pragma pfor master  stmt:   if (pfc_master()) stmt   // member 0
 *   #pragma pfor barrier:        pfc_barrier("f.c", 40);
 *
 * What the members see (docs/team.md):
 * - at every meeting (a loop's end, a barrier, a single's end, the
 *   region's end) every write any member made to storage a loop of the
 *   region collected, the reduced values (whose "value before the loop"
 *   is member 0's), the lastprivate values, copyprivate items;
 * - storage that lies in static memory or in a block glibc mapped on its
 *   own is shared memory from its first use in the region on (written by
 *   all, as threads write); the rest is exchanged as byte diffs;
 * - a `parallel for` inside a member runs serially in that member.
 * After the region the caller holds what member 0 holds of the storage
 * the region's loops collected and of their reduction and lastprivate
 * variables (not those in the frames of functions the body called, which
 * are gone); storage allocated inside the region is each member's own.
 */

typedef struct pfc_loop pfc_loop_t;
typedef struct pfc_team pfc_team_t;

/* Comparison of the loop test `i CMP bound`. */
typedef enum pfc_cmp { PFC_LT = 1, PFC_LE, PFC_GT, PFC_GE } pfc_cmp_t;

/* Schedules; PFC_SCHED_DEFAULT is static with even blocks.  AUTO lets the
 * runtime choose: static even blocks for a loop with reductions, guided
 * otherwise (docs/loop.md). */
typedef enum pfc_schedule {
    PFC_SCHED_DEFAULT = 0,
    PFC_SCHED_STATIC,
    PFC_SCHED_DYNAMIC,
    PFC_SCHED_GUIDED,
    PFC_SCHED_RUNTIME, /* read PFOR_SCHEDULE, e.g. "dynamic,64" or "auto" */
    PFC_SCHED_AUTO
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

/* collapse(n): dimension d (0 .. n-1, outermost first, at most 8) of a
 * nest of n perfectly nested loops, instead of a range; same arguments
 * and edge cases as the _width range calls (a loop with zero trips makes
 * the whole nest zero trips; an endless loop or one whose variable would
 * overflow stops the program naming "loop d+1 of the collapsed nest").
 * The nest's flat space has t0 * t1 * ... iterations; a product past
 * 2^64 - 1 stops the program at pfc_loop_start.  PFC_DIM picks the call
 * by the signedness of T, like PFC_RANGE. */
void pfc_loop_dim_signed_width(pfc_loop_t *loop, int dim, long long lo,
                               long long hi, long long step, pfc_cmp_t cmp,
                               size_t width);
void pfc_loop_dim_unsigned_width(pfc_loop_t *loop, int dim,
                                 unsigned long long lo, unsigned long long hi,
                                 long long step, pfc_cmp_t cmp, size_t width);
/* Trips of dimension d, and the bits of its loop variable's value at its
 * index-th iteration (index == its trips: the value after the loop). */
unsigned long long pfc_loop_dim_trips(const pfc_loop_t *loop, int dim);
unsigned long long pfc_loop_dim_value(const pfc_loop_t *loop, int dim,
                                      unsigned long long index);

/* Number of iterations of the range (valid after the range call; for a
 * collapsed nest, of the flat space). */
unsigned long long pfc_loop_trips(const pfc_loop_t *loop);
/* lo + k * step in modular unsigned arithmetic, the bits of the loop
 * variable's value at iteration k (and, for k == trips, after the loop). */
unsigned long long pfc_loop_value(const pfc_loop_t *loop, unsigned long long k);

/* The first members of every pfc_loop_t, so PFC_IV is inline: an opaque
 * call per iteration would force the private reduction partials (whose
 * address generated code passes to pfc_loop_identity) out of registers.
 * The rest serves the inline pfc_loop_next, pfc_loop_identity and
 * pfc_loop_deposit below: a serial run of a loop with reductions takes
 * one reduction block per stretch, and a call per block would cost a
 * tiny loop more than its work (docs/loop.md, "Adaptive loops").
 * Generated code must not touch them. */
#define PFC_FAST_REDS 4
typedef struct pfc_loop_head {
    unsigned long long lo;
    unsigned long long step;
    /* Units [next, end) may be handed out inline, unit u being the
     * iterations [u * iters, min((u + 1) * iters, trips)); the library
     * sets end, the inline call advances next. */
    unsigned long long next, end, iters, trips;
    unsigned long long block; /* the reduction block handed out last */
    /* Reduction slots below nfast are one 8-byte object each: identity
     * and deposit copy it inline (to partials + block * record + off). */
    unsigned char *partials;
    unsigned long long record;
    unsigned nfast;
    unsigned off[PFC_FAST_REDS];
    unsigned long long identity[PFC_FAST_REDS];
} pfc_loop_head_t;

static inline unsigned long long pfc_loop_value_inline(const pfc_loop_t *loop,
                                                       unsigned long long k)
{
    const pfc_loop_head_t *head = (const pfc_loop_head_t *)(const void *)loop;
    return head->lo + k * head->step;
}

/* Clauses; each optional, at most once, before pfc_loop_start.
 * workers: N processes share the work.  A loop with collected storage,
 * retries or a timeout forks N workers and the parent only supervises
 * (its memory stays as it was, so a failed worker's writes never reach
 * it and a retry starts from the same state); otherwise the parent is one
 * of the N and N-1 are forked (docs/loop.md has the measurements).
 * retries: how many times a chunk whose worker crashed, exited or timed
 * out is re-run on a new worker (every chunk that worker had taken is
 * re-run).  timeout: seconds each worker attempt may run (from its fork)
 * before it is killed.  <= 0: none. */
void pfc_loop_workers(pfc_loop_t *loop, long workers); /* <= 0: default */
void pfc_loop_schedule(pfc_loop_t *loop, pfc_schedule_t kind, long chunk);
void pfc_loop_if(pfc_loop_t *loop, int condition); /* 0: serial */
void pfc_loop_retries(pfc_loop_t *loop, long retries);
void pfc_loop_timeout(pfc_loop_t *loop, double seconds);
void pfc_loop_progress(pfc_loop_t *loop, int enabled); /* map's progress */

/* Register a reduction on `count` consecutive objects of `type` at `var`
 * (count 1 for a scalar, len for an array section a[lo:len], var being
 * &a[lo]).  Slots are numbered 0, 1, ... in call order.  The value var
 * holds now is kept: after the loop var = that value op the partials
 * (combined in a fixed order), so the body may use var itself as the
 * partial.  An operator that does not apply to the type stops the
 * program ("reduction '^' on double is not valid ..."). */
void pfc_loop_reduce(pfc_loop_t *loop, pf_op_t op, pf_type_t type, void *var,
                     size_t count);

/* Collect the `bytes` bytes at base: every byte any iteration changes
 * there reaches the parent's memory after the loop, and no byte outside
 * any collected range is ever written in the parent.  Call it once per
 * item: an array (&a[0], sizeof a), a section p[lo:len] (&p[lo], len *
 * sizeof p[0]), each row of rows[lo:n][0:m].  The storage must be the
 * parent's, valid and writable for the whole loop; what pointers inside
 * it point to is not followed. */
void pfc_loop_collect_bytes(pfc_loop_t *loop, void *base, size_t bytes);

/* Collect the elements at the loop's values: with loop values v, the
 * range from (char *)base + min(v) * elem_size to the end of the element
 * at max(v) (map's out[i]).  Not for a collapsed nest. */
void pfc_loop_collect_elems(pfc_loop_t *loop, void *base, size_t elem_size);

/* The older name of pfc_loop_collect_elems, as generated code before the
 * write-set called it. */
void pfc_loop_collect(pfc_loop_t *loop, void *base, size_t elem_size);

/* lastprivate: after the loop the `size` bytes at var hold what the
 * sequentially last iteration left there, whichever process ran it (a
 * zero-trip loop leaves them alone).  The variable itself, no shadow. */
void pfc_loop_lastprivate(pfc_loop_t *loop, void *var, size_t size);

/* Fork the workers (none for a zero-trip loop, an `if` that is false, a
 * loop inside a worker, or one worker or one chunk without retries and
 * timeout: then it runs serially in the caller). */
void pfc_loop_start(pfc_loop_t *loop);

/* Hand the caller its next stretch of iterations [*k, *end).  With
 * reductions, a stretch never crosses a reduction block, and the caller
 * brackets it with identity/deposit.  Returns 1 with work; in a worker,
 * when the work is done, it ships the results and exits the process
 * (never returns 0); in the parent, it returns 0 once every iteration is
 * done (it waits for the workers, re-runs the work of failed ones on new
 * workers when retries allow, and then merges the collected writes,
 * combines the reductions into the variables and sets the lastprivate
 * variables; after a failure it changes none of them). */
static inline int pfc_loop_next(pfc_loop_t *loop, unsigned long long *k,
                                unsigned long long *end);

/* pfc_loop_identity(loop, slot, partial): set the partial(s) of
 * reduction `slot` to the operator's identity; `partial` points to the
 * first of `count` objects: the variable itself, or a private shadow of
 * it.  pfc_loop_deposit(loop, slot, partial): record the partial(s) of
 * `slot` for the current stretch (read from the same place).  Both are
 * macros (pfor/abi_macros.h) over the inline forms below, which look at
 * the size of what `partial` points to: it must be a typed pointer. */

/* The library's side of the three (what the inline forms call when the
 * head does not serve them; a caller with a void pointer calls these). */
int pfc_loop_next_call(pfc_loop_t *loop, unsigned long long *k,
                       unsigned long long *end);
void pfc_loop_identity_call(pfc_loop_t *loop, int slot, void *partial);
void pfc_loop_deposit_call(pfc_loop_t *loop, int slot, const void *partial);

static inline int pfc_loop_next(pfc_loop_t *loop, unsigned long long *k,
                                unsigned long long *end)
{
    pfc_loop_head_t *head = (pfc_loop_head_t *)(void *)loop;
    if (head->next < head->end) {
        unsigned long long u = head->next++;
        unsigned long long first = u * head->iters;
        unsigned long long last = first + head->iters;
        head->block = u;
        *k = first;
        *end = last < first || last > head->trips ? head->trips : last;
        return 1;
    }
    return pfc_loop_next_call(loop, k, end);
}

static inline void pfc_loop_identity_sized(pfc_loop_t *loop, int slot,
                                           void *partial, unsigned long size)
{
    const pfc_loop_head_t *head = (const pfc_loop_head_t *)(void *)loop;
    if (size == 8 && slot >= 0 && slot < PFC_FAST_REDS &&
        (unsigned)slot < head->nfast)
        __builtin_memcpy(partial, &head->identity[slot], 8);
    else
        pfc_loop_identity_call(loop, slot, partial);
}

static inline void pfc_loop_deposit_sized(pfc_loop_t *loop, int slot,
                                          const void *partial,
                                          unsigned long size)
{
    const pfc_loop_head_t *head = (const pfc_loop_head_t *)(void *)loop;
    if (size == 8 && slot >= 0 && slot < PFC_FAST_REDS &&
        (unsigned)slot < head->nfast)
        __builtin_memcpy(head->partials + head->block * head->record +
                             head->off[slot],
                         partial, 8);
    else
        pfc_loop_deposit_call(loop, slot, partial);
}

/* A per-worker cell the body may store the running iteration in, so a
 * crash report can name it (*cell = k at the top of each stretch or of
 * each iteration; the report names an iteration only when it moved past
 * the stretch's start or the stretch was one iteration long).  The
 * same address in every process (each maps it onto its own cell), so it
 * may be fetched before or after pfc_loop_start. */
volatile unsigned long long *pfc_loop_cursor(pfc_loop_t *loop);

/* Finish: in the parent, after pfc_loop_next returned 0 (read the final
 * value of the loop variable before: this frees the descriptor).  When the
 * loop failed it prints one message naming the loop, the worker, its
 * iterations and the signal or status, and exits the program: with the
 * failed worker's exit status when a worker failed with no retries left
 * (its exit code, or 128 + the signal that killed it; 137 after a timeout,
 * as the worker was killed with SIGKILL; 1 when that would be 0 or is
 * unknown), with 1 for any other failure.  The reduction, lastprivate and
 * collected storage then keep their values from before the loop.  A crash
 * in an iteration the parent runs itself is reported by a signal handler
 * in the same words ("the parent process") and ends the program by that
 * signal (exit status 128 + N). */
void pfc_loop_end(pfc_loop_t *loop);

/* ---- parallel regions: `#pragma pfor parallel { ... }` ----
 * (the lowering is drawn at the top of this file; docs/team.md) */

/* A region's descriptor for the region at file:line (kept by pointer).
 * Never NULL. */
pfc_team_t *pfc_team_new(const char *file, int line);
/* Clauses of `parallel`, before the first pfc_team_run: the team's size
 * (<= 0: PFOR_WORKERS, else the usable CPUs), `if` (0: the region runs
 * serially in the caller, a team of one), how often a failed region is
 * run again from its start on a new team. */
void pfc_team_workers(pfc_team_t *team, long workers);
void pfc_team_if(pfc_team_t *team, int condition);
void pfc_team_retries(pfc_team_t *team, long retries);
/* `while (pfc_team_run(team)) { body }`.  In the caller, the first call
 * forks the team and supervises it: it returns 0 once every member ended
 * well and the region's results (the storage its loops collected, their
 * reduction and lastprivate variables, as member 0 holds them) are in
 * the caller's memory; a failed member fails the region (pfc_team_end
 * reports it), or, with retries left, the team is killed and a new one
 * runs the region from its start.  In each member the first call returns
 * 1 (the member runs the body); the second meets the team at the
 * region's end, sends the results (member 0) and exits the process.  A
 * serial region (if false, one worker without retries, a region inside a
 * member or a worker) returns 1, then 0, in the caller. */
int pfc_team_run(pfc_team_t *team);
/* After the while: a failed region prints its message and exits the
 * program with the member's exit status (as pfc_loop_end does); else
 * frees the descriptor. */
void pfc_team_end(pfc_team_t *team);

/* `#pragma pfor for`: pfc_loop_new's twin.  In a member of a forked team
 * the loop shares its iterations with the team (every member runs the
 * same lowering; the schedule hands each its chunks); in a team of one it
 * runs serially; outside every region it is a plain `parallel for`. */
pfc_loop_t *pfc_for_new(const char *file, int line);
/* The loop's `nowait`: the members do not meet at its end; its writes
 * reach the others at the next synchronisation point.  A loop with
 * reductions or lastprivate variables meets anyway (their values exist
 * only after the meeting).  No effect outside a team. */
void pfc_loop_nowait(pfc_loop_t *loop);
/* `#pragma pfor single [copyprivate(x, ...)] [nowait]`: 1 in member 0
 * (run the statement; inside it the member is a team of one), 0 in the
 * others; then pfc_single_copy for each copyprivate item in order, then
 * pfc_single_end: the team meets (unless nowait without copyprivate) and
 * every member gets member 0's values of the items.  Outside a team:
 * 1, and the other two do nothing. */
int pfc_single_begin(const char *file, int line);
void pfc_single_copy(void *var, size_t size);
void pfc_single_end(const char *file, int line, int nowait);
/* `#pragma pfor master`: `if (pfc_master()) stmt`; 1 in member 0 and
 * outside a team; no meeting. */
int pfc_master(void);
/* `#pragma pfor barrier`: the team meets (every member then holds every
 * write to the storage the region's loops collected).  Nothing outside a
 * team. */
void pfc_barrier(const char *file, int line);

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
struct pf_pool; /* pfor/pool.h: pf_pool_t */
void pfc_pool_map(struct pf_pool *pool, const char *file, int line,
                  int (*task)(const void *in, void *out, void *arg),
                  const void *in, size_t n,
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
/* The loop's iterations (pfc_loop_trips), after its range or nest;
 * stops the program, naming the loop, for a collapsed nest of more than
 * 2^64 - 1 (what pfc_loop_start refuses). */
unsigned long long pfo_loop_trips(pfc_loop_t *loop);
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
