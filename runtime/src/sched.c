/* sched.c - the loop's iteration space: range normalisation, worker
 * counts, schedules and how chunks are handed out. */
#include <ctype.h>
#include <errno.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "loop_internal.h"

typedef __int128 i128;
typedef unsigned __int128 u128;

int pf__loop_range(pfc_loop_t *loop, bool is_signed, size_t width,
                   unsigned long long lo, unsigned long long hi, long long step,
                   pfc_cmp_t cmp)
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
        trips = l < h ? (s > 0 ? (h - l - 1) / s + 1 : -1) : 0;
        break;
    case PFC_LE:
        trips = l <= h ? (s > 0 ? (h - l) / s + 1 : -1) : 0;
        break;
    case PFC_GT:
        trips = l > h ? (s < 0 ? (l - h - 1) / -s + 1 : -1) : 0;
        break;
    case PFC_GE:
        trips = l >= h ? (s < 0 ? (l - h) / -s + 1 : -1) : 0;
        break;
    default:
        snprintf(loop->message, sizeof loop->message,
                 "%s:%d: pfor loop: unknown comparison %d", loop->file,
                 loop->line, (int)cmp);
        return PF_EINVAL;
    }
    if (trips < 0) {
        snprintf(loop->message, sizeof loop->message,
                 "%s:%d: pfor loop never ends: step %lld %s", loop->file,
                 loop->line, step,
                 step == 0 ? "is zero" : "goes away from the bound");
        return PF_EINVAL;
    }
    /* The serial loop would take the variable past its type after the
     * last iteration (wrap-around or signed overflow): not a finite loop
     * with these trips.  This also refuses `i <= MAX`. */
    i128 after = l + trips * s;
    if (trips > 0 && (after < min || after > max)) {
        snprintf(loop->message, sizeof loop->message,
                 "%s:%d: pfor loop variable would overflow its %zu-byte "
                 "type after the last iteration (the serial loop would "
                 "not end there)",
                 loop->file, loop->line, width);
        return PF_ERANGE;
    }
    loop->is_signed = is_signed;
    loop->width = width;
    loop->head.lo = lo;
    loop->head.step = (unsigned long long)step;
    loop->trips = (unsigned long long)trips;
    loop->range_set = true;
    return 0;
}

int pf__loop_parse_schedule(const char *text, pfc_schedule_t *kind, long *chunk)
{
    static const struct {
        const char *name;
        pfc_schedule_t kind;
    } names[] = {{"static", PFC_SCHED_STATIC},
                 {"dynamic", PFC_SCHED_DYNAMIC},
                 {"guided", PFC_SCHED_GUIDED}};
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

long pf__loop_default_workers(long requested)
{
    if (requested > 0)
        return requested;
    const char *env = getenv("PFOR_WORKERS");
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
    return pf_cpu_count();
}

/* Take up to `want` units from the shared counter (dynamic), or a guided
 * share of what is left. */
static bool claim_shared(pfc_loop_t *loop, unsigned long long *lo,
                         unsigned long long *hi)
{
    unsigned long long u = loop->units, c = loop->chunk_units;
    unsigned long long cur = atomic_load(&loop->sh->next_unit);
    for (;;) {
        if (cur >= u)
            return false;
        unsigned long long left = u - cur, take = c;
        if (loop->kind == PFC_SCHED_GUIDED) {
            unsigned long long q =
                (left + (unsigned long long)loop->participants - 1) /
                (unsigned long long)loop->participants;
            take = q > c ? q : c;
        }
        if (take > left)
            take = left;
        if (atomic_compare_exchange_weak(&loop->sh->next_unit, &cur,
                                         cur + take)) {
            *lo = cur;
            *hi = cur + take;
            return true;
        }
    }
}

bool pf__loop_claim(pfc_loop_t *loop, int participant, unsigned long long *lo,
                    unsigned long long *hi)
{
    if (loop->kind != PFC_SCHED_STATIC)
        return claim_shared(loop, lo, hi);
    u128 u = loop->units, p = (u128)loop->participants;
    unsigned long long j = loop->static_j;
    if (loop->even) {
        /* One even block per participant. */
        if (j > 0)
            return false;
        *lo = (unsigned long long)(u * (u128)participant / p);
        *hi = (unsigned long long)(u * (u128)(participant + 1) / p);
    } else {
        /* Block-cyclic: chunk g = participant + j * P. */
        u128 g = (u128)participant + (u128)j * p;
        u128 first = g * loop->chunk_units;
        if (first >= u)
            return false;
        u128 last = first + loop->chunk_units;
        *lo = (unsigned long long)first;
        *hi = (unsigned long long)(last < u ? last : u);
    }
    loop->static_j = j + 1;
    return *lo < *hi;
}
