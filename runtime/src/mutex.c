/* mutex.c - process-shared robust mutexes and futex-based conditions, the
 * building block of every lock, queue and shared structure in pfor. */
#include <errno.h>
#include <limits.h>
#include <linux/futex.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "internal.h"

int pf__mutex_init(pthread_mutex_t *m, bool recursive)
{
    pthread_mutexattr_t attr;
    int rc = pthread_mutexattr_init(&attr);
    if (rc != 0)
        return pf__from_errno(rc);
    pthread_mutexattr_setpshared(&attr, PTHREAD_PROCESS_SHARED);
    pthread_mutexattr_setrobust(&attr, PTHREAD_MUTEX_ROBUST);
    pthread_mutexattr_settype(&attr, recursive ? PTHREAD_MUTEX_RECURSIVE
                                               : PTHREAD_MUTEX_ERRORCHECK);
    rc = pthread_mutex_init(m, &attr);
    pthread_mutexattr_destroy(&attr);
    return rc == 0 ? 0 : pf__from_errno(rc);
}

/* Turn a pthread lock result into ours; an owner-died mutex is made
 * consistent so that the next owner can use it normally. */
static int mutex_result(pthread_mutex_t *m, int rc)
{
    switch (rc) {
    case 0:
        return 0;
    case EOWNERDEAD:
        pthread_mutex_consistent(m);
        return PF_EOWNERDEAD;
    case ETIMEDOUT:
        return PF_ETIMEDOUT;
    case EDEADLK:
        return PF_EAGAIN;
    default:
        return pf__from_errno(rc);
    }
}

/*
 * No sleep on a futex shared between processes lasts longer than this.
 * A wake-up goes to one sleeper; when that process is SIGKILLed before it
 * acts on it (takes the lock, re-checks its predicate), the wake-up is
 * lost and the other sleepers would sleep until their deadline, or for
 * ever (seen: a 4-producer queue stalled 30 s while victims were killed).
 * Waking every slice to look again bounds that to one slice, and costs
 * nothing when nobody has to wait that long.
 */
#define SLICE_NS 50000000 /* 50 ms */

/* The end of the next slice of a wait that ends at `d`. */
static pf__deadline_t next_slice(pf__deadline_t d)
{
    pf__deadline_t slice = {pf__now_ns() + SLICE_NS};
    return slice.ns < d.ns ? slice : d;
}

int pf__mutex_lock(pthread_mutex_t *m, pf__deadline_t d)
{
    int rc = pthread_mutex_trylock(m);
    while (rc == EBUSY) {
        pf__deadline_t slice = next_slice(d);
        struct timespec ts = pf__deadline_timespec(slice);
        rc = pthread_mutex_clocklock(m, CLOCK_MONOTONIC, &ts);
        if (rc == ETIMEDOUT && slice.ns < d.ns)
            rc = EBUSY; /* only the slice ended: look again */
    }
    return mutex_result(m, rc);
}

int pf__mutex_unlock(pthread_mutex_t *m)
{
    int rc = pthread_mutex_unlock(m);
    return rc == 0 ? 0 : PF_EPERM;
}

void pf__mutex_destroy(pthread_mutex_t *m)
{
    pthread_mutex_destroy(m);
}

int pf__futex_wait(uint32_t *word, uint32_t seen, pf__deadline_t d)
{
    for (;;) {
        pf__deadline_t slice = next_slice(d);
        struct timespec ts = pf__deadline_timespec(slice);
        /* FUTEX_WAIT_BITSET takes an absolute CLOCK_MONOTONIC deadline;
         * not FUTEX_PRIVATE: the word is shared between processes. */
        long rc = syscall(SYS_futex, word, FUTEX_WAIT_BITSET, seen, &ts,
                          NULL, FUTEX_BITSET_MATCH_ANY);
        if (rc == 0 || errno != ETIMEDOUT)
            return 0; /* woken, value changed (EAGAIN), or a signal */
        if (__atomic_load_n(word, __ATOMIC_SEQ_CST) != seen)
            return 0; /* a wake-up meant for a sleeper that died */
        if (slice.ns >= d.ns)
            return PF_ETIMEDOUT;
    }
}

void pf__futex_wake(uint32_t *word, int n)
{
    __atomic_fetch_add(word, 1, __ATOMIC_SEQ_CST);
    pf__futex_wake_only(word, n);
}

void pf__futex_wake_only(uint32_t *word, int n)
{
    syscall(SYS_futex, word, FUTEX_WAKE, n, NULL, NULL, 0);
}

void pf__cond_init(pf__cond_t *c)
{
    __atomic_store_n(&c->seq, 0, __ATOMIC_SEQ_CST);
}

int pf__cond_wait(pf__cond_t *c, pthread_mutex_t *m, pf__deadline_t d)
{
    if (pf__deadline_passed(d))
        return PF_ETIMEDOUT;
    uint32_t seen = __atomic_load_n(&c->seq, __ATOMIC_SEQ_CST);
    pf__mutex_unlock(m);
    int rc = pf__futex_wait(&c->seq, seen, d);
    int lrc = pf__mutex_lock(m, pf__deadline_in(PF_FOREVER));
    return lrc == PF_EOWNERDEAD ? lrc : rc;
}

void pf__cond_signal(pf__cond_t *c)
{
    pf__futex_wake(&c->seq, 1);
}

void pf__cond_broadcast(pf__cond_t *c)
{
    pf__futex_wake(&c->seq, INT_MAX);
}
