/* pfor/sync.h - locks, semaphores, events, conditions, barriers across fork. */
#ifndef PFOR_SYNC_H
#define PFOR_SYNC_H

#include <stdbool.h>

#include "common.h"
#include "errors.h"

/*
 * Every object here lives in its own shared mapping and works between the
 * process that created it and every process forked after that, as
 * multiprocessing's primitives do.  Create them in the parent before
 * starting workers.  pf_<thing>_free unmaps the object in the calling
 * process only (NULL is ignored); the memory goes away when the last
 * process that has it frees it or exits.
 *
 * Every wait takes a timeout in seconds: negative (PF_FOREVER) waits
 * without limit, 0 polls.  Waits return 0, or PF_ETIMEDOUT when the time
 * ran out.  A NULL object gives PF_EINVAL.
 *
 * Owner death: locks are robust.  When a process dies (even SIGKILL)
 * holding a lock or rlock, the next process to acquire it gets
 * PF_EOWNERDEAD: it now holds the lock, which is usable again, and should
 * check the data the lock protects.  PF_EOWNERDEAD counts as a successful
 * acquire everywhere (release it as usual).
 */

/* ---- lock (multiprocessing.Lock) ---- */

/*
 * A non-recursive mutual-exclusion lock.  Unlike Python's Lock it has an
 * owner: only the process (thread) that acquired it may release it, others
 * get PF_EPERM; that owner is what makes owner-death detection possible.
 * Acquiring a lock the caller already holds returns PF_EAGAIN at once
 * instead of deadlocking.  A short spin precedes sleeping, so a briefly
 * held lock is taken without a system call.
 */
typedef struct pf_lock pf_lock_t;
int pf_lock_new(pf_lock_t **out);
void pf_lock_free(pf_lock_t *lock);
/* 0 (held), PF_EOWNERDEAD (held; previous owner died), PF_ETIMEDOUT,
 * PF_EAGAIN (already held by the caller), PF_EINVAL. */
int pf_lock_acquire(pf_lock_t *lock, double timeout);
/* 0, or PF_EPERM when the caller does not hold it. */
int pf_lock_release(pf_lock_t *lock);

/* ---- rlock (multiprocessing.RLock) ---- */

/*
 * A recursive lock: its owner may acquire it again and must release it as
 * many times.  Release by a process that does not hold it: PF_EPERM.
 */
typedef struct pf_rlock pf_rlock_t;
int pf_rlock_new(pf_rlock_t **out);
void pf_rlock_free(pf_rlock_t *rlock);
int pf_rlock_acquire(pf_rlock_t *rlock, double timeout);
int pf_rlock_release(pf_rlock_t *rlock);
/* How many times the caller holds it (0 when it does not), or PF_EINVAL. */
int pf_rlock_count(pf_rlock_t *rlock);

/* ---- semaphore and bounded semaphore ---- */

/*
 * A counter: acquire waits until it is positive and decrements it,
 * release increments it and wakes one waiter.  Any process may release
 * (a semaphore has no owner; one held by a process that dies stays taken).
 * A bounded semaphore refuses a release that would raise the value above
 * its initial value: PF_ERANGE (Python raises ValueError).
 * value < 0 is PF_EINVAL.
 */
typedef struct pf_semaphore pf_semaphore_t;
int pf_semaphore_new(int value, pf_semaphore_t **out);
int pf_bounded_semaphore_new(int value, pf_semaphore_t **out);
void pf_semaphore_free(pf_semaphore_t *sem);
int pf_semaphore_acquire(pf_semaphore_t *sem, double timeout);
/* 0, PF_ERANGE (bounded, already at its initial value), PF_EINVAL. */
int pf_semaphore_release(pf_semaphore_t *sem);
/* The current value (>= 0), or PF_EINVAL. */
int pf_semaphore_value(pf_semaphore_t *sem);

/* ---- event ---- */

/* A flag processes can wait for.  pf_event_is_set returns 1 or 0 (or
 * PF_EINVAL); pf_event_wait returns 0 once the flag is set (at once when
 * it already is), PF_ETIMEDOUT otherwise. */
typedef struct pf_event pf_event_t;
int pf_event_new(pf_event_t **out);
void pf_event_free(pf_event_t *ev);
int pf_event_set(pf_event_t *ev);
int pf_event_clear(pf_event_t *ev);
int pf_event_is_set(pf_event_t *ev);
int pf_event_wait(pf_event_t *ev, double timeout);

/* ---- condition ---- */

/*
 * A condition variable bound to a lock: by default a new rlock of its own
 * (as Python's Condition()), or the pf_lock or pf_rlock given in the
 * options (at most one of them; both is PF_EINVAL).  A given lock must
 * outlive the condition.
 *
 * wait, wait_for, notify and notify_all must be called with the lock held
 * (PF_EPERM otherwise).  wait releases the lock completely (however many
 * times an rlock is held), sleeps until notified or the timeout, and takes
 * the lock back (to the same depth) before it returns, in every case:
 * 0 when notified, PF_ETIMEDOUT, or PF_EOWNERDEAD when the lock came back
 * from a dead owner.  As with every condition variable, a wake-up may be
 * spurious: wait in a loop on the predicate, or use pf_condition_wait_for.
 * notify(n) wakes up to n of the processes asleep in wait (one that is
 * just going to sleep may return too, spuriously); notify_all wakes all.
 * A process killed while waiting leaves nothing behind: later
 * notifications work as before.
 */
typedef struct pf_condition pf_condition_t;
typedef struct pf_condition_options {
    pf_lock_t *lock;
    pf_rlock_t *rlock;
} pf_condition_options_t;
int pf_condition_new(const pf_condition_options_t *opt, pf_condition_t **out);
void pf_condition_free(pf_condition_t *cond);
/* Acquire / release the condition's lock (same results as the lock's). */
int pf_condition_acquire(pf_condition_t *cond, double timeout);
int pf_condition_release(pf_condition_t *cond);
int pf_condition_wait(pf_condition_t *cond, double timeout);
/* Wait until predicate(arg) is true, checking it first (Python's
 * wait_for).  0 when it holds, PF_ETIMEDOUT when it still does not at the
 * timeout, PF_EPERM, PF_EINVAL (NULL predicate). */
int pf_condition_wait_for(pf_condition_t *cond, bool (*predicate)(void *),
                          void *arg, double timeout);
/* Wake up to n waiters (n <= 0 wakes none).  0, PF_EPERM, PF_EINVAL. */
int pf_condition_notify(pf_condition_t *cond, int n);
int pf_condition_notify_all(pf_condition_t *cond);

/* ---- barrier (threading.Barrier / multiprocessing.Barrier) ---- */

/*
 * `parties` processes meet: each pf_barrier_wait blocks until all have
 * called it, then all go on.  It returns the caller's arrival index,
 * 0 .. parties-1; the last to arrive (index parties-1) first runs
 * `action(arg)` when one is given (it must be a function of the program,
 * since the barrier is created before fork; a non-zero return breaks the
 * barrier).  The barrier is then ready for the next round.
 *
 * A wait that times out breaks the barrier: the caller gets PF_ETIMEDOUT,
 * every other waiter (and every later wait) PF_EBROKEN, until
 * pf_barrier_reset.  pf_barrier_abort breaks it on purpose.  reset wakes
 * the current waiters with PF_EBROKEN and makes the barrier whole again.
 * parties < 1 is PF_EINVAL.
 */
typedef struct pf_barrier pf_barrier_t;
int pf_barrier_new(int parties, int (*action)(void *), void *arg,
                   pf_barrier_t **out);
void pf_barrier_free(pf_barrier_t *b);
int pf_barrier_wait(pf_barrier_t *b, double timeout);
int pf_barrier_abort(pf_barrier_t *b);
int pf_barrier_reset(pf_barrier_t *b);
/* parties, processes now waiting, 1 when broken / 0 when not. Each returns
 * PF_EINVAL for NULL. */
int pf_barrier_parties(pf_barrier_t *b);
int pf_barrier_n_waiting(pf_barrier_t *b);
int pf_barrier_broken(pf_barrier_t *b);

#endif /* PFOR_SYNC_H */
