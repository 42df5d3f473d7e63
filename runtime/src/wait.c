/* wait.c - the one way pfor waits for another process to change shared
 * memory: spin briefly, then sleep on a futex word in 50 ms slices. */
#include <errno.h>
#include <limits.h>
#include <linux/futex.h>
#include <sched.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "internal.h"

/*
 * No sleep on a futex shared between processes lasts longer than this.
 * A wake-up of some sleepers goes to one of them; when that process is
 * SIGKILLed before it acts on it (takes the lock, re-checks its
 * predicate), the wake-up is lost and the other sleepers would sleep until
 * their deadline, or for ever (seen: a 4-producer queue stalled 30 s while
 * victims were killed).  Waking every slice to look again bounds that to
 * one slice, and costs nothing when nobody has to wait that long.
 */
#define SLICE_NS 50000000 /* 50 ms */

/* An adaptive spin that failed this many times in a row still probes once
 * in PROBE_EVERY waits (with a quarter of the longest spin), to notice
 * when spinning starts to pay off again. */
#define PROBE_EVERY 16

pf__deadline_t pf__wait_slice(pf__deadline_t d)
{
    pf__deadline_t slice = {pf__now_ns() + SLICE_NS};
    return slice.ns < d.ns ? slice : d;
}

uint32_t pf__wait_prepare(uint32_t *word)
{
    uint32_t v = __atomic_load_n(word, __ATOMIC_SEQ_CST);
    while (!(v & 1) &&
           !__atomic_compare_exchange_n(word, &v, v | 1, true, __ATOMIC_SEQ_CST,
                                        __ATOMIC_SEQ_CST))
        ;
    return v | 1;
}

/* One FUTEX_WAIT until the absolute deadline `until` (none for never). */
static long futex_wait(uint32_t *word, uint32_t seen, pf__deadline_t until)
{
    struct timespec ts, *tp = NULL;
    if (until.ns != INT64_MAX) {
        ts = pf__deadline_timespec(until);
        tp = &ts;
    }
    /* FUTEX_WAIT_BITSET takes an absolute CLOCK_MONOTONIC deadline; not
     * FUTEX_PRIVATE: the word is shared between processes. */
    return syscall(SYS_futex, word, FUTEX_WAIT_BITSET, seen, tp, NULL,
                   FUTEX_BITSET_MATCH_ANY);
}

int pf__wait_sleep(uint32_t *word, uint32_t seen, pf__deadline_t d, bool sliced)
{
    for (;;) {
        pf__deadline_t until = sliced ? pf__wait_slice(d) : d;
        long rc = futex_wait(word, seen, until);
        if (rc == 0 || errno != ETIMEDOUT)
            return 0; /* woken, value changed (EAGAIN), or a signal */
        if (__atomic_load_n(word, __ATOMIC_SEQ_CST) != seen)
            return 0; /* a wake-up meant for a sleeper that died */
        if (until.ns >= d.ns)
            return PF_ETIMEDOUT;
    }
}

void pf__wake(uint32_t *word)
{
    uint32_t old = __atomic_load_n(word, __ATOMIC_SEQ_CST), next;
    do
        next = (old + 2) & ~1u;
    while (!__atomic_compare_exchange_n(word, &old, next, true,
                                        __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST));
    if (old & 1)
        syscall(SYS_futex, word, FUTEX_WAKE, INT_MAX, NULL, NULL, 0);
}

void pf__wake_some(uint32_t *word, int n)
{
    /* The counter moves, the sleeper bit stays: others may still sleep. */
    uint32_t old = __atomic_fetch_add(word, 2, __ATOMIC_SEQ_CST);
    if (old & 1)
        syscall(SYS_futex, word, FUTEX_WAKE, n, NULL, NULL, 0);
}

void pf__wake_raw(uint32_t *word, int n)
{
    syscall(SYS_futex, word, FUTEX_WAKE, n, NULL, NULL, 0);
}

/* Spin until ready or for the policy's budget.  With an adaptive budget, a
 * spin that succeeds grows it by an eighth of the longest spin, one that
 * fails halves it down to 0; at 0, one wait in PROBE_EVERY spins for a
 * quarter of the longest.  Returns ready's result (0: not ready). */
static int spin(const pf__wait_policy_t *p, pf__ready_fn ready, void *ctx)
{
    int64_t max = p->spin_ns, hint = max, budget = max;
    if (p->adapt) {
        static _Thread_local unsigned probe; /* a stale copy after fork is ok */
        hint = __atomic_load_n(p->adapt, __ATOMIC_RELAXED);
        budget = hint;
        if (budget == 0 && ++probe % PROBE_EVERY == 0)
            budget = max / 4;
        if (budget == 0)
            return 0;
    }
    int64_t start = pf__now_ns(), stop = start + budget;
    bool yielding = p->pause_ns <= 0;
    for (unsigned i = 1;; i++) {
        if (yielding)
            sched_yield(); /* the peer may be waiting for this very CPU */
        else
            pf__cpu_relax();
        int r = ready(ctx);
        if (r != 0) {
            if (p->adapt) {
                int64_t grown = PF__MIN(max, hint + max / 8);
                if (grown != hint)
                    __atomic_store_n(p->adapt, grown, __ATOMIC_RELAXED);
            }
            return r;
        }
        if (yielding || i % 8 == 0) {
            int64_t now = pf__now_ns();
            if (now >= stop)
                break;
            if (p->pause_ns < max && now - start >= p->pause_ns)
                yielding = true;
        }
    }
    if (p->adapt) {
        int64_t shrunk = hint / 2 < max / 16 ? 0 : hint / 2;
        if (shrunk != hint)
            __atomic_store_n(p->adapt, shrunk, __ATOMIC_RELAXED);
    }
    return 0;
}

int pf__wait(uint32_t *word, pf__ready_fn ready, void *ctx, pf__deadline_t d,
             const pf__wait_policy_t *p)
{
    static const pf__wait_policy_t none = {0};
    if (!p)
        p = &none;
    int r = ready(ctx);
    if (r == 0 && p->spin_ns > 0 && !pf__deadline_passed(d))
        r = spin(p, ready, ctx);
    while (r == 0) {
        if (pf__deadline_passed(d))
            return PF_ETIMEDOUT;
        uint32_t seen = pf__wait_prepare(word);
        r = ready(ctx);
        if (r != 0)
            break;
        pf__deadline_t until = p->tick ? pf__wait_slice(d) : d;
        pf__wait_sleep(word, seen, until, !p->one_sleeper);
        r = ready(ctx);
        if (r == 0 && p->tick)
            p->tick(ctx);
    }
    return r < 0 ? r : 0;
}

/* For pf__wait_change: the counter (bits 1..31) moved past ctx's. */
struct change {
    uint32_t *word;
    uint32_t seen;
};

static int changed(void *ctx)
{
    const struct change *c = ctx;
    return (__atomic_load_n(c->word, __ATOMIC_SEQ_CST) | 1) != (c->seen | 1);
}

int pf__wait_change(uint32_t *word, uint32_t seen, pf__deadline_t d,
                    const pf__wait_policy_t *p)
{
    struct change c = {word, seen};
    return pf__wait(word, changed, &c, d, p);
}
