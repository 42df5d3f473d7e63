/* mutex.c - process-shared robust mutexes, the building block of every
 * lock, queue and shared structure in pfor (sleeping is wait.c's). */
#include <errno.h>

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

int pf__mutex_lock(pthread_mutex_t *m, pf__deadline_t d)
{
    int rc = pthread_mutex_trylock(m);
    while (rc == EBUSY) {
        pf__deadline_t slice = pf__wait_slice(d);
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
