/* loop_internal.h - the loop engine's private types, shared by loop.c,
 * sched.c and reduce.c; not installed. */
#ifndef PFOR_LOOP_INTERNAL_H
#define PFOR_LOOP_INTERNAL_H

#include <stdatomic.h>

#include "internal.h"
#include "pfor_abi.h"

/* No cursor stored yet in a slot's cell. */
#define PF__NO_CURSOR (~0ULL)

/* Partials of one reduction block are laid out slot after slot, each slot
 * aligned for long double. */
#define PF__RED_ALIGN 16

/* Bound on the memory held by the reproducible reduction's per-block
 * partials, and on their count. */
#define PF__RED_BUDGET ((size_t)32 << 20)
#define PF__RED_MAX_BLOCKS 4096ULL

/* Shared state up to this size is populated when mapped. */
#define PF__POPULATE_MAX ((size_t)256 << 10)

/* What one participant (the parent or a worker) is doing, in shared memory
 * so the parent can see how far a dead worker got.  Units are iterations
 * (no reduction) or reduction blocks.  One cache line each: the cursor is
 * written on every iteration. */
typedef struct pf__loop_slot {
    _Atomic unsigned long long claim_lo; /* current chunk [lo, hi) */
    _Atomic unsigned long long claim_hi;
    _Atomic unsigned long long done;        /* units below it are committed */
    _Atomic unsigned long long static_next; /* next static chunk index */
    _Atomic unsigned long long claimed;     /* units taken from the counter
                                               and recorded here */
    volatile unsigned long long cursor;     /* pfc_loop_cursor's cell */
    _Atomic int finished;                   /* worker shipped everything */
    int fails;                              /* failed attempts, this chunk */
} __attribute__((aligned(128))) pf__loop_slot_t;

typedef struct pf__loop_shared {
    _Atomic unsigned long long next_unit __attribute__((aligned(128)));
    /* Units committed by anyone; kept only for the progress line. */
    _Atomic unsigned long long units_done __attribute__((aligned(128)));
    pf__loop_slot_t slots[];
} pf__loop_shared_t;

typedef struct pf__reduction {
    pf_op_t op;
    pf_type_t type;
    void *var;
    size_t count;
    size_t elem;   /* sizeof one object */
    size_t offset; /* in a block's record */
} pf__reduction_t;

typedef struct pf__collect {
    unsigned char *base;
    size_t elem;
    unsigned char *staging; /* trips * elem bytes, shared, NORESERVE */
    size_t staging_size;
} pf__collect_t;

enum { PF__LOOP_NEW, PF__LOOP_RUNNING, PF__LOOP_DONE };

struct pfc_loop {
    /* First, as pfor_abi.h's inline PFC_IV reads it: value(k) = lo + k *
     * step (mod 2^64). */
    pfc_loop_head_t head;

    const char *file;
    int line;
    bool die_on_error; /* pfc_ use: stop the program on failure */

    /* The range, normalised (lo and step are in head). */
    bool range_set;
    bool is_signed;
    size_t width;
    unsigned long long trips;

    /* Clauses. */
    long workers;
    pfc_schedule_t schedule;
    long chunk;
    bool cond;
    long retries;
    double timeout;
    bool progress;
    bool progress_shown; /* progress on and stderr a terminal */
    int64_t progress_ns; /* when the line was last drawn */

    pf__reduction_t *reds;
    int nreds;
    size_t red_record; /* bytes of one block's partials */
    pf__collect_t *cols;
    int ncols;

    /* The plan, fixed at start. */
    unsigned long long units;      /* scheduling units */
    unsigned long long unit_iters; /* iterations per unit */
    unsigned long long chunk_units;
    pfc_schedule_t kind; /* resolved: static/dynamic/guided */
    bool even;           /* static with even blocks */
    int participants;    /* processes that take work */
    bool parent_works;   /* the parent is participant 0 */
    int nslots;          /* slot 0 = parent, 1.. = workers */
    pf__loop_shared_t *sh;
    size_t sh_size;
    unsigned char *partials; /* units * red_record bytes, shared */
    size_t partials_size;

    bool serial;            /* no fork: the caller runs it all */
    bool mapped;            /* sh/partials are shared mappings */
    unsigned char *cursors; /* the shared mapping: a cursor page per
                               slot, then sh, then partials */
    size_t map_size;
    volatile unsigned long long *window; /* this process's cursor page */
    bool window_failed;
    unsigned long long private_cursor;

    /* This process's state (each forked worker has its own copy). */
    int state;
    bool is_worker;
    bool tracing;        /* a retry worker re-running a failed chunk:
                            stretches of one unit, so the cursor that
                            generated code stores per stretch is exact */
    int slot;
    unsigned long long cur, claim_hi; /* units left in the current chunk */
    unsigned long long static_j;
    bool pending;
    unsigned long long pend_lo, pend_hi; /* units of the last stretch */
    unsigned long long block;            /* its reduction block */

    /* Parent only. */
    pid_t *pids;
    int *pidfds;
    int64_t *deadline_ns;
    uint64_t *parent_bits; /* units the parent ran (collect only) */
    int error;
    char message[768];
};

/* ---- loop.c, for the by-hand API (loop_api.c) ---- */

/* A descriptor that reports failures instead of stopping the program. */
pfc_loop_t *pf__loop_new(const char *file, int line);
/* i = lo; step > 0 ? i < hi : i > hi; i += step (long long variable). */
int pf__loop_set_range(pfc_loop_t *loop, long long lo, long long hi,
                       long long step);
int pf__loop_add_reduction(pfc_loop_t *loop, pf_op_t op, pf_type_t type,
                           void *var, size_t count);
int pf__loop_add_collect(pfc_loop_t *loop, void *base, size_t elem);
/* Returns 0 (in the parent and in each new worker) or PF_E*. */
int pf__loop_start(pfc_loop_t *loop);
int pf__loop_next(pfc_loop_t *loop, unsigned long long *k,
                  unsigned long long *end);
/* Release the descriptor; returns the loop's error (0 when it worked)
 * and copies its message into message[size]. */
int pf__loop_finish(pfc_loop_t *loop, char *message, size_t size);

/* ---- sched.c ---- */

/* Normalise a range whose loop variable has `width` bytes and the given
 * signedness (lo/hi are the bits of the values widened to 64).  Sets
 * lo/step/trips.  Returns 0, or PF_EINVAL for an endless loop or a zero
 * step, PF_ERANGE when the loop variable would overflow its type, with
 * loop->message saying why. */
int pf__loop_range(pfc_loop_t *loop, bool is_signed, size_t width,
                   unsigned long long lo, unsigned long long hi, long long step,
                   pfc_cmp_t cmp);
/* Parse a PFOR_SCHEDULE-style text ("dynamic,64").  Returns 0 or
 * PF_ESCHEDULE. */
int pf__loop_parse_schedule(const char *text, pfc_schedule_t *kind,
                            long *chunk);
/* The worker count: requested (> 0), else PFOR_WORKERS, else the CPUs
 * this process may use.  Returns >= 1, or PF_EINVAL when PFOR_WORKERS is
 * malformed. */
long pf__loop_default_workers(long requested);
/* Claim the calling participant's next chunk of units.  Returns true and
 * sets [*lo, *hi), or false when it has no more work. */
bool pf__loop_claim(pfc_loop_t *loop, int participant, unsigned long long *lo,
                    unsigned long long *hi);

/* ---- reduce.c ---- */

/* sizeof an object of `type`, or 0 for an unknown type. */
size_t pf__type_size(pf_type_t type);
/* Whether `op` applies to `type` (bitwise operators need integers). */
bool pf__op_valid(pf_op_t op, pf_type_t type);
/* Set `count` objects at dst to the operator's identity. */
void pf__red_identity(pf_op_t op, pf_type_t type, void *dst, size_t count);
/* dst[j] = dst[j] op src[j] for j < count (SUB adds). */
void pf__red_combine(pf_op_t op, pf_type_t type, void *dst, const void *src,
                     size_t count);

#endif /* PFOR_LOOP_INTERNAL_H */
