/* pipe.c - pf_pipe: framed messages over a pair of pipes (or one pipe for
 * a one-way pair), with timeouts that never break the framing. */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <poll.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <unistd.h>

#include "internal.h"

/*
 * Wire format: each message is an 8-byte length in native byte order (both
 * ends are on one machine) followed by that many bytes.
 *
 * Transport: a duplex pair is two pipes, a one-way pair one pipe (see
 * docs/pipe.md for the measurements that chose pipes over a socketpair).
 * Write ends are O_NONBLOCK, so a send can honour its deadline; read ends
 * stay blocking, so a recv without a deadline is one read(2).
 */
#define HEADER_SIZE 8
#define READ_AHEAD 4096 /* bytes a recv may read beyond its message */
#define SMALL_SEND 248  /* messages up to this are sent with one write */

struct pf_conn {
    int rfd, wfd;   /* -1 when this end does not read / write */
    bool is_socket; /* the socketpair transport (benchmarks only) */
    bool closed;
    bool write_broken; /* a partial message could not be kept: no more */
    /* receiving: bytes read ahead, rbuf[rpos..rlen) */
    size_t rpos, rlen;
    bool have_header; /* the current message's length is known */
    uint64_t msg_len;
    char *partial;      /* msg_len bytes: a message a recv left unfinished */
    size_t partial_got; /* how many of them are there */
    uint64_t discard;   /* bytes of a lost message still to skip */
    /* sending: the unwritten tail of a message a send left unfinished */
    char *pending;
    size_t pending_len, pending_off;
    char rbuf[READ_AHEAD];
};

/* ---- descriptor helpers ---- */

/* One read of at most len bytes.  Returns the count (> 0), PF_EOF at end
 * of file, PF_ETIMEDOUT, or PF_E*.  Without a deadline it is one blocking
 * read(2); with one, a poll(2) comes first. */
static ssize_t read_some(pf_conn_t *c, void *dst, size_t len, pf__deadline_t d)
{
    for (;;) {
        if (d.ns != INT64_MAX) {
            int ready = pf__wait_fd(c->rfd, POLLIN, d);
            if (ready == 0)
                return PF_ETIMEDOUT;
            if (ready < 0)
                return ready;
        }
        ssize_t n = read(c->rfd, dst, len);
        if (n > 0)
            return n;
        if (n == 0)
            return PF_EOF;
        if (errno == EINTR)
            continue;
        if (errno == EAGAIN || errno == EWOULDBLOCK) {
            int ready = pf__wait_fd(c->rfd, POLLIN, d);
            if (ready == 0)
                return PF_ETIMEDOUT;
            if (ready < 0)
                return ready;
            continue;
        }
        if (errno == ECONNRESET)
            return PF_EOF;
        return pf__from_errno(errno);
    }
}

/* Read more bytes into the read-ahead buffer.  Returns 0, PF_EOF,
 * PF_ETIMEDOUT or PF_E*. */
static int fill(pf_conn_t *c, pf__deadline_t d)
{
    if (c->rpos > 0) {
        memmove(c->rbuf, c->rbuf + c->rpos, c->rlen - c->rpos);
        c->rlen -= c->rpos;
        c->rpos = 0;
    }
    ssize_t n = read_some(c, c->rbuf + c->rlen, READ_AHEAD - c->rlen, d);
    if (n < 0)
        return (int)n;
    c->rlen += (size_t)n;
    return 0;
}

/* Write the iovecs out before the deadline; *done counts bytes written.
 * Returns 0, PF_ETIMEDOUT, PF_EPIPE or PF_E*.  SIGPIPE must be blocked by
 * the caller for pipes (sockets use MSG_NOSIGNAL). */
static int write_iov(pf_conn_t *c, struct iovec *iov, int count,
                     pf__deadline_t d, size_t *done)
{
    *done = 0;
    while (count > 0) {
        ssize_t n;
        if (c->is_socket) {
            struct msghdr m = {.msg_iov = iov, .msg_iovlen = (size_t)count};
            n = sendmsg(c->wfd, &m, MSG_NOSIGNAL | MSG_DONTWAIT);
        } else if (count == 1) {
            n = write(c->wfd, iov->iov_base, iov->iov_len); /* cheaper */
        } else {
            n = writev(c->wfd, iov, count);
        }
        if (n > 0) {
            *done += (size_t)n;
            size_t left = (size_t)n;
            while (count > 0 && left >= iov->iov_len) {
                left -= iov->iov_len;
                iov++;
                count--;
            }
            if (count > 0) {
                iov->iov_base = (char *)iov->iov_base + left;
                iov->iov_len -= left;
            }
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
            int rc = pf__wait_fd(c->wfd, POLLOUT, d);
            if (rc == 0)
                return PF_ETIMEDOUT;
            if (rc < 0)
                return rc;
            continue;
        }
        if (n < 0 && (errno == EPIPE || errno == ECONNRESET))
            return PF_EPIPE;
        return n < 0 ? pf__from_errno(errno) : PF_ESYS;
    }
    return 0;
}

/*
 * SIGPIPE.  A write to a pipe whose readers are all gone raises SIGPIPE,
 * whose default action kills the program; there is no MSG_NOSIGNAL for
 * pipes.  Blocking it around every send (pthread_sigmask twice) costs two
 * system calls per message, about a fifth of a round trip here (see
 * docs/pipe.md).  So, once, the first pf_pipe looks at SIGPIPE:
 *  - default action: pfor installs a handler that ignores the SIGPIPEs
 *    raised while this thread is inside a pf_conn send (a thread-local
 *    flag) and, for any other SIGPIPE, restores the default action and
 *    re-raises it, so the program dies of it exactly as before.  Handlers
 *    are reset by exec, so programs the user runs see the default.
 *  - ignored: nothing to do.
 *  - the program's own handler: leave it alone and block SIGPIPE around
 *    each send instead (a SIGPIPE we raised is consumed, never delivered).
 */
typedef enum sigpipe_mode {
    SIGPIPE_NONE,    /* sockets: MSG_NOSIGNAL */
    SIGPIPE_HANDLER, /* pfor's pass-through handler is installed */
    SIGPIPE_IGNORED, /* SIG_IGN: writes just fail with EPIPE */
    SIGPIPE_MASK     /* block the signal around each send */
} sigpipe_mode_t;

static sigpipe_mode_t sigpipe_mode = SIGPIPE_MASK;
static bool sigpipe_force_mask; /* benchmarks: measure the mask way */
static pthread_once_t sigpipe_once = PTHREAD_ONCE_INIT;
static _Thread_local volatile sig_atomic_t in_pipe_send;

static void on_sigpipe(int sig)
{
    if (in_pipe_send)
        return; /* ours: the send sees EPIPE */
    struct sigaction dfl;
    memset(&dfl, 0, sizeof dfl);
    dfl.sa_handler = SIG_DFL;
    sigemptyset(&dfl.sa_mask);
    sigaction(SIGPIPE, &dfl, NULL);
    raise(sig); /* delivered, and fatal, when this handler returns */
}

static void choose_sigpipe_mode(void)
{
    struct sigaction old;
    if (sigaction(SIGPIPE, NULL, &old) != 0)
        return; /* keep SIGPIPE_MASK */
    if (old.sa_flags & SA_SIGINFO)
        return;
    if (old.sa_handler == SIG_IGN) {
        sigpipe_mode = SIGPIPE_IGNORED;
    } else if (old.sa_handler == SIG_DFL) {
        struct sigaction sa;
        memset(&sa, 0, sizeof sa);
        sa.sa_handler = on_sigpipe;
        sa.sa_flags = SA_RESTART;
        sigemptyset(&sa.sa_mask);
        if (sigaction(SIGPIPE, &sa, NULL) == 0)
            sigpipe_mode = SIGPIPE_HANDLER;
    }
}

/* Benchmarks only: block SIGPIPE around every send whatever the mode. */
void pf__pipe_force_sigmask(bool force)
{
    sigpipe_force_mask = force;
}

typedef struct sigpipe_guard {
    sigpipe_mode_t mode;
    sigset_t old;
} sigpipe_guard_t;

/* Make the sends that follow safe from SIGPIPE, until sigpipe_restore. */
static void sigpipe_block(pf_conn_t *c, sigpipe_guard_t *g)
{
    g->mode = c->is_socket ? SIGPIPE_NONE : sigpipe_mode;
    if (g->mode == SIGPIPE_HANDLER && sigpipe_force_mask)
        g->mode = SIGPIPE_MASK;
    if (g->mode == SIGPIPE_HANDLER) {
        in_pipe_send = 1;
    } else if (g->mode == SIGPIPE_MASK) {
        sigset_t set;
        sigemptyset(&set);
        sigaddset(&set, SIGPIPE);
        pthread_sigmask(SIG_BLOCK, &set, &g->old);
    }
}

/* Undo sigpipe_block; rc is the send's result.  In mask mode a SIGPIPE
 * our write raised is consumed before the old mask comes back. */
static void sigpipe_restore(sigpipe_guard_t *g, int rc)
{
    if (g->mode == SIGPIPE_NONE || g->mode == SIGPIPE_IGNORED)
        return;
    /* In handler mode a thread that blocks SIGPIPE itself keeps ours
     * pending: take it now, or our handler would see it later, outside
     * any send, and kill the program.  In mask mode, take it before the
     * mask comes back (unless the caller had it blocked anyway). */
    bool consume = rc == PF_EPIPE && (g->mode == SIGPIPE_HANDLER ||
                                      !sigismember(&g->old, SIGPIPE));
    if (consume) {
        sigset_t set, pending;
        sigemptyset(&set);
        sigaddset(&set, SIGPIPE);
        struct timespec zero = {0, 0};
        if (sigpending(&pending) == 0 && sigismember(&pending, SIGPIPE))
            sigtimedwait(&set, NULL, &zero);
    }
    if (g->mode == SIGPIPE_HANDLER)
        in_pipe_send = 0;
    else
        pthread_sigmask(SIG_SETMASK, &g->old, NULL);
}

/* ---- creating and closing ---- */

static pf_conn_t *conn_new(int rfd, int wfd, bool is_socket)
{
    pf_conn_t *c = calloc(1, sizeof *c);
    if (!c)
        return NULL;
    c->rfd = rfd;
    c->wfd = wfd;
    c->is_socket = is_socket;
    return c;
}

static int set_nonblocking(int fd)
{
    int flags = fcntl(fd, F_GETFL);
    if (flags < 0 || fcntl(fd, F_SETFL, flags | O_NONBLOCK) < 0)
        return pf__from_errno(errno);
    return 0;
}

/*
 * pf_pipe with a choice of transport: two pipes (one for a one-way pair)
 * or one AF_UNIX stream socketpair.  Internal: bench_pipe compares them.
 * Returns as pf_pipe.
 */
int pf__pipe_new(bool duplex, bool use_socket, pf_conn_t **a, pf_conn_t **b)
{
    if (!a || !b)
        return PF_EINVAL;
    *a = *b = NULL;
    int fds[4] = {-1, -1, -1, -1};
    int rc = 0;
    if (use_socket) {
        if (pf__inject_hit(PF__INJECT_SOCKET) ||
            socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, fds) < 0)
            return pf__from_errno(errno);
        if (!duplex) {
            shutdown(fds[0], SHUT_WR);
            shutdown(fds[1], SHUT_RD);
        }
        *a = conn_new(fds[0], duplex ? fds[0] : -1, true);
        *b = conn_new(duplex ? fds[1] : -1, fds[1], true);
    } else {
        pthread_once(&sigpipe_once, choose_sigpipe_mode);
        /* fds[0] <- fds[1]: b to a.  fds[2] <- fds[3]: a to b. */
        if (pf__inject_hit(PF__INJECT_PIPE) || pipe2(fds, O_CLOEXEC) < 0)
            return pf__from_errno(errno);
        if (duplex && (pf__inject_hit(PF__INJECT_PIPE) ||
                       pipe2(fds + 2, O_CLOEXEC) < 0)) {
            rc = pf__from_errno(errno);
            goto fail;
        }
        for (int i = 1; i < 4; i += 2)
            if (fds[i] >= 0 && (rc = set_nonblocking(fds[i])) < 0)
                goto fail;
        *a = conn_new(fds[0], fds[3], false);
        *b = conn_new(fds[2], fds[1], false);
    }
    if (!*a || !*b) {
        rc = PF_ENOMEM;
        goto fail;
    }
    return 0;
fail:
    free(*a);
    free(*b);
    *a = *b = NULL;
    for (int i = 0; i < 4; i++)
        pf__close(fds[i]);
    return rc;
}

int pf_pipe(bool duplex, pf_conn_t **a, pf_conn_t **b)
{
    return pf__pipe_new(duplex, false, a, b);
}

int pf_conn_close(pf_conn_t *c)
{
    if (!c)
        return PF_EINVAL;
    if (c->closed)
        return 0;
    pf__close(c->rfd);
    if (c->wfd != c->rfd)
        pf__close(c->wfd);
    c->rfd = c->wfd = -1;
    c->closed = true;
    free(c->partial);
    free(c->pending);
    c->partial = c->pending = NULL;
    c->rpos = c->rlen = 0;
    c->have_header = false;
    return 0;
}

void pf_conn_free(pf_conn_t *c)
{
    if (!c)
        return;
    pf_conn_close(c);
    free(c);
}

bool pf_conn_writable(const pf_conn_t *c)
{
    return c && !c->closed && !c->write_broken && c->wfd >= 0;
}

bool pf_conn_readable(const pf_conn_t *c)
{
    return c && !c->closed && c->rfd >= 0;
}

/* ---- sending ---- */

/* Write the kept tail of an unfinished message.  SIGPIPE blocked by the
 * caller.  Returns 0 (none left), PF_ETIMEDOUT, PF_EPIPE, PF_E*. */
static int flush_pending(pf_conn_t *c, pf__deadline_t d)
{
    if (!c->pending)
        return 0;
    struct iovec iov = {c->pending + c->pending_off,
                        c->pending_len - c->pending_off};
    size_t done;
    int rc = write_iov(c, &iov, 1, d, &done);
    c->pending_off += done;
    if (rc == 0 || rc == PF_EPIPE) {
        free(c->pending);
        c->pending = NULL;
    }
    return rc;
}

static int check_writer(const pf_conn_t *c)
{
    if (!c)
        return PF_EINVAL;
    if (c->closed)
        return PF_ECLOSED;
    if (c->write_broken)
        return PF_EPIPE;
    if (c->wfd < 0)
        return PF_ENOTSUP;
    return 0;
}

int pf_conn_flush(pf_conn_t *c, double timeout)
{
    int rc = check_writer(c);
    if (rc < 0 || !c->pending)
        return rc;
    sigpipe_guard_t guard;
    sigpipe_block(c, &guard);
    rc = flush_pending(c, pf__deadline_in(timeout));
    sigpipe_restore(&guard, rc);
    return rc;
}

int pf_conn_send(pf_conn_t *c, const void *buf, size_t len, double timeout)
{
    int rc = check_writer(c);
    if (rc < 0)
        return rc;
    if (!buf && len > 0)
        return PF_EINVAL;
    pf__deadline_t d = pf__deadline_in(timeout);
    sigpipe_guard_t guard;
    sigpipe_block(c, &guard);
    rc = flush_pending(c, d);
    if (rc < 0)
        goto out;
    uint64_t header = len;
    struct iovec iov[2] = {{&header, HEADER_SIZE}, {(void *)buf, len}};
    int count = len > 0 ? 2 : 1;
    /* A small message is copied behind its header and written with one
     * write(2): measurably cheaper than writev(2) of two pieces. */
    char small[HEADER_SIZE + SMALL_SEND];
    if (len > 0 && len <= SMALL_SEND) {
        memcpy(small, &header, HEADER_SIZE);
        memcpy(small + HEADER_SIZE, buf, len);
        iov[0].iov_base = small;
        iov[0].iov_len = HEADER_SIZE + len;
        count = 1;
    }
    size_t done;
    rc = write_iov(c, iov, count, d, &done);
    if (rc == PF_ETIMEDOUT && done > 0) {
        /* Committed: keep the rest so the peer gets the whole message. */
        size_t total = HEADER_SIZE + len, rest = total - done;
        c->pending = malloc(rest);
        if (!c->pending) {
            /* The peer holds half a message: end our side of the stream
             * so it sees PF_EPIPE rather than waiting for the rest. */
            c->write_broken = true;
            if (c->is_socket) {
                shutdown(c->wfd, SHUT_WR);
            } else {
                pf__close(c->wfd);
                c->wfd = -1;
            }
            rc = PF_ENOMEM;
            goto out;
        }
        size_t off = 0;
        if (done < HEADER_SIZE) {
            memcpy(c->pending, (char *)&header + done, HEADER_SIZE - done);
            off = HEADER_SIZE - done;
            done = HEADER_SIZE;
        }
        if (rest > off)
            memcpy(c->pending + off, (const char *)buf + (done - HEADER_SIZE),
                   rest - off);
        c->pending_len = rest;
        c->pending_off = 0;
        rc = PF_EAGAIN;
    }
out:
    sigpipe_restore(&guard, rc);
    return rc;
}

/* ---- receiving ---- */

static int check_reader(const pf_conn_t *c)
{
    if (!c)
        return PF_EINVAL;
    if (c->closed)
        return PF_ECLOSED;
    if (c->rfd < 0)
        return PF_ENOTSUP;
    return 0;
}

/* Forget the current message (the peer died in its middle). */
static void drop_message(pf_conn_t *c)
{
    c->have_header = false;
    free(c->partial);
    c->partial = NULL;
    c->partial_got = 0;
}

/* Skip what is left of a message a failed allocation lost.  Returns 0 or
 * a read error. */
static int skip_lost(pf_conn_t *c, pf__deadline_t d)
{
    while (c->discard > 0) {
        size_t avail = c->rlen - c->rpos;
        if (avail == 0) {
            int rc = fill(c, d);
            if (rc == PF_EOF) {
                rc = PF_EPIPE;
                c->discard = 0;
            }
            if (rc < 0)
                return rc;
            continue;
        }
        size_t take = avail < c->discard ? avail : (size_t)c->discard;
        c->rpos += take;
        c->discard -= take;
    }
    return 0;
}

/* Make the current message's length known.  Returns it, PF_EOF (nothing
 * more will come), PF_EPIPE (the peer closed inside a header),
 * PF_ETIMEDOUT (any partial header stays buffered), PF_E*. */
static ssize_t read_header(pf_conn_t *c, pf__deadline_t d)
{
    int rc = skip_lost(c, d);
    if (rc < 0)
        return rc;
    while (!c->have_header) {
        if (c->rlen - c->rpos >= HEADER_SIZE) {
            memcpy(&c->msg_len, c->rbuf + c->rpos, HEADER_SIZE);
            c->rpos += HEADER_SIZE;
            c->have_header = true;
            break;
        }
        rc = fill(c, d);
        if (rc == PF_EOF && c->rlen > c->rpos) {
            c->rpos = c->rlen = 0;
            return PF_EPIPE;
        }
        if (rc < 0)
            return rc;
    }
    if (c->msg_len > (uint64_t)SSIZE_MAX)
        return PF_ETOOBIG;
    return (ssize_t)c->msg_len;
}

/* Read the current message's body into dst, which already holds *have of
 * its msg_len bytes.  Small remainders go through the read-ahead buffer
 * (one read may also bring the next messages); large ones are read
 * straight into dst.  Returns 0, PF_ETIMEDOUT (*have tells the progress),
 * PF_EPIPE (the peer closed inside the message), PF_E*. */
static int read_body(pf_conn_t *c, char *dst, size_t *have, pf__deadline_t d)
{
    size_t need = (size_t)c->msg_len;
    for (;;) {
        size_t avail = c->rlen - c->rpos;
        size_t take = PF__MIN(avail, need - *have);
        memcpy(dst + *have, c->rbuf + c->rpos, take);
        c->rpos += take;
        *have += take;
        if (*have == need)
            return 0;
        int rc;
        if (need - *have < READ_AHEAD / 2) {
            rc = fill(c, d);
        } else {
            ssize_t n = read_some(c, dst + *have, need - *have, d);
            rc = n < 0 ? (int)n : 0;
            if (n > 0)
                *have += (size_t)n;
        }
        if (rc == PF_EOF)
            return PF_EPIPE;
        if (rc < 0)
            return rc;
    }
}

/* Finish a recv that failed with rc after reading `have` bytes of the body
 * into the caller's dst: keep them on a timeout, drop the message when the
 * peer is gone.  Returns the code for the caller. */
static int keep_or_drop(pf_conn_t *c, const char *dst, size_t have, int rc)
{
    if (rc == PF_ETIMEDOUT && have > 0 && !c->partial) {
        size_t len = (size_t)c->msg_len;
        c->partial = malloc(len);
        if (!c->partial) {
            /* Cannot keep it: skip the rest later, report the loss. */
            c->discard = c->msg_len - have;
            c->have_header = false;
            return PF_ENOMEM;
        }
        memcpy(c->partial, dst, have);
        c->partial_got = have;
    } else if (rc == PF_EPIPE) {
        drop_message(c);
    }
    return rc;
}

ssize_t pf_conn_recv(pf_conn_t *c, void *buf, size_t cap, double timeout)
{
    int rc = check_reader(c);
    if (rc < 0)
        return rc;
    if (!buf && cap > 0)
        return PF_EINVAL;
    pf__deadline_t d = pf__deadline_in(timeout);
    ssize_t len = read_header(c, d);
    if (len < 0)
        return len;
    if ((size_t)len > cap)
        return PF_ENOSPC;
    if (c->partial) {
        rc = read_body(c, c->partial, &c->partial_got, d);
        if (rc < 0)
            return keep_or_drop(c, NULL, 0, rc);
        memcpy(buf, c->partial, (size_t)len);
        free(c->partial);
        c->partial = NULL;
    } else if (len > 0) {
        size_t have = 0;
        rc = read_body(c, buf, &have, d);
        if (rc < 0)
            return keep_or_drop(c, buf, have, rc);
    }
    c->have_header = false;
    return len;
}

ssize_t pf_conn_recv_alloc(pf_conn_t *c, void **out, double timeout)
{
    if (!out)
        return PF_EINVAL;
    *out = NULL;
    int rc = check_reader(c);
    if (rc < 0)
        return rc;
    pf__deadline_t d = pf__deadline_in(timeout);
    ssize_t len = read_header(c, d);
    if (len < 0)
        return len;
    if (!c->partial) {
        c->partial = malloc(len > 0 ? (size_t)len : 1);
        if (!c->partial)
            return PF_ENOMEM;
        c->partial_got = 0;
    }
    rc = read_body(c, c->partial, &c->partial_got, d);
    if (rc < 0)
        return keep_or_drop(c, NULL, 0, rc);
    *out = c->partial;
    c->partial = NULL;
    c->have_header = false;
    return len;
}

ssize_t pf_conn_next_size(pf_conn_t *c, double timeout)
{
    int rc = check_reader(c);
    if (rc < 0)
        return rc;
    return read_header(c, pf__deadline_in(timeout));
}

int pf_conn_poll(pf_conn_t *c, double timeout)
{
    int rc = check_reader(c);
    if (rc < 0)
        return rc;
    if (c->rlen > c->rpos || c->have_header)
        return 1;
    return pf__wait_fd(c->rfd, POLLIN, pf__deadline_in(timeout));
}
