/* mpi_internal.h - libpfor_mpi's private types and the calls its files
 * share (env.c, loop.c, reduce.c, collect.c, team.c); not installed. */
#ifndef PFOR_MPI_INTERNAL_H
#define PFOR_MPI_INTERNAL_H

#include <stdbool.h>
#include <stdint.h>

#include "pfor_mpi_abi.h"

/* ---- libpfor's reduction operators (runtime/src/reduce.c), reused so
 * the combination is the process engine's, bit for bit. ---- */
size_t pf__type_size(pf_type_t type);
bool pf__op_valid(pf_op_t op, pf_type_t type);
const char *pf__op_name(pf_op_t op);
const char *pf__type_name(pf_type_t type);
void pf__red_identity(pf_op_t op, pf_type_t type, void *dst, size_t count);
void pf__red_combine(pf_op_t op, pf_type_t type, void *dst, const void *src,
                     size_t count);
int pf__loop_parse_schedule(const char *text, pfc_schedule_t *kind,
                            long *chunk);

/* ---- env.c: MPI, the team's communicator, output, fatal reports ---- */

/* Initialise MPI if nobody has (MPI_THREAD_FUNNELED), once.  Any thread
 * that may call MPI. */
void pfm__init(void);
/* The communicator loops and regions use now, its size and our rank. */
MPI_Comm pfm__comm(void);
int pfm__rank(void);
int pfm__size(void);
/* Print "pfor: <message>" on the rank's real standard error (even when
 * its output is suppressed) and stop the whole job with status 1. */
_Noreturn void pfm__fatal(const char *fmt, ...)
    __attribute__((format(printf, 1, 2)));
/* Write text on the real standard error, async-signal-safe. */
void pfm__write_err(const char *text);

/* What the crash handler reports: set while a rank runs loop or region
 * code; the handler reads it (so: fixed buffers, no pointers to free). */
typedef struct pfm__context {
    volatile int active; /* 1 while iterations or region code run */
    char where[384];     /* "file:line: pfor loop failed on rank R of
                            N (pid P, host H), iterations ..." */
    volatile unsigned long long *cursor; /* NULL: none */
    unsigned long long stretch_lo;       /* start of the current stretch */
    unsigned long long lo, step;         /* value(k) = lo + k * step */
    int is_signed;
} pfm__context_t;
extern pfm__context_t pfm__ctx;
/* Install the fatal-signal handlers (once; they chain to the previous
 * ones outside pfor code). */
void pfm__crash_handlers(void);

/* ---- team.c ---- */

/* Whether a region is running on this rank, and whether its team is the
 * communicator (true) or just this rank (if(false)). */
bool pfm__in_region(void);
bool pfm__region_shared(void);
/* Nesting of running pfm loops on this rank (a loop inside a body). */
extern int pfm__loop_depth;

/* ---- collect.c: which bytes of the collected storage this rank wrote ---- */

typedef struct pfm__range {
    unsigned char *base;
    size_t bytes;
} pfm__range_t;

/* A growable buffer of exchange entries. */
typedef struct pfm__buf {
    unsigned char *data;
    size_t len, cap;
} pfm__buf_t;
void pfm__buf_put(pfm__buf_t *b, const void *p, size_t n);
void pfm__buf_reserve(pfm__buf_t *b, size_t n);
void pfm__buf_free(pfm__buf_t *b);

/* Entry kinds in a rank's payload; each entry is this header, then `len`
 * bytes, then padding to 8. */
/* RUN: `len` bytes at offset b of range a.  RUNS: the changed bytes of a
 * stretch starting at offset b of range a, encoded as varint(span), then
 * (varint(skip), varint(n), n bytes)...: a double whose sign and exponent
 * did not change costs 2 bytes more than its changed bytes, not a
 * header. */
enum { PFM__E_NODE = 1, PFM__E_RUN, PFM__E_LAST, PFM__E_RUNS };
typedef struct pfm__entry {
    uint32_t kind;
    uint32_t a;   /* NODE: level; RUN: range index; LAST: variable */
    uint64_t b;   /* NODE: first block; RUN: offset in the range */
    uint64_t len; /* bytes that follow */
} pfm__entry_t;
#define PFM__PAD8(n) (((n) + 7) & ~(size_t)7)

/* Whether `range` is storage tracking has no copy of yet (always, for the
 * twin): its bytes before the loop may differ between ranks (memory never
 * written, addresses), so the loop first gives it rank 0's bytes. */
bool pfm__track_is_new(const pfm__range_t *range);
/* Begin tracking writes to `ranges` (loop start): after this, pfm__writes
 * finds the bytes in them that changed.  Returns an opaque session. */
typedef struct pfm__track pfm__track_t;
pfm__track_t *pfm__track_begin(const pfm__range_t *ranges, int n);
/* Append a RUN entry for every run of bytes that changed in the ranges
 * since pfm__track_begin; ends the session (frees it). */
void pfm__track_end(pfm__track_t *t, pfm__buf_t *out);
/* Before applying: call once per RUN entry, then once with flush (e
 * unused): lifts write-protection from the pages about to be written, in
 * merged stretches, so applying takes no page faults. */
void pfm__apply_prepare(const pfm__range_t *ranges, int n,
                        const pfm__entry_t *e, const unsigned char *bytes,
                        bool flush);
/* The writes of another rank, applied to our memory (and what tracking
 * keeps of it). */
void pfm__apply_run(const pfm__range_t *ranges, int n, const pfm__entry_t *e,
                    const unsigned char *bytes);
/* How collected storage is tracked: "uffd" or "twin" (PFOR_MPI_COLLECT). */
const char *pfm__track_method(void);

/* ---- reduce.c: the fixed tree over reduction blocks ---- */

/* libpfor's one block rule (runtime/src/reduce.c): iterations per
 * reduction block for `trips` iterations of `record`-byte partials. */
unsigned long long pf__red_block_iters(unsigned long long trips,
                                       size_t record);

/* Partials of `blocks` blocks, `record` bytes each. */
typedef struct pfm__tree {
    unsigned long long blocks;
    size_t record;
    unsigned char *partials; /* blocks * record */
    signed char *level;      /* per block: the level of the node stored
                                there, -1 for none */
} pfm__tree_t;
/* Append NODE entries for the maximal subtrees whose blocks are all in
 * `owned` (a bitmap of blocks), combined locally in the tree's order. */
typedef void pfm__combine_fn(void *ctx, unsigned char *dst,
                             const unsigned char *src);
void pfm__tree_nodes(pfm__tree_t *t, const uint64_t *owned,
                     pfm__combine_fn *combine, void *ctx, pfm__buf_t *out);
/* Number of those entries, without computing them (for payload sizes). */
unsigned long long pfm__tree_count(unsigned long long blocks,
                                   const uint64_t *owned);
/* Store a received node; then pfm__tree_root combines what is stored into
 * partials[0..record) in the fixed order (pairs, then pairs of pairs). */
void pfm__tree_put(pfm__tree_t *t, const pfm__entry_t *e,
                   const unsigned char *bytes);
void pfm__tree_root(pfm__tree_t *t, pfm__combine_fn *combine, void *ctx);

/* The MPI datatype and operator that reduce `count` objects of an integer
 * pf type exactly as pf__red_combine does (false for floating types). */
bool pfm__mpi_op(pf_op_t op, pf_type_t type, MPI_Datatype *dt, MPI_Op *mop);

/* ---- the dynamic-schedule counter (loop.c) ---- */

/* Free the windows before MPI_Finalize (env.c calls it). */
void pfm__free_windows(void);

#endif /* PFOR_MPI_INTERNAL_H */
