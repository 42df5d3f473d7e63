/* openmp_abi.c - what pforc's openmp backend calls (prefix pfo_): the
 * reproducible reduction's block plan and its fixed-order combination,
 * the same as the process engine's, so that a floating-point result is
 * bitwise the same on threads as on processes, for any thread count and
 * schedule; and the thread count, map chunk and progress line.  libgomp
 * runs the threads: nothing here starts one, and nothing here needs
 * OpenMP to build.
 *
 * The engine's rule (reduce.c's pf__red_block_iters, which loop.c, the
 * team and libpfor_mpi use too; loop.c's finish), which pfo_red_start and
 * pfo_red_end follow exactly: at most PF__RED_MAX_BLOCKS blocks, at
 * most PF__RED_BUDGET bytes of partials (a block's record being the sum of
 * its reductions' sizes, each rounded up to PF__RED_ALIGN), never more
 * blocks than iterations; unit_iters = ceil(trips / blocks); every block's
 * partials start from the operator's identity and take the block's
 * iterations in order; then pairs are combined, then pairs of pairs, ...,
 * left operand first, and the total is folded into the variable's value
 * before the loop (var = var op total). */
#include <limits.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "loop_internal.h"

typedef struct pfo_slot {
    pf_op_t op;
    pf_type_t type;
    void *var;
    size_t count; /* objects per partial (1, or a section's length) */
    size_t size;  /* bytes per partial */
    unsigned char *partials; /* blocks partials, block after block */
    unsigned char *identity; /* one partial's worth of the identity */
} pfo_slot_t;

struct pfo_red {
    const char *file;
    int line;
    unsigned long long trips, unit, blocks;
    pfo_slot_t *slots; /* `few` for up to FEW reductions */
    int nslots;
    unsigned char *mem; /* partials, identities, room to combine */
    size_t mem_size;
    unsigned char *aside; /* in mem */
    pfo_slot_t few[8];
};

static size_t align16(size_t n)
{
    return (n + 15) / 16 * 16;
}

static void die(const pfo_red_t *red, const char *what)
{
    fflush(stdout);
    fprintf(stderr, "pfor: %s:%d: %s\n", red ? red->file : "?",
            red ? red->line : 0, what);
    exit(1);
}

pfo_red_t *pfo_red_new(const char *file, int line, unsigned long long trips)
{
    pfo_red_t *red = calloc(1, sizeof *red);
    if (red == NULL) {
        fprintf(stderr, "pfor: %s:%d: out of memory for a loop\n",
                file ? file : "?", line);
        exit(1);
    }
    red->file = file ? file : "?";
    red->line = line;
    red->trips = trips;
    red->slots = red->few;
    return red;
}

/* Words for a message: the engine's (reduce.c). */
static const char *op_symbol(pf_op_t op)
{
    const char *n = pf__op_name(op);
    return n ? n : "?";
}

static const char *type_name(pf_type_t type)
{
    const char *n = pf__type_name(type);
    return n ? n : "?";
}

void pfo_red_add(pfo_red_t *red, pf_op_t op, pf_type_t type, void *var,
                 size_t count)
{
    if (!pf__op_valid(op, type) || (var == NULL && count > 0)) {
        char msg[160];
        snprintf(msg, sizeof msg,
                 "reduction(%s) does not apply to a variable of type %s",
                 op_symbol(op), type_name(type));
        die(red, msg);
    }
    int few = (int)(sizeof red->few / sizeof red->few[0]);
    if (red->nslots == few) {
        pfo_slot_t *s = malloc((size_t)(few + 1) * sizeof *s);
        if (s == NULL)
            die(red, "out of memory for a reduction");
        memcpy(s, red->few, sizeof red->few);
        red->slots = s;
    } else if (red->nslots > few) {
        pfo_slot_t *s =
            realloc(red->slots, (size_t)(red->nslots + 1) * sizeof *s);
        if (s == NULL)
            die(red, "out of memory for a reduction");
        red->slots = s;
    }
    size_t elem = pf__type_size(type);
    red->slots[red->nslots++] =
        (pfo_slot_t){op, type, var, count, count * elem, NULL, NULL};
}

/* The last plan's memory, kept for the next loop (a loop in a time-step
 * loop would otherwise allocate and free the same block every step). */
static _Atomic(unsigned char *) cached_mem;
static _Atomic size_t cached_size;

static unsigned char *mem_take(size_t size, size_t *got)
{
    unsigned char *m = atomic_exchange(&cached_mem, NULL);
    if (m != NULL) {
        size_t have = atomic_load(&cached_size);
        if (have >= size) {
            *got = have;
            return m;
        }
        free(m);
    }
    *got = size;
    return malloc(size);
}

static void mem_give(unsigned char *m, size_t size)
{
    atomic_store(&cached_size, size);
    unsigned char *old = atomic_exchange(&cached_mem, m);
    free(old);
}

void pfo_red_start(pfo_red_t *red)
{
    size_t record = 0, total = 0, biggest = 0;
    for (int r = 0; r < red->nslots; r++) {
        size_t z = red->slots[r].size;
        record += (z + PF__RED_ALIGN - 1) / PF__RED_ALIGN * PF__RED_ALIGN;
        if (z > biggest)
            biggest = z;
    }
    red->unit = pf__red_block_iters(red->trips, record);
    red->blocks = red->trips == 0
                      ? 0
                      : red->trips / red->unit + (red->trips % red->unit != 0);
    /* One allocation: each slot's partials and identity, and room for the
     * combination's right-hand halves. */
    size_t n = red->blocks ? (size_t)red->blocks : 1;
    for (int r = 0; r < red->nslots; r++)
        total += align16((n + 1) * red->slots[r].size);
    total += align16((3 * (n / 2 + 1)) * biggest);
    unsigned char *mem = mem_take(total + 1, &red->mem_size);
    if (mem == NULL)
        die(red, "out of memory for the reduction's partials");
    red->mem = mem;
    for (int r = 0; r < red->nslots; r++) {
        pfo_slot_t *s = &red->slots[r];
        s->partials = mem;
        s->identity = mem + n * s->size;
        mem += align16((n + 1) * s->size);
        pf__red_identity(s->op, s->type, s->identity, s->count);
    }
    red->aside = mem;
}

unsigned long long pfo_red_blocks(const pfo_red_t *red)
{
    return red->blocks;
}

unsigned long long pfo_red_unit(const pfo_red_t *red)
{
    return red->unit;
}

void *pfo_red_partials(pfo_red_t *red, int slot)
{
    return red->slots[slot].partials;
}

const void *pfo_red_identity(const pfo_red_t *red, int slot)
{
    return red->slots[slot].identity;
}

int pfo_red_chunk(const pfo_red_t *red, long chunk)
{
    if (chunk <= 0)
        return 1;
    unsigned long long c = (unsigned long long)chunk;
    unsigned long long u = c / red->unit + (c % red->unit != 0);
    return u > INT_MAX ? INT_MAX : u < 1 ? 1 : (int)u;
}

/* Copy the even partials of x (n of z bytes each) to ev and the odd ones
 * to od: plain loads and stores for the common sizes (this runs once per
 * block and level), into buffers apart from x so that they vectorise. */
#define SPLIT(T)                                                               \
    do {                                                                       \
        const T *q = (const T *)(const void *)x;                               \
        T *e = (T *)(void *)ev, *o = (T *)(void *)od;                          \
        for (unsigned long long i = 0; i < pairs; i++) {                       \
            e[i] = q[2 * i];                                                   \
            o[i] = q[2 * i + 1];                                               \
        }                                                                      \
        if (n % 2)                                                             \
            e[pairs] = q[n - 1];                                               \
    } while (0)

static void split(const unsigned char *x, unsigned long long n,
                  unsigned char *ev, unsigned char *od, size_t z)
{
    typedef struct {
        uint64_t v[2];
    } u128_t;
    unsigned long long pairs = n / 2;
    switch (z) {
    case 8:
        SPLIT(uint64_t);
        return;
    case 4:
        SPLIT(uint32_t);
        return;
    case 16:
        SPLIT(u128_t);
        return;
    default:
        for (unsigned long long i = 0; i < pairs; i++) {
            memcpy(ev + i * z, x + 2 * i * z, z);
            memcpy(od + i * z, x + (2 * i + 1) * z, z);
        }
        if (n % 2)
            memcpy(ev + pairs * z, x + (n - 1) * z, z);
    }
}

/* Combine the blocks' partials of one slot in the engine's tree order and
 * fold the total into the variable.  Each level splits its partials into
 * the even (left-hand) and odd (right-hand) ones and combines the pairs
 * with one pf__red_combine call: the engine's pairing, which at width w
 * combines the partials at j and j + w (j a multiple of 2w), with a
 * partial left without a pair carried up.  aside holds two buffers of
 * half the blocks and one of a quarter, each plus one. */
static void combine_slot(pfo_red_t *red, pfo_slot_t *s, unsigned char *aside)
{
    unsigned long long n = red->blocks, half = n / 2 + 1;
    size_t z = s->size;
    unsigned char *x = s->partials, *od = aside, *ev[2];
    ev[0] = aside + half * z;
    ev[1] = ev[0] + half * z;
    for (int level = 0; n > 1; level++) {
        unsigned char *e = ev[level % 2];
        unsigned long long pairs = n / 2;
        split(x, n, e, od, z);
        pf__red_combine(s->op, s->type, e, od, (size_t)pairs * s->count);
        x = e;
        n -= pairs;
    }
    if (red->blocks > 0)
        pf__red_combine(s->op, s->type, s->var, x, s->count);
}

void pfo_red_end(pfo_red_t *red)
{
    if (red == NULL)
        return;
    for (int r = 0; r < red->nslots; r++)
        combine_slot(red, &red->slots[r], red->aside);
    mem_give(red->mem, red->mem_size);
    if (red->slots != red->few)
        free(red->slots);
    free(red);
}

/* ---- threads, chunks, progress --------------------------------------------
 */

int pfo_num_threads(long requested)
{
    if (requested > 0)
        return requested > INT_MAX ? INT_MAX : (int)requested;
    /* OpenMP's own default: OMP_NUM_THREADS's first number, else the CPUs
     * this process may use. */
    const char *env = getenv("OMP_NUM_THREADS");
    if (env != NULL) {
        char *end;
        long n = strtol(env, &end, 10);
        if (end != env && n > 0)
            return n > INT_MAX ? INT_MAX : (int)n;
    }
    int cpus = pf_cpu_count();
    return cpus > 0 ? cpus : 1;
}

int pfo_chunk(long chunk, unsigned long long trips)
{
    if (chunk > 0)
        return chunk > INT_MAX ? INT_MAX : (int)chunk;
    /* Automatic: about 64 chunks per CPU, so dynamic scheduling balances
     * uneven calls without a claim per call. */
    int cpus = pf_cpu_count();
    unsigned long long c = trips / (64ULL * (unsigned)(cpus > 0 ? cpus : 1));
    return c < 1 ? 1 : c > 4096 ? 4096 : (int)c;
}

struct pfo_progress {
    const char *file;
    int line;
    unsigned long long trips;
    _Atomic unsigned long long done;
    _Atomic int printing;
    _Atomic int64_t shown_ns;
};

/* The engine's progress line (loop.c, show_progress), on stderr when it is
 * a terminal. */
static void progress_show(pfo_progress_t *p, unsigned long long done, int last)
{
    fprintf(stderr, "\rpfor: %s:%d: %3d%% (%llu/%llu iterations)%s", p->file,
            p->line,
            p->trips ? (int)((unsigned __int128)done * 100 / p->trips) : 100,
            done, p->trips, last ? "\n" : "");
    fflush(stderr);
}

pfo_progress_t *pfo_progress_new(const char *file, int line,
                                 unsigned long long trips)
{
    if (!isatty(2))
        return NULL;
    pfo_progress_t *p = calloc(1, sizeof *p);
    if (p == NULL)
        return NULL; /* no progress line, the loop still runs */
    p->file = file ? file : "?";
    p->line = line;
    p->trips = trips;
    atomic_store(&p->shown_ns, pf__now_ns());
    return p;
}

void pfo_progress_step(pfo_progress_t *p)
{
    if (p == NULL)
        return;
    unsigned long long done = atomic_fetch_add(&p->done, 1) + 1;
    int64_t now = pf__now_ns();
    if (now - atomic_load(&p->shown_ns) < 200000000)
        return;
    int idle = 0;
    if (!atomic_compare_exchange_strong(&p->printing, &idle, 1))
        return; /* another thread prints */
    atomic_store(&p->shown_ns, now);
    progress_show(p, done, 0);
    atomic_store(&p->printing, 0);
}

void pfo_progress_end(pfo_progress_t *p)
{
    if (p == NULL)
        return;
    progress_show(p, atomic_load(&p->done), 1);
    free(p);
}

/* ---- the iteration space ----------------------------------------------------
 */

unsigned long long pfo_loop_trips(pfc_loop_t *loop)
{
    /* What pfc_loop_start would refuse of a collapsed nest. */
    if (loop->ndims > 0 && loop->dims_overflow) {
        fflush(stdout);
        fprintf(stderr,
                "pfor: %s:%d: the collapsed nest has more than 2^64 - 1 "
                "iterations\n",
                loop->file, loop->line);
        exit(1);
    }
    return loop->trips;
}
