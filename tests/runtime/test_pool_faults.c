/* test_pool_faults.c - pf_pool when workers die at awkward moments: killed
 * while the pool is idle (noticed, reaped, replaced; large tasks resent,
 * never PF_EPIPE), a SIGCHLD handler or SIG_IGN reaping workers behind the
 * pool's back, and sync calls with a bounded wait (pf_pool_map_ex's
 * timeout, pf_pool_apply_ex). */
#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
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

/* The item 5 kills its own worker. */
static int die_on_5(const void *in, void *out, void *arg)
{
    (void)arg;
    long x = *(const long *)in;
    if (x == 5)
        raise(SIGKILL);
    *(long *)out = x * x;
    return 0;
}

static int sleep_on_3(const void *in, void *out, void *arg)
{
    (void)arg;
    long x = *(const long *)in;
    if (x == 3)
        sleep(1);
    *(long *)out = x;
    return 0;
}

/* Bytes task: the sum of the input's bytes, as a long. */
static int byte_sum(const void *in, size_t len, pf_pool_out_t *out)
{
    long sum = 0;
    for (size_t i = 0; i < len; i++)
        sum += ((const unsigned char *)in)[i];
    return pf_pool_out_set(out, &sum, sizeof sum);
}

static int sleep_task(const void *in, size_t len, pf_pool_out_t *out)
{
    (void)in;
    (void)len;
    (void)out;
    sleep(20);
    return 0;
}

/* ---- helpers ---- */

/* True while `pid` exists as a process (alive or zombie). */
static int process_exists(pid_t pid)
{
    char path[64];
    snprintf(path, sizeof path, "/proc/%d", (int)pid);
    struct stat st;
    return stat(path, &st) == 0;
}

/* Wait (at most 10 s: a hang guard, not a timing assertion) until worker
 * i has a pid other than `old`.  Returns the new pid or 0. */
static pid_t wait_replaced(pf_pool_t *pool, int i, pid_t old)
{
    for (int k = 0; k < 1000; k++) {
        int pid = pf_pool_worker_pid(pool, i);
        if (pid > 0 && pid != old)
            return pid;
        usleep(10000);
    }
    return 0;
}

/* Wait (at most 10 s) until `pid` is gone from /proc: reaped. */
static int wait_gone(pid_t pid)
{
    for (int k = 0; k < 1000; k++) {
        if (!process_exists(pid))
            return 1;
        usleep(10000);
    }
    return 0;
}

/* ---- killed while idle ---- */

/* A worker SIGKILLed while the pool has nothing to do is reaped (no
 * zombie is left) and replaced without any call on the pool.  Failed
 * before: the zombie stayed until the next call reaped it. */
static void test_idle_death_reaped_and_replaced(void)
{
    pf_pool_t *pool;
    PFTEST_OK(pf_pool_new(&(pf_pool_options_t){.workers = 2}, &pool));
    for (int round = 0; round < 5; round++) {
        pid_t victim = pf_pool_worker_pid(pool, round % 2);
        CU_ASSERT_FATAL(victim > 0);
        kill(victim, SIGKILL);
        CU_ASSERT(wait_gone(victim));
        CU_ASSERT(wait_replaced(pool, round % 2, victim) > 0);
    }
    long in[64], out[64];
    for (int i = 0; i < 64; i++)
        in[i] = i;
    PFTEST_OK(
        pf_pool_map(pool, square, in, 64, sizeof *in, out, sizeof *out, 1));
    for (int i = 0; i < 64; i++)
        CU_ASSERT_EQUAL(out[i], (long)i * i);
    pf_pool_free(pool);
}

/* A large task (its input travels in a memfd over the worker's socket)
 * sent right after its worker was killed while idle is run by the
 * replacement: never PF_EPIPE.  Failed before: every such apply returned
 * PF_EPIPE until something else reaped the worker. */
static void test_large_apply_after_idle_death(void)
{
    pf_pool_t *pool;
    PFTEST_OK(pf_pool_new(&(pf_pool_options_t){.workers = 1}, &pool));
    size_t len = 1 << 20;
    unsigned char *big = malloc(len);
    CU_ASSERT_FATAL(big != NULL);
    long want = 0;
    for (size_t i = 0; i < len; i++) {
        big[i] = (unsigned char)(i * 7);
        want += big[i];
    }
    for (int round = 0; round < 20; round++) {
        pid_t victim = pf_pool_worker_pid(pool, 0);
        if (victim > 0) {
            kill(victim, SIGKILL);
            /* Half the time, give the death time to be noticed first
             * (at most a second: that is the point of the test). */
            for (int k = 0; round % 2 && k < 1000 && process_exists(victim) &&
                            pf_pool_worker_pid(pool, 0) == victim;
                 k++)
                usleep(1000);
        }
        void *res = NULL;
        size_t rlen = 0;
        int rc = pf_pool_apply(pool, byte_sum, big, len, &res, &rlen);
        PFTEST_OK(rc);
        if (rc == 0) {
            CU_ASSERT_EQUAL(rlen, sizeof(long));
            CU_ASSERT_EQUAL(*(long *)res, want);
        }
        free(res);
    }
    free(big);
    pf_pool_free(pool);
}

/* The same through apply_async with callbacks, several in flight. */
static int async_ok, async_err;
static void count_ok(pf_pool_async_t *r, void *arg)
{
    (void)r;
    (void)arg;
    __atomic_fetch_add(&async_ok, 1, __ATOMIC_SEQ_CST);
}
static void count_err(pf_pool_async_t *r, int code, void *arg)
{
    (void)r;
    (void)code;
    (void)arg;
    __atomic_fetch_add(&async_err, 1, __ATOMIC_SEQ_CST);
}

static void test_large_apply_async_after_idle_death(void)
{
    pf_pool_t *pool;
    PFTEST_OK(pf_pool_new(&(pf_pool_options_t){.workers = 2}, &pool));
    size_t len = 512 << 10;
    unsigned char *big = calloc(1, len);
    CU_ASSERT_FATAL(big != NULL);
    big[0] = 9;
    async_ok = async_err = 0;
    pf_pool_async_t *r[16];
    for (int k = 0; k < 16; k++) {
        pid_t victim = pf_pool_worker_pid(pool, k % 2);
        if (victim > 0 && k % 4 == 0)
            kill(victim, SIGKILL);
        PFTEST_OK(pf_pool_apply_async(pool, byte_sum, big, len, count_ok,
                                      count_err, NULL, &r[k]));
    }
    for (int k = 0; k < 16; k++) {
        /* An idle-time death resends the task: it succeeds.  The kill may
         * also land while the task runs: then PF_EWORKER, never EPIPE. */
        int rc = pf_pool_async_get(r[k], PF_FOREVER);
        CU_ASSERT(rc == 0 || rc == PF_EWORKER);
        if (rc == 0) {
            const void *v;
            size_t vlen;
            PFTEST_OK(pf_pool_async_value(r[k], &v, &vlen));
            CU_ASSERT_EQUAL(*(const long *)v, 9);
        }
        pf_pool_async_free(r[k]);
    }
    CU_ASSERT_EQUAL(async_ok + async_err, 16);
    free(big);
    pf_pool_free(pool);
}

/* ---- children reaped behind the pool's back ---- */

static void reap_everything(int sig)
{
    (void)sig;
    int saved = errno;
    while (waitpid(-1, NULL, WNOHANG) > 0)
        ;
    errno = saved;
}

static int process_fn(void *arg)
{
    return (int)(intptr_t)arg;
}

/* In a child (so that its SIGCHLD disposition stays there): with SIGCHLD
 * handled by `handler` (a function that reaps everything, or SIG_IGN), a
 * crashing item still fails with PF_EWORKER, the pool goes on, retiring
 * workers are replaced, and pf_process reports PF_ECHILD or the right
 * code; nothing hangs.  Returns 0 or the number of the failed check. */
static int with_sigchld(void *arg)
{
    void (*handler)(int) = (void (*)(int))arg;
    struct sigaction sa = {.sa_handler = handler,
                           .sa_flags = SA_RESTART | SA_NOCLDSTOP};
    sigemptyset(&sa.sa_mask);
    sigaction(SIGCHLD, &sa, NULL);
    pf_pool_t *pool;
    if (pf_pool_new(&(pf_pool_options_t){.workers = 2, .maxtasksperchild = 3},
                    &pool) != 0)
        return 1;
    long in[40], out[40];
    for (int i = 0; i < 40; i++)
        in[i] = i;
    pf_pool_failure_t f;
    for (int round = 0; round < 3; round++) {
        memset(&f, 0, sizeof f);
        pf_pool_map_args_t a = {.fn = die_on_5,
                                .in = in,
                                .in_size = sizeof *in,
                                .n = 40,
                                .out = out,
                                .out_size = sizeof *out,
                                .chunksize = 1,
                                .failure = &f};
        int rc = pf_pool_map_ex(pool, &a);
        if (rc != PF_EWORKER || f.index != 5)
            return 2;
        /* The status: SIGKILL when the pool reaped the worker, unknown
         * (no signal, no exit status) when the handler did; never made
         * up (it used to read "exit status 255"). */
        if (!(f.exit_status == -1 && (f.signal == SIGKILL || f.signal == 0)))
            return 8;
        for (int i = 0; i < 40; i++)
            if (i != 5 && out[i] != (long)i * i)
                return 3;
        if (pf_pool_map(pool, square, in, 40, sizeof *in, out, sizeof *out,
                        1) != 0)
            return 4;
    }
    pf_pool_free(pool);
    for (int k = 0; k < 5; k++) {
        pf_process_t *p;
        if (pf_process_new(process_fn, (void *)(intptr_t)7, NULL, &p) != 0 ||
            pf_process_start(p) != 0)
            return 5;
        int rc = pf_process_join(p, PF_FOREVER);
        int code = -100;
        if (rc == 0 && (pf_process_exitcode(p, &code) != 0 || code != 7))
            return 6;
        if (rc != 0 && rc != PF_ECHILD)
            return 7;
        pf_process_free(p);
    }
    return 0;
}

static void test_sigchld_handler_reaps_everything(void)
{
    CU_ASSERT_EQUAL(
        pftest_reap(pftest_spawn(with_sigchld, (void *)reap_everything)), 0);
}

static void test_sigchld_ignored(void)
{
    CU_ASSERT_EQUAL(pftest_reap(pftest_spawn(with_sigchld, (void *)SIG_IGN)),
                    0);
}

/* ---- bounded waits ---- */

/* pf_pool_map_ex with a timeout: PF_ETIMEDOUT, and nothing writes into
 * out or status after the call returned; the pool goes on. */
static void test_map_timeout(void)
{
    pf_pool_t *pool;
    PFTEST_OK(pf_pool_new(&(pf_pool_options_t){.workers = 2}, &pool));
    long in[8], *out = malloc(8 * sizeof *out);
    int *status = malloc(8 * sizeof *status);
    for (int i = 0; i < 8; i++)
        in[i] = i;
    pf_pool_map_args_t a = {.fn = sleep_on_3,
                            .in = in,
                            .in_size = sizeof *in,
                            .n = 8,
                            .out = out,
                            .out_size = sizeof *out,
                            .chunksize = 1,
                            .status = status,
                            .timeout = 0.3};
    PFTEST_EXPECT(PF_ETIMEDOUT, pf_pool_map_ex(pool, &a));
    /* Poison the buffers: a late result would overwrite the marks. */
    for (int i = 0; i < 8; i++) {
        out[i] = -1;
        status[i] = -1;
    }
    long sq[8], want[8];
    for (int i = 0; i < 8; i++)
        want[i] = (long)i * i;
    /* The pool goes on; some of these items wait behind item 3, whose
     * late result (and those of the records behind it) arrives during
     * this call and must be dropped, not written into out or status. */
    PFTEST_OK(pf_pool_map(pool, square, in, 8, sizeof *in, sq, sizeof *sq, 1));
    CU_ASSERT(memcmp(sq, want, sizeof sq) == 0);
    for (int i = 0; i < 8; i++) {
        CU_ASSERT_EQUAL(out[i], -1);
        CU_ASSERT_EQUAL(status[i], -1);
    }
    pf_pool_free(pool);
    free(out);
    free(status);
}

static void test_apply_timeout(void)
{
    pf_pool_t *pool;
    PFTEST_OK(pf_pool_new(&(pf_pool_options_t){.workers = 1}, &pool));
    void *res = (void *)1;
    size_t len = 1;
    PFTEST_EXPECT(PF_ETIMEDOUT,
                  pf_pool_apply_ex(pool, sleep_task, "x", 1, &res, &len, 0.2));
    CU_ASSERT_PTR_NULL(res);
    CU_ASSERT_EQUAL(len, 0);
    /* Without a timeout it works as pf_pool_apply. */
    char data[3] = {1, 2, 3};
    pf_pool_terminate(pool); /* the sleeping task is canceled */
    pf_pool_free(pool);
    PFTEST_OK(pf_pool_new(&(pf_pool_options_t){.workers = 1}, &pool));
    PFTEST_OK(
        pf_pool_apply_ex(pool, byte_sum, data, 3, &res, &len, PF_FOREVER));
    CU_ASSERT_EQUAL(*(long *)res, 6);
    free(res);
    pf_pool_free(pool);
}

/* starmap's bounded form is pf_pool_map_ex with star_fn. */
static int star_sleep(const void *const *args, void *out, void *arg)
{
    (void)arg;
    long x = *(const long *)args[0];
    if (x == 1)
        sleep(20);
    *(long *)out = x;
    return 0;
}

static void test_starmap_timeout(void)
{
    pf_pool_t *pool;
    PFTEST_OK(pf_pool_new(&(pf_pool_options_t){.workers = 1}, &pool));
    long xs[4] = {0, 1, 2, 3}, out[4];
    const void *ins[1] = {xs};
    size_t sizes[1] = {sizeof(long)};
    pf_pool_map_args_t a = {.star_fn = star_sleep,
                            .nargs = 1,
                            .star_in = ins,
                            .star_sizes = sizes,
                            .n = 4,
                            .out = out,
                            .out_size = sizeof(long),
                            .chunksize = 1,
                            .timeout = 0.2};
    PFTEST_EXPECT(PF_ETIMEDOUT, pf_pool_map_ex(pool, &a));
    pf_pool_free(pool);
}

void pftest_main(void)
{
    pftest_suite("pool faults");
    pftest_add("idle death: reaped and replaced",
               test_idle_death_reaped_and_replaced);
    pftest_add("large apply after an idle death",
               test_large_apply_after_idle_death);
    pftest_add("large apply_async after idle deaths",
               test_large_apply_async_after_idle_death);
    pftest_add("SIGCHLD handler reaps everything",
               test_sigchld_handler_reaps_everything);
    pftest_add("SIGCHLD ignored", test_sigchld_ignored);
    pftest_add("map_ex timeout", test_map_timeout);
    pftest_add("apply_ex timeout", test_apply_timeout);
    pftest_add("starmap timeout", test_starmap_timeout);
}
