/* test_sync.c - lock, rlock, semaphores, event, condition and barrier
 * across forked processes: results, timeouts, owner death, bad input. */
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include "internal.h"
#include "pftest.h"

/* Generous limit for anything that must finish; short one for things that
 * must time out. */
#define LONG_WAIT 30.0
#define SHORT_WAIT 0.05

/* Exit codes children use to say which check failed. */
#define CHECK(cond, code)                                                      \
    do {                                                                       \
        if (!(cond))                                                           \
            return (code);                                                     \
    } while (0)

/* Sleep a little (polling loops in the parent). */
static void nap(void)
{
    usleep(2000);
}

/* A shared area the children of one test write to. */
struct shared {
    pf_lock_t *lock;
    pf_rlock_t *rlock;
    pf_semaphore_t *sem;
    pf_event_t *ev;
    pf_condition_t *cond;
    pf_barrier_t *barrier;
    int counter;
    int max;
    int flag;
    int tokens;
    int woken;
    int actions;
};

static struct shared *shared_new(void)
{
    void *p = NULL;
    PFTEST_OK(pf_shared_alloc(sizeof(struct shared), &p));
    CU_ASSERT_FATAL(p != NULL);
    return p;
}

/* ---- lock ---- */

static int child_lock_busy(void *arg)
{
    struct shared *s = arg;
    CHECK(pf_lock_acquire(s->lock, 0) == PF_ETIMEDOUT, 1);
    CHECK(pf_lock_acquire(s->lock, SHORT_WAIT) == PF_ETIMEDOUT, 2);
    CHECK(pf_lock_release(s->lock) == PF_EPERM, 3); /* not the owner */
    return 0;
}

static int child_lock_take(void *arg)
{
    struct shared *s = arg;
    CHECK(pf_lock_acquire(s->lock, LONG_WAIT) == 0, 1);
    s->counter++;
    CHECK(pf_lock_release(s->lock) == 0, 2);
    return 0;
}

static void test_lock_basic(void)
{
    struct shared *s = shared_new();
    PFTEST_OK(pf_lock_new(&s->lock));
    PFTEST_OK(pf_lock_acquire(s->lock, PF_FOREVER));
    PFTEST_EXPECT(PF_EAGAIN, pf_lock_acquire(s->lock, 0)); /* self */
    CU_ASSERT_EQUAL(pftest_reap(pftest_spawn(child_lock_busy, s)), 0);
    /* A child blocked on the lock gets it once we release. */
    pid_t pid = pftest_spawn(child_lock_take, s);
    usleep(20000);
    PFTEST_OK(pf_lock_release(s->lock));
    CU_ASSERT_EQUAL(pftest_reap(pid), 0);
    CU_ASSERT_EQUAL(s->counter, 1);
    PFTEST_EXPECT(PF_EPERM, pf_lock_release(s->lock)); /* not held */
    PFTEST_OK(pf_lock_acquire(s->lock, 0));
    PFTEST_OK(pf_lock_release(s->lock));
    pf_lock_free(s->lock);
    pf_shared_free(s);
}

static int child_die_holding_lock(void *arg)
{
    struct shared *s = arg;
    if (pf_lock_acquire(s->lock, LONG_WAIT) != 0)
        return 1;
    kill(getpid(), SIGKILL);
    return 2;
}

static int child_die_holding_rlock(void *arg)
{
    struct shared *s = arg;
    for (int i = 0; i < 3; i++)
        if (pf_rlock_acquire(s->rlock, LONG_WAIT) != 0)
            return 1;
    kill(getpid(), SIGKILL);
    return 2;
}

static void test_lock_owner_death(void)
{
    struct shared *s = shared_new();
    PFTEST_OK(pf_lock_new(&s->lock));
    CU_ASSERT_EQUAL(pftest_reap(pftest_spawn(child_die_holding_lock, s)), PFTEST_SIGNALLED + SIGKILL);
    PFTEST_EXPECT(PF_EOWNERDEAD, pf_lock_acquire(s->lock, LONG_WAIT));
    PFTEST_OK(pf_lock_release(s->lock));
    /* Usable again, by us and by a child. */
    PFTEST_OK(pf_lock_acquire(s->lock, 0));
    PFTEST_OK(pf_lock_release(s->lock));
    CU_ASSERT_EQUAL(pftest_reap(pftest_spawn(child_lock_take, s)), 0);
    CU_ASSERT_EQUAL(s->counter, 1);
    pf_lock_free(s->lock);
    pf_shared_free(s);
}

static void test_lock_owner_death_while_waiting(void)
{
    /* The parent is already blocked in acquire when the owner dies. */
    struct shared *s = shared_new();
    PFTEST_OK(pf_lock_new(&s->lock));
    PFTEST_OK(pf_event_new(&s->ev));
    pid_t pid = pf__fork(0);
    if (pid == 0) {
        pf_lock_acquire(s->lock, LONG_WAIT);
        pf_event_set(s->ev);
        pause();
        _exit(1);
    }
    PFTEST_OK(pf_event_wait(s->ev, LONG_WAIT));
    pid_t killer = pf__fork(0);
    if (killer == 0) {
        usleep(50000);
        kill(pid, SIGKILL);
        _exit(0);
    }
    PFTEST_EXPECT(PF_EOWNERDEAD, pf_lock_acquire(s->lock, LONG_WAIT));
    PFTEST_OK(pf_lock_release(s->lock));
    CU_ASSERT_EQUAL(pftest_reap(pid), PFTEST_SIGNALLED + SIGKILL);
    CU_ASSERT_EQUAL(pftest_reap(killer), 0);
    pf_event_free(s->ev);
    pf_lock_free(s->lock);
    pf_shared_free(s);
}

/* ---- rlock ---- */

static int child_rlock_busy(void *arg)
{
    struct shared *s = arg;
    CHECK(pf_rlock_acquire(s->rlock, SHORT_WAIT) == PF_ETIMEDOUT, 1);
    CHECK(pf_rlock_release(s->rlock) == PF_EPERM, 2);
    CHECK(pf_rlock_count(s->rlock) == 0, 3);
    return 0;
}

static void test_rlock(void)
{
    struct shared *s = shared_new();
    PFTEST_OK(pf_rlock_new(&s->rlock));
    CU_ASSERT_EQUAL(pf_rlock_count(s->rlock), 0);
    PFTEST_EXPECT(PF_EPERM, pf_rlock_release(s->rlock));
    for (int i = 1; i <= 3; i++) {
        PFTEST_OK(pf_rlock_acquire(s->rlock, i == 1 ? PF_FOREVER : 0));
        CU_ASSERT_EQUAL(pf_rlock_count(s->rlock), i);
    }
    CU_ASSERT_EQUAL(pftest_reap(pftest_spawn(child_rlock_busy, s)), 0);
    for (int i = 2; i >= 0; i--) {
        PFTEST_OK(pf_rlock_release(s->rlock));
        CU_ASSERT_EQUAL(pf_rlock_count(s->rlock), i);
    }
    PFTEST_EXPECT(PF_EPERM, pf_rlock_release(s->rlock));
    pf_rlock_free(s->rlock);
    pf_shared_free(s);
}

static int child_probe_rlock(void *arg)
{
    struct shared *s = arg;
    CHECK(pf_rlock_count(s->rlock) == 0, 1);
    CHECK(pf_rlock_release(s->rlock) == PF_EPERM, 2);
    return 0;
}

static void test_rlock_owner_death(void)
{
    struct shared *s = shared_new();
    PFTEST_OK(pf_rlock_new(&s->rlock));
    CU_ASSERT_EQUAL(pftest_reap(pftest_spawn(child_die_holding_rlock, s)), PFTEST_SIGNALLED + SIGKILL);
    /* Probing it (count, a wrong release) does not swallow the report. */
    CU_ASSERT_EQUAL(pftest_reap(pftest_spawn(child_probe_rlock, s)), 0);
    CU_ASSERT_EQUAL(pf_rlock_count(s->rlock), 0);
    PFTEST_EXPECT(PF_EOWNERDEAD, pf_rlock_acquire(s->rlock, LONG_WAIT));
    CU_ASSERT_EQUAL(pf_rlock_count(s->rlock), 1); /* not the dead one's 3 */
    PFTEST_OK(pf_rlock_release(s->rlock));
    CU_ASSERT_EQUAL(pf_rlock_count(s->rlock), 0);
    PFTEST_OK(pf_rlock_acquire(s->rlock, 0));
    PFTEST_OK(pf_rlock_release(s->rlock));
    pf_rlock_free(s->rlock);
    pf_shared_free(s);
}

static void *thread_release_rlock(void *arg)
{
    struct shared *s = arg;
    s->flag = pf_rlock_release(s->rlock) == PF_EPERM &&
              pf_rlock_count(s->rlock) == 0 &&
              pf_lock_release(s->lock) == PF_EPERM &&
              pf_lock_acquire(s->lock, 0) == PF_ETIMEDOUT;
    return NULL;
}

static void test_owner_is_a_thread(void)
{
    /* Ownership is per thread, as with pthread mutexes. */
    struct shared *s = shared_new();
    PFTEST_OK(pf_rlock_new(&s->rlock));
    PFTEST_OK(pf_lock_new(&s->lock));
    PFTEST_OK(pf_rlock_acquire(s->rlock, 0));
    PFTEST_OK(pf_lock_acquire(s->lock, 0));
    pthread_t t;
    CU_ASSERT_EQUAL_FATAL(pthread_create(&t, NULL, thread_release_rlock, s), 0);
    pthread_join(t, NULL);
    CU_ASSERT_EQUAL(s->flag, 1);
    CU_ASSERT_EQUAL(pf_rlock_count(s->rlock), 1);
    PFTEST_OK(pf_rlock_release(s->rlock));
    PFTEST_OK(pf_lock_release(s->lock));
    pf_rlock_free(s->rlock);
    pf_lock_free(s->lock);
    pf_shared_free(s);
}

/* ---- semaphore ---- */

static int child_sem_worker(void *arg)
{
    struct shared *s = arg;
    for (int i = 0; i < 20; i++) {
        CHECK(pf_semaphore_acquire(s->sem, LONG_WAIT) == 0, 1);
        CHECK(pf_lock_acquire(s->lock, LONG_WAIT) == 0, 2);
        int now = ++s->counter;
        if (now > s->max)
            s->max = now;
        pf_lock_release(s->lock);
        usleep(500);
        CHECK(pf_lock_acquire(s->lock, LONG_WAIT) == 0, 3);
        s->counter--;
        pf_lock_release(s->lock);
        CHECK(pf_semaphore_release(s->sem) == 0, 4);
    }
    return 0;
}

static void test_semaphore_limits_concurrency(void)
{
    struct shared *s = shared_new();
    PFTEST_OK(pf_lock_new(&s->lock));
    PFTEST_OK(pf_semaphore_new(2, &s->sem));
    CU_ASSERT_EQUAL(pf_semaphore_value(s->sem), 2);
    pid_t pids[5];
    for (int i = 0; i < 5; i++)
        pids[i] = pftest_spawn(child_sem_worker, s);
    for (int i = 0; i < 5; i++)
        CU_ASSERT_EQUAL(pftest_reap(pids[i]), 0);
    CU_ASSERT(s->max >= 1 && s->max <= 2);
    CU_ASSERT_EQUAL(s->counter, 0);
    CU_ASSERT_EQUAL(pf_semaphore_value(s->sem), 2);
    pf_semaphore_free(s->sem);
    pf_lock_free(s->lock);
    pf_shared_free(s);
}

static int child_sem_acquire(void *arg)
{
    struct shared *s = arg;
    CHECK(pf_semaphore_acquire(s->sem, LONG_WAIT) == 0, 1);
    return 0;
}

static void test_semaphore_timeout_and_wakeup(void)
{
    struct shared *s = shared_new();
    PFTEST_OK(pf_semaphore_new(0, &s->sem));
    PFTEST_EXPECT(PF_ETIMEDOUT, pf_semaphore_acquire(s->sem, 0));
    PFTEST_EXPECT(PF_ETIMEDOUT, pf_semaphore_acquire(s->sem, SHORT_WAIT));
    pid_t pid = pftest_spawn(child_sem_acquire, s);
    usleep(20000);
    PFTEST_OK(pf_semaphore_release(s->sem)); /* anyone may release */
    CU_ASSERT_EQUAL(pftest_reap(pid), 0);
    CU_ASSERT_EQUAL(pf_semaphore_value(s->sem), 0);
    /* Unbounded: may go above the start value. */
    PFTEST_OK(pf_semaphore_release(s->sem));
    PFTEST_OK(pf_semaphore_release(s->sem));
    CU_ASSERT_EQUAL(pf_semaphore_value(s->sem), 2);
    pf_semaphore_free(s->sem);
    pf_shared_free(s);
}

static int child_release_bounded(void *arg)
{
    struct shared *s = arg;
    CHECK(pf_semaphore_release(s->sem) == 0, 1);
    CHECK(pf_semaphore_release(s->sem) == PF_ERANGE, 2);
    return 0;
}

static void test_bounded_semaphore(void)
{
    struct shared *s = shared_new();
    PFTEST_OK(pf_bounded_semaphore_new(1, &s->sem));
    PFTEST_EXPECT(PF_ERANGE, pf_semaphore_release(s->sem));
    CU_ASSERT_EQUAL(pf_semaphore_value(s->sem), 1);
    PFTEST_OK(pf_semaphore_acquire(s->sem, 0));
    CU_ASSERT_EQUAL(pftest_reap(pftest_spawn(child_release_bounded, s)), 0);
    CU_ASSERT_EQUAL(pf_semaphore_value(s->sem), 1);
    pf_semaphore_free(s->sem);
    PFTEST_OK(pf_bounded_semaphore_new(0, &s->sem));
    PFTEST_EXPECT(PF_ERANGE, pf_semaphore_release(s->sem));
    pf_semaphore_free(s->sem);
    pf_shared_free(s);
}

/* ---- event ---- */

static int child_event_wait(void *arg)
{
    struct shared *s = arg;
    CHECK(pf_event_wait(s->ev, LONG_WAIT) == 0, 1);
    CHECK(pf_event_is_set(s->ev) == 1, 2);
    return 0;
}

static int child_event_wait_pulse(void *arg)
{
    struct shared *s = arg;
    __atomic_store_n(&s->counter, 1, __ATOMIC_SEQ_CST);
    CHECK(pf_event_wait(s->ev, LONG_WAIT) == 0, 1);
    return 0;
}

static void test_event(void)
{
    struct shared *s = shared_new();
    PFTEST_OK(pf_event_new(&s->ev));
    CU_ASSERT_EQUAL(pf_event_is_set(s->ev), 0);
    PFTEST_EXPECT(PF_ETIMEDOUT, pf_event_wait(s->ev, 0));
    PFTEST_EXPECT(PF_ETIMEDOUT, pf_event_wait(s->ev, SHORT_WAIT));
    pid_t pids[3];
    for (int i = 0; i < 3; i++)
        pids[i] = pftest_spawn(child_event_wait, s);
    usleep(20000);
    PFTEST_OK(pf_event_set(s->ev));
    for (int i = 0; i < 3; i++)
        CU_ASSERT_EQUAL(pftest_reap(pids[i]), 0);
    PFTEST_OK(pf_event_wait(s->ev, 0));
    PFTEST_OK(pf_event_clear(s->ev));
    CU_ASSERT_EQUAL(pf_event_is_set(s->ev), 0);
    PFTEST_EXPECT(PF_ETIMEDOUT, pf_event_wait(s->ev, SHORT_WAIT));
    /* A set undone at once by a clear still wakes a waiter (pulses until
     * the child has seen one; it exits 0 only when its wait returned 0). */
    s->counter = 0;
    pid_t pid = pftest_spawn(child_event_wait_pulse, s);
    while (__atomic_load_n(&s->counter, __ATOMIC_SEQ_CST) == 0)
        nap();
    int status = 0;
    for (int i = 0; i < 10000 && waitpid(pid, &status, WNOHANG) == 0; i++) {
        PFTEST_OK(pf_event_set(s->ev));
        PFTEST_OK(pf_event_clear(s->ev));
        nap();
    }
    CU_ASSERT(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    CU_ASSERT_EQUAL(pf_event_is_set(s->ev), 0);
    pf_event_free(s->ev);
    pf_shared_free(s);
}

/* ---- condition ---- */

static bool tokens_left(void *arg)
{
    return ((struct shared *)arg)->tokens > 0;
}

/* Wait (in a predicate loop) for a token, take it, count the wake-up. */
static int child_cond_consumer(void *arg)
{
    struct shared *s = arg;
    CHECK(pf_condition_acquire(s->cond, LONG_WAIT) == 0, 1);
    s->counter++; /* now waiting */
    CHECK(pf_condition_wait_for(s->cond, tokens_left, s, LONG_WAIT) == 0, 2);
    s->tokens--;
    s->woken++;
    CHECK(pf_condition_release(s->cond) == 0, 3);
    return 0;
}

/* Poll, under the condition's lock, until `*field` reaches `want`. */
static void wait_field(struct shared *s, int *field, int want)
{
    for (int i = 0; i < 10000; i++) {
        PFTEST_OK(pf_condition_acquire(s->cond, LONG_WAIT));
        int v = *field;
        PFTEST_OK(pf_condition_release(s->cond));
        if (v >= want)
            return;
        nap();
    }
    CU_FAIL("field never reached its value");
}

static void test_condition_notify(void)
{
    struct shared *s = shared_new();
    PFTEST_OK(pf_condition_new(NULL, &s->cond));
    pid_t pids[3];
    for (int i = 0; i < 3; i++)
        pids[i] = pftest_spawn(child_cond_consumer, s);
    wait_field(s, &s->counter, 3);
    /* notify(2) with two tokens, then notify(1) with the last. */
    PFTEST_OK(pf_condition_acquire(s->cond, LONG_WAIT));
    s->tokens = 2;
    PFTEST_OK(pf_condition_notify(s->cond, 2));
    PFTEST_OK(pf_condition_release(s->cond));
    wait_field(s, &s->woken, 2);
    PFTEST_OK(pf_condition_acquire(s->cond, LONG_WAIT));
    CU_ASSERT_EQUAL(s->woken, 2);
    s->tokens = 1;
    PFTEST_OK(pf_condition_notify(s->cond, 1));
    PFTEST_OK(pf_condition_release(s->cond));
    for (int i = 0; i < 3; i++)
        CU_ASSERT_EQUAL(pftest_reap(pids[i]), 0);
    CU_ASSERT_EQUAL(s->woken, 3);
    CU_ASSERT_EQUAL(s->tokens, 0);
    pf_condition_free(s->cond);
    pf_shared_free(s);
}

/* Wait on the condition (plain wait, no predicate) until flag is set. */
static int child_cond_waiter(void *arg)
{
    struct shared *s = arg;
    CHECK(pf_condition_acquire(s->cond, LONG_WAIT) == 0, 1);
    s->counter++;
    while (!s->flag) {
        int rc = pf_condition_wait(s->cond, LONG_WAIT);
        CHECK(rc == 0, 2);
    }
    s->woken++;
    CHECK(pf_condition_release(s->cond) == 0, 3);
    return 0;
}

static void test_condition_notify_all(void)
{
    struct shared *s = shared_new();
    PFTEST_OK(pf_lock_new(&s->lock));
    pf_condition_options_t opt = {.lock = s->lock};
    PFTEST_OK(pf_condition_new(&opt, &s->cond));
    pid_t pids[4];
    for (int i = 0; i < 4; i++)
        pids[i] = pftest_spawn(child_cond_waiter, s);
    wait_field(s, &s->counter, 4);
    PFTEST_OK(pf_condition_acquire(s->cond, LONG_WAIT));
    s->flag = 1;
    PFTEST_OK(pf_condition_notify_all(s->cond));
    PFTEST_OK(pf_condition_release(s->cond));
    for (int i = 0; i < 4; i++)
        CU_ASSERT_EQUAL(pftest_reap(pids[i]), 0);
    CU_ASSERT_EQUAL(s->woken, 4);
    pf_condition_free(s->cond);
    pf_lock_free(s->lock);
    pf_shared_free(s);
}

static int child_take_rlock(void *arg)
{
    struct shared *s = arg;
    /* Succeeds only while the parent waits (its rlock fully released). */
    CHECK(pf_rlock_acquire(s->rlock, LONG_WAIT) == 0, 1);
    s->flag = 1;
    CHECK(pf_rlock_release(s->rlock) == 0, 2);
    return 0;
}

static void test_condition_rlock_depth_and_timeout(void)
{
    struct shared *s = shared_new();
    PFTEST_OK(pf_rlock_new(&s->rlock));
    pf_condition_options_t opt = {.rlock = s->rlock};
    PFTEST_OK(pf_condition_new(&opt, &s->cond));
    PFTEST_OK(pf_condition_acquire(s->cond, 0));
    PFTEST_OK(pf_rlock_acquire(s->rlock, 0)); /* depth 2 */
    pid_t pid = pftest_spawn(child_take_rlock, s);
    /* Nobody notifies: times out, with the child getting the lock in the
     * meantime, and the depth is back to 2 afterwards. */
    for (int i = 0; i < 1000 && !s->flag; i++)
        PFTEST_EXPECT(PF_ETIMEDOUT, pf_condition_wait(s->cond, SHORT_WAIT));
    CU_ASSERT_EQUAL(s->flag, 1);
    CU_ASSERT_EQUAL(pf_rlock_count(s->rlock), 2);
    CU_ASSERT_EQUAL(pftest_reap(pid), 0);
    PFTEST_EXPECT(PF_ETIMEDOUT,
                  pf_condition_wait_for(s->cond, tokens_left, s, SHORT_WAIT));
    s->tokens = 1;
    PFTEST_OK(pf_condition_wait_for(s->cond, tokens_left, s, 0));
    PFTEST_OK(pf_rlock_release(s->rlock));
    PFTEST_OK(pf_condition_release(s->cond));
    pf_condition_free(s->cond);
    pf_rlock_free(s->rlock);
    pf_shared_free(s);
}

static int child_cond_not_owner(void *arg)
{
    struct shared *s = arg;
    CHECK(pf_condition_wait(s->cond, 0) == PF_EPERM, 1);
    CHECK(pf_condition_notify(s->cond, 1) == PF_EPERM, 2);
    CHECK(pf_condition_notify_all(s->cond) == PF_EPERM, 3);
    return 0;
}

static void test_condition_without_lock(void)
{
    struct shared *s = shared_new();
    PFTEST_OK(pf_lock_new(&s->lock));
    pf_condition_options_t opt = {.lock = s->lock};
    PFTEST_OK(pf_condition_new(&opt, &s->cond));
    PFTEST_EXPECT(PF_EPERM, pf_condition_wait(s->cond, 0));
    PFTEST_EXPECT(PF_EPERM, pf_condition_notify(s->cond, 1));
    PFTEST_EXPECT(PF_EPERM, pf_condition_notify_all(s->cond));
    PFTEST_EXPECT(PF_EPERM, pf_condition_wait_for(s->cond, tokens_left, s, 0));
    /* Held by the parent: still not the child's. */
    PFTEST_OK(pf_condition_acquire(s->cond, 0));
    CU_ASSERT_EQUAL(pftest_reap(pftest_spawn(child_cond_not_owner, s)), 0);
    PFTEST_OK(pf_condition_notify(s->cond, 1)); /* nobody waits: fine */
    PFTEST_EXPECT(PF_ETIMEDOUT, pf_condition_wait(s->cond, 0));
    PFTEST_OK(pf_condition_release(s->cond));
    /* The lock is free again after the wait gave it back. */
    PFTEST_OK(pf_lock_acquire(s->lock, 0));
    PFTEST_OK(pf_lock_release(s->lock));
    pf_condition_free(s->cond);
    pf_lock_free(s->lock);
    pf_shared_free(s);
}

/* ---- barrier ---- */

static int count_action(void *arg)
{
    __atomic_fetch_add(&((struct shared *)arg)->actions, 1, __ATOMIC_SEQ_CST);
    return 0;
}

/* Three rounds; exit code encodes the three indices (base 4). */
static int child_barrier(void *arg)
{
    struct shared *s = arg;
    int code = 0;
    for (int round = 0; round < 3; round++) {
        int idx = pf_barrier_wait(s->barrier, LONG_WAIT);
        if (idx < 0 || idx > 2)
            return 100;
        code = code * 4 + idx;
    }
    return code;
}

static void test_barrier_of_three(void)
{
    struct shared *s = shared_new();
    PFTEST_OK(pf_barrier_new(3, count_action, s, &s->barrier));
    CU_ASSERT_EQUAL(pf_barrier_parties(s->barrier), 3);
    CU_ASSERT_EQUAL(pf_barrier_n_waiting(s->barrier), 0);
    pid_t pids[3];
    int codes[3];
    for (int i = 0; i < 3; i++)
        pids[i] = pftest_spawn(child_barrier, s);
    for (int i = 0; i < 3; i++)
        codes[i] = pftest_reap(pids[i]);
    /* In every round the indices are a permutation of 0, 1, 2. */
    for (int round = 0; round < 3; round++) {
        int seen = 0;
        for (int i = 0; i < 3; i++) {
            CU_ASSERT(codes[i] < 64);
            int shift = 2 * (2 - round);
            seen |= 1 << ((codes[i] >> shift) & 3);
        }
        CU_ASSERT_EQUAL(seen, 7);
    }
    CU_ASSERT_EQUAL(s->actions, 3); /* once per round */
    CU_ASSERT_EQUAL(pf_barrier_broken(s->barrier), 0);
    pf_barrier_free(s->barrier);
    pf_shared_free(s);
}

static int child_barrier_expect_broken(void *arg)
{
    struct shared *s = arg;
    __atomic_fetch_add(&s->counter, 1, __ATOMIC_SEQ_CST);
    CHECK(pf_barrier_wait(s->barrier, LONG_WAIT) == PF_EBROKEN, 1);
    return 0;
}

static void test_barrier_timeout_breaks_it(void)
{
    struct shared *s = shared_new();
    PFTEST_OK(pf_barrier_new(3, NULL, NULL, &s->barrier));
    pid_t pid = pftest_spawn(child_barrier_expect_broken, s);
    /* Let the child get in first (it gets PF_EBROKEN either way). */
    for (int i = 0; i < 5000 && pf_barrier_n_waiting(s->barrier) < 1; i++)
        nap();
    PFTEST_EXPECT(PF_ETIMEDOUT, pf_barrier_wait(s->barrier, 0.1));
    CU_ASSERT_EQUAL(pftest_reap(pid), 0);
    CU_ASSERT_EQUAL(pf_barrier_broken(s->barrier), 1);
    PFTEST_EXPECT(PF_EBROKEN, pf_barrier_wait(s->barrier, LONG_WAIT));
    /* Reset makes it whole: a full round works again. */
    PFTEST_OK(pf_barrier_reset(s->barrier));
    CU_ASSERT_EQUAL(pf_barrier_broken(s->barrier), 0);
    pid_t pids[2];
    for (int i = 0; i < 2; i++)
        pids[i] = pftest_spawn(child_barrier, s);
    for (int round = 0; round < 3; round++) {
        int idx = pf_barrier_wait(s->barrier, LONG_WAIT);
        CU_ASSERT(idx >= 0 && idx <= 2);
    }
    for (int i = 0; i < 2; i++)
        CU_ASSERT(pftest_reap(pids[i]) < 64);
    pf_barrier_free(s->barrier);
    pf_shared_free(s);
}

static void test_barrier_abort_and_reset(void)
{
    struct shared *s = shared_new();
    PFTEST_OK(pf_barrier_new(3, NULL, NULL, &s->barrier));
    pid_t pids[2];
    for (int i = 0; i < 2; i++)
        pids[i] = pftest_spawn(child_barrier_expect_broken, s);
    for (int i = 0; i < 5000 && pf_barrier_n_waiting(s->barrier) < 2; i++)
        nap();
    CU_ASSERT_EQUAL(pf_barrier_n_waiting(s->barrier), 2);
    PFTEST_OK(pf_barrier_abort(s->barrier));
    for (int i = 0; i < 2; i++)
        CU_ASSERT_EQUAL(pftest_reap(pids[i]), 0);
    CU_ASSERT_EQUAL(pf_barrier_broken(s->barrier), 1);
    CU_ASSERT_EQUAL(pf_barrier_n_waiting(s->barrier), 0);
    PFTEST_OK(pf_barrier_reset(s->barrier));
    /* Reset with waiters inside: they get PF_EBROKEN, the barrier is not
     * left broken. */
    for (int i = 0; i < 2; i++)
        pids[i] = pftest_spawn(child_barrier_expect_broken, s);
    for (int i = 0; i < 5000 && pf_barrier_n_waiting(s->barrier) < 2; i++)
        nap();
    PFTEST_OK(pf_barrier_reset(s->barrier));
    for (int i = 0; i < 2; i++)
        CU_ASSERT_EQUAL(pftest_reap(pids[i]), 0);
    CU_ASSERT_EQUAL(pf_barrier_broken(s->barrier), 0);
    pf_barrier_free(s->barrier);
    /* One party: never waits; a failing action breaks it. */
    PFTEST_OK(pf_barrier_new(1, NULL, NULL, &s->barrier));
    PFTEST_EXPECT(0, pf_barrier_wait(s->barrier, 0));
    pf_barrier_free(s->barrier);
    pf_shared_free(s);
}

static int failing_action(void *arg)
{
    (void)arg;
    return -1;
}

static void test_barrier_failing_action(void)
{
    pf_barrier_t *b;
    PFTEST_OK(pf_barrier_new(1, failing_action, NULL, &b));
    PFTEST_EXPECT(PF_EBROKEN, pf_barrier_wait(b, 0));
    CU_ASSERT_EQUAL(pf_barrier_broken(b), 1);
    pf_barrier_free(b);
}

/* ---- a waiter killed while asleep leaves nothing behind ---- */

static int child_sleep_on_everything(void *arg)
{
    struct shared *s = arg;
    /* Waits on the semaphore, then the event, then the condition; it is
     * killed somewhere in there. */
    __atomic_store_n(&s->flag, 1, __ATOMIC_SEQ_CST);
    pf_semaphore_acquire(s->sem, LONG_WAIT);
    pf_event_wait(s->ev, LONG_WAIT);
    pf_condition_acquire(s->cond, LONG_WAIT);
    s->counter++;
    pf_condition_wait(s->cond, LONG_WAIT);
    return 1;
}

static int child_wait_all_three(void *arg)
{
    struct shared *s = arg;
    CHECK(pf_semaphore_acquire(s->sem, LONG_WAIT) == 0, 1);
    CHECK(pf_event_wait(s->ev, LONG_WAIT) == 0, 2);
    CHECK(pf_condition_acquire(s->cond, LONG_WAIT) == 0, 3);
    s->counter++;
    while (!s->tokens)
        CHECK(pf_condition_wait(s->cond, LONG_WAIT) == 0, 4);
    CHECK(pf_condition_release(s->cond) == 0, 5);
    return 0;
}

/* Kill a child once it has been asleep a moment. */
static void kill_sleeper(pid_t pid)
{
    usleep(50000);
    kill(pid, SIGKILL);
    CU_ASSERT_EQUAL(pftest_reap(pid), PFTEST_SIGNALLED + SIGKILL);
}

static void test_killed_waiters_do_not_block_wakeups(void)
{
    /* With glibc's condition variables, a release/set/notify after a
     * waiter was killed could block forever; the alarm turns such a hang
     * into a failure. */
    alarm(120);
    struct shared *s = shared_new();
    PFTEST_OK(pf_semaphore_new(0, &s->sem));
    PFTEST_OK(pf_event_new(&s->ev));
    PFTEST_OK(pf_condition_new(NULL, &s->cond));
    /* Semaphore: several sleepers killed, then wake-ups still work. */
    for (int i = 0; i < 3; i++) {
        pid_t dead = pftest_spawn(child_sleep_on_everything, s);
        kill_sleeper(dead);
        PFTEST_OK(pf_semaphore_release(s->sem));
        PFTEST_OK(pf_semaphore_acquire(s->sem, LONG_WAIT));
    }
    /* Event and condition: one sleeper each, killed. */
    pid_t dead = pftest_spawn(child_sleep_on_everything, s);
    usleep(20000);
    PFTEST_OK(pf_semaphore_release(s->sem));
    kill_sleeper(dead); /* asleep in the event wait */
    PFTEST_OK(pf_event_set(s->ev));
    PFTEST_OK(pf_event_clear(s->ev));
    dead = pftest_spawn(child_sleep_on_everything, s);
    PFTEST_OK(pf_semaphore_release(s->sem));
    PFTEST_OK(pf_event_set(s->ev));
    wait_field(s, &s->counter, 1); /* it is in the condition wait */
    kill_sleeper(dead);
    PFTEST_OK(pf_condition_acquire(s->cond, LONG_WAIT));
    PFTEST_OK(pf_condition_notify(s->cond, 1));
    PFTEST_OK(pf_condition_release(s->cond));
    PFTEST_OK(pf_event_clear(s->ev));
    /* A live process now goes through all three. */
    pid_t live = pftest_spawn(child_wait_all_three, s);
    usleep(20000);
    PFTEST_OK(pf_semaphore_release(s->sem));
    usleep(20000);
    PFTEST_OK(pf_event_set(s->ev));
    wait_field(s, &s->counter, 2);
    PFTEST_OK(pf_condition_acquire(s->cond, LONG_WAIT));
    s->tokens = 1;
    PFTEST_OK(pf_condition_notify(s->cond, 1));
    PFTEST_OK(pf_condition_release(s->cond));
    CU_ASSERT_EQUAL(pftest_reap(live), 0);
    alarm(0);
    pf_condition_free(s->cond);
    pf_event_free(s->ev);
    pf_semaphore_free(s->sem);
    pf_shared_free(s);
}

/* ---- bad arguments ---- */

static bool never(void *arg)
{
    (void)arg;
    return false;
}

static void test_bad_arguments(void)
{
    PFTEST_EXPECT(PF_EINVAL, pf_lock_new(NULL));
    PFTEST_EXPECT(PF_EINVAL, pf_lock_acquire(NULL, 0));
    PFTEST_EXPECT(PF_EINVAL, pf_lock_release(NULL));
    PFTEST_EXPECT(PF_EINVAL, pf_rlock_new(NULL));
    PFTEST_EXPECT(PF_EINVAL, pf_rlock_acquire(NULL, 0));
    PFTEST_EXPECT(PF_EINVAL, pf_rlock_release(NULL));
    PFTEST_EXPECT(PF_EINVAL, pf_rlock_count(NULL));
    pf_semaphore_t *sem = (pf_semaphore_t *)1;
    PFTEST_EXPECT(PF_EINVAL, pf_semaphore_new(-1, &sem));
    CU_ASSERT_PTR_NULL(sem);
    PFTEST_EXPECT(PF_EINVAL, pf_bounded_semaphore_new(-5, &sem));
    PFTEST_EXPECT(PF_EINVAL, pf_semaphore_new(1, NULL));
    PFTEST_EXPECT(PF_EINVAL, pf_semaphore_acquire(NULL, 0));
    PFTEST_EXPECT(PF_EINVAL, pf_semaphore_release(NULL));
    PFTEST_EXPECT(PF_EINVAL, pf_semaphore_value(NULL));
    PFTEST_EXPECT(PF_EINVAL, pf_event_new(NULL));
    PFTEST_EXPECT(PF_EINVAL, pf_event_set(NULL));
    PFTEST_EXPECT(PF_EINVAL, pf_event_clear(NULL));
    PFTEST_EXPECT(PF_EINVAL, pf_event_is_set(NULL));
    PFTEST_EXPECT(PF_EINVAL, pf_event_wait(NULL, 0));
    PFTEST_EXPECT(PF_EINVAL, pf_condition_new(NULL, NULL));
    PFTEST_EXPECT(PF_EINVAL, pf_condition_wait(NULL, 0));
    PFTEST_EXPECT(PF_EINVAL, pf_condition_notify(NULL, 1));
    PFTEST_EXPECT(PF_EINVAL, pf_condition_notify_all(NULL));
    PFTEST_EXPECT(PF_EINVAL, pf_condition_acquire(NULL, 0));
    PFTEST_EXPECT(PF_EINVAL, pf_condition_release(NULL));
    PFTEST_EXPECT(PF_EINVAL, pf_condition_wait_for(NULL, never, NULL, 0));
    pf_lock_t *lock;
    pf_rlock_t *rlock;
    pf_condition_t *cond;
    PFTEST_OK(pf_lock_new(&lock));
    PFTEST_OK(pf_rlock_new(&rlock));
    pf_condition_options_t both = {.lock = lock, .rlock = rlock};
    PFTEST_EXPECT(PF_EINVAL, pf_condition_new(&both, &cond));
    PFTEST_OK(pf_condition_new(NULL, &cond));
    PFTEST_EXPECT(PF_EINVAL, pf_condition_wait_for(cond, NULL, NULL, 0));
    pf_condition_free(cond);
    /* A lock passed where an rlock is expected is refused, not used. */
    PFTEST_EXPECT(PF_EINVAL, pf_rlock_acquire((pf_rlock_t *)lock, 0));
    PFTEST_EXPECT(PF_EINVAL, pf_lock_acquire((pf_lock_t *)rlock, 0));
    pf_lock_free(lock);
    pf_rlock_free(rlock);
    pf_barrier_t *b;
    PFTEST_EXPECT(PF_EINVAL, pf_barrier_new(0, NULL, NULL, &b));
    PFTEST_EXPECT(PF_EINVAL, pf_barrier_new(-3, NULL, NULL, &b));
    PFTEST_EXPECT(PF_EINVAL, pf_barrier_new(2, NULL, NULL, NULL));
    PFTEST_EXPECT(PF_EINVAL, pf_barrier_wait(NULL, 0));
    PFTEST_EXPECT(PF_EINVAL, pf_barrier_abort(NULL));
    PFTEST_EXPECT(PF_EINVAL, pf_barrier_reset(NULL));
    PFTEST_EXPECT(PF_EINVAL, pf_barrier_parties(NULL));
    PFTEST_EXPECT(PF_EINVAL, pf_barrier_n_waiting(NULL));
    PFTEST_EXPECT(PF_EINVAL, pf_barrier_broken(NULL));
    /* Frees are NULL-safe. */
    pf_lock_free(NULL);
    pf_rlock_free(NULL);
    pf_semaphore_free(NULL);
    pf_event_free(NULL);
    pf_condition_free(NULL);
    pf_barrier_free(NULL);
}

void pftest_main(void)
{
    pftest_suite("lock");
    pftest_add("acquire, poll, timeout, non-owner release", test_lock_basic);
    pftest_add("owner SIGKILLed: PF_EOWNERDEAD, usable again",
               test_lock_owner_death);
    pftest_add("owner dies while we wait", test_lock_owner_death_while_waiting);
    pftest_suite("rlock");
    pftest_add("recursion, count, non-owner", test_rlock);
    pftest_add("owner SIGKILLed: PF_EOWNERDEAD, depth 1",
               test_rlock_owner_death);
    pftest_add("a lock held by one thread is not another's",
               test_owner_is_a_thread);
    pftest_suite("semaphore");
    pftest_add("limits concurrency (5 processes, value 2)",
               test_semaphore_limits_concurrency);
    pftest_add("timeout and wake-up across processes",
               test_semaphore_timeout_and_wakeup);
    pftest_add("bounded: over-release is PF_ERANGE", test_bounded_semaphore);
    pftest_suite("event");
    pftest_add("wait timeout, set wakes 3 processes, clear", test_event);
    pftest_suite("condition");
    pftest_add("notify(n) across processes", test_condition_notify);
    pftest_add("notify_all across processes (given lock)",
               test_condition_notify_all);
    pftest_add("rlock released fully while waiting; timeout; wait_for",
               test_condition_rlock_depth_and_timeout);
    pftest_add("without holding the lock: PF_EPERM",
               test_condition_without_lock);
    pftest_suite("barrier");
    pftest_add("barrier of 3 releases all three, 3 rounds",
               test_barrier_of_three);
    pftest_add("a timed-out wait breaks it for the others",
               test_barrier_timeout_breaks_it);
    pftest_add("abort, reset, n_waiting", test_barrier_abort_and_reset);
    pftest_add("failing action breaks it", test_barrier_failing_action);
    pftest_suite("killed waiters");
    pftest_add("semaphore, event, condition still wake after a waiter "
               "was SIGKILLed",
               test_killed_waiters_do_not_block_wakeups);
    pftest_suite("arguments");
    pftest_add("NULL, negative value, zero parties", test_bad_arguments);
}
