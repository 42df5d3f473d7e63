/* test_pool.c - pf_pool: every call with results, ordering and callbacks
 * checked; crashes, kills, timeouts, maxtasksperchild, initializer, idle
 * workers, leaks and bad arguments. */
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

#include "pftest.h"

/* ---- task functions (run in the workers) ---- */

static int square(const void *in, void *out, void *arg)
{
    (void)arg;
    long x = *(const long *)in;
    *(long *)out = x * x;
    return 0;
}

static int plus_arg(const void *in, void *out, void *arg)
{
    *(long *)out = *(const long *)in + (long)(intptr_t)arg;
    return 0;
}

static int get_pid(const void *in, void *out, void *arg)
{
    (void)in;
    (void)arg;
    *(int *)out = (int)getpid();
    return 0;
}

/* Crashes with SIGSEGV on item 37 (default action even under ASan). */
static int segv_on_37(const void *in, void *out, void *arg)
{
    (void)arg;
    long x = *(const long *)in;
    if (x == 37) {
        signal(SIGSEGV, SIG_DFL);
        raise(SIGSEGV);
    }
    *(long *)out = x + 1;
    return 0;
}

static int exit_on_5(const void *in, void *out, void *arg)
{
    (void)arg;
    long x = *(const long *)in;
    if (x == 5)
        _exit(3);
    *(long *)out = x;
    return 0;
}

static int error_on_odd(const void *in, void *out, void *arg)
{
    (void)arg;
    long x = *(const long *)in;
    *(long *)out = x;
    return x % 2 ? PF_ERANGE : 0;
}

static int slow_pid(const void *in, void *out, void *arg)
{
    (void)in;
    (void)arg;
    usleep(20000);
    *(int *)out = (int)getpid();
    return 0;
}

static int sleep_long(const void *in, void *out, void *arg)
{
    (void)in;
    (void)out;
    (void)arg;
    sleep(30);
    return 0;
}

static int hang_on_5(const void *in, void *out, void *arg)
{
    (void)arg;
    long x = *(const long *)in;
    if (x == 5)
        sleep(30);
    *(long *)out = 2 * x;
    return 0;
}

struct pair {
    int a;
    double b;
};

static int pair_sum(const void *in, void *out, void *arg)
{
    (void)arg;
    const struct pair *p = in;
    *(double *)out = p->a + p->b;
    return 0;
}

static int zip3(const void *const *args, void *out, void *arg)
{
    (void)arg;
    char c = *(const char *)args[0];
    double d = *(const double *)args[1];
    short s = *(const short *)args[2];
    *(double *)out = c + d * s;
    return 0;
}

/* Bytes task: the result is the input reversed. */
static int reverse(const void *in, size_t len, pf_pool_out_t *out)
{
    char *o = pf_pool_out_alloc(out, len);
    if (!o)
        return PF_ENOMEM;
    for (size_t i = 0; i < len; i++)
        o[i] = ((const char *)in)[len - 1 - i];
    return 0;
}

/* Bytes task: returns as many bytes as the input's first size_t says. */
static int make_bytes(const void *in, size_t len, pf_pool_out_t *out)
{
    if (len != sizeof(size_t))
        return PF_EINVAL;
    size_t n;
    memcpy(&n, in, sizeof n);
    unsigned char *o = pf_pool_out_alloc(out, n);
    if (!o)
        return PF_ENOMEM;
    for (size_t i = 0; i < n; i++)
        o[i] = (unsigned char)(i * 7);
    return 0;
}

static int fail_task(const void *in, size_t len, pf_pool_out_t *out)
{
    (void)in;
    (void)len;
    (void)out;
    return PF_ENOENT;
}

static int pid_task(const void *in, size_t len, pf_pool_out_t *out)
{
    (void)in;
    (void)len;
    int pid = getpid();
    return pf_pool_out_set(out, &pid, sizeof pid);
}

static int hang_task(const void *in, size_t len, pf_pool_out_t *out)
{
    (void)in;
    (void)len;
    (void)out;
    for (;;)
        pause();
    return 0;
}

/* ---- helpers ---- */

static pf_pool_t *make_pool(int workers)
{
    pf_pool_options_t o = {.workers = workers};
    pf_pool_t *p = NULL;
    PFTEST_OK(pf_pool_new(&o, &p));
    return p;
}

static long *iota(size_t n)
{
    long *a = malloc(n * sizeof *a);
    for (size_t i = 0; i < n; i++)
        a[i] = (long)i;
    return a;
}

/* ---- tests ---- */

static void test_map_chunksizes(void)
{
    pf_pool_t *p = make_pool(2);
    size_t n = 10007;
    long *in = iota(n), *out = calloc(n, sizeof *out);
    size_t sizes[] = {1, 7, 0, 100000};
    for (size_t s = 0; s < 4; s++) {
        memset(out, 0, n * sizeof *out);
        PFTEST_OK(pf_pool_map(p, square, in, n, sizeof(long), out, sizeof(long),
                              sizes[s]));
        size_t bad = 0;
        for (size_t i = 0; i < n; i++)
            bad += out[i] != (long)(i * i);
        CU_ASSERT_EQUAL(bad, 0);
    }
    /* Zero items. */
    PFTEST_OK(
        pf_pool_map(p, square, in, 0, sizeof(long), out, sizeof(long), 0));
    /* The arg pointer is passed through. */
    pf_pool_map_args_t a = {.fn = plus_arg,
                            .arg = (void *)(intptr_t)1000,
                            .in = in,
                            .in_size = sizeof(long),
                            .n = 100,
                            .out = out,
                            .out_size = sizeof(long)};
    PFTEST_OK(pf_pool_map_ex(p, &a));
    CU_ASSERT_EQUAL(out[99], 1099);
    free(in);
    free(out);
    pf_pool_free(p);
}

static void test_starmap(void)
{
    pf_pool_t *p = make_pool(2);
    enum { N = 1000 };
    static struct pair pairs[N];
    static double out[N];
    for (int i = 0; i < N; i++)
        pairs[i] = (struct pair){i, 0.5};
    /* Array of structs: a map over the struct. */
    PFTEST_OK(pf_pool_map(p, pair_sum, pairs, N, sizeof(struct pair), out,
                          sizeof(double), 3));
    int bad = 0;
    for (int i = 0; i < N; i++)
        bad += out[i] != i + 0.5;
    CU_ASSERT_EQUAL(bad, 0);
    /* Three zipped arrays of different element types. */
    static char c[N];
    static double d[N];
    static short s[N];
    for (int i = 0; i < N; i++) {
        c[i] = (char)(i % 100);
        d[i] = i * 0.25;
        s[i] = (short)(i % 7);
    }
    const void *arrays[] = {c, d, s};
    size_t sizes[] = {sizeof(char), sizeof(double), sizeof(short)};
    PFTEST_OK(
        pf_pool_starmap(p, zip3, 3, arrays, sizes, N, out, sizeof(double), 0));
    bad = 0;
    for (int i = 0; i < N; i++)
        bad += out[i] != c[i] + d[i] * s[i];
    CU_ASSERT_EQUAL(bad, 0);
    pf_pool_free(p);
}

static void test_imap_ordered_and_unordered(void)
{
    pf_pool_t *p = make_pool(2);
    size_t n = 5000;
    long *in = iota(n);
    pf_pool_iter_t *it;
    PFTEST_OK(
        pf_pool_imap(p, square, in, n, sizeof(long), sizeof(long), 1, &it));
    long v;
    size_t idx, count = 0, bad = 0;
    int rc;
    while ((rc = pf_pool_iter_next(it, &v, &idx, 10.0, NULL)) == 0) {
        bad += idx != count || v != (long)(count * count);
        count++;
    }
    PFTEST_EXPECT(PF_EOF, rc);
    CU_ASSERT_EQUAL(count, n);
    CU_ASSERT_EQUAL(bad, 0);
    pf_pool_iter_free(it);

    PFTEST_OK(pf_pool_imap_unordered(p, square, in, n, sizeof(long),
                                     sizeof(long), 0, &it));
    char *seen = calloc(n, 1);
    count = bad = 0;
    while ((rc = pf_pool_iter_next(it, &v, &idx, 10.0, NULL)) == 0) {
        bad += idx >= n || seen[idx] || v != (long)(idx * idx);
        if (idx < n)
            seen[idx] = 1;
        count++;
    }
    PFTEST_EXPECT(PF_EOF, rc);
    CU_ASSERT_EQUAL(count, n);
    CU_ASSERT_EQUAL(bad, 0);
    pf_pool_iter_free(it);
    /* An iterator dropped half way leaves the pool usable. */
    PFTEST_OK(
        pf_pool_imap(p, square, in, n, sizeof(long), sizeof(long), 0, &it));
    for (int i = 0; i < 10; i++)
        PFTEST_OK(pf_pool_iter_next(it, &v, NULL, 10.0, NULL));
    pf_pool_iter_free(it);
    long out[10];
    PFTEST_OK(
        pf_pool_map(p, square, in, 10, sizeof(long), out, sizeof(long), 0));
    CU_ASSERT_EQUAL(out[9], 81);
    free(seen);
    free(in);
    pf_pool_free(p);
}

static void test_apply_bytes(void)
{
    pf_pool_t *p = make_pool(2);
    void *res;
    size_t len;
    PFTEST_OK(pf_pool_apply(p, reverse, "hello", 5, &res, &len));
    CU_ASSERT_EQUAL(len, 5);
    CU_ASSERT(res && memcmp(res, "olleh", 5) == 0);
    free(res);
    /* Empty in, empty out. */
    PFTEST_OK(pf_pool_apply(p, reverse, NULL, 0, &res, &len));
    CU_ASSERT_EQUAL(len, 0);
    free(res);
    /* Results and inputs far larger than the ring. */
    size_t sizes[] = {100, 200000, 3000000};
    for (int k = 0; k < 3; k++) {
        PFTEST_OK(pf_pool_apply(p, make_bytes, &sizes[k], sizeof(size_t), &res,
                                &len));
        CU_ASSERT_EQUAL(len, sizes[k]);
        size_t bad = 0;
        for (size_t i = 0; i < len; i++)
            bad += ((unsigned char *)res)[i] != (unsigned char)(i * 7);
        CU_ASSERT_EQUAL(bad, 0);
        void *back;
        size_t blen;
        PFTEST_OK(pf_pool_apply(p, reverse, res, len, &back, &blen));
        CU_ASSERT_EQUAL(blen, len);
        bad = 0;
        for (size_t i = 0; i < len; i++)
            bad += ((unsigned char *)back)[i] !=
                   ((unsigned char *)res)[len - 1 - i];
        CU_ASSERT_EQUAL(bad, 0);
        free(back);
        free(res);
    }
    /* It ran in a worker. */
    PFTEST_OK(pf_pool_apply(p, pid_task, NULL, 0, &res, &len));
    CU_ASSERT_EQUAL(len, sizeof(int));
    CU_ASSERT(res && *(int *)res != getpid() && *(int *)res > 0);
    free(res);
    /* A task's own error comes back. */
    PFTEST_EXPECT(PF_ENOENT, pf_pool_apply(p, fail_task, "x", 1, &res, &len));
    CU_ASSERT_PTR_NULL(res);
    pf_pool_free(p);
}

struct counts {
    atomic_int ok, err, last_err, bad;
    pthread_t thread;
};

/* Callbacks run in the pool's result thread: they only count (CUnit's
 * asserts are not thread-safe); the tests assert on the counts. */
static void count_ok(pf_pool_async_t *r, void *arg)
{
    struct counts *c = arg;
    const void *d;
    size_t len;
    /* Not ready until the callback returns, but its value is readable. */
    if (pf_pool_async_ready(r) || pf_pool_async_value(r, &d, &len) != 0)
        atomic_fetch_add(&c->bad, 1);
    /* The length is optional, as pf_dict_get's is. */
    if (pf_pool_async_value(r, &d, NULL) != 0)
        atomic_fetch_add(&c->bad, 1);
    c->thread = pthread_self();
    atomic_fetch_add(&c->ok, 1);
}

static void count_err(pf_pool_async_t *r, int code, void *arg)
{
    struct counts *c = arg;
    pf_pool_failure_t f;
    if (pf_pool_async_failure(r, &f) != 0 || f.code != code)
        atomic_fetch_add(&c->bad, 1);
    atomic_store(&c->last_err, code);
    atomic_fetch_add(&c->err, 1);
}

static void test_apply_async_callbacks(void)
{
    pf_pool_t *p = make_pool(2);
    struct counts c = {0};
    enum { N = 50 };
    pf_pool_async_t *r[N];
    for (int i = 0; i < N; i++) {
        if (i % 5 == 4)
            PFTEST_OK(pf_pool_apply_async(p, fail_task, NULL, 0, count_ok,
                                          count_err, &c, &r[i]));
        else
            PFTEST_OK(pf_pool_apply_async(p, reverse, "abc", 3, count_ok,
                                          count_err, &c, &r[i]));
    }
    for (int i = 0; i < N; i++) {
        int rc = pf_pool_async_get(r[i], 10.0);
        CU_ASSERT(pf_pool_async_ready(r[i]));
        if (i % 5 == 4) {
            PFTEST_EXPECT(PF_ENOENT, rc);
            CU_ASSERT(!pf_pool_async_successful(r[i]));
            pf_pool_failure_t f;
            PFTEST_OK(pf_pool_async_failure(r[i], &f));
            CU_ASSERT_EQUAL(f.code, PF_ENOENT);
        } else {
            PFTEST_OK(rc);
            CU_ASSERT(pf_pool_async_successful(r[i]));
            const void *d;
            size_t len;
            PFTEST_OK(pf_pool_async_value(r[i], &d, &len));
            CU_ASSERT(len == 3 && memcmp(d, "cba", 3) == 0);
        }
        PFTEST_OK(pf_pool_async_wait(r[i], 0));
        pf_pool_async_free(r[i]);
    }
    CU_ASSERT_EQUAL(atomic_load(&c.ok), N - N / 5);
    CU_ASSERT_EQUAL(atomic_load(&c.err), N / 5);
    CU_ASSERT_EQUAL(atomic_load(&c.last_err), PF_ENOENT);
    CU_ASSERT_EQUAL(atomic_load(&c.bad), 0);
    /* Callbacks run in the pool's result thread, not the caller's. */
    CU_ASSERT(!pthread_equal(c.thread, pthread_self()));
    pf_pool_free(p);
    /* Counts did not move after free: exactly once each. */
    CU_ASSERT_EQUAL(atomic_load(&c.ok) + atomic_load(&c.err), N);
}

static pf_pool_t *nested_pool;

/* A callback that runs a blocking apply on its own pool. */
static void nested_apply(pf_pool_async_t *r, void *arg)
{
    (void)r;
    void *res;
    size_t len;
    if (pf_pool_apply(nested_pool, reverse, "xyz", 3, &res, &len) == 0 &&
        len == 3 && memcmp(res, "zyx", 3) == 0)
        atomic_fetch_add((atomic_int *)arg, 1);
    free(res);
}

static void test_callback_submits_work(void)
{
    nested_pool = make_pool(2);
    atomic_int good = 0;
    pf_pool_async_t *r[5];
    for (int i = 0; i < 5; i++)
        PFTEST_OK(pf_pool_apply_async(nested_pool, reverse, "ab", 2,
                                      nested_apply, NULL, &good, &r[i]));
    for (int i = 0; i < 5; i++) {
        PFTEST_OK(pf_pool_async_get(r[i], 30.0));
        pf_pool_async_free(r[i]);
    }
    CU_ASSERT_EQUAL(atomic_load(&good), 5);
    pf_pool_free(nested_pool);
}

static void test_map_async(void)
{
    pf_pool_t *p = make_pool(2);
    struct counts c = {0};
    size_t n = 20000;
    long *in = iota(n), *out = calloc(n, sizeof *out);
    pf_pool_async_t *r;
    PFTEST_OK(pf_pool_map_async(p, square, in, n, sizeof(long), out,
                                sizeof(long), 0, count_ok, count_err, &c, &r));
    PFTEST_OK(pf_pool_async_get(r, 30.0));
    CU_ASSERT(pf_pool_async_successful(r));
    CU_ASSERT_EQUAL(atomic_load(&c.ok), 1);
    CU_ASSERT_EQUAL(atomic_load(&c.err), 0);
    CU_ASSERT_EQUAL(out[n - 1], (long)((n - 1) * (n - 1)));
    pf_pool_async_free(r);
    /* A failing map calls the error callback once, with the first error. */
    PFTEST_OK(pf_pool_map_async(p, error_on_odd, in, 100, sizeof(long), out,
                                sizeof(long), 0, count_ok, count_err, &c, &r));
    PFTEST_EXPECT(PF_ERANGE, pf_pool_async_get(r, 30.0));
    pf_pool_failure_t f;
    PFTEST_OK(pf_pool_async_failure(r, &f));
    CU_ASSERT_EQUAL(f.index, 1);
    CU_ASSERT_EQUAL(atomic_load(&c.err), 1);
    CU_ASSERT_EQUAL(atomic_load(&c.ok), 1);
    pf_pool_async_free(r);
    free(in);
    free(out);
    pf_pool_free(p);
}

static void test_item_errors(void)
{
    pf_pool_t *p = make_pool(2);
    enum { N = 100 };
    long in[N], out[N];
    int status[N];
    for (int i = 0; i < N; i++)
        in[i] = i;
    pf_pool_failure_t f;
    pf_pool_map_args_t a = {.fn = error_on_odd,
                            .in = in,
                            .in_size = sizeof(long),
                            .n = N,
                            .out = out,
                            .out_size = sizeof(long),
                            .chunksize = 8,
                            .status = status,
                            .failure = &f};
    PFTEST_EXPECT(PF_ERANGE, pf_pool_map_ex(p, &a));
    CU_ASSERT_EQUAL(f.index, 1);
    CU_ASSERT_EQUAL(f.code, PF_ERANGE);
    CU_ASSERT_EQUAL(f.signal, 0);
    int bad = 0;
    for (int i = 0; i < N; i++)
        bad +=
            status[i] != (i % 2 ? PF_ERANGE : 0) || (i % 2 == 0 && out[i] != i);
    CU_ASSERT_EQUAL(bad, 0);
    pf_pool_free(p);
}

static void test_segv_fails_one_item(void)
{
    pf_pool_t *p = make_pool(2);
    size_t sizes[] = {1, 10, 0};
    for (int s = 0; s < 3; s++) {
        enum { N = 200 };
        long in[N], out[N];
        int status[N];
        for (int i = 0; i < N; i++)
            in[i] = i;
        pf_pool_failure_t f;
        pf_pool_map_args_t a = {.fn = segv_on_37,
                                .in = in,
                                .in_size = sizeof(long),
                                .n = N,
                                .out = out,
                                .out_size = sizeof(long),
                                .chunksize = sizes[s],
                                .status = status,
                                .failure = &f};
        PFTEST_EXPECT(PF_EWORKER, pf_pool_map_ex(p, &a));
        CU_ASSERT_EQUAL(f.index, 37);
        CU_ASSERT_EQUAL(f.code, PF_EWORKER);
        CU_ASSERT_EQUAL(f.signal, SIGSEGV);
        CU_ASSERT(f.pid > 0);
        int bad = 0;
        for (int i = 0; i < N; i++)
            bad += i == 37 ? status[i] != PF_EWORKER
                           : status[i] != 0 || out[i] != i + 1;
        CU_ASSERT_EQUAL(bad, 0);
    }
    /* The pool gets all its workers back (forked by its result thread,
     * so give it a moment). */
    for (int i = 0; i < pf_pool_workers(p); i++) {
        for (int k = 0; k < 500 && pf_pool_worker_pid(p, i) <= 0; k++)
            usleep(10000);
        CU_ASSERT(pf_pool_worker_pid(p, i) > 0);
    }
    /* A worker that exits fails its item with its exit status. */
    long in[10], out[10];
    for (int i = 0; i < 10; i++)
        in[i] = i;
    pf_pool_failure_t f;
    pf_pool_map_args_t a = {.fn = exit_on_5,
                            .in = in,
                            .in_size = sizeof(long),
                            .n = 10,
                            .out = out,
                            .out_size = sizeof(long),
                            .failure = &f};
    PFTEST_EXPECT(PF_EWORKER, pf_pool_map_ex(p, &a));
    CU_ASSERT_EQUAL(f.index, 5);
    CU_ASSERT_EQUAL(f.exit_status, 3);
    CU_ASSERT_EQUAL(f.signal, 0);
    CU_ASSERT_EQUAL(out[9], 9);
    pf_pool_free(p);
}

static void test_worker_killed_from_outside(void)
{
    pf_pool_t *p = make_pool(2);
    enum { N = 60 };
    long in[N];
    int out[N], status[N];
    for (int i = 0; i < N; i++)
        in[i] = i;
    pf_pool_failure_t f;
    pf_pool_map_args_t a = {.fn = slow_pid,
                            .in = in,
                            .in_size = sizeof(long),
                            .n = N,
                            .out = out,
                            .out_size = sizeof(int),
                            .chunksize = 1,
                            .status = status,
                            .failure = &f};
    struct counts c = {0};
    pf_pool_async_t *r;
    PFTEST_OK(pf_pool_map_async_ex(p, &a, count_ok, count_err, &c, &r));
    usleep(150000);
    pid_t victim = pf_pool_worker_pid(p, 0);
    CU_ASSERT(victim > 0);
    kill(victim, SIGKILL);
    PFTEST_EXPECT(PF_EWORKER, pf_pool_async_get(r, 30.0));
    CU_ASSERT_EQUAL(f.signal, SIGKILL);
    CU_ASSERT_EQUAL(f.pid, victim);
    int failed = 0;
    for (int i = 0; i < N; i++)
        failed += status[i] != 0;
    CU_ASSERT_EQUAL(failed, 1);
    CU_ASSERT_EQUAL(atomic_load(&c.err), 1);
    pf_pool_async_free(r);
    CU_ASSERT(pf_pool_worker_pid(p, 0) != victim);
    pf_pool_free(p);
}

static void test_timeout(void)
{
    pf_pool_options_t o = {.workers = 2, .task_timeout = 0.3};
    pf_pool_t *p;
    PFTEST_OK(pf_pool_new(&o, &p));
    void *res;
    size_t len;
    PFTEST_EXPECT(PF_ETIMEDOUT,
                  pf_pool_apply(p, hang_task, NULL, 0, &res, &len));
    /* In a map only the hanging item fails. */
    enum { N = 8 };
    long in[N], out[N];
    for (int i = 0; i < N; i++)
        in[i] = i;
    int status[N];
    pf_pool_failure_t f;
    pf_pool_map_args_t a = {.fn = sleep_long,
                            .in = in,
                            .in_size = sizeof(long),
                            .n = 1,
                            .out = out,
                            .out_size = sizeof(long),
                            .status = status,
                            .failure = &f};
    PFTEST_EXPECT(PF_ETIMEDOUT, pf_pool_map_ex(p, &a));
    CU_ASSERT_EQUAL(f.signal, SIGKILL);
    /* Inside a chunk: item 5 of 12 hangs, the rest of its chunk and the
     * other chunks complete. */
    enum { M = 12 };
    long in2[M], out2[M];
    int status2[M];
    for (int i = 0; i < M; i++)
        in2[i] = i;
    pf_pool_map_args_t b = {.fn = hang_on_5,
                            .in = in2,
                            .in_size = sizeof(long),
                            .n = M,
                            .out = out2,
                            .out_size = sizeof(long),
                            .chunksize = 4,
                            .status = status2,
                            .failure = &f};
    PFTEST_EXPECT(PF_ETIMEDOUT, pf_pool_map_ex(p, &b));
    CU_ASSERT_EQUAL(f.index, 5);
    int bad = 0;
    for (int i = 0; i < M; i++)
        bad += i == 5 ? status2[i] != PF_ETIMEDOUT
                      : status2[i] != 0 || out2[i] != i * 2;
    CU_ASSERT_EQUAL(bad, 0);
    /* The pool goes on. */
    PFTEST_OK(pf_pool_apply(p, reverse, "ab", 2, &res, &len));
    free(res);
    pf_pool_free(p);
}

static void test_maxtasksperchild(void)
{
    pf_pool_options_t o = {.workers = 2, .maxtasksperchild = 2};
    pf_pool_t *p;
    PFTEST_OK(pf_pool_new(&o, &p));
    enum { N = 20 };
    long in[N];
    int pids[N];
    for (int i = 0; i < N; i++)
        in[i] = i;
    PFTEST_OK(
        pf_pool_map(p, get_pid, in, N, sizeof(long), pids, sizeof(int), 1));
    /* No worker life ran more than two tasks, so at least ten pids. */
    int distinct = 0, most = 0;
    for (int i = 0; i < N; i++) {
        int same = 0;
        bool seen = false;
        for (int k = 0; k < N; k++) {
            same += pids[k] == pids[i];
            seen |= k < i && pids[k] == pids[i];
        }
        distinct += !seen;
        most = same > most ? same : most;
    }
    CU_ASSERT(distinct >= N / 2);
    CU_ASSERT(most <= 2);
    CU_ASSERT(most >= 1);
    pf_pool_free(p);
}

static atomic_int *init_counter;

static void count_init(void *arg)
{
    atomic_fetch_add(init_counter, (int)(intptr_t)arg);
}

static void test_initializer(void)
{
    init_counter = mmap(NULL, 4096, PROT_READ | PROT_WRITE,
                        MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    pf_pool_options_t o = {
        .workers = 3, .initializer = count_init, .initarg = (void *)10};
    pf_pool_t *p;
    PFTEST_OK(pf_pool_new(&o, &p));
    long in[30], out[30];
    for (int i = 0; i < 30; i++)
        in[i] = i;
    PFTEST_OK(
        pf_pool_map(p, square, in, 30, sizeof(long), out, sizeof(long), 1));
    PFTEST_OK(pf_pool_close(p));
    PFTEST_OK(pf_pool_join(p, 30.0));
    CU_ASSERT_EQUAL(atomic_load(init_counter), 30);
    pf_pool_free(p);
    munmap(init_counter, 4096);
}

static void failing_init(void *arg)
{
    (void)arg;
    _exit(7);
}

/* Python hangs when every worker dies in its initializer; pfor fails the
 * work after three early deaths in a row. */
static void test_initializer_crash(void)
{
    pf_pool_options_t o = {.workers = 2, .initializer = failing_init};
    pf_pool_t *p;
    PFTEST_OK(pf_pool_new(&o, &p));
    long in[10], out[10];
    for (int i = 0; i < 10; i++)
        in[i] = i;
    pf_pool_failure_t f;
    pf_pool_map_args_t a = {.fn = square,
                            .in = in,
                            .in_size = sizeof(long),
                            .n = 10,
                            .out = out,
                            .out_size = sizeof(long),
                            .failure = &f};
    PFTEST_EXPECT(PF_EWORKER, pf_pool_map_ex(p, &a));
    CU_ASSERT_EQUAL(f.exit_status, 7);
    pf_pool_free(p);
}

static long cpu_ticks(pid_t pid)
{
    char path[64], buf[1024];
    snprintf(path, sizeof path, "/proc/%d/stat", (int)pid);
    FILE *f = fopen(path, "re");
    if (!f)
        return -1;
    size_t n = fread(buf, 1, sizeof buf - 1, f);
    fclose(f);
    buf[n] = '\0';
    char *p = strrchr(buf, ')');
    if (!p)
        return -1;
    unsigned long ut = 0, st = 0;
    /* Fields after the command: state is 3rd, utime 14th, stime 15th. */
    if (sscanf(p + 2, "%*c %*d %*d %*d %*d %*d %*u %*u %*u %*u %*u %lu %lu",
               &ut, &st) != 2)
        return -1;
    return (long)(ut + st);
}

static void test_idle_workers_sleep(void)
{
    pf_pool_t *p = make_pool(2);
    long in[100], out[100];
    for (int i = 0; i < 100; i++)
        in[i] = i;
    PFTEST_OK(
        pf_pool_map(p, square, in, 100, sizeof(long), out, sizeof(long), 1));
    usleep(200000); /* past the spinning phase */
    long before[2], after[2];
    for (int i = 0; i < 2; i++)
        before[i] = cpu_ticks(pf_pool_worker_pid(p, i));
    sleep(1);
    for (int i = 0; i < 2; i++) {
        after[i] = cpu_ticks(pf_pool_worker_pid(p, i));
        CU_ASSERT(before[i] >= 0);
        /* At most 30 ms of CPU in a second (noise), not a spinning core. */
        CU_ASSERT(after[i] - before[i] <= 3);
    }
    pf_pool_free(p);
}

static void count_progress(size_t done, size_t total, void *arg)
{
    size_t *last = arg;
    CU_ASSERT(done <= total);
    CU_ASSERT(done >= last[0]);
    last[0] = done;
    last[1]++;
}

static void test_progress(void)
{
    size_t last[2] = {0, 0};
    pf_pool_options_t o = {
        .workers = 2, .progress = count_progress, .progress_arg = last};
    pf_pool_t *p;
    PFTEST_OK(pf_pool_new(&o, &p));
    size_t n = 1000;
    long *in = iota(n), *out = calloc(n, sizeof *out);
    PFTEST_OK(
        pf_pool_map(p, square, in, n, sizeof(long), out, sizeof(long), 10));
    CU_ASSERT_EQUAL(last[0], n);
    CU_ASSERT(last[1] >= 2);
    free(in);
    free(out);
    pf_pool_free(p);
}

static void test_close_join(void)
{
    pf_pool_t *p = make_pool(2);
    struct counts c = {0};
    pf_pool_async_t *r[10];
    for (int i = 0; i < 10; i++)
        PFTEST_OK(pf_pool_apply_async(p, reverse, "xy", 2, count_ok, count_err,
                                      &c, &r[i]));
    PFTEST_EXPECT(PF_ESTATE, pf_pool_join(p, 1.0));
    PFTEST_OK(pf_pool_close(p));
    void *res;
    size_t len;
    PFTEST_EXPECT(PF_ECLOSED, pf_pool_apply(p, reverse, "a", 1, &res, &len));
    PFTEST_OK(pf_pool_join(p, 30.0));
    /* join waited for every task and callback. */
    CU_ASSERT_EQUAL(atomic_load(&c.ok), 10);
    for (int i = 0; i < 10; i++) {
        CU_ASSERT(pf_pool_async_successful(r[i]));
        pf_pool_async_free(r[i]);
    }
    CU_ASSERT_EQUAL(pftest_count_children(), 0);
    pf_pool_free(p);
}

static void test_terminate(void)
{
    pf_pool_t *p = make_pool(2);
    struct counts c = {0};
    enum { N = 40 };
    long in[N];
    int out[N];
    for (int i = 0; i < N; i++)
        in[i] = i;
    pf_pool_async_t *r, *r2;
    PFTEST_OK(pf_pool_map_async(p, slow_pid, in, N, sizeof(long), out,
                                sizeof(int), 1, count_ok, count_err, &c, &r));
    PFTEST_OK(pf_pool_apply_async(p, hang_task, NULL, 0, count_ok, count_err,
                                  &c, &r2));
    usleep(50000);
    PFTEST_OK(pf_pool_terminate(p));
    PFTEST_EXPECT(PF_ECANCELED, pf_pool_async_get(r, 30.0));
    PFTEST_EXPECT(PF_ECANCELED, pf_pool_async_get(r2, 30.0));
    CU_ASSERT_EQUAL(atomic_load(&c.err), 2);
    CU_ASSERT_EQUAL(atomic_load(&c.ok), 0);
    CU_ASSERT_EQUAL(pftest_count_children(), 0);
    PFTEST_OK(pf_pool_join(p, 10.0));
    pf_pool_async_free(r);
    pf_pool_async_free(r2);
    pf_pool_free(p);
}

static void test_free_working_pool(void)
{
    pf_pool_t *p = make_pool(2);
    struct counts c = {0};
    pf_pool_async_t *r;
    PFTEST_OK(pf_pool_apply_async(p, hang_task, NULL, 0, count_ok, count_err,
                                  &c, &r));
    long in[4] = {0, 1, 2, 3};
    pf_pool_iter_t *it;
    PFTEST_OK(
        pf_pool_imap(p, slow_pid, in, 4, sizeof(long), sizeof(int), 1, &it));
    usleep(20000);
    pf_pool_free(p);
    /* The handles outlive the pool, ready and canceled. */
    CU_ASSERT(pf_pool_async_ready(r));
    PFTEST_EXPECT(PF_ECANCELED, pf_pool_async_get(r, 0));
    CU_ASSERT_EQUAL(atomic_load(&c.err), 1);
    pf_pool_async_free(r);
    pf_pool_iter_free(it);
}

/* True when pid is gone or a zombie (reaping it is its new parent's job). */
static bool process_gone(pid_t pid)
{
    char path[64], buf[512];
    snprintf(path, sizeof path, "/proc/%d/stat", (int)pid);
    FILE *f = fopen(path, "re");
    if (!f)
        return true;
    size_t n = fread(buf, 1, sizeof buf - 1, f);
    fclose(f);
    buf[n] = '\0';
    char *p = strrchr(buf, ')');
    return p && (p[2] == 'Z' || p[2] == 'X');
}

static void test_parent_exit_kills_workers(void)
{
    int fds[2];
    CU_ASSERT_EQUAL_FATAL(pipe2(fds, O_CLOEXEC), 0);
    pid_t child = fork();
    if (child == 0) {
        pf_pool_t *p;
        pf_pool_options_t o = {.workers = 2};
        if (pf_pool_new(&o, &p) != 0)
            _exit(1);
        int pids[2] = {pf_pool_worker_pid(p, 0), pf_pool_worker_pid(p, 1)};
        if (write(fds[1], pids, sizeof pids) != sizeof pids)
            _exit(1);
        _exit(0); /* no pf_pool_free: the workers must go anyway */
    }
    close(fds[1]);
    int pids[2] = {0, 0};
    CU_ASSERT_EQUAL(read(fds[0], pids, sizeof pids), (ssize_t)sizeof pids);
    close(fds[0]);
    int status;
    CU_ASSERT_EQUAL(waitpid(child, &status, 0), child);
    for (int i = 0; i < 2; i++) {
        CU_ASSERT(pids[i] > 0);
        bool gone = false;
        for (int k = 0; k < 500 && !gone; k++) {
            gone = process_gone(pids[i]);
            if (!gone)
                usleep(10000);
        }
        CU_ASSERT(gone);
    }
}

static void *create_pool_thread(void *arg)
{
    pf_pool_options_t o = {.workers = 2};
    PFTEST_OK(pf_pool_new(&o, (pf_pool_t **)arg));
    return NULL;
}

/* Workers die with the thread that forked them (PR_SET_PDEATHSIG): the
 * pool's own thread forks them, so the creating thread may exit. */
static void test_creating_thread_may_exit(void)
{
    pf_pool_t *p = NULL;
    pthread_t t;
    CU_ASSERT_EQUAL_FATAL(pthread_create(&t, NULL, create_pool_thread, &p), 0);
    pthread_join(t, NULL);
    CU_ASSERT_PTR_NOT_NULL_FATAL(p);
    int before[2] = {pf_pool_worker_pid(p, 0), pf_pool_worker_pid(p, 1)};
    usleep(50000);
    long in[100], out[100];
    for (int i = 0; i < 100; i++)
        in[i] = i;
    PFTEST_OK(
        pf_pool_map(p, square, in, 100, sizeof(long), out, sizeof(long), 1));
    CU_ASSERT_EQUAL(out[99], 99 * 99);
    CU_ASSERT_EQUAL(pf_pool_worker_pid(p, 0), before[0]);
    CU_ASSERT_EQUAL(pf_pool_worker_pid(p, 1), before[1]);
    pf_pool_free(p);
}

/* In a forked copy of the pool's owner: every call is refused with
 * PF_ESTATE (never a hang on the missing result thread), and free releases
 * only the copy.  Exit code: 0, or which check failed. */
static int use_inherited_pool(void *arg)
{
    pf_pool_t *p = arg;
    long in[4] = {1, 2, 3, 4}, out[4];
    void *res;
    size_t len;
    if (pf_pool_map(p, square, in, 4, sizeof(long), out, sizeof(long), 0) !=
        PF_ESTATE)
        return 1;
    if (pf_pool_apply(p, pid_task, NULL, 0, &res, &len) != PF_ESTATE)
        return 2;
    if (pf_pool_close(p) != PF_ESTATE || pf_pool_terminate(p) != PF_ESTATE ||
        pf_pool_join(p, 1.0) != PF_ESTATE)
        return 3;
    pf_pool_free(p);
    return 0;
}

static void test_forked_copy_refused(void)
{
    pf_pool_t *p;
    PFTEST_OK(pf_pool_new(&(pf_pool_options_t){.workers = 2}, &p));
    CU_ASSERT_EQUAL(pftest_reap(pftest_spawn(use_inherited_pool, p)), 0);
    /* The owner's pool and workers are untouched. */
    long in[64], out[64];
    for (int i = 0; i < 64; i++)
        in[i] = i;
    PFTEST_OK(pf_pool_map(p, square, in, 64, sizeof(long), out, sizeof(long),
                          0));
    CU_ASSERT_EQUAL(out[63], 63 * 63);
    PFTEST_OK(pf_pool_close(p));
    PFTEST_OK(pf_pool_join(p, 30.0));
    pf_pool_free(p);
}

static void test_bad_arguments(void)
{
    pf_pool_t *p = NULL;
    pf_pool_options_t o = {.workers = -1};
    PFTEST_EXPECT(PF_EINVAL, pf_pool_new(&o, &p));
    CU_ASSERT_PTR_NULL(p);
    PFTEST_EXPECT(PF_EINVAL, pf_pool_new(NULL, NULL));
    pf_pool_free(NULL);
    long in[4] = {1, 2, 3, 4}, out[4];
    void *res;
    size_t len;
    PFTEST_EXPECT(PF_EINVAL, pf_pool_map(NULL, square, in, 4, sizeof(long), out,
                                         sizeof(long), 0));
    p = make_pool(1);
    PFTEST_EXPECT(PF_EINVAL, pf_pool_map(p, NULL, in, 4, sizeof(long), out,
                                         sizeof(long), 0));
    PFTEST_EXPECT(PF_EINVAL,
                  pf_pool_map(p, square, in, 4, 0, out, sizeof(long), 0));
    PFTEST_EXPECT(PF_EINVAL, pf_pool_map(p, square, NULL, 4, sizeof(long), out,
                                         sizeof(long), 0));
    PFTEST_EXPECT(PF_EINVAL, pf_pool_map(p, square, in, 4, sizeof(long), NULL,
                                         sizeof(long), 0));
    pf_pool_map_args_t both = {.fn = square,
                               .star_fn = zip3,
                               .in = in,
                               .in_size = sizeof(long),
                               .n = 4};
    PFTEST_EXPECT(PF_EINVAL, pf_pool_map_ex(p, &both));
    PFTEST_EXPECT(PF_EINVAL, pf_pool_map_ex(p, NULL));
    pf_pool_map_args_t no_in = {
        .fn = square, .in_size = 8, .n = 4, .out = out, .out_size = 8};
    PFTEST_EXPECT(PF_EINVAL, pf_pool_map_ex(p, &no_in));
    PFTEST_EXPECT(PF_EINVAL,
                  pf_pool_starmap(p, zip3, 0, NULL, NULL, 4, out, 8, 0));
    static char huge[1 << 20];
    PFTEST_EXPECT(PF_ETOOBIG, pf_pool_map(p, square, huge, 1, sizeof huge, out,
                                          sizeof(long), 0));
    PFTEST_EXPECT(PF_EINVAL, pf_pool_apply(p, NULL, NULL, 0, &res, &len));
    PFTEST_EXPECT(PF_EINVAL, pf_pool_apply(p, reverse, NULL, 3, &res, &len));
    PFTEST_EXPECT(PF_EINVAL, pf_pool_apply(p, reverse, "a", 1, NULL, &len));
    PFTEST_EXPECT(PF_EINVAL, pf_pool_apply_async(p, reverse, "a", 1, NULL, NULL,
                                                 NULL, NULL));
    PFTEST_EXPECT(PF_EINVAL, pf_pool_imap(p, square, in, 4, sizeof(long),
                                          sizeof(long), 0, NULL));
    PFTEST_EXPECT(PF_EINVAL, pf_pool_iter_next(NULL, out, NULL, 0, NULL));
    PFTEST_EXPECT(PF_EINVAL, pf_pool_async_get(NULL, 0));
    CU_ASSERT(!pf_pool_async_ready(NULL));
    pf_pool_async_free(NULL);
    pf_pool_iter_free(NULL);
    PFTEST_EXPECT(PF_EINVAL, pf_pool_worker_pid(p, 5));
    PFTEST_OK(pf_pool_close(p));
    PFTEST_EXPECT(PF_ECLOSED, pf_pool_map(p, square, in, 4, sizeof(long), out,
                                          sizeof(long), 0));
    PFTEST_OK(pf_pool_join(p, 10.0));
    PFTEST_EXPECT(PF_ECLOSED, pf_pool_apply(p, reverse, "a", 1, &res, &len));
    pf_pool_free(p);
}

void pftest_main(void)
{
    pftest_suite("pool");
    pftest_add("map at several chunk sizes", test_map_chunksizes);
    pftest_add("starmap: structs and zipped arrays", test_starmap);
    pftest_add("imap ordered and unordered", test_imap_ordered_and_unordered);
    pftest_add("apply with bytes of any size", test_apply_bytes);
    pftest_add("apply_async callbacks counted", test_apply_async_callbacks);
    pftest_add("a callback submits work", test_callback_submits_work);
    pftest_add("map_async", test_map_async);
    pftest_add("item errors", test_item_errors);
    pftest_add("SIGSEGV fails one item", test_segv_fails_one_item);
    pftest_add("worker SIGKILLed from outside",
               test_worker_killed_from_outside);
    pftest_add("task timeout", test_timeout);
    pftest_add("maxtasksperchild", test_maxtasksperchild);
    pftest_add("initializer once per worker", test_initializer);
    pftest_add("initializer that crashes", test_initializer_crash);
    pftest_add("idle workers sleep", test_idle_workers_sleep);
    pftest_add("progress callback", test_progress);
    pftest_add("close and join", test_close_join);
    pftest_add("terminate", test_terminate);
    pftest_add("free a working pool", test_free_working_pool);
    pftest_add("parent exit kills workers", test_parent_exit_kills_workers);
    pftest_add("creating thread may exit", test_creating_thread_may_exit);
    pftest_add("forked copy refused", test_forked_copy_refused);
    pftest_add("bad arguments", test_bad_arguments);
}
