/* pfor/queue.h - pf_queue: many-producer many-consumer process queues. */
#ifndef PFOR_QUEUE_H
#define PFOR_QUEUE_H

#include <stddef.h>

#include "common.h"
#include "errors.h"

/*
 * A pf_queue is the C counterpart of multiprocessing.Queue (and, when
 * created joinable, of JoinableQueue).  Create it in the parent before
 * forking; every process forked afterwards may put and get.  Messages are
 * byte strings of any length (0 bytes to many MiB), delivered whole and in
 * FIFO order of their puts.  See docs/queue.md for the design.
 *
 * Return codes shared by the calls below:
 *   PF_EFULL    put: the queue stayed full until the timeout (queue.Full)
 *   PF_EEMPTY   get: no message arrived before the timeout (queue.Empty)
 *   PF_ECLOSED  put on a closed queue
 *   PF_EOF      get on a closed queue that has been drained: returned at
 *               once, so consumers never hang on a closed queue
 *   PF_ENOSPC   get: the caller's buffer is too small; the message stays
 *               in the queue and *len tells its size
 *   PF_EINVAL   NULL queue, NULL buffer with a nonzero size, bad options
 */
typedef struct pf_queue pf_queue_t;

typedef struct pf_queue_options {
    /* Most messages the queue holds; put blocks while it is full.  0 (the
     * default) is unbounded; negative is PF_EINVAL. */
    long maxsize;
    /* Nonzero: a JoinableQueue (task_done / join). */
    int joinable;
    /* Bytes of the shared ring the messages travel through; 0 is the
     * default (256 KiB).  Rounded up to a power of two, at least 4 KiB.
     * Messages larger than the ring are streamed through it in pieces. */
    size_t buffer_size;
} pf_queue_options_t;

/* Create a queue in shared memory (parent, before forking).  `opts` may
 * be NULL for an unbounded, non-joinable queue.  Returns 0 and sets *out,
 * or PF_EINVAL / PF_ENOMEM. */
int pf_queue_new(const pf_queue_options_t *opts, pf_queue_t **out);

/* Release this process's view of the queue (NULL-safe).  Every process
 * that is done with the queue may call it; the memory goes away when the
 * last process has freed it or exited.  The queue must not be in use by
 * this process any more. */
void pf_queue_free(pf_queue_t *q);

/* Append a copy of `len` bytes at `msg` (msg may be NULL when len is 0).
 * Blocks while the queue is full, at most `timeout` seconds (PF_FOREVER
 * waits forever, 0 only tries).  Returns 0, PF_EFULL on timeout,
 * PF_ECLOSED or PF_EINVAL.  Never PF_EOWNERDEAD: what a process killed
 * inside put or get left half done is repaired by the next caller. */
int pf_queue_put(pf_queue_t *q, const void *msg, size_t len, double timeout);

/* Take the oldest message into `buf` (`size` bytes).  Blocks while the
 * queue is empty, at most `timeout` seconds.  Returns 0 and sets *len
 * (when len is non-NULL) to the message length; PF_ENOSPC (message kept,
 * *len = its length); PF_EEMPTY on timeout; PF_EOF when closed and
 * drained; PF_EINVAL. */
int pf_queue_get(pf_queue_t *q, void *buf, size_t size, size_t *len,
                 double timeout);

/* Like pf_queue_get, but the message is returned in a new malloc'd block
 * (*msg, release with free(); never NULL on success, even for 0 bytes)
 * of *len bytes.  Returns 0, PF_EEMPTY, PF_EOF, PF_ENOMEM (message kept),
 * PF_EINVAL. */
int pf_queue_get_alloc(pf_queue_t *q, void **msg, size_t *len, double timeout);

/* Number of messages in the queue (approximate while others are putting
 * or getting, as in Python), or PF_EINVAL. */
long pf_queue_qsize(const pf_queue_t *q);
/* 1 when the queue holds no message, 0 otherwise, or PF_EINVAL. */
int pf_queue_empty(const pf_queue_t *q);
/* 1 when a bounded queue holds maxsize messages, 0 otherwise, or
 * PF_EINVAL. */
int pf_queue_full(const pf_queue_t *q);

/* Close the queue for every process: later puts return PF_ECLOSED, puts
 * blocked on a full queue wake and return PF_ECLOSED, gets drain what is
 * left and then return PF_EOF at once.  Idempotent.  Returns 0 or
 * PF_EINVAL. */
int pf_queue_close(pf_queue_t *q);
/* 1 when the queue has been closed, 0 otherwise, or PF_EINVAL. */
int pf_queue_closed(const pf_queue_t *q);

/* JoinableQueue: mark one message got earlier as processed.  Returns 0,
 * PF_ESTATE when called more times than messages were put (Python's
 * ValueError), PF_ENOTSUP on a non-joinable queue, PF_EINVAL. */
int pf_queue_task_done(pf_queue_t *q);
/* Wait until every message put has been marked done, at most `timeout`
 * seconds.  Returns 0, PF_ETIMEDOUT, PF_ENOTSUP, PF_EINVAL. */
int pf_queue_join(pf_queue_t *q, double timeout);

#endif /* PFOR_QUEUE_H */
