/* pool_internal.h - pf_pool's shared layout and records (both sides), and
 * the parent's state shared by its modules: pool.c (create, stop, the
 * result thread), pool_job.c (jobs and their items), pool_dispatch.c
 * (sending and results), pool_supervise.c (the workers' lives),
 * pool_call.c (map, apply, async), pool_imap.c (imap); the worker side is
 * pool_worker.c. */
#ifndef PFOR_POOL_INTERNAL_H
#define PFOR_POOL_INTERNAL_H

#include <stdatomic.h>
#include <stdbool.h>

#include "internal.h"
#include "pool_ring.h"

/* Task record kinds (parent -> worker). */
enum { REC_TASK = 2, REC_CHUNK, REC_STAR, REC_STOP };
/* Result record kinds (worker -> parent). */
enum { RES_RANGE = 2, RES_ERR, RES_BYTES };
/* Record flags. */
enum {
    REC_F_BIG = 1, /* payload travels in a memfd sent over the socket */
    REC_F_LAST = 2 /* last result record of its task record */
};

#define POOL_MAX_ARGS 16

/* A task record: the header, then (REC_STAR) nargs uint64 element sizes
 * rounded to RING_ALIGN, then the payload. */
struct task_rec {
    struct ring_rec h;
    uint32_t count;     /* items (REC_CHUNK, REC_STAR); 1 for REC_TASK */
    uint32_t nargs;     /* REC_STAR */
    uint64_t fn;        /* the function, as an integer */
    uint64_t arg;       /* the call's arg pointer */
    uint64_t in_size;   /* element stride, or the bytes task's length */
    uint64_t out_size;  /* element output size */
    int64_t timeout_ns; /* per item; 0 none */
    uint64_t tag;       /* parent's id of this record */
    uint64_t pad;
};
#define TASK_HDR ring_round(sizeof(struct task_rec))

/* A result record: the header, then the payload (RES_RANGE: count
 * outputs; RES_BYTES: len bytes unless REC_F_BIG). */
struct res_rec {
    struct ring_rec h;
    uint32_t first; /* first item, relative to the task record */
    uint32_t count;
    int32_t code; /* RES_ERR */
    uint32_t pad;
    int64_t elapsed_ns; /* time spent in the task function */
    uint64_t len;       /* RES_BYTES */
    uint64_t tag;
};
#define RES_HDR ring_round(sizeof(struct res_rec))

/* Per-worker shared state: its two rings and what it is doing now. */
struct pool_slot {
    struct ring_ctl task;
    struct ring_ctl res;
    _Alignas(64) _Atomic uint64_t cur_tag;
    _Atomic uint32_t cur_item; /* item running, within cur_tag's record */
    _Atomic uint32_t busy;     /* 1 while running a task function */
    _Atomic int64_t deadline_ns;
    _Atomic uint32_t retiring; /* exiting after maxtasksperchild */
    _Atomic uint32_t ready;    /* its initializer returned */
};

/* The head of the shared mapping. */
struct pool_shared {
    _Alignas(64) uint32_t parent_word; /* wait word: results published,
                                          or anything else the parent's
                                          threads may wait for */
};

/* Worker side, in pool_worker.c: the forked worker's whole life.  `slot`,
 * `task_data` and `res_data` are its part of the mapping; `sock` its end of
 * the socket pair for large payloads.  Never returns. */
_Noreturn void pf__pool_worker_main(struct pool_shared *sh,
                                    struct pool_slot *slot, char *task_data,
                                    char *res_data, size_t cap, int sock,
                                    void (*init)(void *), void *initarg,
                                    unsigned long maxtasks);

/* Large payloads (pool_worker.c, used by both sides): write `len` bytes to
 * a fresh memfd and send it over `sock`; receive one and map it (read-only,
 * private) or read it into a malloc'ed buffer.  Return 0 or PF_E*; sending
 * returns PF_EPIPE exactly when the peer's end is closed (it died). */
int pf__pool_send_big(int sock, const void *data, size_t len);
int pf__pool_recv_big_map(int sock, size_t len, void **map);
int pf__pool_recv_big_copy(int sock, size_t len, void **buf);

/* ==== the parent side (pool*.c except pool_worker.c) ==== */

#define MAX_FLIGHT 64              /* task records in flight per worker */
#define PARENT_SPIN_NS 20000       /* spin before sleeping on the futex */
#define CHECK_NS 2000000           /* worker health check period */
#define SLEEP_MAX_NS 20000000      /* longest futex sleep while waiting */
#define CHUNK_TARGET_NS 500000.0   /* automatic chunks aim at this */
#define DEPTH_TARGET_NS 200000.0   /* queued work per worker */
#define DEFAULT_RING (512u * 1024) /* bytes per ring */
#define IMAP_WINDOW_BYTES (4u << 20)

enum job_kind { JOB_APPLY, JOB_MAP, JOB_IMAP };
enum pool_state { POOL_RUN, POOL_CLOSED, POOL_TERMINATED, POOL_JOINED };
/* An imap window slot: free, sent (waiting for its result), or done. */
enum { ST_FREE = 0, ST_WAIT, ST_DONE };

struct range {
    size_t first, count;
};

/* An apply (bytes task): one item. */
struct apply_job {
    pf_pool_task_fn fn;
    const void *in;
    size_t in_len;
    void *in_copy; /* apply_async's copy of the input */
    void *result;  /* the worker's result, malloc'ed */
    size_t result_len;
    bool sent; /* the record is in a worker's ring */
};

/* What an imap adds to a map: the window of results buffered for the
 * iterator.  Item i lives in slot i % size while it is in the window
 * [low, low + size). */
struct imap_window {
    bool ordered;
    size_t size;
    size_t low;               /* first item not yet consumed (ordered) */
    size_t consumed;          /* items handed to the iterator */
    unsigned char *state;     /* ST_* per slot */
    int *codes;               /* per slot: 0 or the item's error */
    char *outputs;            /* per slot: out_size bytes */
    pf_pool_failure_t *fails; /* per slot, allocated on the first failure */
    size_t *fifo;             /* unordered: done items in completion order */
    size_t fifo_head, fifo_count;
};

/* A map, starmap or imap: n items sent in chunks. */
struct map_job {
    pf_pool_map_args_t args;
    size_t stride;   /* bytes per input item in a record */
    size_t star_hdr; /* bytes of element sizes after the header */
    size_t star_off[POOL_MAX_ARGS];
    size_t next;      /* first item never sent */
    struct range *rq; /* items to send again (a dead worker's) */
    size_t nrq, caprq;
    size_t chunk;   /* the last automatic chunk size */
    double item_ns; /* measured time per item */
    bool measured;
    struct imap_window win; /* JOB_IMAP only */
};

/*
 * One call: an apply, a map (sync or async) or an imap.  The head is what
 * the pool does with any job (references, queues, completion, callbacks);
 * the union holds what differs by kind.  Referenced by the pool while it
 * has work or an unrun callback, and by the caller's handle (async result,
 * iterator, or the stack of a sync call).  Fields are guarded by the
 * pool's mutex except where noted.
 */
struct job {
    _Atomic int refs;
    enum job_kind kind;
    pf_pool_t *pool;
    bool pool_ref; /* the pool holds a reference */
    struct job *next_pending;
    bool in_pending;
    struct job *next_cb;
    size_t n;        /* items */
    size_t inflight; /* records in workers' rings */
    /* completion */
    size_t done;
    pf_pool_failure_t failure; /* the lowest failed item */
    bool failed;
    bool finished;
    bool canceled;
    int cancel_code;
    _Atomic bool complete; /* finished; its value may be read (also from
                              its callback) */
    _Atomic bool ready;
    bool abandoned; /* nobody will read results (freed iterator, timed-out
                       call): late results are dropped */
    bool async;
    pf_pool_callback_fn cb;
    pf_pool_error_callback_fn ecb;
    void *cb_arg;
    bool tty; /* draw a progress line */
    int64_t last_draw;
    union {
        struct apply_job apply; /* JOB_APPLY */
        struct map_job map;     /* JOB_MAP, JOB_IMAP */
    };
};

/* An async result is its job. */
struct pf_pool_async {
    struct job job;
};

struct pf_pool_iter {
    struct job *job;
};

/* A task record in a worker's ring: which items of which job. */
struct flight {
    struct job *job;
    size_t first;
    uint32_t count;
    uint32_t done; /* items reported so far */
    uint64_t tag;
};

/* The parent's view of one worker. */
struct worker_handle {
    pf__child_t child; /* pid 0 while dead */
    pid_t pid_seen;    /* the last incarnation's pid, for failure reports */
    int sock;
    struct ring_side task; /* producer */
    struct ring_side res;  /* consumer */
    struct flight flights[MAX_FLIGHT];
    unsigned fhead, fcount;
    unsigned long sent; /* task records sent to this incarnation */
    bool timed_out;
    uint64_t to_tag;
    uint32_t to_item;
};

struct pf_pool {
    pid_t owner; /* the process that made it; only it may use it */
    pthread_mutex_t mu;
    int wake_fd;     /* eventfd: wakes the result thread from its poll */
    bool bg_polling; /* the result thread sleeps in poll (wake_fd) */
    pthread_cond_t start_cond; /* the result thread forked the workers */
    pthread_t bg;
    bool bg_started, bg_stop;
    bool started; /* initial workers forked (start_rc says how) */
    int start_rc;
    bool spawn_wanted; /* a worker is missing: the result thread forks */
    pf_pool_options_t opt;
    int nw;
    size_t cap;
    void *map;
    size_t map_size;
    size_t ring_base; /* offset of the rings in the mapping */
    struct pool_shared *sh;
    struct pool_slot *slots;
    struct worker_handle *w;
    struct job *pend_head, *pend_tail;
    struct job *cb_head, *cb_tail;
    size_t unfinished; /* jobs not finished */
    size_t async_busy; /* async jobs not ready */
    size_t inflight;   /* records in flight, all workers */
    int state;
    uint64_t next_tag;
    int64_t last_check;
    double apply_ns;
    bool tty;
    int early_deaths; /* workers in a row that died before any task */
};

/* pool.c.  True in a forked copy of the pool's creator: every call but
 * free fails there with PF_ESTATE. */
bool pf__pool_foreign(const pf_pool_t *pool);
/* Lock held.  Wake the result thread (from its poll, or from its wait for
 * results). */
void pf__pool_wake_bg(pf_pool_t *pool);

/* pool_job.c: jobs.  "Lock held" means pool->mu. */
void pf__pool_job_unref(struct job *j);
/* Lock held.  Drop the pool's reference once the job needs nothing more
 * from the pool. */
void pf__pool_maybe_drop(pf_pool_t *pool, struct job *j);
void pf__pool_pending_add(pf_pool_t *pool, struct job *j);
void pf__pool_pending_remove(pf_pool_t *pool, struct job *j);
/* Lock held.  Every item is accounted for: hand an async job to the
 * result thread for its callback, mark a sync one ready. */
void pf__pool_job_finish(pf_pool_t *pool, struct job *j);
/* Lock held.  Map items [idx, idx+count) succeeded with these outputs. */
void pf__pool_items_ok(pf_pool_t *pool, struct job *j, size_t idx, size_t count,
                       const char *out);
/* Lock held.  An apply succeeded with `result` (malloc'ed, taken over). */
void pf__pool_apply_ok(pf_pool_t *pool, struct job *j, void *result,
                       size_t len);
/* Lock held.  Items [idx, idx+count) failed with f (f.index is set to
 * each item's index). */
void pf__pool_items_failed(pf_pool_t *pool, struct job *j, size_t idx,
                           size_t count, pf_pool_failure_t f);
/* Lock held.  Put items back to be sent again. */
void pf__pool_requeue(pf_pool_t *pool, struct job *j, size_t first,
                      size_t count);
/* Lock held.  Fail everything of j not yet done or in flight with f. */
void pf__pool_fail_rest(pf_pool_t *pool, struct job *j, pf_pool_failure_t f);
/* Lock held.  Nobody will read j's results any more (a freed iterator, a
 * call that timed out): stop sending its items; those running finish and
 * are dropped; it counts as finished for join. */
void pf__pool_abandon(pf_pool_t *pool, struct job *j);
/* Check a map-like call's arguments and build its job (one reference for
 * the caller).  Returns 0 or PF_E*. */
int pf__pool_new_map_job(pf_pool_t *pool, const pf_pool_map_args_t *a,
                         enum job_kind kind, struct job **out);
/* Build an apply job; `copy` copies the input (async). */
int pf__pool_new_apply_job(pf_pool_t *pool, pf_pool_task_fn fn, const void *in,
                           size_t in_len, bool copy, struct job **out);
/* Lock held.  Hand a job to the pool (which takes its own reference).
 * Returns 0 or PF_ECLOSED. */
int pf__pool_submit(pf_pool_t *pool, struct job *j);
/* A finished map job's result: 0 or the lowest failed item's code (and
 * the caller's failure record filled). */
int pf__pool_map_result(struct job *j);

/* pool_dispatch.c: the rings, from the parent's side. */
/* Wake every parent thread waiting for progress. */
void pf__pool_notify(pf_pool_t *pool);
/* Without the lock: wait until parent_word moves past `seen`, at most
 * max_ns. */
void pf__pool_wait(pf_pool_t *pool, uint32_t seen, int64_t max_ns);
/* Lock held.  Handle every result worker i has published.  Returns true
 * when there was any. */
bool pf__pool_drain(pf_pool_t *pool, int i);
/* Lock held.  Send pending work to workers with room, oldest job first. */
bool pf__pool_dispatch(pf_pool_t *pool);
/* Lock held.  Collect results, check workers, send work. */
bool pf__pool_pump(pf_pool_t *pool);
/* Lock held.  Pump and wait until done(ctx) or the deadline.  Returns 0 or
 * PF_ETIMEDOUT. */
int pf__pool_pump_until(pf_pool_t *pool, bool (*done)(void *), void *ctx,
                        pf__deadline_t d);
/* For pump_until: the job (ctx) is ready. */
bool pf__pool_job_ready(void *ctx);

/* pool_supervise.c: the workers' lives.  Lock held for all. */
/* Result thread only: fork every missing worker while the pool runs.
 * Returns 0 or the first fork error. */
int pf__pool_spawn_missing(pf_pool_t *pool);
/* Have the missing workers forked (by the result thread). */
void pf__pool_request_spawn(pf_pool_t *pool);
/* Worker i is gone (reaped: its wait status, or PF__STATUS_UNKNOWN;
 * w->pid_seen names it). */
void pf__pool_worker_died(pf_pool_t *pool, int i, int status);
/* Worker i cannot be reached (its socket's peer is gone): kill and reap
 * it, then as worker_died.  Its records are sent again. */
void pf__pool_worker_lost(pf_pool_t *pool, int i);
/* Reap dead workers, kill those past their task's deadline, respawn
 * missing ones; at most every CHECK_NS unless forced.  Returns true when
 * something changed. */
bool pf__pool_check_workers(pf_pool_t *pool, bool force);
/* Kill and reap every worker; outstanding work fails with PF_ECANCELED. */
void pf__pool_terminate_locked(pf_pool_t *pool);
/* The pool has no work left: stop the workers gracefully, SIGKILL those
 * still alive after `grace` seconds.  The pool is then joined. */
void pf__pool_stop_workers(pf_pool_t *pool, double grace);

#endif /* PFOR_POOL_INTERNAL_H */
