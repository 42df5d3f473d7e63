/* pfor/pool.h - pf_pool: persistent worker pools with map, apply and async
 * results. */
#ifndef PFOR_POOL_H
#define PFOR_POOL_H

#include <stdbool.h>
#include <stddef.h>

#include "common.h"
#include "errors.h"

/*
 * A pool of forked worker processes, the C counterpart of Python's
 * multiprocessing.Pool and joblib's Parallel.  Workers are forked when the
 * pool is created, so function pointers, and any memory that has not
 * changed since, are valid in them.  Task inputs are copied into shared
 * memory at submission; results are copied back.  See docs/pool.md.
 *
 * Every call is made from the parent (the process that created the pool),
 * from any of its threads.  Task functions run in the workers.
 */

typedef struct pf_pool pf_pool_t;
typedef struct pf_pool_async pf_pool_async_t;
typedef struct pf_pool_iter pf_pool_iter_t;
/* The result buffer of one bytes task (worker side). */
typedef struct pf_pool_out pf_pool_out_t;

/* An element task: reads one input item, writes one output item of the
 * call's out_size.  Returns >= 0 on success or a negative PF_E* code (or
 * any negative value), which becomes that item's error.  `arg` is the
 * call's arg pointer, passed verbatim (see docs/pool.md on pointers). */
typedef int (*pf_pool_map_fn)(const void *in, void *out, void *arg);
/* A starmap task: args[k] points to the item's k-th argument. */
typedef int (*pf_pool_star_fn)(const void *const *args, void *out, void *arg);
/* A bytes task (apply): any input, any output.  The result is what the
 * function stores with pf_pool_out_set / pf_pool_out_alloc (empty when it
 * stores nothing).  Returns >= 0 or a negative error code. */
typedef int (*pf_pool_task_fn)(const void *in, size_t in_len,
                               pf_pool_out_t *out);
/* Fills item `index` of a generated input (e.g. imap over a range): runs
 * in the parent, when the item is sent. */
typedef void (*pf_pool_gen_fn)(size_t index, void *item, void *gen_arg);

/* Called in a worker by a bytes task: make the result `len` bytes long
 * and return the buffer to fill (NULL when out of memory). */
void *pf_pool_out_alloc(pf_pool_out_t *out, size_t len);
/* Copy `len` bytes as the task's result.  Returns 0 or PF_ENOMEM. */
int pf_pool_out_set(pf_pool_out_t *out, const void *data, size_t len);

typedef struct pf_pool_options {
    /* Number of workers; 0: the CPUs this process may use (affinity and
     * the cgroup v2 quota). */
    int workers;
    /* Run once in each worker after it is forked, before any task. */
    void (*initializer)(void *initarg);
    void *initarg;
    /* A worker exits and is replaced after this many tasks (a task is a
     * chunk of a map, as in Python); 0: never. */
    unsigned long maxtasksperchild;
    /* Per-item limit in seconds; <= 0: none.  A task past it fails with
     * PF_ETIMEDOUT; its worker is killed and replaced. */
    double task_timeout;
    /* Called in the parent as items of a map-like call complete, in the
     * thread documented in docs/pool.md. */
    void (*progress)(size_t done, size_t total, void *progress_arg);
    void *progress_arg;
    /* Non-zero: draw a progress line on stderr when it is a terminal. */
    int progress_line;
    /* Bytes of each per-worker shared ring (task and result); 0: 512 KiB.
     * Rounded up to a power of two.  Element items must fit in 1/8 of it;
     * bytes tasks of any size are passed outside it. */
    size_t ring_bytes;
} pf_pool_options_t;

/* How an item failed. */
typedef struct pf_pool_failure {
    size_t index;    /* the item's index in the call (0 for apply) */
    int code;        /* PF_EWORKER, PF_ETIMEDOUT, PF_ECANCELED, or the
                        task's own negative return value */
    int signal;      /* the signal that killed the worker, or 0 */
    int exit_status; /* the worker's exit status when it exited, else -1 */
    int pid;         /* the worker's pid, or 0 */
} pf_pool_failure_t;

/*
 * Everything about one map-like call.  pf_pool_map and friends fill one;
 * the compiler's `#pragma pfor map ... pool(p)` fills one directly.
 * Zero every field you do not use.
 */
typedef struct pf_pool_map_args {
    pf_pool_map_fn fn;       /* element task (unless star_fn is set) */
    pf_pool_star_fn star_fn; /* starmap task over nargs argument arrays */
    void *arg;               /* passed to every call of fn / star_fn */
    const void *in;          /* n items of in_size bytes (fn), or NULL */
    size_t in_size;
    pf_pool_gen_fn gen; /* when in is NULL: fills each input item */
    void *gen_arg;
    size_t nargs;               /* star_fn: number of argument arrays */
    const void *const *star_in; /* star_fn: nargs arrays */
    const size_t *star_sizes;   /* star_fn: their element sizes */
    size_t n;                   /* number of items */
    void *out;                  /* n items of out_size bytes (map) */
    size_t out_size;
    size_t chunksize;           /* 0: automatic, from measured task time */
    int *status;                /* optional: n codes, 0 or the item's error */
    pf_pool_failure_t *failure; /* optional: the lowest failed item */
    int progress_line;          /* non-zero: progress line on stderr when it
                                   is a terminal (also for this call alone) */
    double timeout; /* pf_pool_map_ex: wait at most this many seconds;
                       <= 0: no limit (a zeroed struct waits for ever).
                       On expiry the call returns PF_ETIMEDOUT and is
                       canceled: items not sent are never sent, those
                       running finish and are dropped, and out/status
                       are not written after the call returns.  Ignored
                       by the async and imap calls (their get and next
                       take a timeout). */
} pf_pool_map_args_t;

/* Create a pool (forks its workers now).  `opts` may be NULL.  Returns 0
 * and *out, or PF_EINVAL / PF_ENOMEM / PF_E*.  A pool belongs to the
 * process that created it: in a forked child every call on it returns
 * PF_ESTATE, and pf_pool_free there releases only the child's copy. */
int pf_pool_new(const pf_pool_options_t *opts, pf_pool_t **out);
/* Terminate the pool if still working (outstanding work fails with
 * PF_ECANCELED), reap every worker, release everything.  NULL-safe. */
void pf_pool_free(pf_pool_t *pool);
/* No more submissions; submitted work still completes.  Returns 0. */
int pf_pool_close(pf_pool_t *pool);
/* After close: wait for every submitted task (and callback), then stop
 * and reap the workers.  Returns 0, PF_ESTATE when not closed, or
 * PF_ETIMEDOUT (the pool is then still joinable). */
int pf_pool_join(pf_pool_t *pool, double timeout);
/* Kill every worker now; outstanding work fails with PF_ECANCELED (error
 * callbacks run).  Returns 0. */
int pf_pool_terminate(pf_pool_t *pool);
/* Number of workers, and the pid of worker i (0 when it is being
 * replaced), for tests and diagnostics. */
int pf_pool_workers(const pf_pool_t *pool);
int pf_pool_worker_pid(const pf_pool_t *pool, int i);

/* The generic entry: run a map-like call to completion (or its
 * args->timeout).  Returns 0 when every item succeeded, else the error of
 * the lowest failed item (the other items are still computed); PF_EINVAL
 * on bad arguments, PF_ECLOSED after close, PF_ETOOBIG for items larger
 * than ring_bytes/8, PF_ETIMEDOUT when args->timeout passed first.  This
 * is also the bounded form of pf_pool_map and pf_pool_starmap. */
int pf_pool_map_ex(pf_pool_t *pool, const pf_pool_map_args_t *args);
/* out[i] = fn(in[i]) for n items, results in order. */
int pf_pool_map(pf_pool_t *pool, pf_pool_map_fn fn, const void *in, size_t n,
                size_t in_size, void *out, size_t out_size, size_t chunksize);
/* Array-of-structs starmap is pf_pool_map with in_size = sizeof(struct);
 * this one zips nargs arrays: fn(args = {&in[0][i], &in[1][i], ...}). */
int pf_pool_starmap(pf_pool_t *pool, pf_pool_star_fn fn, size_t nargs,
                    const void *const *in, const size_t *in_sizes, size_t n,
                    void *out, size_t out_size, size_t chunksize);

/* Streaming map: results come back one at a time through
 * pf_pool_iter_next, in order (ordered) or in completion order; only a
 * bounded window of items is in flight or buffered.  args->out, status
 * and failure are ignored; args must stay valid until the iterator is
 * freed (in, gen, star_in too). */
int pf_pool_imap_ex(pf_pool_t *pool, const pf_pool_map_args_t *args,
                    bool ordered, pf_pool_iter_t **out);
int pf_pool_imap(pf_pool_t *pool, pf_pool_map_fn fn, const void *in, size_t n,
                 size_t in_size, size_t out_size, size_t chunksize,
                 pf_pool_iter_t **out);
int pf_pool_imap_unordered(pf_pool_t *pool, pf_pool_map_fn fn, const void *in,
                           size_t n, size_t in_size, size_t out_size,
                           size_t chunksize, pf_pool_iter_t **out);
/* The next result: copies it to out (out_size bytes) and its item index
 * to *index (may be NULL).  Returns 0; the item's error (the item is then
 * consumed and iteration may go on; *failure filled when non-NULL);
 * PF_EOF after the last item; PF_ETIMEDOUT. */
int pf_pool_iter_next(pf_pool_iter_t *it, void *out, size_t *index,
                      double timeout, pf_pool_failure_t *failure);
/* Release an iterator; items still running are finished and dropped. */
void pf_pool_iter_free(pf_pool_iter_t *it);

/* Run fn(in) in a worker and wait.  *result is a malloc'ed copy of the
 * task's result (free() it; NULL when empty), *result_len its length.
 * Returns 0 or the task's error (PF_EWORKER, PF_ETIMEDOUT, ...). */
int pf_pool_apply(pf_pool_t *pool, pf_pool_task_fn fn, const void *in,
                  size_t in_len, void **result, size_t *result_len);
/* pf_pool_apply waiting at most `timeout` seconds (PF_FOREVER: no limit).
 * Returns as pf_pool_apply, or PF_ETIMEDOUT: the task is then canceled
 * (not sent if it was not yet; if running, it finishes in its worker and
 * its result is dropped). */
int pf_pool_apply_ex(pf_pool_t *pool, pf_pool_task_fn fn, const void *in,
                     size_t in_len, void **result, size_t *result_len,
                     double timeout);

/* Called once per async result, in the pool's result thread (see
 * docs/pool.md): callback when it succeeded, error_callback otherwise. */
typedef void (*pf_pool_callback_fn)(pf_pool_async_t *result, void *arg);
typedef void (*pf_pool_error_callback_fn)(pf_pool_async_t *result, int code,
                                          void *arg);

/* Submit fn(in) (input copied now).  Returns 0 and *out, which the caller
 * frees with pf_pool_async_free. */
int pf_pool_apply_async(pf_pool_t *pool, pf_pool_task_fn fn, const void *in,
                        size_t in_len, pf_pool_callback_fn callback,
                        pf_pool_error_callback_fn error_callback, void *arg,
                        pf_pool_async_t **out);
/* Submit a map; `in`, `out` (and status) must stay valid until the result
 * is ready.  error_callback gets the lowest failed item's error. */
int pf_pool_map_async(pf_pool_t *pool, pf_pool_map_fn fn, const void *in,
                      size_t n, size_t in_size, void *out, size_t out_size,
                      size_t chunksize, pf_pool_callback_fn callback,
                      pf_pool_error_callback_fn error_callback, void *arg,
                      pf_pool_async_t **out_result);
int pf_pool_map_async_ex(pf_pool_t *pool, const pf_pool_map_args_t *args,
                         pf_pool_callback_fn callback,
                         pf_pool_error_callback_fn error_callback, void *arg,
                         pf_pool_async_t **out_result);
/* Wait until ready (its callback has returned).  Returns 0 or
 * PF_ETIMEDOUT. */
int pf_pool_async_wait(pf_pool_async_t *a, double timeout);
/* Wait, then return 0 when it succeeded or its error code; PF_ETIMEDOUT
 * when not ready in time. */
int pf_pool_async_get(pf_pool_async_t *a, double timeout);
bool pf_pool_async_ready(pf_pool_async_t *a);
/* True when ready and succeeded (Python raises when not ready; false). */
bool pf_pool_async_successful(pf_pool_async_t *a);
/* An apply_async result: its bytes (owned by a) once ready (or inside
 * its callback) and successful; `len` may be NULL.  Returns 0, PF_ESTATE
 * when not ready, or the error. */
int pf_pool_async_value(pf_pool_async_t *a, const void **data, size_t *len);
/* The failure of a failed result (also inside its error callback).
 * Returns 0, or PF_ESTATE when not ready or not failed. */
int pf_pool_async_failure(pf_pool_async_t *a, pf_pool_failure_t *f);
/* Release a result (the work goes on when not ready).  NULL-safe. */
void pf_pool_async_free(pf_pool_async_t *a);

#endif /* PFOR_POOL_H */
