/* queue.c - pf_queue: a shared-memory message ring for many processes. */
#include <errno.h>
#include <limits.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/sysinfo.h>
#include <unistd.h>

#include "internal.h"
#include "queue_internal.h"

/*
 * Design (docs/queue.md has the figures behind it):
 *
 * One shared mapping holds this header and a byte ring.  Producers take
 * put_lock for a whole message, consumers take get_lock for a whole
 * message, so the ring itself only ever has one writer and one reader and
 * needs no further lock: the writer owns `tail`, the reader owns `head`
 * (64-bit byte counters that never wrap).
 *
 * A message travels as one or more chunks, each a 16-byte header plus its
 * payload padded to 8 bytes.  A message of at most a quarter of the ring
 * is one chunk, written and committed at once.  A larger one is streamed:
 * chunks are committed as space frees up and the reader copies them out as
 * they arrive.  A streamed message whose writer gives up (timeout, close)
 * or dies is ended by an ABORT chunk and dropped by the reader; the writer
 * always leaves room for that chunk.
 *
 * An unbounded queue (maxsize 0) never makes a put wait for a reader: the
 * mapping reserves address space for a ring as large as the machine's
 * memory (MAP_NORESERVE: pages exist once written), and when a message
 * does not fit, the ring doubles (both locks held; the bytes at positions
 * whose index changes move to the new half) until it fits, or PF_ENOMEM.
 * A reader in the middle of a message holds get_lock, which growing
 * needs: then the put streams what fits and tries again.  When a get
 * leaves the grown ring empty, it shrinks back and its pages are given
 * back (MADV_REMOVE).
 *
 * Each side commits its progress through a small redo log: the new values
 * are written to the log, the log is marked valid, the values are applied,
 * the log is cleared.  A process killed anywhere in between leaves a robust
 * mutex whose next owner (PF_EOWNERDEAD) replays the log, so the counters
 * are always consistent and a message is never half counted.
 *
 * Waiting is wait.c's: futexes on wait words in the mapping (spinning
 * briefly first when there are several CPUs), not pthread condition
 * variables: glibc's process-shared condvars can block a signaller forever
 * when a waiter was killed inside pthread_cond_wait.
 */

#define CHUNK_HEADER 16      /* bytes of a chunk header */
#define RESERVE CHUNK_HEADER /* ring bytes a writer keeps for an ABORT */
#define DEFAULT_RING (256 * 1024)
#define MIN_RING 4096
#define MAX_RING ((size_t)1 << 30)
/* The largest reservation for an unbounded queue's ring; the smallest
 * when the system refuses large ones (strict overcommit). */
#define MAX_RESERVE ((uint64_t)1 << 40)
#define STRICT_RESERVE ((uint64_t)64 << 20)
/* The largest chunk (its length is a uint32_t). */
#define CHUNK_MAX ((uint64_t)1 << 30)
/* While a reader holds get_lock, a put that must grow tries again this
 * often. */
#define GROW_RETRY_NS 1000000
/* A poll still waits this long for a side's lock held by a busy peer. */
#define LOCK_GRACE_NS 10000000
/* The longest spin before sleeping (PFOR_QUEUE_SPIN_US overrides). */
#define DEFAULT_SPIN_NS 20000

enum { CHUNK_FIRST = 1, CHUNK_LAST = 2, CHUNK_ABORT = 4 };

struct chunk_header {
    uint64_t total; /* message length (in every chunk of it) */
    uint32_t len;   /* payload bytes in this chunk */
    uint32_t flags; /* CHUNK_* */
};

/* The producer side's committed state, as one unit for the redo log. */
struct put_state {
    uint64_t tail; /* bytes ever written to the ring */
    uint64_t puts; /* messages ever completely written */
    uint64_t left; /* bytes of the streamed message still to write */
};

/* The consumer side's committed state. */
struct get_state {
    uint64_t head;  /* bytes ever consumed from the ring */
    uint64_t gets;  /* complete messages ever taken out */
    uint64_t drops; /* of those, messages lost with a reader killed while
                       receiving them */
    uint64_t left;  /* bytes of the current message still to read */
    uint64_t skip;  /* 1: the current message is being thrown away */
};

struct pf_queue {
    /* Set at creation, read-only afterwards (but cap). */
    size_t map_size;
    size_t ring_offset;
    uint64_t cap;      /* ring bytes, a power of two; an unbounded queue's
                          ring grows and shrinks: changed only with both
                          locks held */
    uint64_t base_cap; /* the ring's size at creation */
    uint64_t max_cap;  /* the most it may grow to (the reservation) */
    long maxsize;
    int joinable;
    int64_t spin_max; /* longest spin before sleeping, ns; 0: never */

    _Atomic uint32_t closed;

    /* The current spin budget (0..spin_max), adapted to whether spinning
     * pays off: it does when the peer runs on another CPU, it does not
     * when both share one, where a spinner only delays its peer.  On its
     * own cache line: it changes while the fields above are read. */
    _Alignas(64) _Atomic int64_t spin_hint;

    /* Futex words (see wake): changed after every change a waiter may
     * wait for. */
    _Alignas(64) _Atomic uint32_t data_seq;  /* ring gained data, closed */
    _Alignas(64) _Atomic uint32_t space_seq; /* ring lost data, closed */
    _Alignas(64) _Atomic uint32_t done_seq;  /* task_done, drops */
    _Atomic uint64_t done;                   /* task_done calls */

    /* Producer side, guarded by put_lock (tail/puts read by anyone). */
    _Alignas(64) pthread_mutex_t put_lock;
    _Atomic uint64_t tail;
    _Atomic uint64_t puts;
    uint64_t put_left;
    struct put_state put_log;
    _Atomic uint32_t put_log_valid;

    /* Consumer side, guarded by get_lock (head/gets/drops read by
     * anyone). */
    _Alignas(64) pthread_mutex_t get_lock;
    _Atomic uint64_t head;
    _Atomic uint64_t gets;
    _Atomic uint64_t drops;
    uint64_t get_left;
    uint64_t get_skip;
    struct get_state get_log;
    _Atomic uint32_t get_log_valid;
};

/* ---- small helpers ---- */

static unsigned char *ring(pf_queue_t *q)
{
    return (unsigned char *)q + q->ring_offset;
}

static uint64_t pad8(uint64_t n)
{
    return (n + 7) & ~(uint64_t)7;
}

static void ring_write(pf_queue_t *q, uint64_t pos, const void *src, size_t n)
{
    if (n == 0)
        return;
    size_t off = (size_t)(pos & (q->cap - 1));
    size_t first = PF__MIN(n, (size_t)q->cap - off);
    memcpy(ring(q) + off, src, first);
    if (n > first)
        memcpy(ring(q), (const unsigned char *)src + first, n - first);
}

static void ring_read(pf_queue_t *q, uint64_t pos, void *dst, size_t n)
{
    if (n == 0)
        return;
    size_t off = (size_t)(pos & (q->cap - 1));
    size_t first = PF__MIN(n, (size_t)q->cap - off);
    memcpy(dst, ring(q) + off, first);
    if (n > first)
        memcpy((unsigned char *)dst + first, ring(q), n - first);
}

/* A readiness test for wait_until: 1 ready, 0 not yet, or a negative code
 * that ends the wait with that code. */
typedef int (*ready_fn)(pf_queue_t *q, uint64_t arg);

/* Announce a change to whoever waits on `seq` (after the change). */
static void wake(_Atomic uint32_t *seq)
{
    pf__wake((uint32_t *)seq);
}

struct queue_wait {
    pf_queue_t *q;
    ready_fn ready;
    uint64_t arg;
    void (*tick)(pf_queue_t *);
};

static int queue_ready(void *ctx)
{
    struct queue_wait *w = ctx;
    return w->ready(w->q, w->arg);
}

static void queue_tick(void *ctx)
{
    struct queue_wait *w = ctx;
    w->tick(w->q);
}

/* Wait until ready(q, arg) is non-zero or the deadline passes (wait.c):
 * spin for the queue's adaptive budget first (docs/queue.md has the
 * figures behind it), then sleep on `seq`.  When `tick` is given it is
 * called at least every 50 ms while sleeping.  Returns 0 when ready,
 * ready's negative code, or PF_ETIMEDOUT. */
static int wait_until(pf_queue_t *q, ready_fn ready, uint64_t arg,
                      _Atomic uint32_t *seq, pf__deadline_t d,
                      void (*tick)(pf_queue_t *))
{
    struct queue_wait w = {q, ready, arg, tick};
    pf__wait_policy_t policy = {.spin_ns = q->spin_max,
                                .pause_ns = q->spin_max,
                                .adapt = (int64_t *)&q->spin_hint,
                                .tick = tick ? queue_tick : NULL};
    return pf__wait((uint32_t *)seq, queue_ready, &w, d, &policy);
}

/* Lock one side's mutex before the deadline, granting a busy peer a short
 * grace so that a poll is not refused just because another process is in
 * the middle of a quick put or get.  Returns 0, PF_EOWNERDEAD (held, the
 * caller must repair) or PF_ETIMEDOUT. */
static int lock_side(pthread_mutex_t *m, pf__deadline_t d)
{
    int64_t grace = pf__now_ns() + LOCK_GRACE_NS;
    if (d.ns < grace)
        d.ns = grace;
    int rc = pf__mutex_lock(m, d);
    return rc == PF_EOWNERDEAD || rc == 0 ? rc : PF_ETIMEDOUT;
}

/* ---- the producer side (caller holds put_lock) ---- */

static void put_apply(pf_queue_t *q, const struct put_state *s)
{
    /* puts before tail: a reader that sees the bytes sees the count. */
    atomic_store(&q->puts, s->puts);
    q->put_left = s->left;
    atomic_store(&q->tail, s->tail);
}

/* Commit the producer's new state through the redo log and wake the
 * reader. */
static void put_commit(pf_queue_t *q, uint64_t tail, uint64_t puts,
                       uint64_t left)
{
    struct put_state s = {tail, puts, left};
    q->put_log = s;
    atomic_store(&q->put_log_valid, 1);
    put_apply(q, &s);
    atomic_store(&q->put_log_valid, 0);
    wake(&q->data_seq);
}

/* End the streamed message in progress with an ABORT chunk; the reader
 * drops what it received of it.  Fits always: writers keep RESERVE bytes
 * free while a stream is open. */
static void put_abort(pf_queue_t *q)
{
    struct chunk_header h = {0, 0, CHUNK_ABORT};
    uint64_t tail = atomic_load(&q->tail);
    ring_write(q, tail, &h, sizeof h);
    put_commit(q, tail + CHUNK_HEADER, atomic_load(&q->puts), 0);
}

/* Repair after a producer died holding put_lock: replay its log, then
 * abort the message it was streaming.  Caller holds put_lock. */
static void put_recover(pf_queue_t *q)
{
    if (atomic_load(&q->put_log_valid)) {
        struct put_state s = q->put_log;
        put_apply(q, &s);
        atomic_store(&q->put_log_valid, 0);
    }
    if (q->put_left > 0)
        put_abort(q);
    wake(&q->data_seq);
}

void (*pf__queue_free_hook)(pf_queue_t *q, uint64_t free_bytes);

/* The ring's free bytes, as a writer sees them (a reader may be freeing
 * more meanwhile).  Tests may watch each reading (queue_internal.h). */
static uint64_t ring_free(pf_queue_t *q)
{
    uint64_t n = q->cap - (atomic_load(&q->tail) - atomic_load(&q->head));
    if (pf__queue_free_hook)
        pf__queue_free_hook(q, n);
    return n;
}

/* Bytes of memory the system could still give (MemAvailable + SwapFree),
 * or UINT64_MAX when it does not say. */
static uint64_t memory_available(void)
{
    FILE *f = fopen("/proc/meminfo", "re");
    if (!f)
        return UINT64_MAX;
    char line[128];
    uint64_t total = 0;
    int found = 0;
    while (fgets(line, sizeof line, f)) {
        unsigned long long kb;
        if (sscanf(line, "MemAvailable: %llu kB", &kb) == 1 ||
            sscanf(line, "SwapFree: %llu kB", &kb) == 1) {
            total += (uint64_t)kb * 1024;
            found++;
        }
    }
    fclose(f);
    return found ? total : UINT64_MAX;
}

static void put_recover(pf_queue_t *q);
static void get_recover(pf_queue_t *q);

/* Caller holds put_lock; the queue is unbounded.  Double the ring until
 * `need` bytes are free.  Takes get_lock without waiting (a reader holds
 * it while it takes a message).  Returns 0 (grown), 1 (get_lock busy:
 * nothing done) or PF_ENOMEM (past the reservation, or the system has not
 * that much memory left). */
static int grow(pf_queue_t *q, uint64_t need)
{
    int rc = pthread_mutex_trylock(&q->get_lock);
    if (rc == EBUSY)
        return 1;
    if (rc == EOWNERDEAD) {
        pthread_mutex_consistent(&q->get_lock);
        get_recover(q);
    } else if (rc != 0) {
        return pf__from_errno(rc);
    }
    uint64_t head = atomic_load(&q->head), tail = atomic_load(&q->tail);
    uint64_t old = q->cap, cap = old;
    while (cap - (tail - head) < need && cap < q->max_cap)
        cap *= 2;
    rc = 0;
    if (cap - (tail - head) < need || cap - old > memory_available()) {
        rc = PF_ENOMEM;
    } else {
        /* Bytes whose index changes go to the new part, [old, cap): they
         * overwrite nothing, so a process killed here leaves the ring as
         * it was (cap is stored last). */
        unsigned char *r = ring(q);
        for (uint64_t pos = head; pos < tail;) {
            size_t from = (size_t)(pos & (old - 1));
            size_t to = (size_t)(pos & (cap - 1));
            size_t n = (size_t)PF__MIN(tail - pos, (uint64_t)(old - from));
            n = PF__MIN(n, (size_t)(cap - to));
            if (to != from)
                memcpy(r + to, r + from, n);
            pos += n;
        }
        __atomic_store_n(&q->cap, cap, __ATOMIC_RELEASE);
    }
    pthread_mutex_unlock(&q->get_lock);
    return rc;
}

/* Caller holds get_lock.  Give a grown ring that is now empty back:
 * shrink it to its first size and free the pages of the rest.  Takes
 * put_lock only if it is free. */
static void shrink(pf_queue_t *q)
{
    int rc = pthread_mutex_trylock(&q->put_lock);
    if (rc == EOWNERDEAD) {
        pthread_mutex_consistent(&q->put_lock);
        put_recover(q);
    } else if (rc != 0) {
        return;
    }
    uint64_t old = q->cap;
    if (old > q->base_cap && q->put_left == 0 &&
        atomic_load(&q->tail) == atomic_load(&q->head)) {
        __atomic_store_n(&q->cap, q->base_cap, __ATOMIC_RELEASE);
        madvise(ring(q) + q->base_cap, (size_t)(old - q->base_cap),
                MADV_REMOVE);
    }
    pthread_mutex_unlock(&q->put_lock);
}

/* Ready when the ring has `need` free bytes; PF_ECLOSED once closed. */
static int space_ready(pf_queue_t *q, uint64_t need)
{
    if (atomic_load(&q->closed))
        return PF_ECLOSED;
    return ring_free(q) >= need;
}

/* Ready when a bounded queue has room for one more message. */
static int room_ready(pf_queue_t *q, uint64_t unused)
{
    PF__UNUSED(unused);
    if (atomic_load(&q->closed))
        return PF_ECLOSED;
    uint64_t gets = atomic_load(&q->gets);
    return atomic_load(&q->puts) - gets < (uint64_t)q->maxsize;
}

static int wait_space(pf_queue_t *q, uint64_t need, pf__deadline_t d)
{
    return wait_until(q, space_ready, need, &q->space_seq, d, NULL);
}

/* Write `len` bytes at `msg` of a message of `total` bytes as chunks into
 * the ring from the tail (the room is there): the first flagged FIRST when
 * `first` (they start the message), the last LAST when `last` (they end
 * it).  Returns the new tail.  Caller holds put_lock. */
static uint64_t write_chunks(pf_queue_t *q, const unsigned char *msg,
                             size_t len, uint64_t total, bool first, bool last)
{
    uint64_t tail = atomic_load(&q->tail);
    size_t done = 0;
    do {
        size_t n = (size_t)PF__MIN((uint64_t)(len - done), CHUNK_MAX);
        uint32_t flags = (first && done == 0 ? CHUNK_FIRST : 0) |
                         (last && done + n == len ? CHUNK_LAST : 0);
        struct chunk_header h = {total, (uint32_t)n, flags};
        ring_write(q, tail, &h, sizeof h);
        ring_write(q, tail + CHUNK_HEADER, msg + done, n);
        tail += CHUNK_HEADER + pad8(n);
        done += n;
    } while (done < len);
    return tail;
}

/* Ring bytes that `len` bytes take as chunks. */
static uint64_t chunks_bytes(uint64_t len)
{
    uint64_t full = len / CHUNK_MAX, rest = len % CHUNK_MAX;
    return full * (CHUNK_HEADER + CHUNK_MAX) +
           (rest || !full ? CHUNK_HEADER + pad8(rest) : 0);
}

/* Write one message into an unbounded queue; caller holds put_lock.  Grows
 * the ring instead of waiting for a reader; waits only while a reader that
 * holds get_lock is in the middle of a message (until the deadline, or at
 * least LOCK_GRACE_NS).  Returns 0, PF_ENOMEM, PF_ETIMEDOUT or
 * PF_ECLOSED (nothing of the message will be delivered then). */
static int put_unbounded(pf_queue_t *q, const unsigned char *msg, size_t len,
                         pf__deadline_t d)
{
    int64_t grace = pf__now_ns() + LOCK_GRACE_NS;
    if (d.ns < grace)
        d.ns = grace;
    uint64_t puts = atomic_load(&q->puts) + 1;
    size_t sent = 0;
    bool first = true;
    int rc;
    for (;;) {
        size_t rest = len - sent;
        uint64_t need = chunks_bytes(rest) + RESERVE;
        if (ring_free(q) >= need) {
            uint64_t tail = write_chunks(q, msg + sent, rest, len, first, true);
            put_commit(q, tail, puts, 0);
            return 0;
        }
        /* A reader draining the ring right now makes room sooner than a
         * copy into a grown one would; give it the spin budget. */
        if (first && q->spin_max > 0 &&
            wait_until(q, space_ready, need, &q->space_seq,
                       pf__deadline_in((double)q->spin_max / 1e9), NULL) == 0)
            continue;
        rc = grow(q, need);
        if (rc < 0)
            break;
        if (rc == 0)
            continue;
        /* A reader holds get_lock.  Stream what fits (it may be reading
         * this very message), else wait for it to free some room. */
        uint64_t piece = PF__MIN((uint64_t)rest, q->cap / 8);
        /* One snapshot of the free space: the reader keeps freeing more,
         * and two reads could make the subtraction wrap. */
        uint64_t free_now = ring_free(q);
        uint64_t room =
            (free_now - PF__MIN(free_now, CHUNK_HEADER + RESERVE)) & ~7ULL;
        room = PF__MIN(room, CHUNK_MAX);
        if (room >= piece && rest > 0) {
            size_t n = (size_t)PF__MIN((uint64_t)rest, room);
            uint64_t tail =
                write_chunks(q, msg + sent, n, len, first, sent + n == len);
            sent += n;
            put_commit(q, tail, sent == len ? puts : puts - 1, len - sent);
            first = false;
            if (sent == len)
                return 0;
            continue;
        }
        pf__deadline_t retry = pf__deadline_in(GROW_RETRY_NS / 1e9);
        if (retry.ns > d.ns)
            retry = d;
        rc = wait_until(q, space_ready, CHUNK_HEADER + pad8(piece) + RESERVE,
                        &q->space_seq, retry, NULL);
        if (rc == PF_ECLOSED || (rc == PF_ETIMEDOUT && pf__deadline_passed(d)))
            break;
    }
    if (!first)
        put_abort(q);
    return rc;
}

/* Write one message; caller holds put_lock.  Returns 0, PF_ETIMEDOUT,
 * PF_ECLOSED or PF_ENOMEM (nothing of the message will be delivered
 * then). */
static int put_locked(pf_queue_t *q, const unsigned char *msg, size_t len,
                      pf__deadline_t d)
{
    int rc;
    uint64_t record = CHUNK_HEADER + pad8(len);
    if (q->maxsize == 0) {
        /* Unbounded: the common case first, as below. */
        if (record <= q->cap / 4 && ring_free(q) >= record + RESERVE) {
            uint64_t tail = atomic_load(&q->tail);
            struct chunk_header h = {len, (uint32_t)len,
                                     CHUNK_FIRST | CHUNK_LAST};
            ring_write(q, tail, &h, sizeof h);
            ring_write(q, tail + CHUNK_HEADER, msg, len);
            put_commit(q, tail + record, atomic_load(&q->puts) + 1, 0);
            return 0;
        }
        return put_unbounded(q, msg, len, d);
    }
    rc = wait_until(q, room_ready, 0, &q->space_seq, d, NULL);
    if (rc < 0)
        return rc;
    /* A message counts (qsize, join) once its last byte is in. */
    uint64_t puts = atomic_load(&q->puts) + 1;
    if (record <= q->cap / 4) {
        /* Small: one chunk, committed whole. */
        rc = wait_space(q, record + RESERVE, d);
        if (rc < 0)
            return rc;
        uint64_t tail = atomic_load(&q->tail);
        struct chunk_header h = {len, (uint32_t)len, CHUNK_FIRST | CHUNK_LAST};
        ring_write(q, tail, &h, sizeof h);
        ring_write(q, tail + CHUNK_HEADER, msg, len);
        put_commit(q, tail + record, puts, 0);
        return 0;
    }
    /* Large: stream it in chunks as the reader frees space.  Wait for a
     * decent piece (an eighth of the ring) rather than trickling. */
    size_t sent = 0;
    bool first = true;
    while (sent < len) {
        uint64_t want = PF__MIN((uint64_t)(len - sent), q->cap / 8);
        rc = wait_space(q, CHUNK_HEADER + pad8(want) + RESERVE, d);
        if (rc < 0) {
            if (!first)
                put_abort(q);
            return rc;
        }
        uint64_t room = (ring_free(q) - CHUNK_HEADER - RESERVE) & ~7ULL;
        room = PF__MIN(room, (uint64_t)UINT32_MAX & ~7ULL);
        size_t n = (size_t)PF__MIN((uint64_t)(len - sent), room);
        uint32_t flags =
            (first ? CHUNK_FIRST : 0) | (sent + n == len ? CHUNK_LAST : 0);
        uint64_t tail = atomic_load(&q->tail);
        struct chunk_header h = {len, (uint32_t)n, flags};
        ring_write(q, tail, &h, sizeof h);
        ring_write(q, tail + CHUNK_HEADER, msg + sent, n);
        sent += n;
        put_commit(q, tail + CHUNK_HEADER + pad8(n),
                   sent == len ? puts : puts - 1, len - sent);
        first = false;
    }
    return 0;
}

int pf_queue_put(pf_queue_t *q, const void *msg, size_t len, double timeout)
{
    if (!q || (!msg && len > 0))
        return PF_EINVAL;
    if (atomic_load(&q->closed))
        return PF_ECLOSED;
    pf__deadline_t d = pf__deadline_in(timeout);
    int rc = lock_side(&q->put_lock, d);
    if (rc == PF_ETIMEDOUT)
        return PF_EFULL;
    if (rc == PF_EOWNERDEAD)
        put_recover(q);
    rc = put_locked(q, msg, len, d);
    pf__mutex_unlock(&q->put_lock);
    return rc == PF_ETIMEDOUT ? PF_EFULL : rc;
}

/* ---- the consumer side (caller holds get_lock) ---- */

static void get_apply(pf_queue_t *q, const struct get_state *s)
{
    uint64_t old_drops = atomic_load(&q->drops);
    atomic_store(&q->gets, s->gets);
    atomic_store(&q->drops, s->drops);
    q->get_left = s->left;
    q->get_skip = s->skip;
    atomic_store(&q->head, s->head);
    if (s->drops != old_drops)
        wake(&q->done_seq);
}

static void get_commit(pf_queue_t *q, const struct get_state *s)
{
    q->get_log = *s;
    atomic_store(&q->get_log_valid, 1);
    get_apply(q, s);
    atomic_store(&q->get_log_valid, 0);
    wake(&q->space_seq);
}

static struct get_state get_current(pf_queue_t *q)
{
    struct get_state s = {atomic_load(&q->head), atomic_load(&q->gets),
                          atomic_load(&q->drops), q->get_left, q->get_skip};
    return s;
}

/* Repair after a consumer died holding get_lock: replay its log; a
 * message it was in the middle of receiving is lost with it, so mark the
 * rest of that message to be skipped (it counts as dropped once its last
 * chunk is passed). */
static void get_recover(pf_queue_t *q)
{
    if (atomic_load(&q->get_log_valid)) {
        struct get_state s = q->get_log;
        get_apply(q, &s);
        atomic_store(&q->get_log_valid, 0);
    }
    if (q->get_left > 0 && !q->get_skip) {
        struct get_state s = get_current(q);
        s.skip = 1;
        get_commit(q, &s);
    }
    wake(&q->space_seq);
}

/* Called by a reader waiting inside a streamed message: if the writer
 * died holding put_lock, repair its side (which ends the message with an
 * ABORT chunk).  Lock order is get_lock then put_lock, never the reverse. */
static void check_writer(pf_queue_t *q)
{
    int rc = pthread_mutex_trylock(&q->put_lock);
    if (rc == EOWNERDEAD) {
        pthread_mutex_consistent(&q->put_lock);
        put_recover(q);
    }
    if (rc == 0 || rc == EOWNERDEAD)
        pthread_mutex_unlock(&q->put_lock);
}

/* Ready when a chunk is in the ring.  A closed, drained queue ends the
 * wait with PF_EOF unless a message is half received (its writer will
 * finish or abort it). */
static int data_ready(pf_queue_t *q, uint64_t unused)
{
    PF__UNUSED(unused);
    if (atomic_load(&q->tail) != atomic_load(&q->head))
        return 1;
    if (atomic_load(&q->closed) && q->get_left == 0)
        return PF_EOF;
    return 0;
}

/* The position just past the ABORT chunk that ends the message starting
 * at `head`, or 0 when that message is complete or still being written.
 * Caller holds get_lock. */
static uint64_t find_abort(pf_queue_t *q, uint64_t head)
{
    check_writer(q);
    uint64_t tail = atomic_load(&q->tail);
    for (uint64_t pos = head; pos < tail;) {
        struct chunk_header h;
        ring_read(q, pos, &h, sizeof h);
        if (h.flags & CHUNK_ABORT)
            return pos + CHUNK_HEADER;
        if (h.flags & CHUNK_LAST)
            return 0;
        pos += CHUNK_HEADER + pad8(h.len);
    }
    return 0;
}

/* Where a got message goes: the caller's buffer or a malloc'd block. */
struct sink {
    unsigned char *buf;
    size_t size;
    bool alloc;
    uint64_t total;
};

/* Read one message into the sink; caller holds get_lock.  Returns 0,
 * PF_ETIMEDOUT, PF_EOF, PF_ENOSPC / PF_ENOMEM (message left in place;
 * s->total says its size). */
static int get_locked(pf_queue_t *q, struct sink *s, pf__deadline_t d)
{
    uint64_t received = 0;
    bool started = false;
    if (q->get_left > 0 && !q->get_skip) {
        /* Only a dead reader leaves a message half read: throw it away. */
        struct get_state st = get_current(q);
        st.skip = 1;
        get_commit(q, &st);
    }
    for (;;) {
        /* Inside a message the writer is alive and will finish or abort
         * it soon, so wait for it regardless of the deadline, checking
         * that it lives. */
        bool inside = q->get_left > 0;
        int rc = wait_until(q, data_ready, 0, &q->data_seq,
                            inside ? pf__deadline_in(PF_FOREVER) : d,
                            inside ? check_writer : NULL);
        if (rc < 0)
            return rc;
        struct get_state st = get_current(q);
        struct chunk_header h;
        ring_read(q, st.head, &h, sizeof h);
        uint64_t record = CHUNK_HEADER + pad8(h.len);
        if (h.flags & CHUNK_ABORT) {
            /* The writer gave up on this message; it was never counted. */
            if (s->alloc && started) {
                free(s->buf);
                s->buf = NULL;
            }
            started = false;
            received = 0;
            st.head += CHUNK_HEADER;
            st.left = 0;
            st.skip = 0;
            get_commit(q, &st);
            continue;
        }
        if (st.left == 0) {
            /* The first chunk of a message. */
            s->total = h.total;
            if (s->alloc)
                s->buf = malloc(h.total ? (size_t)h.total : 1);
            if (s->alloc ? !s->buf : h.total > s->size) {
                /* Leave the message for a better-equipped get, unless its
                 * writer already gave up on it. */
                uint64_t end = find_abort(q, st.head);
                if (end == 0)
                    return s->alloc ? PF_ENOMEM : PF_ENOSPC;
                st.head = end;
                get_commit(q, &st);
                continue;
            }
            started = true;
            st.left = h.total;
        }
        if (!st.skip && h.len > 0) {
            ring_read(q, st.head + CHUNK_HEADER, s->buf + received, h.len);
            received += h.len;
        }
        st.head += record;
        bool last = (h.flags & CHUNK_LAST) != 0;
        bool skipped = st.skip != 0;
        st.left = last ? 0 : st.left - h.len;
        if (last) {
            st.gets++;
            st.drops += skipped;
            st.skip = 0;
        }
        get_commit(q, &st);
        if (last && !skipped)
            return 0;
    }
}

/* The shared body of pf_queue_get and pf_queue_get_alloc. */
static int get_message(pf_queue_t *q, struct sink *s, double timeout)
{
    pf__deadline_t d = pf__deadline_in(timeout);
    int rc = lock_side(&q->get_lock, d);
    if (rc == PF_ETIMEDOUT) {
        if (atomic_load(&q->closed) &&
            atomic_load(&q->tail) == atomic_load(&q->head))
            return PF_EOF;
        return PF_EEMPTY;
    }
    if (rc == PF_EOWNERDEAD)
        get_recover(q);
    rc = get_locked(q, s, d);
    if (rc == 0 && q->cap > q->base_cap && q->get_left == 0 &&
        atomic_load(&q->tail) == atomic_load(&q->head))
        shrink(q);
    pf__mutex_unlock(&q->get_lock);
    return rc == PF_ETIMEDOUT ? PF_EEMPTY : rc;
}

int pf_queue_get(pf_queue_t *q, void *buf, size_t size, size_t *len,
                 double timeout)
{
    if (!q || (!buf && size > 0))
        return PF_EINVAL;
    struct sink s = {buf, size, false, 0};
    int rc = get_message(q, &s, timeout);
    if (len && (rc == 0 || rc == PF_ENOSPC))
        *len = (size_t)s.total;
    return rc;
}

int pf_queue_get_alloc(pf_queue_t *q, void **msg, size_t *len, double timeout)
{
    if (!q || !msg)
        return PF_EINVAL;
    struct sink s = {NULL, 0, true, 0};
    int rc = get_message(q, &s, timeout);
    if (rc == 0) {
        *msg = s.buf;
        if (len)
            *len = (size_t)s.total;
    } else {
        *msg = NULL;
        if (len && rc == PF_ENOMEM)
            *len = (size_t)s.total;
    }
    return rc;
}

/* ---- state, close, joinable ---- */

long pf_queue_qsize(const pf_queue_t *q)
{
    if (!q)
        return PF_EINVAL;
    pf_queue_t *m = (pf_queue_t *)q;
    uint64_t gets = atomic_load(&m->gets);
    uint64_t puts = atomic_load(&m->puts);
    if (puts <= gets)
        return 0;
    return puts - gets > (uint64_t)LONG_MAX ? LONG_MAX : (long)(puts - gets);
}

int pf_queue_empty(const pf_queue_t *q)
{
    long n = pf_queue_qsize(q);
    return n < 0 ? (int)n : n == 0;
}

int pf_queue_full(const pf_queue_t *q)
{
    long n = pf_queue_qsize(q);
    if (n < 0)
        return (int)n;
    return q->maxsize > 0 && n >= q->maxsize;
}

int pf_queue_close(pf_queue_t *q)
{
    if (!q)
        return PF_EINVAL;
    atomic_store(&q->closed, 1);
    wake(&q->data_seq);
    wake(&q->space_seq);
    return 0;
}

int pf_queue_closed(const pf_queue_t *q)
{
    if (!q)
        return PF_EINVAL;
    return atomic_load(&((pf_queue_t *)q)->closed) != 0;
}

/* Messages put that are neither marked done nor dropped. */
static uint64_t unfinished(pf_queue_t *q, uint64_t done)
{
    uint64_t settled = done + atomic_load(&q->drops);
    uint64_t puts = atomic_load(&q->puts);
    return puts > settled ? puts - settled : 0;
}

int pf_queue_task_done(pf_queue_t *q)
{
    if (!q)
        return PF_EINVAL;
    if (!q->joinable)
        return PF_ENOTSUP;
    uint64_t done = atomic_load(&q->done);
    do {
        if (unfinished(q, done) == 0)
            return PF_ESTATE;
    } while (!atomic_compare_exchange_weak(&q->done, &done, done + 1));
    wake(&q->done_seq);
    return 0;
}

static int all_done(pf_queue_t *q, uint64_t unused)
{
    PF__UNUSED(unused);
    return unfinished(q, atomic_load(&q->done)) == 0;
}

int pf_queue_join(pf_queue_t *q, double timeout)
{
    if (!q)
        return PF_EINVAL;
    if (!q->joinable)
        return PF_ENOTSUP;
    return wait_until(q, all_done, 0, &q->done_seq, pf__deadline_in(timeout),
                      NULL);
}

/* ---- creation ---- */

/* Spin budget before sleeping: PFOR_QUEUE_SPIN_US overrides the default
 * (0 disables spinning); never spin on a single CPU. */
static int64_t spin_budget(void)
{
    if (sysconf(_SC_NPROCESSORS_ONLN) < 2)
        return 0;
    const char *env = getenv("PFOR_QUEUE_SPIN_US");
    if (env && *env) {
        char *end;
        long us = strtol(env, &end, 10);
        if (*end == '\0' && us >= 0 && us <= 1000000)
            return (int64_t)us * 1000;
    }
    return DEFAULT_SPIN_NS;
}

/* The most an unbounded queue's ring may grow to: the machine's memory and
 * swap (a power of two at most), less under a finite RLIMIT_AS, and a
 * modest amount under strict overcommit, where reserved address space
 * counts as used memory. */
static uint64_t reserve_for(uint64_t cap)
{
    uint64_t total = MAX_RESERVE;
    struct sysinfo si;
    if (sysinfo(&si) == 0)
        total = ((uint64_t)si.totalram + si.totalswap) * si.mem_unit;
    struct rlimit rl;
    if (getrlimit(RLIMIT_AS, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY)
        total = PF__MIN(total, (uint64_t)rl.rlim_cur / 8);
    FILE *f = fopen("/proc/sys/vm/overcommit_memory", "re");
    if (f) {
        int mode = 0;
        if (fscanf(f, "%d", &mode) == 1 && mode == 2)
            total = PF__MIN(total, STRICT_RESERVE);
        fclose(f);
    }
    total = PF__MIN(total, MAX_RESERVE);
    uint64_t r = cap;
    while (r * 2 <= total)
        r *= 2;
    return r;
}

int pf_queue_new(const pf_queue_options_t *opts, pf_queue_t **out)
{
    return pf__queue_new_limited(opts, 0, out);
}

int pf__queue_new_limited(const pf_queue_options_t *opts, uint64_t max_ring,
                          pf_queue_t **out)
{
    if (!out)
        return PF_EINVAL;
    *out = NULL;
    pf_queue_options_t o = {0, 0, 0};
    if (opts)
        o = *opts;
    if (o.maxsize < 0 || o.buffer_size > MAX_RING)
        return PF_EINVAL;
    size_t cap = MIN_RING;
    size_t want = o.buffer_size ? o.buffer_size : DEFAULT_RING;
    while (cap < want)
        cap <<= 1;
    size_t page = pf__page_size();
    size_t header = (sizeof(pf_queue_t) + page - 1) / page * page;
    /* A bounded queue maps its ring; an unbounded one reserves room for
     * the ring to grow, halving the request while the system refuses. */
    uint64_t max_cap = o.maxsize > 0 ? cap : reserve_for(cap);
    while (max_ring && max_cap > cap && max_cap > max_ring)
        max_cap /= 2;
    pf_queue_t *q = NULL;
    for (;;) {
        q = max_cap > cap ? pf__map_shared_reserve(header + max_cap)
                          : pf__map_shared(header + max_cap);
        if (q || max_cap == cap)
            break;
        max_cap /= 2;
    }
    if (!q)
        return PF_ENOMEM;
    q->map_size = header + max_cap;
    q->ring_offset = header;
    q->cap = q->base_cap = cap;
    q->max_cap = max_cap;
    q->maxsize = o.maxsize;
    q->joinable = o.joinable != 0;
    q->spin_max = spin_budget();
    atomic_store(&q->spin_hint, q->spin_max);
    int rc = pf__mutex_init(&q->put_lock, false);
    if (rc == 0)
        rc = pf__mutex_init(&q->get_lock, false);
    if (rc < 0) {
        pf__unmap_shared(q, q->map_size);
        return rc;
    }
    *out = q;
    return 0;
}

void pf_queue_free(pf_queue_t *q)
{
    if (q)
        pf__unmap_shared(q, q->map_size);
}

/* ---- views for the tests (queue_internal.h) ---- */

uint64_t pf__queue_ring_used(const pf_queue_t *q)
{
    pf_queue_t *m = (pf_queue_t *)q;
    uint64_t head = atomic_load(&m->head);
    return atomic_load(&m->tail) - head;
}

uint64_t pf__queue_receiving(const pf_queue_t *q)
{
    return q->get_left;
}

uint64_t pf__queue_capacity(const pf_queue_t *q)
{
    return __atomic_load_n(&q->cap, __ATOMIC_ACQUIRE);
}
