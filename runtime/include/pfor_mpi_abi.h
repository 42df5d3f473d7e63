/* pfor_mpi_abi.h - the calls pforc --backend=mpi's generated code makes
 * (prefix pfm_), and the few a program may make itself (communicator,
 * rank).  The mirror of pfor_abi.h's pfc_ calls: same shapes, same order,
 * so the mpi generator differs from the process one by the prefix. */
#ifndef PFOR_MPI_ABI_H
#define PFOR_MPI_ABI_H

#include <mpi.h>
#include <stddef.h>

#include "pfor_abi.h"

/*
 * SPMD: every rank runs the whole program; each loop runs a share of its
 * iterations on each rank of the team (MPI_COMM_WORLD unless
 * pfm_set_comm says otherwise) and, when its last iteration is done,
 * every rank holds what a serial run leaves: the reduced variables, every
 * write any rank made to the collected storage, the lastprivate values.
 * docs/mpi.md is the user's page, docs/lowering.md the generated code.
 *
 *   {
 *       pfm_loop_t *__pf_loop = pfm_loop_new("file.c", 12);
 *       typedef long __pf_iv_t;
 *       PFM_RANGE(__pf_loop, __pf_iv_t, lo, hi, step, PFM_LT);
 *       pfm_loop_schedule(__pf_loop, PFM_SCHED_DYNAMIC, 4);  // clauses
 *       pfm_loop_reduce(__pf_loop, PF_OP_ADD, PF_TYPE_OF(sum), &sum, 1);
 *       pfm_loop_collect_bytes(__pf_loop, &a[0], sizeof a);
 *       pfm_loop_lastprivate(__pf_loop, &x, sizeof x);
 *       pfm_loop_start(__pf_loop);
 *       {
 *           volatile unsigned long long *__pf_cursor =
 *               pfm_loop_cursor(__pf_loop);
 *           unsigned long long __pf_k, __pf_end;
 *           while (pfm_loop_next(__pf_loop, &__pf_k, &__pf_end)) {
 *               *__pf_cursor = __pf_k;
 *               pfm_loop_identity(__pf_loop, 0, &sum);   // the variable
 *               for (; __pf_k < __pf_end; __pf_k++) {
 *                   __pf_iv_t i = PFM_IV(__pf_loop, __pf_iv_t, __pf_k);
 *       #line 14 "file.c"
 *                   body
 *               }
 *               pfm_loop_deposit(__pf_loop, 0, &sum);
 *           }
 *       }
 *       i = PFM_IV(__pf_loop, __pf_iv_t, pfm_loop_trips(__pf_loop));
 *       pfm_loop_end(__pf_loop);
 *   }
 *
 * Reductions reduce the variable itself: pfm_loop_reduce keeps its value,
 * identity/deposit work on the variable (so a global that a callee
 * updates counts), and the exchange sets it to value-before op the
 * fixed-order combination of the per-block partials: the bits the process
 * backend gives.  Every rank returns 0 from pfm_loop_next at the same
 * point: after the exchange (a collective on the team's communicator).
 * Every rank must therefore reach every loop, with the same range and
 * clauses, as every rank of an MPI program reaches every collective.
 */

typedef struct pfm_loop pfm_loop_t;

/* The same comparison and schedule codes as the process ABI. */
typedef pfc_cmp_t pfm_cmp_t;
typedef pfc_schedule_t pfm_schedule_t;

/* A loop at file:line (kept by pointer: pass literals).  `parallel for`:
 * shares its iterations among the ranks, except inside a region or inside
 * another loop's body, where it runs whole on the calling rank (OpenMP's
 * nested parallel region of one thread).  Never returns NULL. */
pfm_loop_t *pfm_loop_new(const char *file, int line);
/* `#pragma pfor for` inside a region: shares the iterations among the
 * team (the ranks); outside a region it is a plain parallel for. */
pfm_loop_t *pfm_for_new(const char *file, int line);

/* The range; as pfc_loop_range_*: errors stop the program naming the
 * loop.  PFM_RANGE picks the call by the signedness of T. */
void pfm_loop_range_signed_width(pfm_loop_t *loop, long long lo, long long hi,
                                 long long step, pfm_cmp_t cmp, size_t width);
void pfm_loop_range_unsigned_width(pfm_loop_t *loop, unsigned long long lo,
                                   unsigned long long hi, long long step,
                                   pfm_cmp_t cmp, size_t width);

/* collapse(n): one call per loop of the nest, dim 0 outermost, instead of
 * the range call.  The iteration space is then the flat
 * k = 0 .. t0*t1*...-1 (PFM_IV gives k itself); dim d's value at flat k
 * is pfm_loop_dim_value(loop, d, index_d) with index_d the d-th digit of
 * k in the mixed radix of the trips.  At most PFM_MAX_DIMS dims. */
#define PFM_MAX_DIMS 8
void pfm_loop_dim_signed_width(pfm_loop_t *loop, int dim, long long lo,
                               long long hi, long long step, pfm_cmp_t cmp,
                               size_t width);
void pfm_loop_dim_unsigned_width(pfm_loop_t *loop, int dim,
                                 unsigned long long lo, unsigned long long hi,
                                 long long step, pfm_cmp_t cmp, size_t width);
unsigned long long pfm_loop_dim_trips(const pfm_loop_t *loop, int dim);
unsigned long long pfm_loop_dim_value(const pfm_loop_t *loop, int dim,
                                      unsigned long long index);

/* Iterations, and lo + k * step (mod 2^64) as pfc_loop_value. */
unsigned long long pfm_loop_trips(const pfm_loop_t *loop);
unsigned long long pfm_loop_value(const pfm_loop_t *loop, unsigned long long k);

/* The first members of every pfm_loop_t, for the inline PFM_IV. */
typedef struct pfm_loop_head {
    unsigned long long lo;
    unsigned long long step;
} pfm_loop_head_t;

static inline unsigned long long pfm_loop_value_inline(const pfm_loop_t *loop,
                                                       unsigned long long k)
{
    const pfm_loop_head_t *head = (const pfm_loop_head_t *)(const void *)loop;
    return head->lo + k * head->step;
}

/* Clauses, each at most once, before pfm_loop_start.  workers, retries,
 * timeout and progress are accepted for the same source to build on every
 * backend, and have no effect on mpi (the ranks are the workers, started
 * by mpirun; a rank that dies stops the job).  nowait: accepted; the loop
 * still exchanges at its end (docs/mpi.md says why). */
void pfm_loop_workers(pfm_loop_t *loop, long workers);
void pfm_loop_schedule(pfm_loop_t *loop, pfm_schedule_t kind, long chunk);
void pfm_loop_if(pfm_loop_t *loop, int condition); /* 0: every rank runs
                                                      all, no exchange */
void pfm_loop_retries(pfm_loop_t *loop, long retries);
void pfm_loop_timeout(pfm_loop_t *loop, double seconds);
void pfm_loop_progress(pfm_loop_t *loop, int enabled);
void pfm_loop_nowait(pfm_loop_t *loop);

/* A reduction on `count` objects of `type` at `var` (1 for a scalar, len
 * for a section, var = &a[lo]); slots 0, 1, ... in call order.  The
 * variable's value now is the one the result is combined with. */
void pfm_loop_reduce(pfm_loop_t *loop, pf_op_t op, pf_type_t type, void *var,
                     size_t count);

/* Collected storage, bytes [base, base + bytes): every write any rank's
 * iterations make in it reaches every rank (an array `a`: &a[0], sizeof
 * a; a section p[lo:len]; each row of rows[lo:n][a:m] as its own range). */
void pfm_loop_collect_bytes(pfm_loop_t *loop, void *base, size_t bytes);
/* The elements at the loop's values: iteration with value i writes
 * (char *)base + i * elem (map's out[i]); only they are exchanged. */
void pfm_loop_collect_elems(pfm_loop_t *loop, void *base, size_t elem);

/* After the loop, `var` holds what the sequentially last iteration left
 * in it: the bytes of the rank that ran it, broadcast. */
void pfm_loop_lastprivate(pfm_loop_t *loop, void *var, size_t size);

void pfm_loop_start(pfm_loop_t *loop);
/* The caller's next stretch [*k, *end); 0 once the rank's share is done
 * and the exchange with the other ranks is over (a collective). */
int pfm_loop_next(pfm_loop_t *loop, unsigned long long *k,
                  unsigned long long *end);
void pfm_loop_identity(pfm_loop_t *loop, int slot, void *var);
void pfm_loop_deposit(pfm_loop_t *loop, int slot, const void *var);
/* The cell generated code stores the running k in, for crash reports. */
volatile unsigned long long *pfm_loop_cursor(pfm_loop_t *loop);
/* Frees the loop (read the final value of the loop variable before). */
void pfm_loop_end(pfm_loop_t *loop);

/*
 * Parallel regions: the team is the set of ranks.
 *
 *   {
 *       pfm_team_t *__pf_team = pfm_team_new("file.c", 20);
 *       pfm_team_if(__pf_team, !!(cond));          // clauses
 *       while (pfm_team_run(__pf_team)) {
 *           body: pfm_for_new loops, single, master, barrier
 *       }
 *       pfm_team_end(__pf_team);
 *   }
 *
 * pfm_team_run returns 1 once on every rank, then 0.  With if(false)
 * each rank is a team of one: loops in it run whole on every rank.
 *
 *   if (pfm_single_begin("file.c", 30)) stmt          // rank 0 only
 *   pfm_single_copy(&x, sizeof x);                    // every rank
 *   pfm_single_end();                                 // broadcast, wait
 *   if (pfm_master()) stmt                            // rank 0, no wait
 *   pfm_barrier("file.c", 40);                        // MPI_Barrier
 *
 * Outside a region single and master run on every rank (it is serial code,
 * which every rank runs) and a barrier does nothing.
 */
typedef struct pfm_team pfm_team_t;
pfm_team_t *pfm_team_new(const char *file, int line);
void pfm_team_workers(pfm_team_t *team, long workers); /* no effect */
void pfm_team_if(pfm_team_t *team, int condition);
void pfm_team_retries(pfm_team_t *team, long retries); /* no effect */
int pfm_team_run(pfm_team_t *team);
void pfm_team_end(pfm_team_t *team);

int pfm_single_begin(const char *file, int line);
void pfm_single_copy(void *var, size_t size);
void pfm_single_end(void);
int pfm_master(void);
void pfm_barrier(const char *file, int line);

/*
 * For programs themselves.  libpfor_mpi calls MPI_Init_thread
 * (MPI_THREAD_FUNNELED) at the first pfm_ call when the program has not
 * called MPI_Init itself, and MPI_Finalize at exit when it initialised
 * MPI; a program that calls MPI_Init / MPI_Init_thread / MPI_Finalize
 * keeps working (they are interposed through PMPI).
 */

/* Use `comm` (not MPI_COMM_WORLD) as the team of the loops and regions
 * that start from now on.  Collective in spirit: every rank of comm must
 * call it, with the same communicator, between the same loops.  The
 * communicator is duplicated; MPI_COMM_NULL goes back to MPI_COMM_WORLD. */
void pfm_set_comm(MPI_Comm comm);
/* This rank's number and the team's size (initialising MPI if needed). */
int pfm_rank(void);
int pfm_size(void);

#endif /* PFOR_MPI_ABI_H */
