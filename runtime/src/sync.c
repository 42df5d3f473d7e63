/* sync.c - multiprocessing's synchronization primitives across fork: lock,
 * rlock, semaphore, bounded semaphore, event, condition and barrier, each in
 * its own shared mapping, built on mutex.c's robust process-shared mutexes
 * and wait.c's futex words for sleeping. */
#include <errno.h>
#include <limits.h>
#include <stdalign.h>
#include <stddef.h>
#include <unistd.h>

#include "internal.h"

/* Distinct tags per object kind catch a pointer of the wrong kind and one
 * that was never created (not one already freed: that memory is gone). */
enum {
    LOCK_MAGIC = 0x70666c6bu,   /* "pflk" */
    RLOCK_MAGIC = 0x7066726cu,  /* "pfrl" */
    SEM_MAGIC = 0x70667365u,    /* "pfse" */
    EVENT_MAGIC = 0x70666576u,  /* "pfev" */
    COND_MAGIC = 0x7066636eu,   /* "pfcn" */
    BARRIER_MAGIC = 0x70666272u /* "pfbr" */
};

/* Map a zeroed shared object of `size` bytes, or NULL. */
static void *object_map(size_t size)
{
    return pf__map_shared(size);
}

/* ---- lock and rlock ---- */

/*
 * Both are one robust process-shared pthread mutex (error-checking for a
 * lock, recursive for an rlock).  `count` is the rlock's depth, written
 * only by the owner while it holds the mutex, so the owner can tell how
 * deep it is (for conditions) and whether it holds it at all.
 */
struct pf_lock {
    uint32_t magic; /* read-only after creation: on its own cache line, so */
    bool embedded;  /* checking them does not pull the contended line away */
    alignas(64) pthread_mutex_t m;
    int count;
    /* Room for a small datum on the mutex's own cache line: a pf_value
     * keeps its scalar here, so a locked update moves one cache line
     * between processes instead of two. */
    alignas(16) unsigned char payload[PF__RLOCK_PAYLOAD];
};

_Static_assert(offsetof(struct pf_lock, payload) + PF__RLOCK_PAYLOAD <=
                   offsetof(struct pf_lock, m) + 64,
               "the payload shares the mutex's cache line");

struct pf_rlock {
    struct pf_lock l;
};

/* Iterations of the spin before sleeping in the kernel.  A lock is
 * usually held for a few dozen nanoseconds, so a waiter that spins a
 * little takes it without the futex round trip (sleep, wake-up system
 * call) that costs microseconds; the figures are in docs/sync.md. */
#define SPIN_LIMIT 200

/* True when the mutex looks free right now (a hint for the spin: reading
 * it does not take the cache line away from the owner). */
static inline bool mutex_looks_free(pthread_mutex_t *m)
{
#ifdef __GLIBC__
    return __atomic_load_n(&m->__data.__lock, __ATOMIC_RELAXED) == 0;
#else
    (void)m;
    return true;
#endif
}

/* One non-blocking attempt, in pfor's terms: 0, PF_EOWNERDEAD (held, made
 * consistent), PF_ETIMEDOUT (busy), PF_EAGAIN (a non-recursive lock the
 * caller already holds), or PF_E*. */
static int mutex_try(pthread_mutex_t *m)
{
    int rc = pthread_mutex_trylock(m);
    switch (rc) {
    case 0:
        return 0;
    case EBUSY:
        return PF_ETIMEDOUT;
    case EOWNERDEAD:
        pthread_mutex_consistent(m);
        return PF_EOWNERDEAD;
    case EDEADLK:
        return PF_EAGAIN;
    default:
        return pf__from_errno(rc);
    }
}

/* Take the mutex within `timeout` seconds: try, spin briefly, then sleep
 * in pf__mutex_lock.  Returns as mutex_try does (PF_ETIMEDOUT at the
 * deadline).  Any process may call it. */
static int mutex_take(pthread_mutex_t *m, double timeout)
{
    int rc = mutex_try(m);
    if (rc != PF_ETIMEDOUT || timeout == 0)
        return rc;
    for (int i = 0; i < SPIN_LIMIT; i++) {
        pf__cpu_relax();
        if (mutex_looks_free(m)) {
            rc = mutex_try(m);
            if (rc != PF_ETIMEDOUT)
                return rc;
        }
    }
    return pf__mutex_lock(m, pf__deadline_in(timeout));
}

static int lock_init(struct pf_lock *l, bool recursive, uint32_t magic)
{
    int rc = pf__mutex_init(&l->m, recursive);
    if (rc < 0)
        return rc;
    l->count = 0;
    l->magic = magic;
    return 0;
}

int pf_lock_new(pf_lock_t **out)
{
    if (!out)
        return PF_EINVAL;
    *out = NULL;
    struct pf_lock *l = object_map(sizeof *l);
    if (!l)
        return PF_ENOMEM;
    int rc = lock_init(l, false, LOCK_MAGIC);
    if (rc < 0) {
        pf__unmap_shared(l, sizeof *l);
        return rc;
    }
    *out = l;
    return 0;
}

/* Unmaps only: destroying the mutex would break it for the processes that
 * still use it. */
void pf_lock_free(pf_lock_t *lock)
{
    if (lock && lock->magic == LOCK_MAGIC)
        pf__unmap_shared(lock, sizeof *lock);
}

int pf_lock_acquire(pf_lock_t *lock, double timeout)
{
    if (!lock || lock->magic != LOCK_MAGIC)
        return PF_EINVAL;
    return mutex_take(&lock->m, timeout);
}

int pf_lock_release(pf_lock_t *lock)
{
    if (!lock || lock->magic != LOCK_MAGIC)
        return PF_EINVAL;
    return pf__mutex_unlock(&lock->m);
}

int pf_rlock_new(pf_rlock_t **out)
{
    if (!out)
        return PF_EINVAL;
    *out = NULL;
    struct pf_rlock *r = object_map(sizeof *r);
    if (!r)
        return PF_ENOMEM;
    int rc = lock_init(&r->l, true, RLOCK_MAGIC);
    if (rc < 0) {
        pf__unmap_shared(r, sizeof *r);
        return rc;
    }
    *out = r;
    return 0;
}

/* An rlock inside another object (a pf_value) goes away with it. */
void pf_rlock_free(pf_rlock_t *rlock)
{
    if (rlock && rlock->l.magic == RLOCK_MAGIC && !rlock->l.embedded)
        pf__unmap_shared(rlock, sizeof *rlock);
}

size_t pf__rlock_size(void)
{
    return sizeof(struct pf_rlock);
}

int pf__rlock_init_embedded(void *mem, pf_rlock_t **out, void **payload)
{
    struct pf_rlock *r = mem;
    int rc = lock_init(&r->l, true, RLOCK_MAGIC);
    if (rc < 0)
        return rc;
    r->l.embedded = true;
    *out = r;
    *payload = r->l.payload;
    return 0;
}

int pf_rlock_acquire(pf_rlock_t *rlock, double timeout)
{
    if (!rlock || rlock->l.magic != RLOCK_MAGIC)
        return PF_EINVAL;
    int rc = mutex_take(&rlock->l.m, timeout);
    if (rc == 0)
        rlock->l.count++;
    else if (rc == PF_EOWNERDEAD)
        rlock->l.count = 1; /* the dead owner's depth is void */
    return rc;
}

#ifdef __GLIBC__
/*
 * Who holds a mutex.  A robust mutex's lock word holds its owner's thread
 * id (the kernel's robust-futex protocol; the kernel clears it when the
 * owner dies), so comparing it with ours answers "do I hold it?" without
 * touching the mutex.  The thread id is cached per thread; the cache is
 * dropped in the child of every fork (pthread_atfork), where it is stale.
 */
#define TID_MASK 0x3fffffffu /* FUTEX_TID_MASK */

static __thread pid_t cached_tid;
static pthread_once_t tid_once = PTHREAD_ONCE_INIT;

static void tid_forget(void)
{
    cached_tid = 0;
}

static void tid_register(void)
{
    pthread_atfork(NULL, NULL, tid_forget);
}

static pid_t self_tid(void)
{
    if (cached_tid == 0) {
        pthread_once(&tid_once, tid_register);
        cached_tid = gettid();
    }
    return cached_tid;
}

static bool owned_by_caller(struct pf_lock *l)
{
    unsigned word = __atomic_load_n(&l->m.__data.__lock, __ATOMIC_RELAXED);
    return (pid_t)(word & TID_MASK) == self_tid();
}
#else
/* Without glibc's layout: probe with trylock.  An error-checking mutex
 * answers EDEADLK to its owner; a recursive one lets its owner in again
 * (count > 0 then: only the owner writes it) and takes a free one (count
 * 0; given back at once). */
static bool owned_by_caller(struct pf_lock *l)
{
    int rc = mutex_try(&l->m);
    if (rc == PF_EAGAIN)
        return true;
    if (rc != 0 && rc != PF_EOWNERDEAD)
        return false;
    bool mine = rc == 0 && l->count > 0;
    pthread_mutex_unlock(&l->m);
    return mine;
}
#endif

/* Whether the caller holds a lock: 1 yes, 0 no. */
static int lock_held(struct pf_lock *l)
{
    return owned_by_caller(l) ? 1 : 0;
}

/* The caller's depth on an rlock (0 when it does not hold it). */
static int rlock_depth(struct pf_rlock *r)
{
    return owned_by_caller(&r->l) ? r->l.count : 0;
}

int pf_rlock_release(pf_rlock_t *rlock)
{
    if (!rlock || rlock->l.magic != RLOCK_MAGIC)
        return PF_EINVAL;
    if (rlock_depth(rlock) == 0)
        return PF_EPERM;
    rlock->l.count--;
    return pf__mutex_unlock(&rlock->l.m);
}

int pf_rlock_count(pf_rlock_t *rlock)
{
    if (!rlock || rlock->l.magic != RLOCK_MAGIC)
        return PF_EINVAL;
    return rlock_depth(rlock);
}

/* ---- semaphore ---- */

struct pf_semaphore {
    uint32_t magic;
    bool bounded;
    int value;
    int initial;
    int waiters;
    pthread_mutex_t m;
    uint32_t seq;
};

/*
 * Sleeping.  Waiters sleep on a wait word, `seq` (wait.c: a change counter
 * with a sleeper bit, slept on in 50 ms slices), never on a pthread
 * condition variable: a process killed inside pthread_cond_wait on a
 * shared glibc condvar can make a later signal block forever (glibc 2.36,
 * seen in a test: release after a killed waiter hung).  A waiter sets the
 * sleeper bit while it still holds the object's guard, and wakers change
 * the state under the guard before they wake, so no wake-up is lost.
 */

/* Lock an object's internal mutex.  Those guard a few integers that are
 * always consistent between statements, so a dead previous owner is no
 * harm: PF_EOWNERDEAD counts as success.  Returns 0 or PF_E*. */
static int guard_lock(pthread_mutex_t *m)
{
    int rc = pf__mutex_lock(m, pf__deadline_in(PF_FOREVER));
    return rc == PF_EOWNERDEAD ? 0 : rc;
}

/* With the guard held: let go of it, sleep until woken through `seq` or
 * the deadline, take it back.  Returns 0 (woken, perhaps spuriously: the
 * caller re-checks its predicate) or PF_ETIMEDOUT; the guard is held. */
static int guard_wait(uint32_t *seq, pthread_mutex_t *m, pf__deadline_t d)
{
    if (pf__deadline_passed(d))
        return PF_ETIMEDOUT; /* a poll: no need to let go and sleep */
    uint32_t seen = pf__wait_prepare(seq);
    pf__mutex_unlock(m);
    int rc = pf__wait_sleep(seq, seen, d, true);
    guard_lock(m);
    return rc;
}

static int guard_init(pthread_mutex_t *m)
{
    return pf__mutex_init(m, false);
}

static int semaphore_new(int value, bool bounded, pf_semaphore_t **out)
{
    if (!out)
        return PF_EINVAL;
    *out = NULL;
    if (value < 0)
        return PF_EINVAL;
    struct pf_semaphore *s = object_map(sizeof *s);
    if (!s)
        return PF_ENOMEM;
    int rc = guard_init(&s->m);
    if (rc < 0) {
        pf__unmap_shared(s, sizeof *s);
        return rc;
    }
    s->bounded = bounded;
    s->value = s->initial = value;
    s->magic = SEM_MAGIC;
    *out = s;
    return 0;
}

int pf_semaphore_new(int value, pf_semaphore_t **out)
{
    return semaphore_new(value, false, out);
}

int pf_bounded_semaphore_new(int value, pf_semaphore_t **out)
{
    return semaphore_new(value, true, out);
}

void pf_semaphore_free(pf_semaphore_t *sem)
{
    if (sem && sem->magic == SEM_MAGIC)
        pf__unmap_shared(sem, sizeof *sem);
}

int pf_semaphore_acquire(pf_semaphore_t *sem, double timeout)
{
    if (!sem || sem->magic != SEM_MAGIC)
        return PF_EINVAL;
    pf__deadline_t d = pf__deadline_in(timeout);
    int rc = guard_lock(&sem->m);
    if (rc < 0)
        return rc;
    sem->waiters++;
    while (sem->value == 0 && rc == 0)
        rc = guard_wait(&sem->seq, &sem->m, d);
    sem->waiters--;
    if (sem->value > 0) { /* even at the deadline, take what is there */
        __atomic_store_n(&sem->value, sem->value - 1, __ATOMIC_RELAXED);
        rc = 0;
    }
    pf__mutex_unlock(&sem->m);
    return rc;
}

int pf_semaphore_release(pf_semaphore_t *sem)
{
    if (!sem || sem->magic != SEM_MAGIC)
        return PF_EINVAL;
    int rc = guard_lock(&sem->m);
    if (rc < 0)
        return rc;
    if ((sem->bounded && sem->value >= sem->initial) || sem->value == INT_MAX)
        rc = PF_ERANGE;
    else {
        __atomic_store_n(&sem->value, sem->value + 1, __ATOMIC_RELAXED);
        if (sem->waiters > 0)
            pf__wake_some(&sem->seq, 1);
    }
    pf__mutex_unlock(&sem->m);
    return rc;
}

int pf_semaphore_value(pf_semaphore_t *sem)
{
    if (!sem || sem->magic != SEM_MAGIC)
        return PF_EINVAL;
    return __atomic_load_n(&sem->value, __ATOMIC_RELAXED);
}

/* ---- event ---- */

/* `sets` counts set() calls, so a waiter also wakes for a set that a
 * clear() undid before it ran (as threading.Event.wait returns True). */
struct pf_event {
    uint32_t magic;
    int flag;
    unsigned sets;
    pthread_mutex_t m;
    uint32_t seq;
};

int pf_event_new(pf_event_t **out)
{
    if (!out)
        return PF_EINVAL;
    *out = NULL;
    struct pf_event *e = object_map(sizeof *e);
    if (!e)
        return PF_ENOMEM;
    int rc = guard_init(&e->m);
    if (rc < 0) {
        pf__unmap_shared(e, sizeof *e);
        return rc;
    }
    e->magic = EVENT_MAGIC;
    *out = e;
    return 0;
}

void pf_event_free(pf_event_t *ev)
{
    if (ev && ev->magic == EVENT_MAGIC)
        pf__unmap_shared(ev, sizeof *ev);
}

int pf_event_set(pf_event_t *ev)
{
    if (!ev || ev->magic != EVENT_MAGIC)
        return PF_EINVAL;
    int rc = guard_lock(&ev->m);
    if (rc < 0)
        return rc;
    __atomic_store_n(&ev->flag, 1, __ATOMIC_RELEASE);
    ev->sets++;
    pf__wake(&ev->seq);
    pf__mutex_unlock(&ev->m);
    return 0;
}

int pf_event_clear(pf_event_t *ev)
{
    if (!ev || ev->magic != EVENT_MAGIC)
        return PF_EINVAL;
    int rc = guard_lock(&ev->m);
    if (rc < 0)
        return rc;
    __atomic_store_n(&ev->flag, 0, __ATOMIC_RELAXED);
    pf__mutex_unlock(&ev->m);
    return 0;
}

int pf_event_is_set(pf_event_t *ev)
{
    if (!ev || ev->magic != EVENT_MAGIC)
        return PF_EINVAL;
    return __atomic_load_n(&ev->flag, __ATOMIC_ACQUIRE) ? 1 : 0;
}

int pf_event_wait(pf_event_t *ev, double timeout)
{
    if (!ev || ev->magic != EVENT_MAGIC)
        return PF_EINVAL;
    if (__atomic_load_n(&ev->flag, __ATOMIC_ACQUIRE))
        return 0;
    pf__deadline_t d = pf__deadline_in(timeout);
    int rc = guard_lock(&ev->m);
    if (rc < 0)
        return rc;
    unsigned sets = ev->sets;
    while (!ev->flag && ev->sets == sets && rc == 0)
        rc = guard_wait(&ev->seq, &ev->m, d);
    rc = ev->flag || ev->sets != sets ? 0 : PF_ETIMEDOUT;
    pf__mutex_unlock(&ev->m);
    return rc;
}

/* ---- condition ---- */

/*
 * Waiters sleep on the wait word `seq`.  A waiter sets its sleeper bit
 * while it still holds the user's lock, and a notifier must hold
 * that lock to bump it, so a notification between the waiter's release
 * and its sleep changes the word and the sleep returns at once: none is
 * lost.  notify(n) wakes up to n sleepers; a waiter caught between its
 * release and its sleep also returns (a spurious wake-up, which condition
 * users must allow for anyway).  `waiters` only lets a notify with nobody
 * waiting skip the system call (a killed waiter stays counted: harmless).
 */
struct pf_condition {
    uint32_t magic;
    bool owns_lock;
    pf_lock_t *lock; /* exactly one of lock and rlock is set */
    pf_rlock_t *rlock;
    alignas(64) uint32_t seq;
    int waiters;
};

int pf_condition_new(const pf_condition_options_t *opt, pf_condition_t **out)
{
    if (!out)
        return PF_EINVAL;
    *out = NULL;
    if (opt && opt->lock && opt->rlock)
        return PF_EINVAL;
    if (opt && opt->lock && opt->lock->magic != LOCK_MAGIC)
        return PF_EINVAL;
    if (opt && opt->rlock && opt->rlock->l.magic != RLOCK_MAGIC)
        return PF_EINVAL;
    struct pf_condition *c = object_map(sizeof *c);
    if (!c)
        return PF_ENOMEM;
    int rc = 0;
    if (opt && (opt->lock || opt->rlock)) {
        c->lock = opt->lock;
        c->rlock = opt->rlock;
    } else {
        rc = pf_rlock_new(&c->rlock);
        c->owns_lock = true;
    }
    if (rc < 0) {
        pf__unmap_shared(c, sizeof *c);
        return rc;
    }
    c->magic = COND_MAGIC;
    *out = c;
    return 0;
}

void pf_condition_free(pf_condition_t *cond)
{
    if (!cond || cond->magic != COND_MAGIC)
        return;
    if (cond->owns_lock)
        pf_rlock_free(cond->rlock);
    pf__unmap_shared(cond, sizeof *cond);
}

int pf_condition_acquire(pf_condition_t *cond, double timeout)
{
    if (!cond || cond->magic != COND_MAGIC)
        return PF_EINVAL;
    return cond->lock ? pf_lock_acquire(cond->lock, timeout)
                      : pf_rlock_acquire(cond->rlock, timeout);
}

int pf_condition_release(pf_condition_t *cond)
{
    if (!cond || cond->magic != COND_MAGIC)
        return PF_EINVAL;
    return cond->lock ? pf_lock_release(cond->lock)
                      : pf_rlock_release(cond->rlock);
}

/* How deep the caller holds the condition's lock (0: not at all). */
static int cond_depth(struct pf_condition *c)
{
    return c->lock ? lock_held(c->lock) : rlock_depth(c->rlock);
}

/* Let go of the user's lock completely (depth levels). */
static void cond_release_all(struct pf_condition *c, int depth)
{
    if (c->lock) {
        pthread_mutex_unlock(&c->lock->m);
        return;
    }
    c->rlock->l.count = 0;
    for (int i = 0; i < depth; i++)
        pthread_mutex_unlock(&c->rlock->l.m);
}

/* Take the user's lock back to `depth` levels, without limit (as Python
 * does).  Returns 0, PF_EOWNERDEAD (held), or PF_E* (not held). */
static int cond_reacquire(struct pf_condition *c, int depth)
{
    if (c->lock)
        return mutex_take(&c->lock->m, PF_FOREVER);
    int rc = mutex_take(&c->rlock->l.m, PF_FOREVER);
    if (rc != 0 && rc != PF_EOWNERDEAD)
        return rc;
    for (int i = 1; i < depth; i++)
        pthread_mutex_trylock(&c->rlock->l.m); /* ours: just counts up */
    c->rlock->l.count = depth;
    return rc;
}

/* Wait until notified or the deadline with the user's lock held `depth`
 * deep; the lock is held that deep again on return.  Returns 0,
 * PF_ETIMEDOUT, or PF_EOWNERDEAD (the lock came back from a dead owner). */
static int cond_wait_deadline(struct pf_condition *c, int depth,
                              pf__deadline_t d)
{
    uint32_t seen = pf__wait_prepare(&c->seq);
    __atomic_fetch_add(&c->waiters, 1, __ATOMIC_SEQ_CST);
    cond_release_all(c, depth);
    int rc = pf__wait_sleep(&c->seq, seen, d, true);
    __atomic_fetch_sub(&c->waiters, 1, __ATOMIC_SEQ_CST);
    int lrc = cond_reacquire(c, depth);
    return lrc != 0 ? lrc : rc;
}

int pf_condition_wait(pf_condition_t *cond, double timeout)
{
    if (!cond || cond->magic != COND_MAGIC)
        return PF_EINVAL;
    int depth = cond_depth(cond);
    if (depth == 0)
        return PF_EPERM;
    return cond_wait_deadline(cond, depth, pf__deadline_in(timeout));
}

int pf_condition_wait_for(pf_condition_t *cond, bool (*predicate)(void *),
                          void *arg, double timeout)
{
    if (!cond || cond->magic != COND_MAGIC || !predicate)
        return PF_EINVAL;
    int depth = cond_depth(cond);
    if (depth == 0)
        return PF_EPERM;
    pf__deadline_t d = pf__deadline_in(timeout);
    while (!predicate(arg)) {
        if (pf__deadline_passed(d))
            return PF_ETIMEDOUT;
        int rc = cond_wait_deadline(cond, depth, d);
        if (rc < 0 && rc != PF_ETIMEDOUT && rc != PF_EOWNERDEAD)
            return rc;
    }
    return 0;
}

int pf_condition_notify(pf_condition_t *cond, int n)
{
    if (!cond || cond->magic != COND_MAGIC)
        return PF_EINVAL;
    if (cond_depth(cond) == 0)
        return PF_EPERM;
    if (n > 0 && __atomic_load_n(&cond->waiters, __ATOMIC_SEQ_CST) > 0) {
        if (n == INT_MAX)
            pf__wake(&cond->seq);
        else
            pf__wake_some(&cond->seq, n);
    }
    return 0;
}

int pf_condition_notify_all(pf_condition_t *cond)
{
    return pf_condition_notify(cond, INT_MAX);
}

/* ---- barrier ---- */

/*
 * threading.Barrier's state machine.  FILLING: processes arrive and wait.
 * When the last arrives it runs the action and switches to DRAINING; the
 * released waiters leave, and the last to leave turns it back to FILLING.
 * Arrivals during DRAINING (or RESETTING) wait at the door until then, so
 * rounds never mix.  BROKEN stays until reset.
 */
enum { FILLING = 0, DRAINING = 1, RESETTING = -1, BROKEN = -2 };

struct pf_barrier {
    uint32_t magic;
    int parties;
    int count; /* processes inside wait() (arrived, not yet left) */
    int state;
    int (*action)(void *);
    void *arg;
    pthread_mutex_t m;
    uint32_t seq;
};

int pf_barrier_new(int parties, int (*action)(void *), void *arg,
                   pf_barrier_t **out)
{
    if (!out)
        return PF_EINVAL;
    *out = NULL;
    if (parties < 1)
        return PF_EINVAL;
    struct pf_barrier *b = object_map(sizeof *b);
    if (!b)
        return PF_ENOMEM;
    int rc = guard_init(&b->m);
    if (rc < 0) {
        pf__unmap_shared(b, sizeof *b);
        return rc;
    }
    b->parties = parties;
    b->action = action;
    b->arg = arg;
    b->state = FILLING;
    b->magic = BARRIER_MAGIC;
    *out = b;
    return 0;
}

void pf_barrier_free(pf_barrier_t *b)
{
    if (b && b->magic == BARRIER_MAGIC)
        pf__unmap_shared(b, sizeof *b);
}

/* Break the barrier and wake everyone.  Guard held. */
static void barrier_break(struct pf_barrier *b)
{
    b->state = BROKEN;
    pf__wake(&b->seq);
}

/* One process leaves wait(); the last one out of a finished or reset round
 * opens the door for the next.  Guard held. */
static void barrier_leave(struct pf_barrier *b)
{
    b->count--;
    if (b->count == 0 && (b->state == DRAINING || b->state == RESETTING)) {
        b->state = FILLING;
        pf__wake(&b->seq);
    }
}

int pf_barrier_wait(pf_barrier_t *b, double timeout)
{
    if (!b || b->magic != BARRIER_MAGIC)
        return PF_EINVAL;
    pf__deadline_t d = pf__deadline_in(timeout);
    int rc = guard_lock(&b->m);
    if (rc < 0)
        return rc;
    /* The door: wait for the previous round to drain or reset. */
    while ((b->state == DRAINING || b->state == RESETTING) && rc == 0)
        rc = guard_wait(&b->seq, &b->m, d);
    if (b->state == DRAINING || b->state == RESETTING) {
        pf__mutex_unlock(&b->m);
        return PF_ETIMEDOUT;
    }
    if (b->state == BROKEN) {
        pf__mutex_unlock(&b->m);
        return PF_EBROKEN;
    }
    int index = b->count++;
    if (index + 1 == b->parties) {
        /* Last to arrive: run the action, then release the round. */
        if (b->action && b->action(b->arg) != 0) {
            barrier_break(b);
            rc = PF_EBROKEN;
        } else {
            b->state = DRAINING;
            pf__wake(&b->seq);
            rc = index;
        }
    } else {
        rc = 0;
        while (b->state == FILLING && rc == 0)
            rc = guard_wait(&b->seq, &b->m, d);
        if (b->state == FILLING) { /* timed out: break it for all */
            barrier_break(b);
            rc = PF_ETIMEDOUT;
        } else if (b->state < 0) {
            rc = PF_EBROKEN;
        } else {
            rc = index;
        }
    }
    barrier_leave(b);
    pf__mutex_unlock(&b->m);
    return rc;
}

int pf_barrier_abort(pf_barrier_t *b)
{
    if (!b || b->magic != BARRIER_MAGIC)
        return PF_EINVAL;
    int rc = guard_lock(&b->m);
    if (rc < 0)
        return rc;
    barrier_break(b);
    pf__mutex_unlock(&b->m);
    return 0;
}

int pf_barrier_reset(pf_barrier_t *b)
{
    if (!b || b->magic != BARRIER_MAGIC)
        return PF_EINVAL;
    int rc = guard_lock(&b->m);
    if (rc < 0)
        return rc;
    if (b->count > 0) {
        /* Waiters leave with PF_EBROKEN; the last one out reopens. A
         * draining round is left to finish normally. */
        if (b->state == FILLING || b->state == BROKEN)
            b->state = RESETTING;
    } else {
        b->state = FILLING;
    }
    pf__wake(&b->seq);
    pf__mutex_unlock(&b->m);
    return 0;
}

int pf_barrier_parties(pf_barrier_t *b)
{
    if (!b || b->magic != BARRIER_MAGIC)
        return PF_EINVAL;
    return b->parties;
}

int pf_barrier_n_waiting(pf_barrier_t *b)
{
    if (!b || b->magic != BARRIER_MAGIC)
        return PF_EINVAL;
    int rc = guard_lock(&b->m);
    if (rc < 0)
        return rc;
    int n = b->state == FILLING ? b->count : 0;
    pf__mutex_unlock(&b->m);
    return n;
}

int pf_barrier_broken(pf_barrier_t *b)
{
    if (!b || b->magic != BARRIER_MAGIC)
        return PF_EINVAL;
    int rc = guard_lock(&b->m);
    if (rc < 0)
        return rc;
    int broken = b->state == BROKEN;
    pf__mutex_unlock(&b->m);
    return broken;
}
