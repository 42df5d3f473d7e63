/* loop_internal.h - the loop engine's private types and the contracts of
 * its units (loop, sched, reduce, forkjoin, writeset, fatal, loop_env);
 * not installed. */
#ifndef PFOR_LOOP_INTERNAL_H
#define PFOR_LOOP_INTERNAL_H

#include <stdatomic.h>

#include "internal.h"
#include "pfor.h"
#include "pfor_abi.h"

/*
 * The engine's units (docs/loop.md, "Inside the engine"):
 *
 *   loop_abi.c  the pfc_ entry points generated code calls (pfor_abi.h)
 *   loop_api.c  pfor/loop.h, loops by hand
 *   loop.c      sharing a loop's iterations: the plan, chunks, stretches,
 *               commits, the final combination
 *   sched.c     the iteration space (ranges, collapsed dims), worker
 *               counts, schedules, who gets which chunk (the ledger)
 *   reduce.c    reduction operators on every arithmetic type
 *   forkjoin.c  the worker processes of one fork-join: fork, wait (pidfds,
 *               deadlines), kill, say how one ended
 *   writeset.c  collected storage: which pages a worker wrote, how they
 *               reach the parent, the merge
 *   fatal.c     the parent's fatal-signal handler (a crash in an
 *               iteration the parent runs is reported like a worker's)
 *   loop_env.c  PFOR_VERBOSE, PFOR_DISPLAY_ENV, failure injection
 *   loop_adapt.c  adaptive loops: per site, serial when workers cannot
 *               pay for themselves (DESIGN.md principle 6)
 *   team.c      persistent teams of `#pragma pfor parallel` regions:
 *               fork, supervise, the barrier, synchronisation points
 *   team_share.c what the members of a team share: collected storage
 *               promoted to shared memory, byte diffs of the rest, the
 *               region's results for the parent
 *   team_abi.c  the pfc_team_, pfc_for_new, single, master, barrier calls
 *
 * forkjoin.c, writeset.c and fatal.c know nothing about iterations; the
 * team uses them as they are (team.c), as libgomp keeps team.c apart from
 * loop.c and iter.c.
 */

/* No cursor stored yet in a slot's cell. */
#define PF__NO_CURSOR (~0ULL)

/* Partials of one reduction block are laid out slot after slot, each slot
 * aligned for long double. */
#define PF__RED_ALIGN 16

/* Bound on the memory held by the reproducible reduction's per-block
 * partials, and on their count. */
#define PF__RED_BUDGET ((size_t)32 << 20)
#define PF__RED_MAX_BLOCKS 4096ULL
#define PF__RED_MIN_BLOCKS 64ULL
#define PF__RED_MIN_ITERS 16ULL

/* A region's team (team.c); pfor_abi.h names it pfc_team_t. */
struct pfc_team;

/* Shared state up to this size is populated when mapped. */
#define PF__POPULATE_MAX ((size_t)256 << 10)

/* Most dimensions of a collapsed nest. */
#define PF__MAX_DIMS 8

/* Most chunks of a dynamic or guided schedule: a larger count makes the
 * chunks larger (the ledger has one cell per chunk). */
#define PF__LEDGER_MAX (1ULL << 20)

/* Most participants of one loop. */
#define PF__MAX_WORKERS 4096

/* ---- forkjoin.c: the worker processes of one fork-join ---- */

/* The workers of one fork-join, by slot.  Slot 0 is the parent's own (it
 * never has a process); slots 1 .. nslots-1 hold a worker each while one
 * runs, as a child of child.c (pid and pidfd; its ECHILD rule: a worker
 * reaped elsewhere ended with PF__STATUS_UNKNOWN).  Parent only: in a
 * worker the table is the parent's, not its own (pf__crew_forget empties
 * it there). */
typedef struct pf__crew {
    int nslots;
    pf__child_t *kids;    /* pid > 0 while that slot's worker runs */
    int64_t *deadline_ns; /* CLOCK_MONOTONIC; INT64_MAX: no limit */
} pf__crew_t;

/* Allocate the table for nslots slots, all empty.  Returns 0 or
 * PF_ENOMEM. */
int pf__crew_init(pf__crew_t *crew, int nslots);
/* Kill and reap every worker still running, then free the table. */
void pf__crew_free(pf__crew_t *crew);
/* Fork the worker of `slot` (whose previous worker, if any, was reaped),
 * with a deadline `timeout` seconds from now (<= 0: none).  Returns 0 in
 * the parent, 1 in the new worker (marked a worker, pf__fork's rules), or
 * PF_E* when the fork failed (nothing left behind). */
int pf__crew_fork(pf__crew_t *crew, int slot, double timeout);
/* In a new worker: drop the parent's table (closes the pidfds it
 * inherited; the siblings are not its children). */
void pf__crew_forget(pf__crew_t *crew);
/* Wait at most max_ms milliseconds (-1: no limit) for a worker to end or
 * to pass its deadline.  Returns 1 with *slot, *pid, *status (a wait
 * status, or PF__STATUS_UNKNOWN) and *timed_out (the worker ran past its
 * deadline and was killed by SIGKILL and reaped); 0 when nothing happened
 * in time; PF_E* when poll failed.  The slot is empty after a 1.  Parent
 * only. */
int pf__crew_wait(pf__crew_t *crew, int max_ms, int *slot, pid_t *pid,
                  int *status, bool *timed_out);
/* How many slots hold a worker. */
int pf__crew_alive(const pf__crew_t *crew);
/* SIGKILL every worker and reap it.  Parent only. */
void pf__crew_kill(pf__crew_t *crew);
/* Words for how a worker ended ("was killed by signal 11 (Segmentation
 * fault)", "exited with status 3", ...) into buf. */
void pf__crew_describe(int status, bool timed_out, double timeout, char *buf,
                       size_t size);
/* The exit status a program stops with after this worker failed: its exit
 * code, 128 + its signal, 137 (SIGKILL) after a timeout; 1 when that would
 * be 0 or is unknown. */
int pf__crew_exit_status(int status, bool timed_out);

/* ---- writeset.c: collected storage ---- */

/* A collected byte range [start, end). */
typedef struct pf__range {
    uintptr_t start, end;
} pf__range_t;

/* How a worker finds what it wrote. */
typedef enum pf__ws_mechanism {
    PF__WS_PAGEMAP = 1, /* /proc/self/pagemap bit 56: pages written since
                           the fork are mapped exclusively */
    PF__WS_COPY         /* fallback: copy the ranges at the fork, compare
                           at the end */
} pf__ws_mechanism_t;

typedef struct pf__writeset {
    pf__range_t *ranges; /* sorted and merged by pf__ws_prepare */
    int nranges, cap;
    pf__ws_mechanism_t mechanism;
    int nslots;
    int *memfd; /* per slot: what its worker shipped; -1 none yet */
    /* In a worker only. */
    int pagemap_fd;          /* its own /proc/self/pagemap, or -1 */
    unsigned char *snapshot; /* PF__WS_COPY: the ranges at the fork */
    bool fell_back;          /* pagemap unreadable: copying instead */
} pf__writeset_t;

/* The mechanism this process uses: PFOR_WRITESET ("pagemap" or "copy")
 * when set, else pagemap when /proc/self/pagemap reports exclusively
 * mapped pages (probed once), else copy. */
pf__ws_mechanism_t pf__ws_mechanism(void);
const char *pf__ws_mechanism_name(pf__ws_mechanism_t m);
/* Add the range [base, base + bytes).  Parent, before pf__ws_prepare.
 * Returns 0 or PF_ENOMEM (bytes 0 adds nothing). */
int pf__ws_add(pf__writeset_t *ws, uintptr_t base, size_t bytes);
/* Sort the ranges and merge those that overlap or touch. */
void pf__ws_normalize(pf__writeset_t *ws);
/* dst[j] = src[j] wherever src[j] != before[j], for j < n (the merge of
 * one process's changes against a common copy). */
void pf__ws_apply_changed(unsigned char *dst, const unsigned char *src,
                          const unsigned char *before, size_t n);
/* Sort and merge the ranges, choose the mechanism, make the per-slot
 * table.  Parent, before the first fork.  Returns 0 or PF_ENOMEM. */
int pf__ws_prepare(pf__writeset_t *ws, int nslots);
/* Make slot's shipment empty (a memfd, made on first use), before its
 * worker is forked.  Parent only.  Returns 0 or PF_E* (memfd_create). */
int pf__ws_slot_reset(pf__writeset_t *ws, int slot);
/* In a new worker, right after the fork: open its own pagemap, or copy
 * the ranges when that cannot be read (ws->fell_back). */
void pf__ws_worker_begin(pf__writeset_t *ws);
/* In a worker whose work is done: write the pages it changed inside the
 * ranges (with their addresses) into its slot's shipment.  Returns 0 or
 * PF_E* (the worker then fails: its shipment is incomplete). */
int pf__ws_worker_ship(pf__writeset_t *ws, int slot);
/* Bring every shipment of the slots with ok[slot] into the parent's
 * memory: a page only one worker wrote is copied (clipped to the ranges);
 * a page several wrote gets, from each, the bytes that differ from the
 * parent's copy before the merge.  Nothing outside the ranges is written.
 * Everything that can fail (reading, memory) is done before the first
 * byte is written, so a PF_E* return leaves the ranges as they were.
 * Parent only, after the workers ended. */
int pf__ws_merge(pf__writeset_t *ws, const bool *ok, char *why, size_t size);
/* Close the shipments and free everything. */
void pf__ws_release(pf__writeset_t *ws);

/* ---- fatal.c: a crash in an iteration the parent runs ---- */

/* What the handler needs while the parent runs iterations: who to kill
 * and how to word the report.  report() must be async-signal-safe: it
 * writes the whole message (with the trailing newline) into buf and
 * returns its length. */
typedef struct pf__fatal_scope {
    struct pf__fatal_scope *outer; /* the scope it interrupted (nesting) */
    pthread_t thread;              /* the thread running the iterations */
    pid_t pid;                     /* in this process */
    size_t (*report)(const struct pf__fatal_scope *scope, int sig, char *buf,
                     size_t size);
    void *arg;              /* report's */
    const pf__crew_t *crew; /* workers to kill, or NULL */
} pf__fatal_scope_t;

/* Install the handler for SIGSEGV, SIGBUS, SIGFPE, SIGILL and SIGABRT
 * (once per process; the previous actions are kept and chained to outside
 * a scope), with an alternate signal stack for the calling thread when it
 * has none (a stack overflow on that thread is reported too).  Parent
 * only. */
void pf__fatal_install(void);
/* While a scope is entered on the calling thread, a fatal signal on that
 * thread writes scope->report's message to stderr, SIGKILLs scope->crew,
 * restores the default action and re-raises (exit status 128 + N). */
void pf__fatal_enter(pf__fatal_scope_t *scope);
void pf__fatal_leave(pf__fatal_scope_t *scope);
/* In a new worker: no scope (a crash there is the parent's to report).
 * Scopes are per thread; a worker has the forking thread only. */
void pf__fatal_forget(void);
/* Async-signal-safe text: append s (or a number) at buf[*len], never past
 * size - 1. */
void pf__fatal_put(char *buf, size_t size, size_t *len, const char *s);
void pf__fatal_put_ull(char *buf, size_t size, size_t *len,
                       unsigned long long v);
void pf__fatal_put_ll(char *buf, size_t size, size_t *len, long long v);
/* A fatal signal's description ("Segmentation fault"), async-signal-safe. */
const char *pf__fatal_signal_name(int sig);

/* ---- loop_env.c: settings and failure injection ---- */

/* The variables a loop reads at its start. */
typedef enum pf__env {
    PF__ENV_WORKERS,
    PF__ENV_ADAPT,
    PF__ENV_VERBOSE,
    PF__ENV_SCHEDULE,
    PF__ENV_COUNT
} pf__env_t;
/* getenv of one of them (its value, or NULL when unset), without a scan
 * of the environment unless it changed since this thread last looked. */
const char *pf__env(pf__env_t which);
/* PFOR_VERBOSE is set to something other than 0. */
bool pf__loop_verbose(void);
/* Print the settings in force on stderr when PFOR_DISPLAY_ENV asks, the
 * first time a loop starts in this process (not in a worker). */
void pf__loop_display_env(void);


/* ---- the loop's own state ---- */

/* What one participant (the parent or a worker) is doing, in shared memory
 * so the parent can see how far a dead worker got.  Units are iterations
 * (no reduction) or reduction blocks.  One cache line each. */
typedef struct pf__loop_slot {
    _Atomic unsigned long long claim_lo; /* current chunk [lo, hi) */
    _Atomic unsigned long long claim_hi;
    _Atomic unsigned long long done;      /* units of it committed */
    _Atomic unsigned long long committed; /* units this worker committed in
                                             all (the progress line) */
    _Atomic int finished;                 /* worker shipped everything */
    _Atomic int ship_error;               /* PF_E*: its shipment failed */
    _Atomic int fell_back;                /* it could not read its pagemap */
    _Atomic long long work_ns;            /* its time running iterations
                                             (the adaptive rule) */
    /* Written by the parent before it forks the slot's worker. */
    unsigned long long failed_lo; /* the chunk that failed last */
    int fails;                    /* how often in a row */
} __attribute__((aligned(128))) pf__loop_slot_t;

typedef struct pf__loop_shared {
    /* Dynamic and guided: every ledger cell below it is taken. */
    _Atomic unsigned long long next_chunk __attribute__((aligned(128)));
    /* Units committed by anyone; kept only for the progress line. */
    _Atomic long long units_done __attribute__((aligned(128)));
    pf__loop_slot_t slots[];
} pf__loop_shared_t;

typedef struct pf__reduction {
    pf_op_t op;
    pf_type_t type;
    void *var;
    size_t count;
    size_t elem;            /* sizeof one object */
    size_t offset;          /* in a block's record */
    unsigned char *initial; /* the variable at registration */
    unsigned char identity[16] __attribute__((aligned(16))); /* one object's
                               identity (pfc_loop_identity's fast path) */
} pf__reduction_t;

typedef struct pf__lastprivate {
    void *var;
    size_t size;
    size_t offset;          /* in the lastprivate record */
    unsigned char *initial; /* the variable at registration */
} pf__lastprivate_t;

/* Storage registered by element (pfc_loop_collect): the elements at the
 * loop's values, turned into a byte range at the start. */
typedef struct pf__collect_elems {
    uintptr_t base;
    size_t elem;
} pf__collect_elems_t;

/* One dimension of the iteration space, normalised: value(k) = lo + k *
 * step (mod 2^64), k < trips. */
typedef struct pf__dim {
    bool is_signed;
    size_t width;
    unsigned long long lo, step, trips;
} pf__dim_t;

enum { PF__LOOP_NEW, PF__LOOP_RUNNING, PF__LOOP_DONE };

struct pfc_loop {
    /* First, as pfor_abi.h's inline PFC_IV reads it: value(k) = lo + k *
     * step (mod 2^64).  For a collapsed nest lo 0, step 1: k itself. */
    pfc_loop_head_t head;

    const char *file;  /* "pf_loop_run" for a by-hand loop without one */
    int line;          /* 0: none */
    bool die_on_error; /* pfc_ use: stop the program on failure */

    /* The iteration space: one range, or ndims collapsed dims. */
    bool range_set;
    bool is_signed;
    size_t width;
    unsigned long long trips;
    int ndims;
    unsigned dims_set;  /* bit d: dimension d given */
    bool dims_overflow; /* the product of the trips passed 2^64 - 1 */
    pf__dim_t dims[PF__MAX_DIMS];

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
    bool verbose;        /* PFOR_VERBOSE */

    pf__reduction_t *reds;
    int nreds;
    size_t red_record; /* bytes of one block's partials */
    pf__lastprivate_t *lps;
    int nlps;
    size_t lp_record;
    pf__collect_elems_t *elems;
    int nelems;
    pf__writeset_t ws;
    bool collects; /* any collected storage registered */

    /* The plan, fixed at start. */
    unsigned long long units;      /* scheduling units */
    unsigned long long unit_iters; /* iterations per unit */
    unsigned long long chunk_units;
    unsigned long long nchunks;       /* dynamic/guided: ledger cells */
    unsigned long long *guided_start; /* guided: chunk j starts there */
    pfc_schedule_t kind;              /* resolved: static/dynamic/guided */
    bool even;                        /* static with even blocks */
    int participants;                 /* processes that take work */
    bool parent_works;                /* the parent is participant 0 */
    int nslots;                       /* slot 0 = parent, 1.. = workers */
    pf__loop_shared_t *sh;
    size_t sh_size;
    unsigned char *partials; /* units * red_record bytes */
    size_t partials_size;
    unsigned char *lp_buf;    /* lp_record bytes: the last iteration's */
    _Atomic uint32_t *ledger; /* nchunks cells: the owner slot, 0 free */

    bool serial;            /* no fork: the caller runs it all */
    bool mapped;            /* the state is one shared mapping */
    unsigned char *cursors; /* the shared mapping: a cursor page per
                               slot, then the rest */
    size_t map_size;
    volatile unsigned long long *window; /* this process's cursor page */
    bool window_failed;
    unsigned long long private_cursor;

    /* This process's state (each forked worker has its own copy). */
    int state;
    bool is_worker;
    bool tracing; /* re-running the chunk that failed: stretches of one
                     unit, so a cursor stored per stretch is exact */
    int slot;
    unsigned long long cur, claim_hi; /* units left in the current chunk */
    unsigned long long static_j;
    unsigned long long rerun_j, rerun_end; /* dynamic retry: ledger cells
                                              of the dead worker to redo */
    bool pending;
    unsigned long long pend_lo, pend_hi; /* units of the last stretch;
                                            its reduction block: in head */
    pf__fatal_scope_t fatal;
    bool fatal_entered;

    /* A `pfor for` loop (pfc_for_new).  In a member of a forked team it
     * shares its iterations with the team (team.c): its shared state
     * (partials, lastprivate record) lives in the team's arena, its slot
     * in the team's header. */
    pfc_team_t *team;     /* NULL: a plain loop */
    bool forced_serial;   /* in a team of one: runs serially, clauses aside */
    bool nowait;          /* pfc_loop_nowait */
    bool team_owned;      /* sh, partials, lp_buf belong to the team */
    pf__loop_slot_t *my_slot;           /* this process's slot */
    _Atomic unsigned long long *team_counter; /* dynamic/guided chunks */
    unsigned long long team_gen;        /* its generation tag */
    unsigned char *team_initial; /* member 0's reduction values at
                                    registration (the team's arena) */

    /* Adaptive (loop_adapt.c): the site's record, and what this run is. */
    struct pf__adapt_site *adapt;
    int adapt_mode;    /* PF__ADAPT_* */
    int64_t adapt_t0;  /* when the run started */
    int64_t work_t0;   /* this process started its iterations */
    bool work_noted;   /* the parent noted its work time */
    /* A serial start that may go parallel (loop.c's escalate): past the
     * deadline, the units left are handed to workers. */
    int64_t escalate_ns;              /* CLOCK_MONOTONIC; 0: never */
    unsigned long long esc_cap;       /* units per serial stretch */
    unsigned long long esc_next;      /* look at the clock from this unit */
    pfc_schedule_t par_kind;          /* the schedule a parallel run uses */
    bool par_even;
    long par_workers;
    bool escalated;
    unsigned long long unit_base;     /* units below it: run serially */
    int64_t serial_ns;                /* time of that serial part */

    /* A serial run's state, in the descriptor (no allocation for it). */
    _Alignas(128) unsigned char serial_sh[sizeof(pf__loop_shared_t) +
                                          sizeof(pf__loop_slot_t)];
    bool serial_ok;

    /* Parent only. */
    pf__crew_t crew;
    bool *slot_ok; /* the slot's last worker finished its work */
    int error;
    int exit_status; /* for pfc_loop_end when the loop failed */
    char message[768];
};

/* ---- loop.c ---- */

/* A new descriptor (NULL when out of memory); file is kept by pointer.
 * die_on_error: pfc_ use, failures stop the program. */
pfc_loop_t *pf__loop_alloc(const char *file, int line, bool die_on_error);
/* Record the loop's first failure: code and message (later ones are
 * dropped, the first is the cause), prefixed with the loop's place. */
void pf__loop_error(pfc_loop_t *loop, int code, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* Stop the program the way generated code fails: the message on stderr,
 * then exit with loop->exit_status (1 unless a worker's status says
 * otherwise). */
_Noreturn void pf__loop_die(pfc_loop_t *loop);
/* Registration, before the start; each returns 0 or PF_EINVAL (message
 * set), PF_ENOMEM, PF_ESTATE. */
int pf__loop_add_reduction(pfc_loop_t *loop, pf_op_t op, pf_type_t type,
                           void *var, size_t count);
int pf__loop_add_elems(pfc_loop_t *loop, void *base, size_t elem);
int pf__loop_add_bytes(pfc_loop_t *loop, void *base, size_t bytes);
int pf__loop_add_lastprivate(pfc_loop_t *loop, void *var, size_t size);
/* Plan, map the shared state, fork.  Returns 0 in the parent, 1 in a new
 * worker, or PF_E* (message set; nothing left running). */
int pf__loop_start(pfc_loop_t *loop);
/* See pfc_loop_next. */
int pf__loop_next(pfc_loop_t *loop, unsigned long long *k,
                  unsigned long long *end);
/* The cursor cell (see pfc_loop_cursor). */
volatile unsigned long long *pf__loop_cursor(pfc_loop_t *loop);
/* End the loop in the parent: a loop still running is failed (its workers
 * killed).  Returns the loop's error (0 when it worked); the descriptor
 * stays valid until pf__loop_free. */
int pf__loop_end(pfc_loop_t *loop);
void pf__loop_free(pfc_loop_t *loop);
/* The loop value of flat iteration k as text ("7", or "(1, -3)" for a
 * collapsed nest). */
void pf__loop_format_value(const pfc_loop_t *loop, unsigned long long k,
                           char *buf, size_t size);

/* Combine a team loop's partials after its synchronisation point: the
 * block partials in the fixed tree order folded into member 0's values at
 * registration, then the lastprivate record; the variables of the calling
 * member get the results.  Member only (team.c calls it). */
void pf__loop_team_combine(pfc_loop_t *loop);
/* Publish, for the parent's crash report, which loop a member runs: its
 * place and how to print its values (team.c's member slot). */
typedef struct pf__loop_space {
    const char *file;
    int line;
    bool is_signed;
    bool per_unit; /* stretches of one unit (reductions) */
    int ndims;
    unsigned long long lo, step, trips, unit_iters;
    pf__dim_t dims[PF__MAX_DIMS];
} pf__loop_space_t;
void pf__loop_space_of(const pfc_loop_t *loop, pf__loop_space_t *space);
/* The loop value of flat iteration k of a published space, as text. */
void pf__loop_space_format(const pf__loop_space_t *space,
                           unsigned long long k, char *buf, size_t size);
/* "running iterations 5 to 9, ..." parts of a report about the slot of a
 * process that ran space's loop: the range of its current chunk and,
 * when the cursor names it exactly, " at iteration N".  Any process. */
void pf__loop_space_describe(const pf__loop_space_t *space,
                             const pf__loop_slot_t *slot,
                             unsigned long long cursor, char *range,
                             size_t range_size, char *at, size_t at_size);

/* ---- team.c: what the loop unit asks of a region's team ---- */

/* The innermost region the calling thread runs in: a member of a forked
 * team, a team of one (a serial region, the statement of a `single` on
 * member 0), or NULL outside every region. */
pfc_team_t *pf__team_current(void);
/* Whether a `pfor for` here shares its iterations with a forked team
 * (false in a team of one, and outside regions). */
bool pf__team_shares(const pfc_team_t *team);
/* The calling process is (inside) a member of a forked team, at any
 * depth of nesting: its loops' storage is part of the region's results. */
pfc_team_t *pf__team_member_of(const pfc_team_t *team);
int pf__team_size(const pfc_team_t *team);
int pf__team_me(const pfc_team_t *team);
/* The cursor cell of the calling member's slot (pfc_loop_cursor of a team
 * loop). */
volatile unsigned long long *pf__team_cursor(pfc_team_t *team);
/* A `pfor for` starts in a member: its storage (promoted to shared memory
 * or tracked for byte diffs, member 0's content adopted when it is new to
 * the region, which costs two barriers once), its sequence number and
 * generation (the shared chunk counter of dynamic and guided schedules),
 * its state in the arena of the next synchronisation point, its slot.
 * A member that cannot go on fails the region (it never returns then). */
void pf__team_loop_begin(pfc_team_t *team, pfc_loop_t *loop);
/* The member ran out of work in the loop: unless nowait, the team meets
 * (every member then holds every write to the storage collected so far),
 * the reductions and lastprivate values are combined in every member. */
void pf__team_loop_end(pfc_team_t *team, pfc_loop_t *loop);
/* A loop that runs serially inside a member (a `parallel for`, a `pfor
 * for` in a single's statement): its storage and variables are part of
 * what member 0 sends the parent at the region's end. */
void pf__team_note_loop(pfc_team_t *team, const pfc_loop_t *loop);
/* A member found that the region cannot go on: the message (prefixed
 * with file:line) goes to the team's header for the parent to print, and
 * the member exits.  Member only. */
_Noreturn void pf__team_fail(pfc_team_t *t, const char *file, int line,
                             const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

/* ---- loop_adapt.c: adaptive loops (DESIGN.md principle 6) ---- */

enum {
    PF__ADAPT_OFF = 0, /* not adaptive (retries, timeout, PFOR_ADAPT=0) */
    PF__ADAPT_SERIAL,  /* the rule chose to run it serially */
    PF__ADAPT_PARALLEL /* the rule chose workers */
};
/* Decide how a plain loop that would fork runs: returns true when it must
 * run serially in the parent (then loop->escalate_ns, when not 0, is the
 * moment its serial run hands the rest to workers, and esc_cap the units
 * of its first serial stretch).  Sets loop->adapt and adapt_mode.
 * Parent, at the start, only for loops that would fork without retries
 * or a timeout. */
bool pf__adapt_decide(pfc_loop_t *loop, long workers);
/* The loop ended well: record what it cost (parent). */
void pf__adapt_record(pfc_loop_t *loop);
/* The site's current mode (PF__ADAPT_OFF when it has none): the tests
 * read the engine's decision. */
int pf__adapt_mode_of(const char *file, int line);
/* For the tests: serial starts escalate after ns nanoseconds, whatever
 * was measured (0: back to the rule). */
void pf__adapt_test_budget(int64_t ns);

/* ---- sched.c ---- */

/* Normalise a range whose loop variable has `width` bytes and the given
 * signedness (lo/hi are the bits of the values widened to 64) into *dim.
 * Returns 0, or PF_EINVAL for an endless loop or a zero step, PF_ERANGE
 * when the loop variable would overflow its type, with loop->message
 * saying why (`what` names the loop in it: "pfor loop" or "loop 2 of the
 * collapsed nest"). */
int pf__loop_range(pfc_loop_t *loop, const char *what, pf__dim_t *dim,
                   bool is_signed, size_t width, unsigned long long lo,
                   unsigned long long hi, long long step, pfc_cmp_t cmp);
/* Set the loop's one range (see pf__loop_range; "pfor loop" in messages).
 * Returns as pf__loop_range, or PF_EINVAL when dims were given. */
int pf__loop_set_range(pfc_loop_t *loop, bool is_signed, size_t width,
                       unsigned long long lo, unsigned long long hi,
                       long long step, pfc_cmp_t cmp);
/* Set dimension d of a collapsed nest; the flat space is then the
 * product.  Returns as pf__loop_range, or PF_EINVAL for a bad d. */
int pf__loop_set_dim(pfc_loop_t *loop, int d, bool is_signed, size_t width,
                     unsigned long long lo, unsigned long long hi,
                     long long step, pfc_cmp_t cmp);
/* Parse a PFOR_SCHEDULE-style text ("dynamic,64", "auto").  Returns 0 or
 * PF_ESCHEDULE. */
int pf__loop_parse_schedule(const char *text, pfc_schedule_t *kind,
                            long *chunk);
/* The worker count: requested (> 0), else PFOR_WORKERS, else the CPUs
 * this process may use.  Returns >= 1, or PF_EINVAL when PFOR_WORKERS is
 * malformed. */
long pf__loop_default_workers(long requested);
/* The chunk plan of a dynamic or guided loop: nchunks, chunk_units (made
 * larger when the chunks would pass PF__LEDGER_MAX) and, for guided, the
 * table of chunk starts.  Returns 0 or PF_ENOMEM. */
int pf__loop_plan_chunks(pfc_loop_t *loop);
/* Units [*lo, *hi) of ledger cell j. */
void pf__loop_chunk_bounds(const pfc_loop_t *loop, unsigned long long j,
                           unsigned long long *lo, unsigned long long *hi);
/* Where participant q's share of `units` starts when they are split
 * evenly among n participants (q = n: units): the even static schedule's
 * rule, which team.c's split combination follows too. */
unsigned long long pf__even_first(unsigned long long units, unsigned q,
                                  unsigned n);
/* Claim the calling process's next chunk of units.  Returns true and
 * sets [*lo, *hi), or false when it has no more work.  Static: the
 * participant's next chunk (loop->static_j counts them); dynamic and
 * guided: the first free ledger cell, taken for the calling slot. */
bool pf__loop_claim(pfc_loop_t *loop, unsigned long long *lo,
                    unsigned long long *hi);

/* ---- reduce.c ---- */

/* sizeof an object of `type`, or 0 for an unknown type. */
size_t pf__type_size(pf_type_t type);
/* Whether `op` applies to `type` (bitwise operators need integers). */
bool pf__op_valid(pf_op_t op, pf_type_t type);
/* "+", "min", ..., or NULL for an unknown operator. */
const char *pf__op_name(pf_op_t op);
/* "double", "unsigned long", ..., or NULL for an unknown type. */
const char *pf__type_name(pf_type_t type);
/* Set `count` objects at dst to the operator's identity. */
void pf__red_identity(pf_op_t op, pf_type_t type, void *dst, size_t count);
/* dst[j] = dst[j] op src[j] for j < count (SUB adds). */
void pf__red_combine(pf_op_t op, pf_type_t type, void *dst, const void *src,
                     size_t count);
/* The one block rule of every backend's reductions (process loops and
 * teams, openmp, mpi): iterations per block for a loop of `trips`
 * iterations whose partials take `record` bytes.  Fixed by these two
 * only, never by workers, threads, ranks or schedule: so are the
 * result's bits.  PF__RED_MIN_ITERS iterations a block unless that
 * leaves fewer than PF__RED_MIN_BLOCKS (then that many, or one iteration
 * each for smaller loops), at most PF__RED_MAX_BLOCKS blocks, and no
 * more partials than PF__RED_BUDGET bytes. */
unsigned long long pf__red_block_iters(unsigned long long trips,
                                       size_t record);
/* Combine `blocks` partials of `count` objects each, `stride` bytes apart
 * from base, in the fixed tree order (pairs, then pairs of pairs, ...);
 * the total ends in the first.  Bitwise what pf__red_combine on each pair
 * in that order gives. */
void pf__red_tree(pf_op_t op, pf_type_t type, unsigned char *base,
                  size_t stride, size_t count, unsigned long long blocks);

#endif /* PFOR_LOOP_INTERNAL_H */
