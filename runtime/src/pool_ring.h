/* pool_ring.h - the shared-memory transport of pf_pool: per-worker SPSC
 * record rings (internal to pool*.c). */
#ifndef PFOR_POOL_RING_H
#define PFOR_POOL_RING_H

#include <stdatomic.h>
#include <stddef.h>
#include <stdint.h>

#include "internal.h"

/*
 * Each worker owns two single-producer single-consumer rings in the pool's
 * shared mapping: tasks (parent -> worker) and results (worker -> parent).
 * A ring is a byte array of power-of-two size holding variable-length
 * records, 16-byte aligned, that never straddle the end: a WRAP record
 * fills the rest of the lap instead.  Positions are byte counts that only
 * grow; the producer publishes `tail`, the consumer publishes `head`.
 *
 * Waiting is wait.c's: the side that finds nothing to do spins briefly,
 * then sleeps on the ring's wait word that the other side wakes after
 * publishing (a system call only when a sleeper set the word's bit).  The
 * parent never sleeps on a ring's word: it sleeps on the pool's
 * parent_word, which workers wake after publishing results.
 */

/* Spin with the pause hint this long before spinning with sched_yield (the
 * other side may be waiting for this very CPU). */
#define SPIN_PURE_NS 500

#define RING_ALIGN 16
#define RING_WRAP 1

struct ring_ctl {
    _Alignas(64) _Atomic uint64_t tail; /* bytes produced */
    uint32_t data_word;                 /* wait word: tail moved */
    _Alignas(64) _Atomic uint64_t head; /* bytes consumed */
    uint32_t space_word;                /* wait word: head moved */
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

/* Producer: make everything reserved and committed so far visible; wake
 * the consumer when it may sleep on the ring (`wake`). */
static inline void ring_publish(struct ring_side *r, bool wake)
{
    atomic_store(&r->ctl->tail, r->pos);
    if (wake)
        pf__wake(&r->ctl->data_word);
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

/* Consumer: free `size` bytes (the record just handled); wake the
 * producer when it may sleep on the ring (`wake`). */
static inline void ring_release(struct ring_side *r, size_t size, bool wake)
{
    r->pos += size;
    atomic_store(&r->ctl->head, r->pos);
    if (wake)
        pf__wake(&r->ctl->space_word);
}

#endif /* PFOR_POOL_RING_H */
