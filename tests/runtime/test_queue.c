/* test_queue.c - pf_queue across processes: delivery, bounds, timeouts,
 * close, joinable queues, killed processes and bad arguments. */
#include <signal.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "internal.h"
#include "pftest.h"
#include "queue_internal.h"

#define LONG_WAIT 30.0 /* seconds: for things that must happen */
/* Streaming happens in bounded queues (an unbounded one grows its ring
 * instead); this bound is never reached. */
#define STREAMING 1000

/* ---- helpers ---- */

static void sleep_s(double s)
{
    struct timespec ts = {(time_t)s, (long)((s - (time_t)s) * 1e9)};
    nanosleep(&ts, NULL);
}

static double now_s(void)
{
    return (double)pf__now_ns() * 1e-9;
}

/* Poll until cond(q) holds (true) or LONG_WAIT passes (false). */
static bool eventually(bool (*cond)(pf_queue_t *), pf_queue_t *q)
{
    double stop = now_s() + LONG_WAIT;
    while (!cond(q)) {
        if (now_s() > stop)
            return false;
        sleep_s(0.001);
    }
    return true;
}

/* The ring is nearly full: a streaming producer waits for space. */
static bool ring_nearly_full(pf_queue_t *q)
{
    return pf__queue_ring_used(q) >= 4096;
}

/* A consumer has taken everything and waits for the rest of a message. */
static bool reader_waits_inside(pf_queue_t *q)
{
    return pf__queue_ring_used(q) == 0 && pf__queue_receiving(q) > 0;
}

static bool nothing_received(pf_queue_t *q)
{
    return pf__queue_ring_used(q) == 0 && pf__queue_receiving(q) == 0;
}

static pf_queue_t *new_queue(long maxsize, int joinable, size_t buffer)
{
    pf_queue_options_t o = {maxsize, joinable, buffer};
    pf_queue_t *q = NULL;
    PFTEST_OK(pf_queue_new(&o, &q));
    CU_ASSERT_PTR_NOT_NULL_FATAL(q);
    return q;
}

static int put_str(pf_queue_t *q, const char *s, double timeout)
{
    return pf_queue_put(q, s, strlen(s), timeout);
}

/* Get a message as a string into buf (64 bytes). */
static int get_str(pf_queue_t *q, char *buf, double timeout)
{
    size_t len = 0;
    int rc = pf_queue_get(q, buf, 63, &len, timeout);
    buf[rc == 0 ? len : 0] = '\0';
    return rc;
}

/* Deterministic contents for a message: byte i of message `seed`. */
static unsigned char pattern(uint64_t seed, size_t i)
{
    return (unsigned char)(seed * 2654435761u + i * 31 + (i >> 8));
}

/* ---- one process ---- */

static void test_bad_arguments(void)
{
    pf_queue_t *q = NULL;
    char buf[8];
    void *m;
    size_t len;
    PFTEST_EXPECT(PF_EINVAL, pf_queue_new(NULL, NULL));
    pf_queue_options_t neg = {-1, 0, 0};
    PFTEST_EXPECT(PF_EINVAL, pf_queue_new(&neg, &q));
    CU_ASSERT_PTR_NULL(q);
    pf_queue_options_t huge = {0, 0, (size_t)1 << 40};
    PFTEST_EXPECT(PF_EINVAL, pf_queue_new(&huge, &q));
    PFTEST_EXPECT(PF_EINVAL, pf_queue_put(NULL, "x", 1, 0));
    PFTEST_EXPECT(PF_EINVAL, pf_queue_get(NULL, buf, 8, &len, 0));
    PFTEST_EXPECT(PF_EINVAL, pf_queue_get_alloc(NULL, &m, &len, 0));
    PFTEST_EXPECT(PF_EINVAL, pf_queue_qsize(NULL));
    PFTEST_EXPECT(PF_EINVAL, pf_queue_empty(NULL));
    PFTEST_EXPECT(PF_EINVAL, pf_queue_full(NULL));
    PFTEST_EXPECT(PF_EINVAL, pf_queue_close(NULL));
    PFTEST_EXPECT(PF_EINVAL, pf_queue_closed(NULL));
    PFTEST_EXPECT(PF_EINVAL, pf_queue_task_done(NULL));
    PFTEST_EXPECT(PF_EINVAL, pf_queue_join(NULL, 0));
    pf_queue_free(NULL);

    PFTEST_OK(pf_queue_new(NULL, &q));
    PFTEST_EXPECT(PF_EINVAL, pf_queue_put(q, NULL, 1, 0));
    PFTEST_EXPECT(PF_EINVAL, pf_queue_get(q, NULL, 1, &len, 0));
    PFTEST_EXPECT(PF_EINVAL, pf_queue_get_alloc(q, NULL, &len, 0));
    /* A NULL buffer of size 0 is fine, and so is a 0-byte message. */
    PFTEST_OK(pf_queue_put(q, NULL, 0, 0));
    len = 99;
    PFTEST_OK(pf_queue_get(q, NULL, 0, &len, 0));
    CU_ASSERT_EQUAL(len, 0);
    /* Not joinable. */
    PFTEST_EXPECT(PF_ENOTSUP, pf_queue_task_done(q));
    PFTEST_EXPECT(PF_ENOTSUP, pf_queue_join(q, 0));
    pf_queue_free(q);
}

static void test_fifo_sizes_and_state(void)
{
    pf_queue_t *q = new_queue(0, 0, 0);
    CU_ASSERT_EQUAL(pf_queue_qsize(q), 0);
    CU_ASSERT_EQUAL(pf_queue_empty(q), 1);
    CU_ASSERT_EQUAL(pf_queue_full(q), 0);
    CU_ASSERT_EQUAL(pf_queue_closed(q), 0);
    static unsigned char msg[20000], got[20000];
    size_t sizes[] = {0, 1, 7, 8, 9, 100, 4096, 20000};
    size_t n = sizeof sizes / sizeof sizes[0];
    for (size_t k = 0; k < n; k++) {
        for (size_t i = 0; i < sizes[k]; i++)
            msg[i] = pattern(k, i);
        PFTEST_OK(pf_queue_put(q, msg, sizes[k], 0));
    }
    CU_ASSERT_EQUAL(pf_queue_qsize(q), (long)n);
    CU_ASSERT_EQUAL(pf_queue_empty(q), 0);
    for (size_t k = 0; k < n; k++) {
        size_t len = 12345;
        if (k % 2) {
            PFTEST_OK(pf_queue_get(q, got, sizeof got, &len, 0));
        } else {
            void *m = NULL;
            PFTEST_OK(pf_queue_get_alloc(q, &m, &len, 0));
            CU_ASSERT_PTR_NOT_NULL(m);
            if (m)
                memcpy(got, m, len);
            free(m);
        }
        CU_ASSERT_EQUAL(len, sizes[k]);
        size_t bad = 0;
        for (size_t i = 0; i < len; i++)
            bad += got[i] != pattern(k, i);
        CU_ASSERT_EQUAL(bad, 0);
    }
    CU_ASSERT_EQUAL(pf_queue_qsize(q), 0);
    pf_queue_free(q);
}

static void test_buffer_too_small_keeps_message(void)
{
    pf_queue_t *q = new_queue(0, 0, 0);
    char big[100], small[10];
    memset(big, 'z', sizeof big);
    PFTEST_OK(pf_queue_put(q, big, sizeof big, 0));
    size_t len = 0;
    PFTEST_EXPECT(PF_ENOSPC, pf_queue_get(q, small, sizeof small, &len, 0));
    CU_ASSERT_EQUAL(len, sizeof big);
    CU_ASSERT_EQUAL(pf_queue_qsize(q), 1);
    memset(big, 0, sizeof big);
    PFTEST_OK(pf_queue_get(q, big, sizeof big, &len, 0));
    CU_ASSERT_EQUAL(len, sizeof big);
    CU_ASSERT_EQUAL(big[0], 'z');
    CU_ASSERT_EQUAL(big[99], 'z');
    pf_queue_free(q);
}

static void test_get_timeout_on_empty(void)
{
    pf_queue_t *q = new_queue(0, 0, 0);
    char buf[64];
    PFTEST_EXPECT(PF_EEMPTY, get_str(q, buf, 0));
    double t0 = now_s();
    PFTEST_EXPECT(PF_EEMPTY, get_str(q, buf, 0.2));
    CU_ASSERT(now_s() - t0 >= 0.19);
    void *m = (void *)1;
    PFTEST_EXPECT(PF_EEMPTY, pf_queue_get_alloc(q, &m, NULL, 0.05));
    CU_ASSERT_PTR_NULL(m);
    pf_queue_free(q);
}

/* ---- across processes ---- */

struct pingpong {
    pf_queue_t *to_child, *to_parent;
    int rounds;
};

static int pingpong_child(void *arg)
{
    struct pingpong *p = arg;
    char buf[64];
    for (int i = 0; i < p->rounds; i++) {
        if (put_str(p->to_parent, "Ping", LONG_WAIT) != 0)
            return 1;
        if (get_str(p->to_child, buf, LONG_WAIT) != 0 ||
            strcmp(buf, "Pong") != 0)
            return 2;
    }
    return 0;
}

/* The seeds' ping-pong: the child sends Ping, the parent answers Pong. */
static void test_ping_pong(void)
{
    struct pingpong p = {new_queue(0, 0, 0), new_queue(0, 0, 0), 2000};
    pid_t pid = pftest_spawn(pingpong_child, &p);
    char buf[64];
    int bad = 0;
    for (int i = 0; i < p.rounds; i++) {
        if (get_str(p.to_parent, buf, LONG_WAIT) != 0 ||
            strcmp(buf, "Ping") != 0)
            bad++;
        if (put_str(p.to_child, "Pong", LONG_WAIT) != 0)
            bad++;
    }
    CU_ASSERT_EQUAL(bad, 0);
    CU_ASSERT_EQUAL(pftest_reap(pid), 0);
    pf_queue_free(p.to_child);
    pf_queue_free(p.to_parent);
}

struct task {
    int a, b;
};

struct workers {
    pf_queue_t *tasks, *results;
};

/* A seeds' Consumer: take tasks until the poison pill (an empty message),
 * put a*b for each. */
static int poison_consumer(void *arg)
{
    struct workers *w = arg;
    for (;;) {
        struct task t;
        size_t len;
        if (pf_queue_get(w->tasks, &t, sizeof t, &len, LONG_WAIT) != 0)
            return 1;
        if (len == 0)
            return 0;
        long answer = (long)t.a * t.b;
        if (pf_queue_put(w->results, &answer, sizeof answer, LONG_WAIT) != 0)
            return 2;
    }
}

static void test_poison_pill_consumers(void)
{
    struct workers w = {new_queue(0, 0, 0), new_queue(0, 0, 0)};
    enum { CONSUMERS = 4, JOBS = 10 };
    pid_t pids[CONSUMERS];
    for (int i = 0; i < CONSUMERS; i++)
        pids[i] = pftest_spawn(poison_consumer, &w);
    for (int i = 0; i < JOBS; i++) {
        struct task t = {i, i};
        PFTEST_OK(pf_queue_put(w.tasks, &t, sizeof t, LONG_WAIT));
    }
    for (int i = 0; i < CONSUMERS; i++)
        PFTEST_OK(pf_queue_put(w.tasks, NULL, 0, LONG_WAIT));
    long sum = 0;
    for (int i = 0; i < JOBS; i++) {
        long r = 0;
        PFTEST_OK(pf_queue_get(w.results, &r, sizeof r, NULL, LONG_WAIT));
        sum += r;
    }
    CU_ASSERT_EQUAL(sum, 285); /* 0 + 1 + 4 + ... + 81 */
    for (int i = 0; i < CONSUMERS; i++)
        CU_ASSERT_EQUAL(pftest_reap(pids[i]), 0);
    CU_ASSERT_EQUAL(pf_queue_qsize(w.tasks), 0);
    pf_queue_free(w.tasks);
    pf_queue_free(w.results);
}

static pf_queue_t *child_queue;

static int get_one_after_delay(void *arg)
{
    PF__UNUSED(arg);
    char buf[64];
    sleep_s(0.3);
    if (get_str(child_queue, buf, LONG_WAIT) != 0)
        return 1;
    return strcmp(buf, "a") == 0 ? 0 : 2;
}

static void test_bounded_put_blocks_until_get(void)
{
    pf_queue_t *q = child_queue = new_queue(2, 0, 0);
    PFTEST_OK(put_str(q, "a", 0));
    CU_ASSERT_EQUAL(pf_queue_full(q), 0);
    PFTEST_OK(put_str(q, "b", 0));
    CU_ASSERT_EQUAL(pf_queue_qsize(q), 2);
    CU_ASSERT_EQUAL(pf_queue_full(q), 1);
    PFTEST_EXPECT(PF_EFULL, put_str(q, "c", 0));
    double t0 = now_s();
    PFTEST_EXPECT(PF_EFULL, put_str(q, "c", 0.2));
    CU_ASSERT(now_s() - t0 >= 0.19);
    /* A consumer takes one after a while: the blocked put proceeds. */
    pid_t pid = pftest_spawn(get_one_after_delay, NULL);
    t0 = now_s();
    PFTEST_OK(put_str(q, "c", LONG_WAIT));
    CU_ASSERT(now_s() - t0 >= 0.1);
    CU_ASSERT_EQUAL(pftest_reap(pid), 0);
    char buf[64];
    PFTEST_OK(get_str(q, buf, 0));
    CU_ASSERT_STRING_EQUAL(buf, "b");
    PFTEST_OK(get_str(q, buf, 0));
    CU_ASSERT_STRING_EQUAL(buf, "c");
    CU_ASSERT_EQUAL(pf_queue_empty(q), 1);
    pf_queue_free(q);
}

/* A big message through a small ring in a bounded queue. */
static int big_consumer(void *arg)
{
    size_t want = *(size_t *)arg;
    void *m = NULL;
    size_t len = 0;
    if (pf_queue_get_alloc(child_queue, &m, &len, LONG_WAIT) != 0)
        return 1;
    int bad = len != want;
    for (size_t i = 0; !bad && i < len; i++)
        bad = ((unsigned char *)m)[i] != pattern(7, i);
    free(m);
    return bad ? 2 : 0;
}

static void test_big_message_streams_through_small_ring(void)
{
    size_t size = 3 * 1024 * 1024 + 5;
    unsigned char *msg = malloc(size);
    CU_ASSERT_PTR_NOT_NULL_FATAL(msg);
    for (size_t i = 0; i < size; i++)
        msg[i] = pattern(7, i);
    child_queue = new_queue(1, 0, 4096);
    pid_t pid = pftest_spawn(big_consumer, &size);
    PFTEST_OK(pf_queue_put(child_queue, msg, size, LONG_WAIT));
    CU_ASSERT_EQUAL(pftest_reap(pid), 0);
    /* With no consumer the same put times out; the part already in the
     * ring is dropped by the next get (even one whose buffer is too small
     * for the whole message), and the queue stays usable. */
    PFTEST_EXPECT(PF_EFULL, pf_queue_put(child_queue, msg, size, 0.1));
    CU_ASSERT_EQUAL(pf_queue_qsize(child_queue), 0);
    char buf[64];
    PFTEST_EXPECT(PF_EEMPTY, get_str(child_queue, buf, 0));
    PFTEST_OK(put_str(child_queue, "after", 0));
    PFTEST_OK(get_str(child_queue, buf, 0));
    CU_ASSERT_STRING_EQUAL(buf, "after");
    pf_queue_free(child_queue);
    free(msg);
}

static int put_patterned(void *arg)
{
    size_t size = *(size_t *)arg;
    unsigned char *m = malloc(size);
    if (!m)
        return 1;
    for (size_t i = 0; i < size; i++)
        m[i] = pattern(9, i);
    int rc = pf_queue_put(child_queue, m, size, LONG_WAIT);
    free(m);
    return rc == 0 ? 0 : 2;
}

/* 64 MiB from a child through the default 256 KiB ring of a bounded
 * queue, into the caller's buffer. */
static void test_64_mib_message(void)
{
    size_t size = (size_t)64 << 20;
    unsigned char *buf = malloc(size);
    CU_ASSERT_PTR_NOT_NULL_FATAL(buf);
    child_queue = new_queue(STREAMING, 0, 0);
    pid_t pid = pftest_spawn(put_patterned, &size);
    size_t len = 0;
    PFTEST_OK(pf_queue_get(child_queue, buf, size, &len, LONG_WAIT));
    CU_ASSERT_EQUAL(len, size);
    size_t bad = 0;
    for (size_t i = 0; i < len; i++)
        bad += buf[i] != pattern(9, i);
    CU_ASSERT_EQUAL(bad, 0);
    CU_ASSERT_EQUAL(pftest_reap(pid), 0);
    pf_queue_free(child_queue);
    free(buf);
}

static int expect_eof(void *arg)
{
    PF__UNUSED(arg);
    char buf[64];
    return get_str(child_queue, buf, PF_FOREVER) == PF_EOF ? 0 : 1;
}

static int expect_closed_put(void *arg)
{
    PF__UNUSED(arg);
    return put_str(child_queue, "x", PF_FOREVER) == PF_ECLOSED ? 0 : 1;
}

static void test_close_semantics(void)
{
    /* Consumers blocked on an empty queue wake with PF_EOF. */
    pf_queue_t *q = child_queue = new_queue(0, 0, 0);
    pid_t a = pftest_spawn(expect_eof, NULL),
          b = pftest_spawn(expect_eof, NULL);
    sleep_s(0.2);
    PFTEST_OK(pf_queue_close(q));
    PFTEST_OK(pf_queue_close(q));
    CU_ASSERT_EQUAL(pf_queue_closed(q), 1);
    CU_ASSERT_EQUAL(pftest_reap(a), 0);
    CU_ASSERT_EQUAL(pftest_reap(b), 0);
    pf_queue_free(q);

    /* What was put before close is drained, then PF_EOF at once. */
    q = new_queue(0, 0, 0);
    PFTEST_OK(put_str(q, "one", 0));
    PFTEST_OK(put_str(q, "two", 0));
    PFTEST_OK(pf_queue_close(q));
    PFTEST_EXPECT(PF_ECLOSED, put_str(q, "three", 0));
    char buf[64];
    PFTEST_OK(get_str(q, buf, PF_FOREVER));
    CU_ASSERT_STRING_EQUAL(buf, "one");
    PFTEST_OK(get_str(q, buf, PF_FOREVER));
    CU_ASSERT_STRING_EQUAL(buf, "two");
    PFTEST_EXPECT(PF_EOF, get_str(q, buf, PF_FOREVER));
    void *m;
    PFTEST_EXPECT(PF_EOF, pf_queue_get_alloc(q, &m, NULL, PF_FOREVER));
    pf_queue_free(q);

    /* A producer blocked on a full queue wakes with PF_ECLOSED. */
    q = child_queue = new_queue(1, 0, 0);
    PFTEST_OK(put_str(q, "full", 0));
    a = pftest_spawn(expect_closed_put, NULL);
    sleep_s(0.2);
    PFTEST_OK(pf_queue_close(q));
    CU_ASSERT_EQUAL(pftest_reap(a), 0);
    PFTEST_OK(get_str(q, buf, 0));
    CU_ASSERT_STRING_EQUAL(buf, "full");
    PFTEST_EXPECT(PF_EOF, get_str(q, buf, 0));
    pf_queue_free(q);
}

static int joinable_worker(void *arg)
{
    int n = *(int *)arg;
    char buf[64];
    for (int i = 0; i < n; i++) {
        if (get_str(child_queue, buf, LONG_WAIT) != 0)
            return 1;
        sleep_s(0.01);
        if (pf_queue_task_done(child_queue) != 0)
            return 2;
    }
    return 0;
}

static void test_joinable_task_done_and_join(void)
{
    pf_queue_t *q = child_queue = new_queue(0, 1, 0);
    PFTEST_OK(pf_queue_join(q, 0)); /* nothing put: done at once */
    PFTEST_EXPECT(PF_ESTATE, pf_queue_task_done(q));
    int n = 5;
    for (int i = 0; i < n; i++)
        PFTEST_OK(put_str(q, "task", 0));
    PFTEST_EXPECT(PF_ETIMEDOUT, pf_queue_join(q, 0));
    double t0 = now_s();
    PFTEST_EXPECT(PF_ETIMEDOUT, pf_queue_join(q, 0.1));
    CU_ASSERT(now_s() - t0 >= 0.09);
    int half = 3;
    pid_t a = pftest_spawn(joinable_worker, &half);
    int rest = n - half;
    pid_t b = pftest_spawn(joinable_worker, &rest);
    PFTEST_OK(pf_queue_join(q, LONG_WAIT));
    CU_ASSERT_EQUAL(pftest_reap(a), 0);
    CU_ASSERT_EQUAL(pftest_reap(b), 0);
    CU_ASSERT_EQUAL(pf_queue_qsize(q), 0);
    /* One task_done too many is an error, as Python's ValueError. */
    PFTEST_EXPECT(PF_ESTATE, pf_queue_task_done(q));
    PFTEST_OK(pf_queue_join(q, 0));
    pf_queue_free(q);
}

/* ---- processes killed inside put or get ---- */

static int get_forever(void *arg)
{
    PF__UNUSED(arg);
    char buf[64];
    get_str(child_queue, buf, PF_FOREVER);
    return 3;
}

/* Get one message (of any size) and compare it with the string arg. */
static int get_expect(void *arg)
{
    const char *want = arg;
    void *m = NULL;
    size_t len = 0;
    int rc = pf_queue_get_alloc(child_queue, &m, &len, LONG_WAIT);
    if (rc != 0)
        return 1;
    rc = len == strlen(want) && memcmp(m, want, len) == 0 ? 0 : 2;
    free(m);
    return rc;
}

static void test_consumer_killed_while_blocked(void)
{
    pf_queue_t *q = child_queue = new_queue(0, 0, 0);
    pid_t victim = pftest_spawn(get_forever, NULL);
    sleep_s(0.2); /* now blocked in get, holding the consumers' lock */
    pid_t other = pftest_spawn(get_expect, "hello");
    sleep_s(0.1);
    kill(victim, SIGKILL);
    CU_ASSERT_EQUAL(pftest_reap(victim), PFTEST_SIGNALLED + SIGKILL);
    PFTEST_OK(put_str(q, "hello", 0));
    CU_ASSERT_EQUAL(pftest_reap(other), 0);
    /* And the parent can still use both sides. */
    PFTEST_OK(put_str(q, "again", 0));
    char buf[64];
    PFTEST_OK(get_str(q, buf, LONG_WAIT));
    CU_ASSERT_STRING_EQUAL(buf, "again");
    pf_queue_free(q);
}

static int put_big_then_small(void *arg)
{
    size_t size = *(size_t *)arg;
    unsigned char *msg = malloc(size);
    if (!msg)
        return 1;
    memset(msg, 'b', size);
    int rc = pf_queue_put(child_queue, msg, size, LONG_WAIT);
    free(msg);
    if (rc != 0)
        return 2;
    return put_str(child_queue, "small", LONG_WAIT) == 0 ? 0 : 3;
}

static int get_alloc_forever(void *arg)
{
    PF__UNUSED(arg);
    void *m = NULL;
    pf_queue_get_alloc(child_queue, &m, NULL, PF_FOREVER);
    free(m);
    return 3;
}

/* A consumer killed in the middle of receiving a streamed message: the
 * message is lost with it, the next consumer skips its rest and gets the
 * next one, and the producer is not blocked. */
static void test_consumer_killed_mid_message(void)
{
    pf_queue_t *q = child_queue = new_queue(STREAMING, 1, 8192);
    size_t size = 1 << 20;
    pid_t producer = pftest_spawn(put_big_then_small, &size);
    CU_ASSERT(eventually(ring_nearly_full, q));
    kill(producer, SIGSTOP);
    pid_t victim = pftest_spawn(get_alloc_forever, NULL);
    CU_ASSERT(eventually(reader_waits_inside, q));
    kill(victim, SIGKILL);
    CU_ASSERT_EQUAL(pftest_reap(victim), PFTEST_SIGNALLED + SIGKILL);
    pid_t next = pftest_spawn(get_expect, "small");
    kill(producer, SIGCONT);
    CU_ASSERT_EQUAL(pftest_reap(producer), 0);
    CU_ASSERT_EQUAL(pftest_reap(next), 0);
    CU_ASSERT_EQUAL(pf_queue_qsize(q), 0);
    /* The lost message counts as settled for join; "small" needs its
     * task_done. */
    PFTEST_EXPECT(PF_ETIMEDOUT, pf_queue_join(q, 0));
    PFTEST_OK(pf_queue_task_done(q));
    PFTEST_OK(pf_queue_join(q, 0));
    pf_queue_free(q);
}

static int put_big_forever(void *arg)
{
    size_t size = *(size_t *)arg;
    unsigned char *msg = malloc(size);
    if (!msg)
        return 1;
    memset(msg, 'b', size);
    pf_queue_put(child_queue, msg, size, PF_FOREVER);
    free(msg);
    return 3;
}

/* A producer killed in the middle of streaming a message: a consumer that
 * was receiving it drops it and goes on to the next message. */
static void test_producer_killed_mid_message(void)
{
    pf_queue_t *q = child_queue = new_queue(STREAMING, 1, 8192);
    size_t size = 1 << 20;
    pid_t producer = pftest_spawn(put_big_forever, &size);
    CU_ASSERT(eventually(ring_nearly_full, q));
    kill(producer, SIGSTOP);
    pid_t consumer = pftest_spawn(get_expect, "next");
    CU_ASSERT(eventually(reader_waits_inside, q));
    kill(producer, SIGKILL);
    CU_ASSERT_EQUAL(pftest_reap(producer), PFTEST_SIGNALLED + SIGKILL);
    /* The consumer notices the dead writer by itself and drops the
     * message. */
    CU_ASSERT(eventually(nothing_received, q));
    PFTEST_OK(put_str(q, "next", LONG_WAIT));
    CU_ASSERT_EQUAL(pftest_reap(consumer), 0);
    CU_ASSERT_EQUAL(pf_queue_qsize(q), 0);
    /* The aborted message was never counted: one task_done settles. */
    PFTEST_OK(pf_queue_task_done(q));
    PFTEST_OK(pf_queue_join(q, 0));

    /* Same with nobody reading at the time: the next producer repairs
     * the queue, the next get (with a small buffer) drops the part. */
    producer = pftest_spawn(put_big_forever, &size);
    CU_ASSERT(eventually(ring_nearly_full, q));
    kill(producer, SIGKILL);
    CU_ASSERT_EQUAL(pftest_reap(producer), PFTEST_SIGNALLED + SIGKILL);
    pid_t later = pftest_spawn(get_expect, "later");
    PFTEST_OK(put_str(q, "later", LONG_WAIT));
    CU_ASSERT_EQUAL(pftest_reap(later), 0);
    producer = pftest_spawn(put_big_forever, &size);
    CU_ASSERT(eventually(ring_nearly_full, q));
    kill(producer, SIGKILL);
    CU_ASSERT_EQUAL(pftest_reap(producer), PFTEST_SIGNALLED + SIGKILL);
    char buf[64];
    PFTEST_EXPECT(PF_EEMPTY, get_str(q, buf, 0.1));
    PFTEST_OK(put_str(q, "last", 0));
    PFTEST_OK(get_str(q, buf, 0));
    CU_ASSERT_STRING_EQUAL(buf, "last");
    pf_queue_free(q);
}

/* ---- many producers, many consumers ---- */

enum {
    STRESS_PRODUCERS = 4,
    STRESS_CONSUMERS = 4,
    STRESS_MESSAGES = 100000, /* per producer */
    STRESS_HUGE_EVERY = 25000,
    STRESS_HUGE = 1 << 20
};

struct stress {
    pf_queue_t *q;
    _Atomic unsigned char seen[STRESS_PRODUCERS][STRESS_MESSAGES];
    _Atomic long empties; /* 0-byte messages received */
    _Atomic long corrupt; /* messages whose bytes were wrong */
    _Atomic long received;
    _Atomic uint64_t bytes;
    int next_id;
};

static struct stress *stress;

/* Message `seq` of producer `p`: its size, then its bytes (a tag
 * (p, seq) then a pattern).  Every 97th message is empty. */
static size_t stress_size(int p, uint32_t seq)
{
    if (seq % STRESS_HUGE_EVERY == STRESS_HUGE_EVERY / 2)
        return STRESS_HUGE;
    uint64_t h = ((uint64_t)p * 1000003 + seq) * 0x9E3779B97F4A7C15ULL;
    if (seq % 97 == 0)
        return 0;
    return 8 + (size_t)((h >> 40) % 3000);
}

static void stress_fill(unsigned char *m, int p, uint32_t seq, size_t len)
{
    uint32_t tag[2] = {(uint32_t)p, seq};
    memcpy(m, tag, sizeof tag);
    for (size_t i = 8; i < len; i++)
        m[i] = pattern(((uint64_t)p << 32) | seq, i);
}

static int stress_producer(void *arg)
{
    int p = *(int *)arg;
    unsigned char *m = malloc(STRESS_HUGE);
    if (!m)
        return 1;
    for (uint32_t seq = 0; seq < STRESS_MESSAGES; seq++) {
        size_t len = stress_size(p, seq);
        if (len)
            stress_fill(m, p, seq, len);
        if (pf_queue_put(stress->q, m, len, LONG_WAIT) != 0) {
            free(m);
            return 2;
        }
    }
    free(m);
    return 0;
}

static void stress_check(const unsigned char *m, size_t len)
{
    atomic_fetch_add(&stress->received, 1);
    atomic_fetch_add(&stress->bytes, len);
    if (len == 0) {
        atomic_fetch_add(&stress->empties, 1);
        return;
    }
    uint32_t tag[2];
    if (len < 8) {
        atomic_fetch_add(&stress->corrupt, 1);
        return;
    }
    memcpy(tag, m, sizeof tag);
    if (tag[0] >= STRESS_PRODUCERS || tag[1] >= STRESS_MESSAGES ||
        stress_size((int)tag[0], tag[1]) != len) {
        atomic_fetch_add(&stress->corrupt, 1);
        return;
    }
    uint64_t seed = ((uint64_t)tag[0] << 32) | tag[1];
    for (size_t i = 8; i < len; i++)
        if (m[i] != pattern(seed, i)) {
            atomic_fetch_add(&stress->corrupt, 1);
            return;
        }
    atomic_fetch_add(&stress->seen[tag[0]][tag[1]], 1);
}

/* Consume until the queue is closed and drained; odd consumers use the
 * allocating get. */
static int stress_consumer(void *arg)
{
    int c = *(int *)arg;
    unsigned char *buf = malloc(STRESS_HUGE);
    if (!buf)
        return 1;
    int rc;
    for (;;) {
        size_t len = 0;
        if (c % 2) {
            void *m = NULL;
            rc = pf_queue_get_alloc(stress->q, &m, &len, LONG_WAIT);
            if (rc == 0)
                stress_check(m, len);
            free(m);
        } else {
            rc = pf_queue_get(stress->q, buf, STRESS_HUGE, &len, LONG_WAIT);
            if (rc == 0)
                stress_check(buf, len);
        }
        if (rc != 0)
            break;
    }
    free(buf);
    return rc == PF_EOF ? 0 : 2;
}

static void test_many_producers_many_consumers(void)
{
    stress = pf__map_shared(sizeof *stress);
    CU_ASSERT_PTR_NOT_NULL_FATAL(stress);
    stress->q = new_queue(1000, 0, 0);
    pid_t prod[STRESS_PRODUCERS], cons[STRESS_CONSUMERS];
    int ids[STRESS_PRODUCERS + STRESS_CONSUMERS];
    for (int i = 0; i < STRESS_CONSUMERS; i++) {
        ids[i] = i;
        cons[i] = pftest_spawn(stress_consumer, &ids[i]);
    }
    for (int i = 0; i < STRESS_PRODUCERS; i++) {
        ids[STRESS_CONSUMERS + i] = i;
        prod[i] = pftest_spawn(stress_producer, &ids[STRESS_CONSUMERS + i]);
    }
    for (int i = 0; i < STRESS_PRODUCERS; i++)
        CU_ASSERT_EQUAL(pftest_reap(prod[i]), 0);
    PFTEST_OK(pf_queue_close(stress->q));
    for (int i = 0; i < STRESS_CONSUMERS; i++)
        CU_ASSERT_EQUAL(pftest_reap(cons[i]), 0);

    long expect_empty = 0, missing = 0, duplicated = 0;
    uint64_t expect_bytes = 0;
    for (int p = 0; p < STRESS_PRODUCERS; p++)
        for (uint32_t s = 0; s < STRESS_MESSAGES; s++) {
            size_t len = stress_size(p, s);
            expect_bytes += len;
            if (len == 0) {
                expect_empty++;
                continue;
            }
            unsigned char n = atomic_load(&stress->seen[p][s]);
            missing += n == 0;
            duplicated += n > 1;
        }
    CU_ASSERT_EQUAL(missing, 0);
    CU_ASSERT_EQUAL(duplicated, 0);
    CU_ASSERT_EQUAL(atomic_load(&stress->corrupt), 0);
    CU_ASSERT_EQUAL(atomic_load(&stress->empties), expect_empty);
    CU_ASSERT_EQUAL(atomic_load(&stress->received),
                    (long)STRESS_PRODUCERS * STRESS_MESSAGES);
    CU_ASSERT_EQUAL(atomic_load(&stress->bytes), expect_bytes);
    CU_ASSERT_EQUAL(pf_queue_qsize(stress->q), 0);
    if (missing || duplicated || atomic_load(&stress->corrupt))
        fprintf(stderr, "\n  missing %ld duplicated %ld corrupt %ld\n", missing,
                duplicated, atomic_load(&stress->corrupt));
    pf_queue_free(stress->q);
    pf__unmap_shared(stress, sizeof *stress);
}

/* ---- processes killed at random while others keep going ---- */

enum {
    STORM_PRODUCERS = 2,
    STORM_MESSAGES = 4000, /* per steady producer */
    STORM_VICTIMS = 120,
    STORM_RING = 16384
};

struct storm {
    pf_queue_t *q;
    _Atomic unsigned char seen[STORM_PRODUCERS][STORM_MESSAGES];
    _Atomic long corrupt;
    _Atomic long victim_got; /* messages victims received and recorded */
};

static struct storm *storm;

/* Sizes from 0 to 4x the ring, so many messages are streamed. */
static size_t storm_size(uint32_t p, uint32_t seq)
{
    uint64_t h = ((uint64_t)p * 7919 + seq) * 0x9E3779B97F4A7C15ULL;
    if (h >> 62 == 0)
        return 8 + (size_t)((h >> 20) % (4 * STORM_RING));
    return 8 + (size_t)((h >> 20) % 300);
}

static int storm_put_all(uint32_t p, uint32_t count)
{
    unsigned char *m = malloc(8 + 4 * STORM_RING);
    if (!m)
        return 1;
    for (uint32_t seq = 0; seq < count; seq++) {
        size_t len = storm_size(p, seq);
        uint32_t tag[2] = {p, seq};
        memcpy(m, tag, sizeof tag);
        for (size_t i = 8; i < len; i++)
            m[i] = pattern(((uint64_t)p << 32) | seq, i);
        int rc = pf_queue_put(storm->q, m, len, LONG_WAIT);
        if (rc != 0) {
            fprintf(stderr, "\n  producer %u: put of message %u: %s\n", p, seq,
                    pf_err_name(rc));
            free(m);
            return 2;
        }
    }
    free(m);
    return 0;
}

/* Check a message; record it when it comes from a steady producer.
 * Returns 0 or 1 when corrupt. */
static int storm_check(const unsigned char *m, size_t len)
{
    uint32_t tag[2];
    if (len < 8)
        return 1;
    memcpy(tag, m, sizeof tag);
    if (storm_size(tag[0], tag[1]) != len)
        return 1;
    uint64_t seed = ((uint64_t)tag[0] << 32) | tag[1];
    for (size_t i = 8; i < len; i++)
        if (m[i] != pattern(seed, i))
            return 1;
    if (tag[0] < STORM_PRODUCERS && tag[1] < STORM_MESSAGES)
        atomic_fetch_add(&storm->seen[tag[0]][tag[1]], 1);
    return 0;
}

static int storm_producer(void *arg)
{
    return storm_put_all(*(uint32_t *)arg, STORM_MESSAGES);
}

static int storm_consumer(void *arg)
{
    bool victim = arg != NULL;
    for (;;) {
        void *m = NULL;
        size_t len = 0;
        int rc = pf_queue_get_alloc(storm->q, &m, &len, LONG_WAIT);
        if (rc != 0)
            return rc == PF_EOF ? 0 : 2;
        if (storm_check(m, len))
            atomic_fetch_add(&storm->corrupt, 1);
        else if (victim)
            atomic_fetch_add(&storm->victim_got, 1);
        free(m);
    }
}

static int storm_victim_producer(void *arg)
{
    storm_put_all(*(uint32_t *)arg, 1000000);
    return 0;
}

/* Steady producers and consumers run while victims that put or get are
 * SIGKILLed at random moments: nothing is corrupted or duplicated, the
 * steady processes finish, and at most the messages the victims took are
 * missing.  Bounded (victims die inside streamed messages) and unbounded
 * (victims die while the ring grows and shrinks). */
static void random_kills(long maxsize)
{
    storm = pf__map_shared(sizeof *storm);
    CU_ASSERT_PTR_NOT_NULL_FATAL(storm);
    storm->q = new_queue(maxsize, 0, STORM_RING);
    uint32_t ids[STORM_PRODUCERS];
    pid_t prod[STORM_PRODUCERS], cons[2];
    for (int i = 0; i < 2; i++)
        cons[i] = pftest_spawn(storm_consumer, NULL);
    for (uint32_t i = 0; i < STORM_PRODUCERS; i++) {
        ids[i] = i;
        prod[i] = pftest_spawn(storm_producer, &ids[i]);
    }
    srand(12345);
    int victim_consumers = 0;
    for (uint32_t v = 0; v < STORM_VICTIMS; v++) {
        uint32_t id = 100 + v;
        pid_t pid;
        if (v % 2) {
            pid = pftest_spawn(storm_consumer, &id);
            victim_consumers++;
        } else {
            pid = pftest_spawn(storm_victim_producer, &id);
        }
        sleep_s((rand() % 5000) * 1e-6);
        kill(pid, SIGKILL);
        pftest_reap(pid);
    }
    for (int i = 0; i < STORM_PRODUCERS; i++)
        CU_ASSERT_EQUAL(pftest_reap(prod[i]), 0);
    PFTEST_OK(pf_queue_close(storm->q));
    for (int i = 0; i < 2; i++)
        CU_ASSERT_EQUAL(pftest_reap(cons[i]), 0);
    long missing = 0, duplicated = 0;
    for (int p = 0; p < STORM_PRODUCERS; p++)
        for (int s = 0; s < STORM_MESSAGES; s++) {
            unsigned char n = atomic_load(&storm->seen[p][s]);
            missing += n == 0;
            duplicated += n > 1;
        }
    CU_ASSERT_EQUAL(atomic_load(&storm->corrupt), 0);
    CU_ASSERT_EQUAL(duplicated, 0);
    /* Each victim consumer may take messages (recorded ones are in
     * `seen`), and lose at most the one it was receiving or had just
     * got when killed. */
    CU_ASSERT(missing <= victim_consumers);
    if (missing > victim_consumers || duplicated ||
        atomic_load(&storm->corrupt))
        fprintf(stderr,
                "\n  missing %ld (victims %d) duplicated %ld "
                "corrupt %ld\n",
                missing, victim_consumers, duplicated,
                atomic_load(&storm->corrupt));
    CU_ASSERT_EQUAL(pf_queue_qsize(storm->q), 0);
    pf_queue_free(storm->q);
    pf__unmap_shared(storm, sizeof *storm);
}

static void test_random_kills_bounded(void)
{
    random_kills(STREAMING);
}

static void test_random_kills_unbounded(void)
{
    random_kills(0);
}

/* ---- unbounded means unbounded (issue 9 item 6) ---- */

/* One process puts 10,000 messages of 1 KiB into an unbounded queue, then
 * gets them all: puts never wait (with PF_FOREVER or as a poll) however
 * small the ring.  Failed before: after 258 puts PF_EFULL (a poll) or a
 * hang (PF_FOREVER), the 256 KiB ring being the bound. */
static void put_then_get(double timeout, size_t ring)
{
    pf_queue_t *q = new_queue(0, 0, ring);
    unsigned char msg[1024];
    int bad = 0;
    for (uint32_t i = 0; i < 10000 && !bad; i++) {
        memset(msg, (int)(i & 0xff), sizeof msg);
        memcpy(msg, &i, sizeof i);
        int rc = pf_queue_put(q, msg, sizeof msg, timeout);
        if (rc != 0) {
            fprintf(stderr, "\n  put %u: %s\n", i, pf_err_name(rc));
            bad = 1;
        }
    }
    CU_ASSERT_FALSE(bad);
    CU_ASSERT_EQUAL(pf_queue_qsize(q), bad ? pf_queue_qsize(q) : 10000);
    CU_ASSERT(pf__queue_capacity(q) >= 10000 * 1024);
    for (uint32_t i = 0; i < 10000 && !bad; i++) {
        size_t len = 0;
        int rc = pf_queue_get(q, msg, sizeof msg, &len, 0);
        uint32_t n;
        memcpy(&n, msg, sizeof n);
        if (rc != 0 || len != sizeof msg || n != i ||
            msg[sizeof msg - 1] != (unsigned char)(i & 0xff))
            bad = 1;
    }
    CU_ASSERT_FALSE(bad);
    CU_ASSERT_EQUAL(pf_queue_qsize(q), 0);
    /* Empty again, the grown ring went back to its first size. */
    uint64_t first = 4096;
    while (first < (ring ? ring : 256 * 1024))
        first *= 2;
    CU_ASSERT_EQUAL(pf__queue_capacity(q), first);
    pf_queue_free(q);
}

static void test_unbounded_forever(void)
{
    put_then_get(PF_FOREVER, 0);
}

static void test_unbounded_poll(void)
{
    put_then_get(0, 0);
    put_then_get(0, 4096);
}

/* A message larger than the ring, in one process: it fits once the ring
 * has grown. */
static void test_unbounded_large_message(void)
{
    pf_queue_t *q = new_queue(0, 0, 4096);
    size_t size = (size_t)3 << 20;
    unsigned char *m = malloc(size), *back = malloc(size);
    CU_ASSERT_PTR_NOT_NULL_FATAL(m);
    CU_ASSERT_PTR_NOT_NULL_FATAL(back);
    for (size_t i = 0; i < size; i++)
        m[i] = pattern(5, i);
    PFTEST_OK(put_str(q, "before", 0));
    PFTEST_OK(pf_queue_put(q, m, size, 0));
    PFTEST_OK(put_str(q, "after", 0));
    char buf[64];
    PFTEST_OK(get_str(q, buf, 0));
    CU_ASSERT_STRING_EQUAL(buf, "before");
    size_t len = 0;
    PFTEST_OK(pf_queue_get(q, back, size, &len, 0));
    CU_ASSERT(len == size && memcmp(back, m, size) == 0);
    PFTEST_OK(get_str(q, buf, 0));
    CU_ASSERT_STRING_EQUAL(buf, "after");
    pf_queue_free(q);
    free(m);
    free(back);
}

/* Out of room: PF_ENOMEM for the put that does not fit, nothing of it
 * delivered, everything put before intact, and puts work again once the
 * queue drains. */
static void test_unbounded_out_of_memory(void)
{
    pf_queue_t *q = NULL;
    PFTEST_OK(
        pf__queue_new_limited(&(pf_queue_options_t){0, 0, 4096}, 1 << 20, &q));
    CU_ASSERT_PTR_NOT_NULL_FATAL(q);
    unsigned char msg[1000];
    uint32_t n = 0;
    int rc;
    for (;;) {
        memset(msg, (int)(n & 0xff), sizeof msg);
        memcpy(msg, &n, sizeof n);
        rc = pf_queue_put(q, msg, sizeof msg, PF_FOREVER);
        if (rc != 0)
            break;
        n++;
    }
    PFTEST_EXPECT(PF_ENOMEM, rc);
    CU_ASSERT(n > 900 && n < 1100); /* about 1 MiB of 1 KiB records */
    CU_ASSERT_EQUAL(pf_queue_qsize(q), (long)n);
    /* A larger one fails the same way, at once. */
    static unsigned char big[2 << 20];
    PFTEST_EXPECT(PF_ENOMEM, pf_queue_put(q, big, sizeof big, 0));
    for (uint32_t i = 0; i < n; i++) {
        size_t len;
        uint32_t got;
        PFTEST_OK(pf_queue_get(q, msg, sizeof msg, &len, 0));
        memcpy(&got, msg, sizeof got);
        CU_ASSERT_EQUAL(got, i);
    }
    PFTEST_EXPECT(PF_EEMPTY, pf_queue_get(q, msg, sizeof msg, NULL, 0));
    PFTEST_OK(pf_queue_put(q, msg, sizeof msg, 0));
    pf_queue_free(q);
}

/* A producer in one process, a slow consumer in another: the producer
 * never waits, the consumer gets everything in order. */
static int slow_consumer(void *arg)
{
    uint32_t count = *(uint32_t *)arg;
    unsigned char msg[512];
    for (uint32_t i = 0; i < count; i++) {
        size_t len;
        if (pf_queue_get(child_queue, msg, sizeof msg, &len, LONG_WAIT) != 0)
            return 1;
        uint32_t got;
        memcpy(&got, msg, sizeof got);
        if (got != i || len != sizeof msg)
            return 2;
        if (i % 1000 == 0)
            sleep_s(0.001);
    }
    return 0;
}

static void test_unbounded_slow_consumer(void)
{
    child_queue = new_queue(0, 0, 8192);
    uint32_t count = 20000;
    pid_t pid = pftest_spawn(slow_consumer, &count);
    unsigned char msg[512] = {0};
    for (uint32_t i = 0; i < count; i++) {
        memcpy(msg, &i, sizeof i);
        PFTEST_OK(pf_queue_put(child_queue, msg, sizeof msg, 0));
    }
    CU_ASSERT_EQUAL(pftest_reap(pid), 0);
    pf_queue_free(child_queue);
}

/* A producer streams into an unbounded ring that cannot grow because the
 * reader holds get_lock, receiving this very message.  Each piece must be
 * sized from one reading of the free space: the reader frees more at any
 * moment, and two readings once made the room wrap, so that the rest of
 * the message went over unread chunks.  The hook lets the reader take a
 * chunk at the worst moment, between the producer's readings just after a
 * piece filled the ring down to its reserve (under 32 bytes free). */
static int small_readings;

static void reader_takes_chunk(pf_queue_t *q, uint64_t free_bytes)
{
    /* The first small reading is the "does the rest fit" test; the second
     * sizes the next piece. */
    if (free_bytes >= 32 || ++small_readings != 2)
        return;
    uint64_t used = pf__queue_ring_used(q);
    double stop = now_s() + LONG_WAIT;
    while (pf__queue_ring_used(q) >= used && now_s() < stop)
        sleep_s(0.0001);
}

static void test_unbounded_stream_sizes_piece_once(void)
{
    size_t size = 20000;
    unsigned char *msg = malloc(size);
    CU_ASSERT_PTR_NOT_NULL_FATAL(msg);
    for (size_t i = 0; i < size; i++)
        msg[i] = pattern(7, i);
    /* The plan needs the consumer waiting in get (holding get_lock) when
     * the put starts; a loaded machine may start it late, and then the
     * ring just grows and the run proves nothing: try again, waiting
     * longer (CI once saw the first try miss). */
    bool planned = false;
    for (int attempt = 0; attempt < 5 && !planned; attempt++) {
        child_queue = new_queue(0, 0, 4096);
        pid_t pid = pftest_spawn(big_consumer, &size);
        sleep_s(0.2 * (1 << attempt)); /* the consumer reaches get */
        small_readings = 0;
        pf__queue_free_hook = reader_takes_chunk;
        PFTEST_OK(pf_queue_put(child_queue, msg, size, LONG_WAIT));
        pf__queue_free_hook = NULL;
        CU_ASSERT_EQUAL(pftest_reap(pid), 0); /* every try: exact */
        planned = small_readings >= 2;
        pf_queue_free(child_queue);
    }
    CU_ASSERT(planned); /* the stream went as planned at least once */
    free(msg);
}

void pftest_main(void)
{
    pftest_suite("queue");
    pftest_add("bad arguments", test_bad_arguments);
    pftest_add("fifo, sizes, qsize/empty/full", test_fifo_sizes_and_state);
    pftest_add("buffer too small keeps the message",
               test_buffer_too_small_keeps_message);
    pftest_add("get times out on empty", test_get_timeout_on_empty);
    pftest_add("ping-pong between processes", test_ping_pong);
    pftest_add("poison-pill consumers", test_poison_pill_consumers);
    pftest_add("bounded put blocks until a get",
               test_bounded_put_blocks_until_get);
    pftest_add("big message streams through a small ring",
               test_big_message_streams_through_small_ring);
    pftest_add("64 MiB message", test_64_mib_message);
    pftest_add("close semantics", test_close_semantics);
    pftest_add("joinable task_done and join", test_joinable_task_done_and_join);
    pftest_add("consumer killed while blocked in get",
               test_consumer_killed_while_blocked);
    pftest_add("consumer killed in the middle of a message",
               test_consumer_killed_mid_message);
    pftest_add("producer killed in the middle of a message",
               test_producer_killed_mid_message);
    pftest_add("processes killed at random during traffic (bounded)",
               test_random_kills_bounded);
    pftest_add("processes killed at random during traffic (unbounded)",
               test_random_kills_unbounded);
    pftest_add("unbounded: 10,000 x 1 KiB, PF_FOREVER", test_unbounded_forever);
    pftest_add("unbounded: 10,000 x 1 KiB, polls", test_unbounded_poll);
    pftest_add("unbounded: a message larger than the ring",
               test_unbounded_large_message);
    pftest_add("unbounded: PF_ENOMEM when out of room",
               test_unbounded_out_of_memory);
    pftest_add("unbounded: a slow consumer in another process",
               test_unbounded_slow_consumer);
    pftest_add("unbounded: a stream sizes each piece from one reading",
               test_unbounded_stream_sizes_piece_once);
    pftest_add("4 producers x 4 consumers x 100000 messages",
               test_many_producers_many_consumers);
}
