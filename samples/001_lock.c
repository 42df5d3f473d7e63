/* 001_cea31294124c9188.txt: Lock (with / acquire-release). */
/*
 * Two processes write to stdout under one lock, so their messages cannot
 * be jumbled.  Lock() is pf_lock_new; acquire/release are pf_lock_acquire
 * (with a timeout, PF_FOREVER here) and pf_lock_release.  C has no
 * `with`: WITH_LOCK below is the closest thing (the lock is released when
 * the block ends; do not leave it with break or return).  The seed's
 * try/finally is "release on every path", done by hand.
 */
#include <pfor.h>
#include <stdio.h>
#include <stdlib.h>

#include "sample.h"

static int acquire(pf_lock_t *lock)
{
    CHECK(pf_lock_acquire(lock, PF_FOREVER));
    return 1;
}

static int release(pf_lock_t *lock)
{
    CHECK(pf_lock_release(lock));
    return 0;
}

/* with lock: <statement> */
#define WITH_LOCK(lock)                                                        \
    for (int held_ = acquire(lock); held_; held_ = release(lock))

static int worker_with(void *arg)
{
    pf_lock_t *lock = arg;
    WITH_LOCK(lock)
    {
        fputs("Lock acquired via with\n", stdout);
        fflush(stdout);
    }
    return 0;
}

static int worker_no_with(void *arg)
{
    pf_lock_t *lock = arg;
    CHECK(pf_lock_acquire(lock, PF_FOREVER));
    fputs("Lock acquired directly\n", stdout);
    fflush(stdout);
    CHECK(pf_lock_release(lock));
    return 0;
}

int main(void)
{
    pf_lock_t *lock;
    pf_process_t *w, *nw;

    CHECK(pf_lock_new(&lock));
    CHECK(pf_process_new(worker_with, lock, NULL, &w));
    CHECK(pf_process_new(worker_no_with, lock, NULL, &nw));

    CHECK(pf_process_start(w));
    CHECK(pf_process_start(nw));

    CHECK(pf_process_join(w, PF_FOREVER));
    CHECK(pf_process_join(nw, PF_FOREVER));
    pf_process_free(w);
    pf_process_free(nw);
    pf_lock_free(lock);
    return 0;
}
