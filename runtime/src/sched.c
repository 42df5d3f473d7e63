/* sched.c - the loop's iteration space: range normalisation, worker
 * counts, schedules and how chunks are handed out. */
#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "loop_internal.h"

typedef __int128 i128;
typedef unsigned __int128 u128;

/* span / step for step > 0, without a 128-bit division for the common
 * step of 1 (a loop that starts every microsecond pays for one). */
static i128 span_over(i128 span, i128 step)
{
    return step == 1 ? span : span / step;
}

int pf__loop_range(pfc_loop_t *loop, const char *what, pf__dim_t *dim,
                   bool is_signed, size_t width, unsigned long long lo,
                   unsigned long long hi, long long step, pfc_cmp_t cmp)
{
    if (width == 0 || width > 8)
        width = 8;
    i128 min, max, l, h;
    if (is_signed) {
        max = ((i128)1 << (8 * width - 1)) - 1;
        min = -max - 1;
        l = (long long)lo;
        h = (long long)hi;
    } else {
        max = ((i128)1 << (8 * width)) - 1;
        min = 0;
        l = lo;
        h = hi;
    }
    i128 s = step, trips;
    switch (cmp) {
    case PFC_LT:
        trips = l < h ? (s > 0 ? span_over(h - l - 1, s) + 1 : -1) : 0;
        break;
    case PFC_LE:
        trips = l <= h ? (s > 0 ? span_over(h - l, s) + 1 : -1) : 0;
        break;
    case PFC_GT:
        trips = l > h ? (s < 0 ? span_over(l - h - 1, -s) + 1 : -1) : 0;
        break;
    case PFC_GE:
        trips = l >= h ? (s < 0 ? span_over(l - h, -s) + 1 : -1) : 0;
        break;
    default:
        pf__loop_error(loop, PF_EINVAL,
                       "%s: the comparison is not one of <, <=, > or >= "
                       "(pfc_cmp_t value %d)",
                       what, (int)cmp);
        return PF_EINVAL;
    }
    if (trips < 0) {
        pf__loop_error(loop, PF_EINVAL, "%s never ends: step %lld %s", what,
                       step,
                       step == 0 ? "is zero" : "goes away from the bound");
        return PF_EINVAL;
    }
    /* The serial loop would take the variable past its type after the
     * last iteration (wrap-around or signed overflow): not a finite loop
     * with these trips.  This also refuses `i <= MAX`. */
    i128 after = l + trips * s;
    if (trips > 0 && (after < min || after > max)) {
        pf__loop_error(loop, PF_ERANGE,
                       "%s variable would overflow its %zu-byte type after "
                       "the last iteration (the serial loop would not end "
                       "there)",
                       what, width);
        return PF_ERANGE;
    }
    *dim = (pf__dim_t){is_signed, width, lo, (unsigned long long)step,
                       (unsigned long long)trips};
    return 0;
}

int pf__loop_set_range(pfc_loop_t *loop, bool is_signed, size_t width,
                       unsigned long long lo, unsigned long long hi,
                       long long step, pfc_cmp_t cmp)
{
    if (loop->ndims > 0) {
        pf__loop_error(loop, PF_EINVAL,
                       "pfor loop: a range given for a collapsed nest");
        return PF_EINVAL;
    }
    pf__dim_t dim;
    int rc = pf__loop_range(loop, "pfor loop", &dim, is_signed, width, lo, hi,
                            step, cmp);
    if (rc != 0)
        return rc;
    loop->is_signed = dim.is_signed;
    loop->width = dim.width;
    loop->head.lo = dim.lo;
    loop->head.step = dim.step;
    loop->trips = dim.trips;
    loop->range_set = true;
    return 0;
}

int pf__loop_set_dim(pfc_loop_t *loop, int d, bool is_signed, size_t width,
                     unsigned long long lo, unsigned long long hi,
                     long long step, pfc_cmp_t cmp)
{
    if (d < 0 || d >= PF__MAX_DIMS || loop->range_set ||
        (loop->dims_set >> d & 1)) {
        pf__loop_error(loop, PF_EINVAL, "pfor loop: collapsed dimension %d %s",
                       d,
                       d < 0 || d >= PF__MAX_DIMS
                           ? "is out of range (at most 8 loops collapse)"
                       : loop->range_set ? "given for a loop that has a range"
                                         : "given twice");
        return PF_EINVAL;
    }
    char what[64];
    snprintf(what, sizeof what, "loop %d of the collapsed nest", d + 1);
    pf__dim_t dim;
    int rc =
        pf__loop_range(loop, what, &dim, is_signed, width, lo, hi, step, cmp);
    if (rc != 0)
        return rc;
    loop->dims[d] = dim;
    loop->dims_set |= 1u << d;
    if (d + 1 > loop->ndims)
        loop->ndims = d + 1;
    /* The flat space: the product of the trips, saturated (a zero
     * anywhere makes it zero, and no overflow). */
    u128 product = 1;
    bool over = false;
    for (int j = 0; j < loop->ndims; j++) {
        if (!(loop->dims_set >> j & 1))
            continue;
        product *= loop->dims[j].trips;
        if (product > ULLONG_MAX) {
            over = true;
            product = (u128)ULLONG_MAX + 1;
        }
    }
    for (int j = 0; j < loop->ndims; j++)
        if ((loop->dims_set >> j & 1) && loop->dims[j].trips == 0)
            product = 0, over = false;
    loop->dims_overflow = over;
    loop->trips = over ? ULLONG_MAX : (unsigned long long)product;
    loop->head.lo = 0;
    loop->head.step = 1;
    loop->is_signed = false;
    loop->width = 8;
    return 0;
}

int pf__loop_parse_schedule(const char *text, pfc_schedule_t *kind, long *chunk)
{
    static const struct {
        const char *name;
        pfc_schedule_t kind;
    } names[] = {{"static", PFC_SCHED_STATIC},
                 {"dynamic", PFC_SCHED_DYNAMIC},
                 {"guided", PFC_SCHED_GUIDED},
                 {"auto", PFC_SCHED_AUTO}};
    if (text == NULL)
        return PF_ESCHEDULE;
    while (isspace((unsigned char)*text))
        text++;
    size_t n = 0;
    while (isalpha((unsigned char)text[n]))
        n++;
    const char *rest = text + n;
    *kind = PFC_SCHED_DEFAULT;
    for (size_t j = 0; j < sizeof names / sizeof names[0]; j++)
        if (n == strlen(names[j].name) &&
            strncasecmp(text, names[j].name, n) == 0)
            *kind = names[j].kind;
    if (*kind == PFC_SCHED_DEFAULT)
        return PF_ESCHEDULE;
    while (isspace((unsigned char)*rest))
        rest++;
    *chunk = 0;
    if (*rest == '\0')
        return 0;
    if (*rest != ',')
        return PF_ESCHEDULE;
    rest++;
    while (isspace((unsigned char)*rest))
        rest++;
    if (!isdigit((unsigned char)*rest))
        return PF_ESCHEDULE;
    errno = 0;
    char *end;
    long c = strtol(rest, &end, 10);
    while (isspace((unsigned char)*end))
        end++;
    if (errno != 0 || *end != '\0' || c <= 0)
        return PF_ESCHEDULE;
    *chunk = c;
    return 0;
}

/* pf_cpu_count reads the affinity mask and the cgroup's files (a dozen
 * system calls): a loop that starts every microsecond (a loop the
 * adaptive rule runs serially) must not pay that each time.  The count
 * is looked at again when a second has passed (the clock is read every
 * 256 calls), and in each process (a forked child looks again). */
static int cpu_count_cached(void)
{
    static int count;
    static unsigned calls;
    static pid_t pid;
    static int64_t at;
    if (count <= 0 || pid != pf__pid() ||
        ((++calls & 255) == 0 && pf__now_ns() - at >= 1000000000)) {
        count = pf_cpu_count();
        pid = pf__pid();
        at = pf__now_ns();
    }
    return count;
}

long pf__loop_default_workers(long requested)
{
    if (requested > 0)
        return requested;
    const char *env = pf__env(PF__ENV_WORKERS);
    if (env && *env) {
        errno = 0;
        char *end;
        long w = strtol(env, &end, 10);
        while (isspace((unsigned char)*end))
            end++;
        if (errno != 0 || *end != '\0' || w <= 0 || end == env)
            return PF_EINVAL;
        return w;
    }
    return cpu_count_cached();
}

int pf__loop_plan_chunks(pfc_loop_t *loop)
{
    /* Units below unit_base were run already (a serial start that went
     * parallel: loop.c's escalate); the chunks cover the rest. */
    unsigned long long u = loop->units - loop->unit_base,
                       c = loop->chunk_units;
    if (loop->kind == PFC_SCHED_DYNAMIC) {
        unsigned long long n = u / c + (u % c != 0);
        if (n > PF__LEDGER_MAX) {
            c = u / PF__LEDGER_MAX + (u % PF__LEDGER_MAX != 0);
            n = u / c + (u % c != 0);
        }
        loop->chunk_units = c;
        loop->nchunks = n;
        return 0;
    }
    /* Guided: each chunk takes ceil(left / P) units, at least c; the
     * sequence depends on nothing else, so it is fixed here. */
    unsigned long long p = (unsigned long long)loop->participants;
    for (;;) {
        unsigned long long n = 0, cur = 0;
        while (cur < u) {
            unsigned long long left = u - cur,
                               take = left / p + (left % p != 0);
            take = take > c ? take : c;
            cur += take < left ? take : left;
            n++;
        }
        if (n > PF__LEDGER_MAX) {
            c *= 2;
            continue;
        }
        unsigned long long *start = malloc((size_t)(n + 1) * sizeof *start);
        if (start == NULL)
            return PF_ENOMEM;
        n = 0;
        cur = 0;
        while (cur < u) {
            start[n++] = loop->unit_base + cur;
            unsigned long long left = u - cur,
                               take = left / p + (left % p != 0);
            take = take > c ? take : c;
            cur += take < left ? take : left;
        }
        start[n] = loop->unit_base + u;
        loop->chunk_units = c;
        loop->nchunks = n;
        loop->guided_start = start;
        return 0;
    }
}

void pf__loop_chunk_bounds(const pfc_loop_t *loop, unsigned long long j,
                           unsigned long long *lo, unsigned long long *hi)
{
    if (loop->kind == PFC_SCHED_GUIDED) {
        *lo = loop->guided_start[j];
        *hi = loop->guided_start[j + 1];
        return;
    }
    u128 first = (u128)j * loop->chunk_units + loop->unit_base;
    u128 last = first + loop->chunk_units;
    *lo = (unsigned long long)first;
    *hi = (unsigned long long)(last < loop->units ? last : loop->units);
}

/* Dynamic and guided: the next cell a dead predecessor of this slot had
 * taken (its chunks are all run again), else the first free cell, taken
 * for this slot.  Any participant.  Taking and recording are one
 * compare-and-swap, so a worker killed at any instant leaves every chunk it
 * took marked with its slot. */
static bool claim_ledger(pfc_loop_t *loop, unsigned long long *lo,
                         unsigned long long *hi)
{
    uint32_t me = (uint32_t)loop->slot + 1;
    while (loop->rerun_j < loop->rerun_end) {
        unsigned long long j = loop->rerun_j++;
        if (atomic_load_explicit(&loop->ledger[j], memory_order_relaxed) ==
            me) {
            pf__loop_chunk_bounds(loop, j, lo, hi);
            return true;
        }
    }
    unsigned long long j = atomic_load(&loop->sh->next_chunk);
    for (; j < loop->nchunks; j++) {
        uint32_t free_cell = 0;
        if (atomic_load_explicit(&loop->ledger[j], memory_order_relaxed) == 0 &&
            atomic_compare_exchange_strong(&loop->ledger[j], &free_cell, me))
            break;
    }
    if (j >= loop->nchunks)
        return false;
    unsigned long long hint = atomic_load(&loop->sh->next_chunk);
    while (hint < j + 1 &&
           !atomic_compare_exchange_weak(&loop->sh->next_chunk, &hint, j + 1))
        ;
    pf__loop_chunk_bounds(loop, j, lo, hi);
    return true;
}

/* Team loops, dynamic and guided: the next chunk from the team's counter
 * for this loop.  The counter's top 24 bits name the loop (its
 * generation), the low 40 count the chunks taken; the first member to
 * find another loop's generation there starts it anew (that loop is over
 * for everyone, team.c sees to it).  No ledger: a member that dies fails
 * the whole region.  Member only. */
#define COUNTER_BITS 40
#define COUNTER_MASK ((1ULL << COUNTER_BITS) - 1)

static bool claim_counter(pfc_loop_t *loop, unsigned long long *lo,
                          unsigned long long *hi)
{
    _Atomic unsigned long long *c = loop->team_counter;
    unsigned long long gen = loop->team_gen, j;
    unsigned long long w = atomic_load_explicit(c, memory_order_relaxed);
    for (;;) {
        unsigned long long next;
        if (w >> COUNTER_BITS != gen) {
            j = 0;
            next = gen << COUNTER_BITS | 1;
        } else {
            j = w & COUNTER_MASK;
            if (j >= loop->nchunks)
                return false;
            next = w + 1;
        }
        if (atomic_compare_exchange_weak(c, &w, next))
            break;
    }
    if (j >= loop->nchunks)
        return false;
    pf__loop_chunk_bounds(loop, j, lo, hi);
    return true;
}

unsigned long long pf__even_first(unsigned long long units, unsigned q,
                                  unsigned n)
{
    /* One participant (a serial run) needs no 128-bit division. */
    if (n <= 1)
        return q == 0 ? 0 : units;
    return (unsigned long long)((u128)units * q / n);
}

bool pf__loop_claim(pfc_loop_t *loop, unsigned long long *lo,
                    unsigned long long *hi)
{
    if (loop->kind != PFC_SCHED_STATIC)
        return loop->team ? claim_counter(loop, lo, hi)
                          : claim_ledger(loop, lo, hi);
    int participant = loop->parent_works ? loop->slot : loop->slot - 1;
    unsigned long long base = loop->unit_base;
    u128 u = loop->units - base, p = (u128)loop->participants;
    unsigned long long j = loop->static_j;
    if (loop->even) {
        /* One even block per participant. */
        if (j > 0)
            return false;
        unsigned q = (unsigned)participant, n = (unsigned)loop->participants;
        *lo = base + pf__even_first(loop->units - base, q, n);
        *hi = base + pf__even_first(loop->units - base, q + 1, n);
    } else {
        /* Block-cyclic: chunk g = participant + j * P. */
        u128 g = (u128)participant + (u128)j * p;
        u128 first = g * loop->chunk_units;
        if (first >= u)
            return false;
        u128 last = first + loop->chunk_units;
        *lo = base + (unsigned long long)first;
        *hi = base + (unsigned long long)(last < u ? last : u);
    }
    loop->static_j = j + 1;
    return *lo < *hi;
}
