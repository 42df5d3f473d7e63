/* pfor/pipe.h - pf_pipe: framed duplex or one-way process connections. */
#ifndef PFOR_PIPE_H
#define PFOR_PIPE_H

#include <stdbool.h>
#include <stddef.h>
#include <sys/types.h>

#include "common.h"
#include "errors.h"

/*
 * The C counterpart of multiprocessing.Pipe and its Connection objects.
 *
 *     pf_conn_t *parent, *child;
 *     pf_pipe(true, &parent, &child);    // duplex: both ends send and recv
 *     ... pf_process_start(p) ...        // p's fn uses `child`
 *     pf_conn_free(child);               // the parent's copy of it
 *     pf_conn_send(parent, "ping", 4, PF_FOREVER);
 *     char buf[64];
 *     ssize_t n = pf_conn_recv(parent, buf, sizeof buf, 5.0);
 *
 * A connection carries whole messages (byte strings of any length, 0 bytes
 * included; the length is limited only by memory): one send is one recv.
 * Create the pair before fork; after the fork each process frees the end
 * it does not use, so that end of file can be seen: recv returns PF_EOF
 * once every copy of the peer end is closed (or its process died), and
 * send returns PF_EPIPE; SIGPIPE never kills the program.
 *
 * Each end is meant for one process and one thread at a time.  An end
 * reads ahead (up to a few KiB) to receive small messages in one system
 * call: if a process forks while such data is buffered, both copies hold
 * it, so use an end in one process only (as with any stream, two readers
 * on one end would split its messages anyway).
 *
 * Timeouts (seconds; PF_FOREVER = no limit, 0 = do not wait) never break
 * the framing:
 *  - recv: a message that times out half-received is kept by the end and
 *    completed by the next recv; nothing is lost or misread.
 *  - send: PF_ETIMEDOUT means not one byte of this message was written:
 *    it was not sent.  PF_EAGAIN means part of it was written: it is
 *    committed, the end keeps the rest and writes it before any later
 *    message (pf_conn_flush, or the next send, does) - do not resend it.
 */
typedef struct pf_conn pf_conn_t;

/* Create a connected pair.  duplex: both ends send and receive (two pipes
 * inside).  !duplex: `*a` only receives and `*b` only sends, like Python's
 * Pipe(duplex=False) returning (reader, writer).  Every descriptor is
 * close-on-exec.  Returns 0, PF_EINVAL (NULL), PF_EMFILE, PF_ENOMEM. */
int pf_pipe(bool duplex, pf_conn_t **a, pf_conn_t **b);

/* Send `len` bytes (buf may be NULL when len is 0) as one message.
 * Returns 0; PF_ETIMEDOUT (nothing sent); PF_EAGAIN (partly written and
 * committed, see above); PF_EPIPE (every peer end is closed); PF_ENOTSUP
 * (a receive-only end); PF_ECLOSED; PF_EINVAL; PF_ENOMEM. */
int pf_conn_send(pf_conn_t *c, const void *buf, size_t len, double timeout);

/* Finish writing a message an earlier send left partly written.  Returns
 * 0 (nothing left), PF_ETIMEDOUT (some still left), PF_EPIPE, ... */
int pf_conn_flush(pf_conn_t *c, double timeout);

/* Receive one message into buf (cap bytes).  Returns its length (>= 0);
 * PF_ENOSPC when it is longer than cap: the message is kept, whole, for
 * the next recv (pf_conn_next_size tells its length, pf_conn_recv_alloc
 * takes it); PF_EOF when every peer end is closed and nothing is left;
 * PF_EPIPE when the peer closed in the middle of a message; PF_ETIMEDOUT;
 * PF_ENOTSUP (a send-only end); PF_ECLOSED; PF_EINVAL. */
ssize_t pf_conn_recv(pf_conn_t *c, void *buf, size_t cap, double timeout);

/* Receive one message into memory malloc'd for it; *out (free() it) holds
 * the message and is non-NULL even for 0 bytes.  Returns its length or a
 * code as pf_conn_recv (PF_ENOMEM keeps the message); *out is NULL on
 * error. */
ssize_t pf_conn_recv_alloc(pf_conn_t *c, void **out, double timeout);

/* Wait for the next message's header and return its length without
 * taking the message; codes as pf_conn_recv. */
ssize_t pf_conn_next_size(pf_conn_t *c, double timeout);

/* Whether a recv would not block: 1 when a message (or at least its first
 * bytes) or end of file is waiting, 0 when the timeout passed first;
 * PF_ENOTSUP, PF_ECLOSED, PF_EINVAL. */
int pf_conn_poll(pf_conn_t *c, double timeout);

/* Whether this end can send / receive (false for NULL or closed ends). */
bool pf_conn_writable(const pf_conn_t *c);
bool pf_conn_readable(const pf_conn_t *c);

/* Close the end's descriptors (in this process); later calls on it return
 * PF_ECLOSED.  A message left partly written is dropped (the peer then
 * gets PF_EPIPE).  Returns 0, or PF_EINVAL for NULL; closing twice is
 * fine. */
int pf_conn_close(pf_conn_t *c);

/* Close and release the end.  NULL-safe. */
void pf_conn_free(pf_conn_t *c);

#endif /* PFOR_PIPE_H */
