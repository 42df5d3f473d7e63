/* loop.c - SPMD loops on MPI ranks: the pfm_loop_ calls that pforc
 * --backend=mpi generates (pfor_mpi_abi.h): sharing the iterations among
 * the ranks, the dynamic-schedule counter, and the exchange at the end. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "mpi_internal.h"

typedef unsigned __int128 u128;

/*
 * Design.
 *
 * The iteration space is cut exactly as the process engine cuts it: with
 * reductions into fixed blocks (pf__red_block_iters, libpfor's rule), which are the
 * scheduling units; without, one unit per iteration.  The ranks are the
 * participants: static hands rank r its even block (or block-cyclic
 * chunks r, r + P, ...), dynamic and guided take chunk numbers from a
 * counter in an MPI window on rank 0 of the team (MPI_Fetch_and_op:
 * passive target, no rank has to answer; bench/mpi/bench_mpi_dispatch.c
 * measures it against a rank-0 dispatcher).  Guided chunk sizes depend
 * only on the chunk's number (left / P with left what the earlier
 * numbers took), so a counter of numbers serves both.
 *
 * The counter is never reset: every rank stops after the first number
 * past the end, so a loop of C chunks moves it by C + P, and every rank
 * knows where the next loop starts.  This needs every fetch of a loop to
 * be over before the next loop's first: the exchange at the loop's end is
 * a collective, and a dynamic loop with nothing to exchange ends with a
 * barrier.
 *
 * The exchange (one or two collectives on the team's communicator):
 *   - floating-point reductions (and the other slots of such a loop): the
 *     maximal subtrees of the blocks each rank ran (reduce.c), gathered
 *     with MPI_Allgatherv; every rank combines the root in the process
 *     engine's order;
 *   - a loop whose reductions are all integer: one MPI_Allreduce per
 *     slot, of the rank's combined blocks;
 *   - collected bytes: the runs that changed (collect.c); collected
 *     elements: the elements of the iterations the rank ran;
 *   - lastprivate: the bytes of the rank that ran the last iteration;
 * all packed into one payload per rank, gathered with MPI_Allgatherv
 * (after an MPI_Allgather of the sizes, skipped when every size is known
 * in advance: a static schedule without collected storage).
 */

enum { LOOP_NEW, LOOP_RUNNING, LOOP_DONE };

typedef struct red {
    pf_op_t op;
    pf_type_t type;
    void *var;
    size_t count, elem, offset;
    unsigned char *before; /* the variable's value at registration */
} red_t;

typedef struct col {
    unsigned char *base;
    size_t size; /* bytes (collect_bytes) or element size (elems) */
    bool elems;
} col_t;

typedef struct last {
    void *var;
    size_t size;
} last_t;

typedef struct dim {
    unsigned long long lo, step, trips;
    bool is_signed, set;
} dim_t;

struct pfm_loop {
    pfm_loop_head_t head; /* first: PFM_IV reads it */
    const char *file;
    int line;
    int state;
    bool range_set, is_signed;
    unsigned long long trips;
    int ndims;
    dim_t dims[PFM_MAX_DIMS];

    /* Clauses. */
    pfc_schedule_t schedule;
    long chunk;
    bool cond;
    bool for_construct;

    red_t *reds;
    int nreds;
    bool has_float; /* some slot is floating: the tree path */
    size_t record;
    col_t *cols;
    int ncols;
    last_t *lasts;
    int nlasts;

    /* The plan. */
    bool local; /* this rank runs every iteration, no exchange */
    MPI_Comm comm;
    int rank, size;
    unsigned long long units, unit_iters, chunk_units, nchunks;
    pfc_schedule_t kind;
    bool even;
    unsigned long long *guided; /* chunk g starts at guided[g] */
    unsigned long long counter_base;
    unsigned long long dispatch_next; /* rank 0, dispatcher: next number */
    int dispatch_done;                /* ranks told there is no more */

    /* This rank's progress. */
    unsigned long long cur, claim_hi, static_j;
    unsigned long long block;
    unsigned long long *chunks; /* [lo, hi) unit pairs this rank ran */
    size_t nchunk_pairs, chunk_cap;
    unsigned char *partials;
    signed char *levels;
    pfm__range_t *ranges;       /* per collect item, this rank's addresses */
    pfm__range_t *track_ranges; /* the bytes items only */
    pfm__track_t *track;
    volatile unsigned long long cursor;
    pfm__context_t saved_ctx; /* the enclosing loop's or region's */
};

int pfm__loop_depth;

/* ---- the dynamic-schedule counter ---- */

/*
 * Chunk numbers come from a counter in an MPI window on rank 0 of the
 * team (MPI_Fetch_and_op, passive target).  Where MPI cannot make such a
 * window (Open MPI 4.1 over TCP without MPI_THREAD_MULTIPLE has no
 * one-sided component that does atomics), or PFOR_MPI_DYNAMIC=rank0 says
 * so, rank 0 hands out the numbers itself, between its own stretches
 * (MPI_Iprobe on a duplicate of the team's communicator), and answers the
 * last requests when its own work is done: a dispatcher with rank 0's
 * stretch as its latency.
 */
static MPI_Win counter_win = MPI_WIN_NULL;
static MPI_Comm counter_comm = MPI_COMM_NULL;  /* the team it serves */
static MPI_Comm dispatch_comm = MPI_COMM_NULL; /* dispatcher: a dup */
static unsigned long long *counter_mem;
static unsigned long long counter_next; /* same on every rank */
enum { DISPATCH_TAG = 1 };

void pfm__free_windows(void)
{
    if (counter_win != MPI_WIN_NULL) {
        MPI_Win_unlock_all(counter_win);
        MPI_Win_free(&counter_win);
    }
    if (dispatch_comm != MPI_COMM_NULL)
        MPI_Comm_free(&dispatch_comm);
    counter_win = MPI_WIN_NULL;
    dispatch_comm = MPI_COMM_NULL;
    counter_comm = MPI_COMM_NULL;
    counter_next = 0;
}

/* The counter window of `comm`, made (collectively) on first use; or the
 * dispatcher's communicator when no window can be had. */
static void counter_open(MPI_Comm comm, int rank)
{
    if (counter_comm == comm && counter_comm != MPI_COMM_NULL)
        return;
    pfm__free_windows();
    counter_comm = comm;
    counter_next = 0;
    const char *want = getenv("PFOR_MPI_DYNAMIC");
    int ok = 0;
    if (!(want && strcmp(want, "rank0") == 0)) {
        MPI_Errhandler old;
        MPI_Comm_get_errhandler(comm, &old);
        MPI_Comm_set_errhandler(comm, MPI_ERRORS_RETURN);
        MPI_Aint bytes = rank == 0 ? (MPI_Aint)sizeof(unsigned long long) : 0;
        int rc =
            MPI_Win_allocate(bytes, (int)sizeof(unsigned long long),
                             MPI_INFO_NULL, comm, &counter_mem, &counter_win);
        MPI_Comm_set_errhandler(comm, old);
        MPI_Errhandler_free(&old);
        int mine = rc == MPI_SUCCESS;
        MPI_Allreduce(&mine, &ok, 1, MPI_INT, MPI_LAND, comm);
        if (!ok && mine)
            MPI_Win_free(&counter_win);
        if (!ok)
            counter_win = MPI_WIN_NULL;
    }
    if (ok) {
        if (rank == 0)
            *counter_mem = 0;
        MPI_Win_lock_all(MPI_MODE_NOCHECK, counter_win);
        MPI_Barrier(comm); /* nobody fetches before rank 0 zeroed it */
    } else {
        MPI_Comm_dup(comm, &dispatch_comm);
    }
}

static unsigned long long counter_take(void)
{
    const unsigned long long one = 1;
    unsigned long long old = 0;
    MPI_Fetch_and_op(&one, &old, MPI_UNSIGNED_LONG_LONG, 0, 0, MPI_SUM,
                     counter_win);
    MPI_Win_flush(0, counter_win);
    return old;
}

/* ---- small helpers ---- */

static _Noreturn void loop_fatal(const pfm_loop_t *loop, const char *what)
{
    pfm__fatal("%s:%d: %s", loop->file, loop->line, what);
}

static unsigned long long unit_first(const pfm_loop_t *loop,
                                     unsigned long long u)
{
    u128 k = (u128)u * loop->unit_iters;
    return k < loop->trips ? (unsigned long long)k : loop->trips;
}

static void clause_check(pfm_loop_t *loop, const char *name)
{
    if (loop->state != LOOP_NEW) {
        char msg[128];
        snprintf(msg, sizeof msg, "pfor loop clause %s after the start", name);
        loop_fatal(loop, msg);
    }
}

/* ---- descriptor and range ---- */

static pfm_loop_t *loop_alloc(const char *file, int line, bool for_construct)
{
    pfm_loop_t *loop = calloc(1, sizeof *loop);
    if (loop == NULL)
        pfm__fatal("%s:%d: out of memory for a loop", file ? file : "?", line);
    loop->file = file ? file : "?";
    loop->line = line;
    loop->cond = true;
    loop->for_construct = for_construct;
    return loop;
}

pfm_loop_t *pfm_loop_new(const char *file, int line)
{
    return loop_alloc(file, line, false);
}

pfm_loop_t *pfm_for_new(const char *file, int line)
{
    return loop_alloc(file, line, true);
}

/* Normalise a range with libpfor's own rules (sched.c: zero trips,
 * overflow near the type's limits, endless loops stop the program with a
 * message naming the loop), through the process ABI on a scratch
 * descriptor. */
static dim_t normalise(const pfm_loop_t *loop, bool is_signed,
                       unsigned long long lo, unsigned long long hi,
                       long long step, pfm_cmp_t cmp, size_t width)
{
    pfc_loop_t *scratch = pfc_loop_new(loop->file, loop->line);
    if (is_signed)
        pfc_loop_range_signed_width(scratch, (long long)lo, (long long)hi, step,
                                    cmp, width);
    else
        pfc_loop_range_unsigned_width(scratch, lo, hi, step, cmp, width);
    dim_t d = {pfc_loop_value(scratch, 0),
               pfc_loop_value(scratch, 1) - pfc_loop_value(scratch, 0),
               pfc_loop_trips(scratch), is_signed, true};
    pfc_loop_end(scratch);
    return d;
}

static void set_range(pfm_loop_t *loop, bool is_signed, unsigned long long lo,
                      unsigned long long hi, long long step, pfm_cmp_t cmp,
                      size_t width)
{
    if (loop->state != LOOP_NEW || loop->ndims > 0)
        loop_fatal(loop, "pfor loop range set twice or after the start");
    dim_t d = normalise(loop, is_signed, lo, hi, step, cmp, width);
    loop->head.lo = d.lo;
    loop->head.step = d.step;
    loop->trips = d.trips;
    loop->is_signed = is_signed;
    loop->range_set = true;
}

void pfm_loop_range_signed_width(pfm_loop_t *loop, long long lo, long long hi,
                                 long long step, pfm_cmp_t cmp, size_t width)
{
    set_range(loop, true, (unsigned long long)lo, (unsigned long long)hi, step,
              cmp, width);
}

void pfm_loop_range_unsigned_width(pfm_loop_t *loop, unsigned long long lo,
                                   unsigned long long hi, long long step,
                                   pfm_cmp_t cmp, size_t width)
{
    set_range(loop, false, lo, hi, step, cmp, width);
}

static void set_dim(pfm_loop_t *loop, int dim, bool is_signed,
                    unsigned long long lo, unsigned long long hi,
                    long long step, pfm_cmp_t cmp, size_t width)
{
    if (loop->state != LOOP_NEW || (loop->range_set && loop->ndims == 0))
        loop_fatal(loop, "pfor loop dims set after the range or the start");
    if (dim < 0 || dim >= PFM_MAX_DIMS || dim != loop->ndims)
        loop_fatal(loop, "pfor loop dims must be given in order 0, 1, ... "
                         "(at most 8)");
    loop->dims[dim] = normalise(loop, is_signed, lo, hi, step, cmp, width);
    loop->ndims++;
    u128 t = 1;
    for (int d = 0; d < loop->ndims; d++)
        t *= loop->dims[d].trips;
    if (t > (u128)~0ULL)
        loop_fatal(loop, "pfor collapse: more than 2^64 iterations");
    loop->trips = (unsigned long long)t;
    loop->head.lo = 0;
    loop->head.step = 1;
    loop->is_signed = false;
    loop->range_set = true;
}

void pfm_loop_dim_signed_width(pfm_loop_t *loop, int dim, long long lo,
                               long long hi, long long step, pfm_cmp_t cmp,
                               size_t width)
{
    set_dim(loop, dim, true, (unsigned long long)lo, (unsigned long long)hi,
            step, cmp, width);
}

void pfm_loop_dim_unsigned_width(pfm_loop_t *loop, int dim,
                                 unsigned long long lo, unsigned long long hi,
                                 long long step, pfm_cmp_t cmp, size_t width)
{
    set_dim(loop, dim, false, lo, hi, step, cmp, width);
}

unsigned long long pfm_loop_dim_trips(const pfm_loop_t *loop, int dim)
{
    return dim >= 0 && dim < loop->ndims ? loop->dims[dim].trips : 0;
}

unsigned long long pfm_loop_dim_value(const pfm_loop_t *loop, int dim,
                                      unsigned long long index)
{
    if (dim < 0 || dim >= loop->ndims)
        return 0;
    return loop->dims[dim].lo + index * loop->dims[dim].step;
}

unsigned long long pfm_loop_trips(const pfm_loop_t *loop)
{
    return loop->trips;
}

unsigned long long pfm_loop_value(const pfm_loop_t *loop, unsigned long long k)
{
    return loop->head.lo + k * loop->head.step;
}

/* ---- clauses ---- */

void pfm_loop_workers(pfm_loop_t *loop, long workers)
{
    clause_check(loop, "workers");
    (void)workers;
}

void pfm_loop_schedule(pfm_loop_t *loop, pfm_schedule_t kind, long chunk)
{
    clause_check(loop, "schedule");
    /* RUNTIME + 1 is the process ABI's PFC_SCHED_AUTO (on the collect
     * branch): the runtime chooses; here, static. */
    if (kind < PFC_SCHED_DEFAULT || (int)kind > (int)PFC_SCHED_RUNTIME + 1)
        loop_fatal(loop, "pfor loop: unknown schedule");
    loop->schedule = kind;
    loop->chunk = chunk > 0 ? chunk : 0;
}

void pfm_loop_if(pfm_loop_t *loop, int condition)
{
    clause_check(loop, "if");
    loop->cond = condition != 0;
}

void pfm_loop_retries(pfm_loop_t *loop, long retries)
{
    clause_check(loop, "retries");
    (void)retries;
}

void pfm_loop_timeout(pfm_loop_t *loop, double seconds)
{
    clause_check(loop, "timeout");
    (void)seconds;
}

void pfm_loop_progress(pfm_loop_t *loop, int enabled)
{
    clause_check(loop, "progress");
    (void)enabled;
}

void pfm_loop_nowait(pfm_loop_t *loop)
{
    clause_check(loop, "nowait");
}

/* Words for a message: libpfor's (reduce.c). */
static const char *op_name(pf_op_t op)
{
    const char *n = pf__op_name(op);
    return n ? n : "?";
}

static const char *type_name(pf_type_t type)
{
    const char *n = pf__type_name(type);
    return n ? n : "an unknown type";
}

void pfm_loop_reduce(pfm_loop_t *loop, pf_op_t op, pf_type_t type, void *var,
                     size_t count)
{
    clause_check(loop, "reduction");
    if (!pf__op_valid(op, type) || (var == NULL && count > 0)) {
        char msg[160];
        snprintf(msg, sizeof msg,
                 "pfor loop: reduction '%s' on %s is not valid", op_name(op),
                 type_name(type));
        loop_fatal(loop, msg);
    }
    red_t *r = realloc(loop->reds, (size_t)(loop->nreds + 1) * sizeof *r);
    if (r == NULL)
        loop_fatal(loop, "out of memory for a reduction");
    loop->reds = r;
    size_t elem = pf__type_size(type);
    unsigned char *before = malloc(count * elem + 1);
    if (before == NULL)
        loop_fatal(loop, "out of memory for a reduction");
    if (count)
        memcpy(before, var, count * elem);
    r[loop->nreds++] = (red_t){op, type, var, count, elem, 0, before};
    if (type == PF_TYPE_FLOAT || type == PF_TYPE_DOUBLE ||
        type == PF_TYPE_LDOUBLE)
        loop->has_float = true;
}

static void add_col(pfm_loop_t *loop, void *base, size_t size, bool elems)
{
    clause_check(loop, "collect");
    if (base == NULL && size > 0)
        loop_fatal(loop, "pfor loop: collected storage is NULL");
    col_t *c = realloc(loop->cols, (size_t)(loop->ncols + 1) * sizeof *c);
    if (c == NULL)
        loop_fatal(loop, "out of memory for collected storage");
    loop->cols = c;
    c[loop->ncols++] = (col_t){base, size, elems};
}

void pfm_loop_collect_bytes(pfm_loop_t *loop, void *base, size_t bytes)
{
    add_col(loop, base, bytes, false);
}

void pfm_loop_collect_elems(pfm_loop_t *loop, void *base, size_t elem)
{
    if (elem == 0)
        loop_fatal(loop, "pfor loop: collected elements of size 0");
    add_col(loop, base, elem, true);
}

void pfm_loop_lastprivate(pfm_loop_t *loop, void *var, size_t size)
{
    clause_check(loop, "lastprivate");
    last_t *l = realloc(loop->lasts, (size_t)(loop->nlasts + 1) * sizeof *l);
    if (l == NULL)
        loop_fatal(loop, "out of memory for lastprivate");
    loop->lasts = l;
    l[loop->nlasts++] = (last_t){var, size};
}

/* ---- start ---- */

static size_t align16(size_t n)
{
    return (n + 15) / 16 * 16;
}

/* Guided chunk starts: chunk g takes max(ceil(left / P), c) units of what
 * chunks 0..g-1 left. */
static void plan_guided(pfm_loop_t *loop)
{
    unsigned long long u = loop->units, c = loop->chunk_units, n = 0, at = 0;
    unsigned long long P = (unsigned long long)loop->size;
    while (at < u) {
        unsigned long long left = u - at, q = (left + P - 1) / P;
        at += q > c ? q : c;
        n++;
    }
    loop->guided = malloc((n + 1) * sizeof *loop->guided);
    if (loop->guided == NULL)
        loop_fatal(loop, "out of memory for the guided schedule");
    at = 0;
    for (unsigned long long g = 0; g < n; g++) {
        loop->guided[g] = at;
        unsigned long long left = u - at, q = (left + P - 1) / P;
        at += q > c ? q : c;
        if (at > u)
            at = u;
    }
    loop->guided[n] = u;
    loop->nchunks = n;
}

/* Collected storage a rank has no copy of yet gets rank 0's bytes first:
 * the byte diffs at the loop's end assume every rank starts from the same
 * bytes, which memory that was never written (an uninitialised array on
 * the stack, a recycled heap block) does not promise.  Decided together
 * (the ranks' address layouts differ), one broadcast per such range. */
static void same_start(pfm_loop_t *loop, const pfm__range_t *bytes)
{
    unsigned char *fresh = calloc((size_t)loop->ncols, 1);
    if (fresh == NULL)
        loop_fatal(loop, "out of memory for collected storage");
    for (int i = 0; i < loop->ncols; i++)
        fresh[i] = (unsigned char)pfm__track_is_new(&bytes[i]);
    MPI_Allreduce(MPI_IN_PLACE, fresh, loop->ncols, MPI_UNSIGNED_CHAR, MPI_MAX,
                  loop->comm);
    for (int i = 0; i < loop->ncols; i++)
        for (size_t at = 0; fresh[i] && at < bytes[i].bytes; at += 1u << 30) {
            size_t n = bytes[i].bytes - at < (1u << 30) ? bytes[i].bytes - at
                                                        : (1u << 30);
            MPI_Bcast(bytes[i].base + at, (int)n, MPI_BYTE, 0, loop->comm);
        }
    free(fresh);
}

/* The crash report's first part for this rank's current chunk. */
static void describe(pfm_loop_t *loop, unsigned long long klo,
                     unsigned long long khi)
{
    char lo[32], hi[32];
    unsigned long long vlo = pfm_loop_value(loop, klo),
                       vhi = pfm_loop_value(loop, khi ? khi - 1 : 0);
    if (loop->is_signed) {
        snprintf(lo, sizeof lo, "%lld", (long long)vlo);
        snprintf(hi, sizeof hi, "%lld", (long long)vhi);
    } else {
        snprintf(lo, sizeof lo, "%llu", vlo);
        snprintf(hi, sizeof hi, "%llu", vhi);
    }
    static char host[64];
    if (host[0] == '\0')
        gethostname(host, sizeof host - 1);
    snprintf(pfm__ctx.where, sizeof pfm__ctx.where,
             "%s:%d: pfor loop failed on rank %d of %d (pid %d, host %s), "
             "iterations %llu..%llu of %llu (%s .. %s)",
             loop->file, loop->line, loop->rank, loop->size, (int)getpid(),
             host, klo, khi ? khi - 1 : 0, loop->trips, lo, hi);
}

void pfm_loop_start(pfm_loop_t *loop)
{
    if (loop->state != LOOP_NEW)
        loop_fatal(loop, "pfor loop started twice");
    if (!loop->range_set)
        loop_fatal(loop, "pfor loop started without a range");
    pfm__init();
    loop->state = LOOP_RUNNING;
    unsigned long long trips = loop->trips;

    /* Blocks: the process engine's record layout and rule. */
    size_t record = 0;
    for (int r = 0; r < loop->nreds; r++) {
        loop->reds[r].offset = record;
        record += align16(loop->reds[r].count * loop->reds[r].elem);
    }
    loop->record = record;
    if (loop->nreds > 0 && trips > 0) {
        loop->unit_iters = pf__red_block_iters(trips, record);
        loop->units =
            trips / loop->unit_iters + (trips % loop->unit_iters != 0);
    } else {
        loop->unit_iters = 1;
        loop->units = trips;
    }

    /* Schedule. */
    pfc_schedule_t kind = loop->schedule;
    long chunk = loop->chunk;
    if (kind == PFC_SCHED_RUNTIME) {
        const char *env = getenv("PFOR_SCHEDULE");
        if (env == NULL || *env == '\0') {
            kind = PFC_SCHED_STATIC;
            chunk = 0;
        } else if (pf__loop_parse_schedule(env, &kind, &chunk) != 0) {
            char msg[300];
            snprintf(msg, sizeof msg,
                     "PFOR_SCHEDULE=\"%.100s\" is malformed (expected static, "
                     "dynamic or guided, optionally followed by ,chunk with "
                     "chunk > 0)",
                     env);
            loop_fatal(loop, msg);
        }
    }
    if (kind == PFC_SCHED_DEFAULT || (int)kind > (int)PFC_SCHED_RUNTIME) {
        kind = PFC_SCHED_STATIC; /* default, or auto */
        if ((int)loop->schedule > (int)PFC_SCHED_RUNTIME)
            chunk = 0;
    }
    unsigned long long c = chunk > 0 ? (unsigned long long)chunk : 1;
    loop->chunk_units = c / loop->unit_iters + (c % loop->unit_iters != 0);
    if (loop->chunk_units == 0)
        loop->chunk_units = 1;

    /* Who takes part. */
    bool nested =
        pfm__loop_depth > 0 ||
        (pfm__in_region() && (!loop->for_construct || !pfm__region_shared()));
    loop->comm = pfm__comm();
    loop->size = pfm__size();
    loop->rank = pfm__rank();
    loop->local = !loop->cond || nested || loop->size == 1 || trips == 0;
    if (loop->local) {
        loop->size = 1;
        loop->rank = 0;
        kind = PFC_SCHED_STATIC;
        chunk = 0;
    }
    loop->kind = kind;
    loop->even = kind == PFC_SCHED_STATIC && chunk <= 0;
    if (kind == PFC_SCHED_GUIDED)
        plan_guided(loop);
    else
        loop->nchunks = loop->units / loop->chunk_units +
                        (loop->units % loop->chunk_units != 0);
    if (kind == PFC_SCHED_DYNAMIC || kind == PFC_SCHED_GUIDED) {
        counter_open(loop->comm, loop->rank);
        loop->counter_base = counter_next;
        counter_next += loop->nchunks + (unsigned long long)loop->size;
    }

    /* State. */
    if (loop->nreds > 0 && loop->units > 0) {
        loop->partials = calloc((size_t)loop->units, record ? record : 1);
        loop->levels = malloc((size_t)loop->units);
        if (loop->partials == NULL || loop->levels == NULL)
            loop_fatal(loop, "out of memory for the reduction partials");
        memset(loop->levels, -1, (size_t)loop->units);
    }
    if (loop->ncols > 0) {
        loop->ranges = calloc((size_t)loop->ncols, sizeof *loop->ranges);
        if (loop->ranges == NULL)
            loop_fatal(loop, "out of memory for collected storage");
        for (int i = 0; i < loop->ncols; i++) {
            col_t *col = &loop->cols[i];
            if (!col->elems) {
                loop->ranges[i] = (pfm__range_t){col->base, col->size};
            } else if (trips > 0) {
                /* Elements at the loop's values: the lowest to the
                 * highest.  Values are indices: signed ones may be
                 * negative, the element below base is then named. */
                unsigned long long a = pfm_loop_value(loop, 0),
                                   b = pfm_loop_value(loop, trips - 1);
                long long sa = (long long)a, sb = (long long)b;
                long long lo = sa < sb ? sa : sb, hi = sa < sb ? sb : sa;
                if (!loop->is_signed && loop->ndims == 0)
                    lo = (long long)(a < b ? a : b),
                    hi = (long long)(a < b ? b : a);
                loop->ranges[i] =
                    (pfm__range_t){col->base + lo * (long long)col->size,
                                   (size_t)(hi - lo + 1) * col->size};
            }
        }
        bool any_bytes = false;
        for (int i = 0; i < loop->ncols; i++)
            any_bytes |= !loop->cols[i].elems;
        if (!loop->local && any_bytes) {
            /* Only the bytes ranges are tracked; elements are known. */
            pfm__range_t *bytes = calloc((size_t)loop->ncols, sizeof *bytes);
            if (bytes == NULL)
                loop_fatal(loop, "out of memory for collected storage");
            for (int i = 0; i < loop->ncols; i++)
                if (!loop->cols[i].elems)
                    bytes[i] = loop->ranges[i];
            loop->track_ranges = bytes; /* track keeps the pointer */
            same_start(loop, bytes);
            loop->track = pfm__track_begin(bytes, loop->ncols);
        }
    }

    loop->cursor = ~0ULL;
    loop->saved_ctx = pfm__ctx;
    pfm__ctx.cursor = &loop->cursor;
    pfm__ctx.lo = loop->head.lo;
    pfm__ctx.step = loop->head.step;
    pfm__ctx.is_signed = loop->is_signed;
    describe(loop, 0, 0);
    pfm__ctx.active = 1;
    pfm__loop_depth++;
}

/* ---- handing out work ---- */

static void record_chunk(pfm_loop_t *loop, unsigned long long lo,
                         unsigned long long hi)
{
    if (loop->nchunk_pairs > 0 &&
        loop->chunks[2 * loop->nchunk_pairs - 1] == lo) {
        loop->chunks[2 * loop->nchunk_pairs - 1] = hi;
        return;
    }
    if (loop->nchunk_pairs == loop->chunk_cap) {
        size_t cap = loop->chunk_cap ? 2 * loop->chunk_cap : 16;
        unsigned long long *c =
            realloc(loop->chunks, cap * 2 * sizeof *loop->chunks);
        if (c == NULL)
            loop_fatal(loop, "out of memory for the rank's chunk list");
        loop->chunks = c;
        loop->chunk_cap = cap;
    }
    loop->chunks[2 * loop->nchunk_pairs] = lo;
    loop->chunks[2 * loop->nchunk_pairs + 1] = hi;
    loop->nchunk_pairs++;
}

/* Units of chunk g, for the numbered schedules. */
static void chunk_units(const pfm_loop_t *loop, unsigned long long g,
                        unsigned long long *lo, unsigned long long *hi)
{
    if (loop->kind == PFC_SCHED_GUIDED) {
        *lo = loop->guided[g];
        *hi = loop->guided[g + 1];
        return;
    }
    u128 first = (u128)g * loop->chunk_units, last = first + loop->chunk_units;
    *lo = (unsigned long long)first;
    *hi = last < loop->units ? (unsigned long long)last : loop->units;
}

/* Dispatcher, rank 0: answer every request waiting now; with `all`,
 * until every other rank has been told there is no more. */
static void dispatch_serve(pfm_loop_t *loop, bool all)
{
    for (;;) {
        int flag = 0;
        MPI_Status st;
        if (all) {
            if (loop->dispatch_done >= loop->size - 1)
                return;
            MPI_Probe(MPI_ANY_SOURCE, DISPATCH_TAG, dispatch_comm, &st);
            flag = 1;
        } else {
            MPI_Iprobe(MPI_ANY_SOURCE, DISPATCH_TAG, dispatch_comm, &flag, &st);
        }
        if (!flag)
            return;
        int dummy;
        MPI_Recv(&dummy, 1, MPI_INT, st.MPI_SOURCE, DISPATCH_TAG, dispatch_comm,
                 MPI_STATUS_IGNORE);
        unsigned long long g = loop->dispatch_next < loop->nchunks
                                   ? loop->dispatch_next++
                                   : loop->nchunks;
        if (g >= loop->nchunks)
            loop->dispatch_done++;
        MPI_Send(&g, 1, MPI_UNSIGNED_LONG_LONG, st.MPI_SOURCE, DISPATCH_TAG,
                 dispatch_comm);
    }
}

/* The next chunk number of a dynamic or guided loop (>= nchunks: none). */
static unsigned long long next_number(pfm_loop_t *loop)
{
    if (counter_win != MPI_WIN_NULL)
        return counter_take() - loop->counter_base;
    if (loop->rank == 0) {
        dispatch_serve(loop, false);
        if (loop->dispatch_next < loop->nchunks)
            return loop->dispatch_next++;
        dispatch_serve(loop, true);
        return loop->nchunks;
    }
    int ask = 0;
    unsigned long long g;
    MPI_Send(&ask, 1, MPI_INT, 0, DISPATCH_TAG, dispatch_comm);
    MPI_Recv(&g, 1, MPI_UNSIGNED_LONG_LONG, 0, DISPATCH_TAG, dispatch_comm,
             MPI_STATUS_IGNORE);
    return g;
}

/* The rank's next chunk of units; false when it has no more. */
static bool claim(pfm_loop_t *loop, unsigned long long *lo,
                  unsigned long long *hi)
{
    u128 u = loop->units, P = (u128)loop->size;
    unsigned long long j = loop->static_j;
    if (loop->kind == PFC_SCHED_STATIC && loop->even) {
        if (j > 0)
            return false;
        *lo = (unsigned long long)(u * (u128)loop->rank / P);
        *hi = (unsigned long long)(u * (u128)(loop->rank + 1) / P);
    } else if (loop->kind == PFC_SCHED_STATIC) {
        u128 g = (u128)loop->rank + (u128)j * P;
        if (g >= loop->nchunks)
            return false;
        chunk_units(loop, (unsigned long long)g, lo, hi);
    } else {
        unsigned long long g = next_number(loop);
        if (g >= loop->nchunks)
            return false;
        chunk_units(loop, g, lo, hi);
    }
    loop->static_j = j + 1;
    return *lo < *hi || claim(loop, lo, hi);
}

static bool take_stretch(pfm_loop_t *loop, unsigned long long *k,
                         unsigned long long *end)
{
    if (dispatch_comm != MPI_COMM_NULL && loop->rank == 0 && !loop->local &&
        loop->kind != PFC_SCHED_STATIC)
        dispatch_serve(loop, false);
    if (loop->cur >= loop->claim_hi) {
        unsigned long long lo, hi;
        if (!claim(loop, &lo, &hi))
            return false;
        record_chunk(loop, lo, hi);
        loop->cur = lo;
        loop->claim_hi = hi;
        describe(loop, unit_first(loop, lo), unit_first(loop, hi));
    }
    unsigned long long next = loop->nreds > 0 ? loop->cur + 1 : loop->claim_hi;
    loop->block = loop->cur;
    *k = unit_first(loop, loop->cur);
    *end = unit_first(loop, next);
    loop->cur = next;
    return true;
}

/* ---- the exchange ---- */

static void combine_record(void *ctx, unsigned char *dst,
                           const unsigned char *src)
{
    const pfm_loop_t *loop = ctx;
    for (int r = 0; r < loop->nreds; r++) {
        const red_t *red = &loop->reds[r];
        pf__red_combine(red->op, red->type, dst + red->offset,
                        src + red->offset, red->count);
    }
}

/* Bitmap of the units `rank` runs: from this rank's own chunk list, or,
 * for another rank under a static schedule, computed. */
static uint64_t *owned_units(const pfm_loop_t *loop, int rank, bool mine)
{
    uint64_t *bits = calloc((size_t)(loop->units / 64 + 1), sizeof *bits);
    if (bits == NULL)
        loop_fatal(loop, "out of memory for the exchange");
#define SET_RANGE(a, b)                                                        \
    for (unsigned long long u_ = (a); u_ < (b); u_++)                          \
        bits[u_ / 64] |= 1ULL << (u_ % 64);
    if (mine) {
        for (size_t i = 0; i < loop->nchunk_pairs; i++)
            SET_RANGE(loop->chunks[2 * i], loop->chunks[2 * i + 1]);
    } else if (loop->even) {
        u128 u = loop->units, P = (u128)loop->size;
        SET_RANGE((unsigned long long)(u * (u128)rank / P),
                  (unsigned long long)(u * (u128)(rank + 1) / P));
    } else {
        for (unsigned long long g = (unsigned long long)rank; g < loop->nchunks;
             g += (unsigned long long)loop->size) {
            unsigned long long lo, hi;
            chunk_units(loop, g, &lo, &hi);
            SET_RANGE(lo, hi);
        }
    }
#undef SET_RANGE
    return bits;
}

static bool owns_unit(const uint64_t *bits, unsigned long long u)
{
    return (bits[u / 64] >> (u % 64) & 1) != 0;
}

static void put_entry(pfm__buf_t *b, uint32_t kind, uint32_t a, uint64_t off,
                      const void *bytes, size_t len)
{
    static const unsigned char zero[8];
    pfm__entry_t e = {kind, a, off, len};
    pfm__buf_put(b, &e, sizeof e);
    pfm__buf_put(b, bytes, len);
    pfm__buf_put(b, zero, PFM__PAD8(len) - len);
}

/* The elements of collect_elems item i that this rank's iterations
 * wrote. */
static void put_elems(pfm_loop_t *loop, int i, pfm__buf_t *out)
{
    const pfm__range_t *r = &loop->ranges[i];
    size_t es = loop->cols[i].size;
    for (size_t c = 0; c < loop->nchunk_pairs; c++) {
        unsigned long long k = unit_first(loop, loop->chunks[2 * c]),
                           end = unit_first(loop, loop->chunks[2 * c + 1]);
        long long step = (long long)loop->head.step;
        if (step == 1 || step == -1) {
            unsigned long long first = step == 1 ? k : end - 1;
            unsigned char *a =
                loop->cols[i].base +
                (long long)pfm_loop_value(loop, first) * (long long)es;
            put_entry(out, PFM__E_RUN, (uint32_t)i, (uint64_t)(a - r->base), a,
                      (size_t)(end - k) * es);
            continue;
        }
        for (; k < end; k++) {
            unsigned char *a =
                loop->cols[i].base +
                (long long)pfm_loop_value(loop, k) * (long long)es;
            put_entry(out, PFM__E_RUN, (uint32_t)i, (uint64_t)(a - r->base), a,
                      es);
        }
    }
}

/* Size in bytes of the payload `rank` sends, when it can be known without
 * asking (a static schedule, no collected storage). */
static uint64_t known_size(const pfm_loop_t *loop, int rank)
{
    uint64_t n = 0;
    uint64_t *bits = owned_units(loop, rank, false);
    if (loop->has_float)
        n += pfm__tree_count(loop->units, bits) *
             (sizeof(pfm__entry_t) + PFM__PAD8(loop->record));
    if (loop->nlasts > 0 && loop->units > 0 && owns_unit(bits, loop->units - 1))
        for (int i = 0; i < loop->nlasts; i++)
            n += sizeof(pfm__entry_t) + PFM__PAD8(loop->lasts[i].size);
    free(bits);
    return n;
}

/* Gather every rank's payload: all[r] at offsets[r], sizes[r] bytes. */
static unsigned char *gather(pfm_loop_t *loop, const pfm__buf_t *mine,
                             bool sizes_known, uint64_t *sizes,
                             uint64_t *offsets)
{
    int P = loop->size;
    if (sizes_known) {
        for (int r = 0; r < P; r++)
            sizes[r] = r == loop->rank ? mine->len : known_size(loop, r);
        if (sizes[loop->rank] != mine->len)
            loop_fatal(loop, "internal error: payload size mismatch");
    } else {
        uint64_t len = mine->len;
        MPI_Allgather(&len, 1, MPI_UINT64_T, sizes, 1, MPI_UINT64_T,
                      loop->comm);
    }
    uint64_t total = 0;
    for (int r = 0; r < P; r++) {
        offsets[r] = total;
        total += sizes[r];
    }
    unsigned char *all = malloc(total ? total : 1);
    if (all == NULL)
        loop_fatal(loop, "out of memory for the exchange");
    if (total <= (uint64_t)0x7fffffff) {
        int *counts = malloc((size_t)P * sizeof *counts);
        int *displs = malloc((size_t)P * sizeof *displs);
        if (counts == NULL || displs == NULL)
            loop_fatal(loop, "out of memory for the exchange");
        for (int r = 0; r < P; r++) {
            counts[r] = (int)sizes[r];
            displs[r] = (int)offsets[r];
        }
        MPI_Allgatherv(mine->data, (int)mine->len, MPI_BYTE, all, counts,
                       displs, MPI_BYTE, loop->comm);
        free(counts);
        free(displs);
    } else {
        /* Over 2 GiB: one broadcast per rank, in pieces. */
        memcpy(all + offsets[loop->rank], mine->data, mine->len);
        for (int r = 0; r < P; r++)
            for (uint64_t at = 0; at < sizes[r]; at += 1u << 30) {
                uint64_t n =
                    sizes[r] - at < (1u << 30) ? sizes[r] - at : (1u << 30);
                MPI_Bcast(all + offsets[r] + at, (int)n, MPI_BYTE, r,
                          loop->comm);
            }
    }
    return all;
}

/* Set each reduced variable to its value before the loop op total.  In
 * a region the value before the loop is rank 0's, as it is member 0's on
 * the process backend (docs/team.md): the OpenMP idiom of a `single`
 * resetting a shared reduction variable (which runs on rank 0 only) then
 * gives every rank the same result.  One MPI_Bcast of the values. */
static void fold(pfm_loop_t *loop, const unsigned char *total)
{
    if (!loop->local && loop->size > 1 && pfm__in_region() &&
        pfm__region_shared())
        for (int r = 0; r < loop->nreds; r++) {
            red_t *red = &loop->reds[r];
            for (size_t at = 0; at < red->count * red->elem; at += 1u << 30) {
                size_t n = red->count * red->elem - at;
                MPI_Bcast(red->before + at, (int)(n < (1u << 30) ? n : 1u << 30),
                          MPI_BYTE, 0, loop->comm);
            }
        }
    for (int r = 0; r < loop->nreds; r++) {
        red_t *red = &loop->reds[r];
        if (red->count == 0)
            continue;
        memcpy(red->var, red->before, red->count * red->elem);
        pf__red_combine(red->op, red->type, red->var, total + red->offset,
                        red->count);
    }
}

static void exchange(pfm_loop_t *loop)
{
    pfm__tree_t tree = {loop->units, loop->record, loop->partials,
                        loop->levels};
    bool any_units = loop->units > 0;

    if (loop->local) {
        /* Every block ran here: the tree alone. */
        if (loop->nreds > 0 && any_units) {
            uint64_t *all = owned_units(loop, 0, true);
            pfm__buf_t scratch = {0};
            pfm__tree_nodes(&tree, all, combine_record, loop, &scratch);
            pfm__buf_free(&scratch);
            free(all);
            fold(loop, loop->partials);
        }
        return;
    }

    bool need_owned = loop->nreds > 0 || loop->nlasts > 0;
    uint64_t *owned = need_owned ? owned_units(loop, loop->rank, true) : NULL;
    bool ran_last = owned && any_units && owns_unit(owned, loop->units - 1);
    bool payload = loop->has_float || loop->ncols > 0 || loop->nlasts > 0;
    bool collective = false;

    if (payload) {
        bool tracked = loop->track != NULL;
        pfm__buf_t mine = {0};
        if (loop->has_float && any_units)
            pfm__tree_nodes(&tree, owned, combine_record, loop, &mine);
        if (loop->track) {
            pfm__track_end(loop->track, &mine);
            loop->track = NULL;
        }
        for (int i = 0; i < loop->ncols; i++)
            if (loop->cols[i].elems)
                put_elems(loop, i, &mine);
        if (ran_last)
            for (int i = 0; i < loop->nlasts; i++)
                put_entry(&mine, PFM__E_LAST, (uint32_t)i, 0,
                          loop->lasts[i].var, loop->lasts[i].size);
        int P = loop->size;
        uint64_t *sizes = malloc((size_t)P * sizeof *sizes);
        uint64_t *offsets = malloc((size_t)P * sizeof *offsets);
        if (sizes == NULL || offsets == NULL)
            loop_fatal(loop, "out of memory for the exchange");
        bool known = loop->kind == PFC_SCHED_STATIC && loop->ncols == 0;
        unsigned char *all = gather(loop, &mine, known, sizes, offsets);
        collective = true;
        /* Other ranks' entries, in rank order: first the pages the runs
         * will write are unprotected, then everything is applied. */
        for (int r = 0; r < P && tracked; r++) {
            if (r == loop->rank)
                continue;
            const unsigned char *p = all + offsets[r], *end = p + sizes[r];
            while (p + sizeof(pfm__entry_t) <= end) {
                pfm__entry_t e;
                memcpy(&e, p, sizeof e);
                if (e.len > (uint64_t)(end - p - sizeof e))
                    break;
                if (e.kind == PFM__E_RUNS)
                    pfm__apply_prepare(loop->ranges, loop->ncols, &e,
                                       p + sizeof e, false);
                p += sizeof e + PFM__PAD8(e.len);
            }
        }
        if (tracked)
            pfm__apply_prepare(NULL, 0, NULL, NULL, true);
        for (int r = 0; r < P; r++) {
            if (r == loop->rank)
                continue;
            const unsigned char *p = all + offsets[r], *end = p + sizes[r];
            while (p + sizeof(pfm__entry_t) <= end) {
                pfm__entry_t e;
                memcpy(&e, p, sizeof e);
                const unsigned char *bytes = p + sizeof e;
                if (e.len > (uint64_t)(end - bytes))
                    loop_fatal(loop, "internal error: a truncated exchange");
                if (e.kind == PFM__E_NODE)
                    pfm__tree_put(&tree, &e, bytes);
                else if (e.kind == PFM__E_RUN || e.kind == PFM__E_RUNS)
                    pfm__apply_run(loop->ranges, loop->ncols, &e, bytes);
                else if (e.kind == PFM__E_LAST &&
                         e.a < (uint32_t)loop->nlasts &&
                         e.len == loop->lasts[e.a].size)
                    memcpy(loop->lasts[e.a].var, bytes, e.len);
                p = bytes + PFM__PAD8(e.len);
            }
        }
        if (loop->has_float && any_units) {
            pfm__tree_root(&tree, combine_record, loop);
            fold(loop, loop->partials);
        }
        free(all);
        free(sizes);
        free(offsets);
        pfm__buf_free(&mine);
    }

    if (loop->nreds > 0 && !loop->has_float) {
        /* Integer slots: the rank's blocks combined (any order: integer
         * operators are associative and commutative), then Allreduce. */
        unsigned char *total = calloc(1, loop->record ? loop->record : 1);
        if (total == NULL)
            loop_fatal(loop, "out of memory for the reduction");
        for (int r = 0; r < loop->nreds; r++)
            pf__red_identity(loop->reds[r].op, loop->reds[r].type,
                             total + loop->reds[r].offset, loop->reds[r].count);
        for (unsigned long long u = 0; u < loop->units; u++)
            if (owns_unit(owned, u))
                combine_record(loop, total, loop->partials + u * loop->record);
        for (int r = 0; r < loop->nreds; r++) {
            red_t *red = &loop->reds[r];
            MPI_Datatype dt;
            MPI_Op op;
            if (!pfm__mpi_op(red->op, red->type, &dt, &op))
                loop_fatal(loop, "internal error: no MPI operator");
            for (size_t at = 0; at < red->count; at += 1u << 28) {
                size_t n =
                    red->count - at < (1u << 28) ? red->count - at : (1u << 28);
                MPI_Allreduce(MPI_IN_PLACE,
                              total + red->offset + at * red->elem, (int)n, dt,
                              op, loop->comm);
            }
        }
        collective = true;
        fold(loop, total);
        free(total);
    }

    if (!collective && loop->kind != PFC_SCHED_STATIC)
        MPI_Barrier(loop->comm); /* the counter's fetches are all over */
    free(owned);
}

int pfm_loop_next(pfm_loop_t *loop, unsigned long long *k,
                  unsigned long long *end)
{
    if (loop->state != LOOP_RUNNING)
        return 0;
    if (take_stretch(loop, k, end)) {
        pfm__ctx.stretch_lo = *k;
        return 1;
    }
    pfm__ctx.active = 0;
    exchange(loop);
    loop->state = LOOP_DONE;
    return 0;
}

static void check_slot(pfm_loop_t *loop, int slot)
{
    if (slot < 0 || slot >= loop->nreds)
        loop_fatal(loop, "pfor loop: no such reduction slot");
}

void pfm_loop_identity(pfm_loop_t *loop, int slot, void *var)
{
    check_slot(loop, slot);
    red_t *r = &loop->reds[slot];
    pf__red_identity(r->op, r->type, var, r->count);
}

void pfm_loop_deposit(pfm_loop_t *loop, int slot, const void *var)
{
    check_slot(loop, slot);
    red_t *r = &loop->reds[slot];
    if (r->count > 0 && loop->partials)
        memcpy(loop->partials + loop->block * loop->record + r->offset, var,
               r->count * r->elem);
}

volatile unsigned long long *pfm_loop_cursor(pfm_loop_t *loop)
{
    return &loop->cursor;
}

void pfm_loop_end(pfm_loop_t *loop)
{
    if (loop == NULL)
        return;
    if (loop->state == LOOP_RUNNING)
        loop_fatal(loop, "pfor loop ended before its work was done");
    if (loop->state != LOOP_NEW) {
        pfm__loop_depth--;
        pfm__ctx = loop->saved_ctx;
    }
    for (int r = 0; r < loop->nreds; r++)
        free(loop->reds[r].before);
    free(loop->reds);
    free(loop->cols);
    free(loop->lasts);
    free(loop->guided);
    free(loop->chunks);
    free(loop->partials);
    free(loop->levels);
    free(loop->ranges);
    free(loop->track_ranges);
    free(loop);
}
