/* pool_ring.h - the shared-memory transport of pf_pool: per-worker SPSC
 * record rings with futex wake-ups (internal to pool*.c). */
#ifndef PFOR_POOL_RING_H
#define PFOR_POOL_RING_H

#include <limits.h>
#include <linux/futex.h>
#include <sched.h>
#include <stdatomic.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#include "internal.h"

/*
 * Each worker owns two single-producer single-consumer rings in the pool's
 * shared mapping: tasks (parent -> worker) and results (worker -> parent).
 * A ring is a byte array of power-of-two size holding variable-length
 * records, 16-byte aligned, that never straddle the end: a WRAP record
 * fills the rest of the lap instead.  Positions are byte counts that only
 * grow; the producer publishes `tail`, the consumer publishes `head`.
 *
 * Waiting: the side that finds nothing to do spins briefly, then sets its
 * sleeping flag, re-checks, and sleeps on a futex word that the other side
 * bumps (and wakes, only when the flag is set) after publishing.  All of
 * these accesses are sequentially consistent so that one side always sees
 * the other's flag or its update (no lost wake-up).
 */

/* Sleep while *word == val, at most `ns` nanoseconds (negative: no limit).
 * A shared (not FUTEX_PRIVATE) futex: the word lives in a MAP_SHARED
 * mapping used by several processes. */
static inline void futex_wait_ns(_Atomic uint32_t *word, uint32_t val,
                                 int64_t ns)
{
    struct timespec ts, *tp = NULL;
    if (ns >= 0) {
        ts.tv_sec = (time_t)(ns / 1000000000);
        ts.tv_nsec = (long)(ns % 1000000000);
        tp = &ts;
    }
    syscall(SYS_futex, (uint32_t *)word, FUTEX_WAIT, val, tp, NULL, 0);
}

static inline void futex_wake_all(_Atomic uint32_t *word)
{
    pf__futex_wake_only((uint32_t *)word, INT_MAX);
}

/* A waiter first spins with the pause instruction, then (the other side
 * may be waiting for this very CPU) spins with sched_yield, and only then
 * sleeps on the futex. */
#define SPIN_PURE_NS 500

static inline void spin_step(int64_t spent)
{
    if (spent < SPIN_PURE_NS) {
        pf__cpu_relax();
    } else {
        sched_yield();
    }
}

#define RING_ALIGN 16
#define RING_WRAP 1

struct ring_ctl {
    _Alignas(64) _Atomic uint64_t tail; /* bytes produced */
    _Atomic uint32_t data_seq;          /* futex: bumped on publish */
    _Atomic uint32_t consumer_sleeping;
    _Alignas(64) _Atomic uint64_t head; /* bytes consumed */
    _Atomic uint32_t space_seq;         /* futex: bumped on release */
    _Atomic uint32_t producer_sleeping;
};

/* One side's view of a ring: the control block, the bytes, and the side's
 * private position (tail for a producer, head for a consumer). */
struct ring_side {
    struct ring_ctl *ctl;
    char *data;
    size_t cap; /* power of two */
    uint64_t pos;
};

/* Every record starts with these 8 bytes. */
struct ring_rec {
    uint32_t size; /* bytes, multiple of RING_ALIGN, header included */
    uint16_t kind; /* RING_WRAP, or the user's kinds (> 1) */
    uint16_t flags;
};

static inline size_t ring_round(size_t n)
{
    return (n + RING_ALIGN - 1) & ~(size_t)(RING_ALIGN - 1);
}

/* Producer: room for a record of `size` bytes (rounded), contiguous, or
 * NULL when the consumer has not freed enough yet.  May write a WRAP
 * record and move the private tail past it. */
static inline void *ring_reserve(struct ring_side *r, size_t size)
{
    uint64_t head = atomic_load_explicit(&r->ctl->head, memory_order_acquire);
    size_t off = (size_t)(r->pos & (r->cap - 1));
    size_t pad = r->cap - off < size ? r->cap - off : 0;
    if (r->pos + pad + size - head > r->cap)
        return NULL;
    if (pad) {
        struct ring_rec *w = (struct ring_rec *)(r->data + off);
        w->size = (uint32_t)pad;
        w->kind = RING_WRAP;
        w->flags = 0;
        r->pos += pad;
    }
    return r->data + (r->pos & (r->cap - 1));
}

/* Producer: make everything reserved and committed so far visible. */
static inline void ring_publish(struct ring_side *r)
{
    atomic_store(&r->ctl->tail, r->pos);
    atomic_fetch_add(&r->ctl->data_seq, 1);
    if (atomic_load(&r->ctl->consumer_sleeping))
        futex_wake_all(&r->ctl->data_seq);
}

/* Consumer: the next record, or NULL when the ring is empty.  Skips WRAP
 * records (the private head moves past them). */
static inline struct ring_rec *ring_peek(struct ring_side *r)
{
    for (;;) {
        uint64_t tail =
            atomic_load_explicit(&r->ctl->tail, memory_order_acquire);
        if (tail == r->pos)
            return NULL;
        struct ring_rec *rec =
            (struct ring_rec *)(r->data + (r->pos & (r->cap - 1)));
        if (rec->kind != RING_WRAP)
            return rec;
        r->pos += rec->size;
    }
}

/* Consumer: free `size` bytes (the record just handled). */
static inline void ring_release(struct ring_side *r, size_t size)
{
    r->pos += size;
    atomic_store(&r->ctl->head, r->pos);
    atomic_fetch_add(&r->ctl->space_seq, 1);
    if (atomic_load(&r->ctl->producer_sleeping))
        futex_wake_all(&r->ctl->space_seq);
}

#endif /* PFOR_POOL_RING_H */
