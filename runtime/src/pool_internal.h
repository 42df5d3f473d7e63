/* pool_internal.h - pf_pool's shared layout, records and parent-side
 * state, shared by pool.c (parent) and pool_worker.c (worker). */
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
};

/* The head of the shared mapping. */
struct pool_shared {
    _Alignas(64) _Atomic uint32_t parent_seq; /* futex: bumped on results */
    _Atomic uint32_t parent_sleepers;
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
 * private) or read it into a malloc'ed buffer.  Return 0 or PF_E*. */
int pf__pool_send_big(int sock, const void *data, size_t len);
int pf__pool_recv_big_map(int sock, size_t len, void **map);
int pf__pool_recv_big_copy(int sock, size_t len, void **buf);

#endif /* PFOR_POOL_INTERNAL_H */
