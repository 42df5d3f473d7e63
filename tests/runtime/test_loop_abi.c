/* test_loop_abi.c - the pfc_ calls, written exactly in the shape pforc's
 * generated code has (pfor_abi.h): reductions, collect, schedules, the
 * loop variable's final value, ranges near the type's limits. */
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

#include "pfor.h"
#include "pfor_abi.h"
#include "pftest.h"

static const long worker_counts[] = {1, 2, 3, 7};
#define NWORKERS (sizeof worker_counts / sizeof worker_counts[0])

static const pfc_schedule_t schedules[] = {PFC_SCHED_DEFAULT, PFC_SCHED_STATIC,
                                           PFC_SCHED_DYNAMIC, PFC_SCHED_GUIDED};

/* #pragma pfor parallel for reduction(+:sum) collect(out) workers(w)
 *     schedule(kind, chunk)
 * for (long i = 0; i < n; i++) { out[i] = i * 0.5; sum += 1.0 / (i + 1); }
 */
static double lowered_sum(long n, long w, pfc_schedule_t kind, long chunk,
                          double timeout, double *out, long *final_i)
{
    double sum = 0.25;
    long i;
    {
        pfc_loop_t *__pf_loop = pfc_loop_new("test_loop_abi.c", 27);
        typedef long __pf_iv_t;
        PFC_RANGE(__pf_loop, __pf_iv_t, 0, n, 1, PFC_LT);
        pfc_loop_workers(__pf_loop, w);
        pfc_loop_schedule(__pf_loop, kind, chunk);
        if (timeout > 0)
            pfc_loop_timeout(__pf_loop, timeout);
        pfc_loop_reduce(__pf_loop, PF_OP_ADD, PF_TYPE_OF(sum), &sum, 1);
        pfc_loop_collect(__pf_loop, &out[0], sizeof out[0]);
        pfc_loop_start(__pf_loop);
        {
            __typeof__(sum) sum;
            unsigned long long __pf_k, __pf_end;
            while (pfc_loop_next(__pf_loop, &__pf_k, &__pf_end)) {
                pfc_loop_identity(__pf_loop, 0, &sum);
                for (; __pf_k < __pf_end; __pf_k++) {
                    __pf_iv_t i = PFC_IV(__pf_loop, __pf_iv_t, __pf_k);
                    out[i] = (double)i * 0.5;
                    sum += 1.0 / (double)(i + 1);
                }
                pfc_loop_deposit(__pf_loop, 0, &sum);
            }
        }
        i = PFC_IV(__pf_loop, __pf_iv_t, pfc_loop_trips(__pf_loop));
        pfc_loop_end(__pf_loop);
    }
    *final_i = i;
    return sum;
}

/* Every worker count and schedule gives the serial bits and elements;
 * with a timeout the parent only supervises and the workers do it all. */
static void check_sum_collect(double timeout)
{
    long sizes[] = {0, 1, 2, 5, 1000, 100003};
    for (size_t s = 0; s < sizeof sizes / sizeof sizes[0]; s++) {
        long n = sizes[s];
        double *out = calloc((size_t)n + 1, sizeof *out);
        double serial = 0.25;
        long fi;
        double ref = lowered_sum(n, 1, PFC_SCHED_DEFAULT, 0, 0, out, &fi);
        CU_ASSERT_EQUAL(fi, n);
        (void)serial;
        for (size_t w = 0; w < NWORKERS; w++)
            for (size_t k = 0; k < 4; k++) {
                memset(out, 0, ((size_t)n + 1) * sizeof *out);
                out[n] = -1;
                long chunk = k == 1 ? 7 : k == 2 ? 3 : 0;
                double got = lowered_sum(n, worker_counts[w], schedules[k],
                                         chunk, timeout, out, &fi);
                CU_ASSERT(memcmp(&got, &ref, sizeof got) == 0);
                CU_ASSERT_EQUAL(fi, n);
                int bad = 0;
                for (long i = 0; i < n; i++)
                    bad += out[i] != (double)i * 0.5;
                CU_ASSERT_EQUAL(bad, 0);
                CU_ASSERT_EQUAL(out[n], -1);
            }
        free(out);
    }
}

static void test_sum_collect_bits(void)
{
    check_sum_collect(0);
}

/* Regression: with a timeout the parent took stretches although it is no
 * participant then, and the staging (empty for those) overwrote them. */
static void test_sum_collect_with_timeout(void)
{
    check_sum_collect(60);
}

/* for (unsigned char c = lo; c <= hi; c += 3) with a reduction of the
 * values; also negative steps on signed types. */
static void test_ranges_near_limits(void)
{
    for (size_t w = 0; w < NWORKERS; w++) {
        unsigned sum = 0, expect = 0;
        unsigned char c;
        for (c = 200; c < 255; c += 5)
            expect += c;
        unsigned char serial_final = c;
        {
            pfc_loop_t *__pf_loop = pfc_loop_new("limits.c", 1);
            typedef unsigned char __pf_iv_t;
            PFC_RANGE(__pf_loop, __pf_iv_t, 200, 255, 5, PFC_LT);
            pfc_loop_workers(__pf_loop, worker_counts[w]);
            pfc_loop_reduce(__pf_loop, PF_OP_ADD, PF_TYPE_OF(sum), &sum, 1);
            pfc_loop_start(__pf_loop);
            {
                __typeof__(sum) sum;
                unsigned long long __pf_k, __pf_end;
                while (pfc_loop_next(__pf_loop, &__pf_k, &__pf_end)) {
                    pfc_loop_identity(__pf_loop, 0, &sum);
                    for (; __pf_k < __pf_end; __pf_k++) {
                        __pf_iv_t c = PFC_IV(__pf_loop, __pf_iv_t, __pf_k);
                        sum += c;
                    }
                    pfc_loop_deposit(__pf_loop, 0, &sum);
                }
            }
            c = PFC_IV(__pf_loop, __pf_iv_t, pfc_loop_trips(__pf_loop));
            pfc_loop_end(__pf_loop);
        }
        CU_ASSERT_EQUAL(sum, expect);
        CU_ASSERT_EQUAL(c, serial_final);

        /* unsigned long long ending at the type's maximum, step -7 down
         * to 10 from near the top; and a downward signed loop. */
        unsigned long long x = 0, xe = 0, u;
        for (u = ULLONG_MAX; u > ULLONG_MAX - 1000; u -= 7)
            xe ^= u;
        unsigned long long ufinal = u;
        {
            pfc_loop_t *__pf_loop = pfc_loop_new("limits.c", 2);
            typedef unsigned long long __pf_iv_t;
            PFC_RANGE(__pf_loop, __pf_iv_t, ULLONG_MAX, ULLONG_MAX - 1000, -7,
                      PFC_GT);
            pfc_loop_workers(__pf_loop, worker_counts[w]);
            pfc_loop_schedule(__pf_loop, PFC_SCHED_DYNAMIC, 5);
            pfc_loop_reduce(__pf_loop, PF_OP_BXOR, PF_TYPE_OF(x), &x, 1);
            pfc_loop_start(__pf_loop);
            {
                __typeof__(x) x;
                unsigned long long __pf_k, __pf_end;
                while (pfc_loop_next(__pf_loop, &__pf_k, &__pf_end)) {
                    pfc_loop_identity(__pf_loop, 0, &x);
                    for (; __pf_k < __pf_end; __pf_k++) {
                        __pf_iv_t u = PFC_IV(__pf_loop, __pf_iv_t, __pf_k);
                        x ^= u;
                    }
                    pfc_loop_deposit(__pf_loop, 0, &x);
                }
            }
            u = PFC_IV(__pf_loop, __pf_iv_t, pfc_loop_trips(__pf_loop));
            pfc_loop_end(__pf_loop);
        }
        CU_ASSERT_EQUAL(x, xe);
        CU_ASSERT_EQUAL(u, ufinal);

        long long m = LLONG_MAX, me = LLONG_MAX;
        int si;
        for (si = INT_MAX; si >= INT_MAX - 100000; si -= 3)
            me = si % 1000 < me ? si % 1000 : me;
        int sfinal = si;
        {
            pfc_loop_t *__pf_loop = pfc_loop_new("limits.c", 3);
            typedef int __pf_iv_t;
            PFC_RANGE(__pf_loop, __pf_iv_t, INT_MAX, INT_MAX - 100000, -3,
                      PFC_GE);
            pfc_loop_workers(__pf_loop, worker_counts[w]);
            pfc_loop_schedule(__pf_loop, PFC_SCHED_GUIDED, 2);
            pfc_loop_reduce(__pf_loop, PF_OP_MIN, PF_TYPE_OF(m), &m, 1);
            pfc_loop_start(__pf_loop);
            {
                __typeof__(m) m;
                unsigned long long __pf_k, __pf_end;
                while (pfc_loop_next(__pf_loop, &__pf_k, &__pf_end)) {
                    pfc_loop_identity(__pf_loop, 0, &m);
                    for (; __pf_k < __pf_end; __pf_k++) {
                        __pf_iv_t si = PFC_IV(__pf_loop, __pf_iv_t, __pf_k);
                        m = si % 1000 < m ? si % 1000 : m;
                    }
                    pfc_loop_deposit(__pf_loop, 0, &m);
                }
            }
            si = PFC_IV(__pf_loop, __pf_iv_t, pfc_loop_trips(__pf_loop));
            pfc_loop_end(__pf_loop);
        }
        CU_ASSERT_EQUAL(m, me);
        CU_ASSERT_EQUAL(si, sfinal);
    }
}

/* Endless loops and zero steps stop the program with a message. */
static void expect_refused(int which)
{
    pid_t pid = fork();
    if (pid == 0) {
        int devnull = open("/dev/null", O_WRONLY);
        dup2(devnull, 2);
        pfc_loop_t *loop = pfc_loop_new("refuse.c", which);
        if (which == 0) {
            typedef unsigned char T;
            PFC_RANGE(loop, T, 0, 255, 1, PFC_LE);
        } else if (which == 1) {
            typedef int T;
            PFC_RANGE(loop, T, 0, 10, 0, PFC_LT);
        } else if (which == 2) {
            typedef long T;
            PFC_RANGE(loop, T, 0, 10, -1, PFC_LT);
        } else {
            typedef unsigned T;
            PFC_RANGE(loop, T, 5, 0, -1, PFC_GE);
        }
        _exit(0);
    }
    int status;
    waitpid(pid, &status, 0);
    CU_ASSERT(WIFEXITED(status) && WEXITSTATUS(status) == 1);
}

static void test_endless_refused(void)
{
    for (int w = 0; w < 4; w++)
        expect_refused(w);
    /* Zero trips are fine whatever the step. */
    pfc_loop_t *loop = pfc_loop_new("zero.c", 1);
    typedef int T;
    PFC_RANGE(loop, T, 10, 0, 1, PFC_LT);
    CU_ASSERT_EQUAL(pfc_loop_trips(loop), 0);
    pfc_loop_start(loop);
    unsigned long long k, end;
    CU_ASSERT_EQUAL(pfc_loop_next(loop, &k, &end), 0);
    pfc_loop_end(loop);
}

/* #pragma pfor parallel for reduction(+:sum) collect(out) workers(2)
 *     retries(retries) timeout(timeout)
 * for (int i = 0; i < 1000; i++) {
 *     if (i == 777 && not the parent && *first) { *first = 0; crash }
 *     out[i] = i; sum += i;
 * }
 * with the cursor stored as generated code does.  Runs in a forked child
 * (pfc_loop_end stops the program on failure); returns its exit status
 * and what it wrote on stderr. */
struct fault_case {
    long retries;
    double timeout;
    int how;
    volatile int *first;
};

static int fault_child(void *arg)
{
    const struct fault_case *c = arg;
    long retries = c->retries;
    double timeout = c->timeout;
    int how = c->how;
    volatile int *first = c->first;
    {
        pid_t parent = getpid();
        double out[1000] = {0};
        double sum = 5;
        int i;
        {
            pfc_loop_t *__pf_loop = pfc_loop_new("fault.c", 99);
            typedef int __pf_iv_t;
            PFC_RANGE(__pf_loop, __pf_iv_t, 0, 1000, 1, PFC_LT);
            pfc_loop_workers(__pf_loop, 2);
            pfc_loop_retries(__pf_loop, retries);
            pfc_loop_timeout(__pf_loop, timeout);
            pfc_loop_reduce(__pf_loop, PF_OP_ADD, PF_TYPE_OF(sum), &sum, 1);
            pfc_loop_collect(__pf_loop, &out[0], sizeof out[0]);
            pfc_loop_start(__pf_loop);
            {
                __typeof__(sum) sum;
                volatile unsigned long long *__pf_cursor =
                    pfc_loop_cursor(__pf_loop);
                unsigned long long __pf_k, __pf_end;
                while (pfc_loop_next(__pf_loop, &__pf_k, &__pf_end)) {
                    pfc_loop_identity(__pf_loop, 0, &sum);
                    for (; __pf_k < __pf_end; __pf_k++) {
                        __pf_iv_t i = PFC_IV(__pf_loop, __pf_iv_t, __pf_k);
                        *__pf_cursor = __pf_k;
                        if (i == 777 && getpid() != parent &&
                            (first == NULL ||
                             __atomic_exchange_n(first, 0, __ATOMIC_SEQ_CST))) {
                            if (how == 0) {
                                signal(SIGSEGV, SIG_DFL);
                                raise(SIGSEGV);
                            }
                            for (;;)
                                pause();
                        }
                        out[i] = i;
                        sum += i;
                    }
                    pfc_loop_deposit(__pf_loop, 0, &sum);
                }
            }
            i = PFC_IV(__pf_loop, __pf_iv_t, pfc_loop_trips(__pf_loop));
            pfc_loop_end(__pf_loop);
        }
        int bad = sum != 5 + 999 * 1000 / 2 || i != 1000;
        for (int j = 0; j < 1000; j++)
            bad += out[j] != j;
        return bad ? 2 : 0;
    }
}

static int lowered_fault(long retries, double timeout, int how,
                         volatile int *first, char *err, size_t size)
{
    struct fault_case c = {retries, timeout, how, first};
    return pftest_capture(fault_child, &c, err, size);
}

/* The shape pforc emits: the cursor stored once per stretch.  Static
 * chunks of 100 dealt in turn to two workers (collect: the parent only
 * supervises), so the chunk 700..799 is always worker 2's; it crashes at
 * i == 777.
 * Returns the child's exit status; its stderr in err. */
static int stretch_crash_child(void *arg)
{
    long retries = *(const long *)arg;
    {
        pid_t parent = getpid();
        static double out[1000];
        {
            pfc_loop_t *__pf_loop = pfc_loop_new("stretch.c", 7);
            typedef int __pf_iv_t;
            PFC_RANGE(__pf_loop, __pf_iv_t, 0, 1000, 1, PFC_LT);
            pfc_loop_workers(__pf_loop, 2);
            pfc_loop_schedule(__pf_loop, PFC_SCHED_STATIC, 100);
            pfc_loop_retries(__pf_loop, retries);
            pfc_loop_collect(__pf_loop, &out[0], sizeof out[0]);
            pfc_loop_start(__pf_loop);
            {
                volatile unsigned long long *__pf_cursor =
                    pfc_loop_cursor(__pf_loop);
                unsigned long long __pf_k, __pf_end;
                while (pfc_loop_next(__pf_loop, &__pf_k, &__pf_end)) {
                    *__pf_cursor = __pf_k;
                    for (; __pf_k < __pf_end; __pf_k++) {
                        __pf_iv_t i = PFC_IV(__pf_loop, __pf_iv_t, __pf_k);
                        if (i == 777 && getpid() != parent) {
                            signal(SIGSEGV, SIG_DFL);
                            raise(SIGSEGV);
                        }
                        out[i] = i;
                    }
                }
            }
            pfc_loop_end(__pf_loop);
        }
        return 0;
    }
}

static int lowered_stretch_crash(long retries, char *err, size_t size)
{
    return pftest_capture(stretch_crash_child, &retries, err, size);
}

/* A cursor stored per stretch names no iteration it cannot know (the
 * stretch is the whole chunk), but a retry re-runs the failed chunk one
 * iteration per stretch, so a crash that recurs is named exactly. */
static void test_stretch_cursor(void)
{
    char err[1024];
    CU_ASSERT_EQUAL(lowered_stretch_crash(0, err, sizeof err), 128 + SIGSEGV);
    CU_ASSERT_PTR_NOT_NULL(strstr(err, "iterations 700 to 799"));
    CU_ASSERT_PTR_NULL(strstr(err, "at iteration"));
    CU_ASSERT_EQUAL(lowered_stretch_crash(1, err, sizeof err), 128 + SIGSEGV);
    CU_ASSERT_PTR_NOT_NULL(strstr(err, "iterations 700 to 799"));
    CU_ASSERT_PTR_NOT_NULL(strstr(err, "at iteration 777"));
    CU_ASSERT_PTR_NOT_NULL(strstr(err, "1 retry used of 1"));
    if (strstr(err, "at iteration 777") == NULL)
        fprintf(stderr, "stderr was: %s\n", err);
}

static void test_fault_messages(void)
{
    char err[1024];
    /* With collect the parent only supervises: worker 2 has blocks
     * 31..62 of 16 iterations, 496..999.  The program exits with the
     * worker's status, 128 + SIGSEGV. */
    CU_ASSERT_EQUAL(lowered_fault(0, 0, 0, NULL, err, sizeof err),
                    128 + SIGSEGV);
    CU_ASSERT_PTR_NOT_NULL(strstr(err, "pfor: fault.c:99:"));
    CU_ASSERT_PTR_NOT_NULL(strstr(err, "worker 2"));
    CU_ASSERT_PTR_NOT_NULL(strstr(err, "iterations 496 to 999"));
    CU_ASSERT_PTR_NOT_NULL(strstr(err, "signal 11"));
    CU_ASSERT_PTR_NOT_NULL(strstr(err, "at iteration 777"));
    if (strstr(err, "at iteration 777") == NULL)
        fprintf(stderr, "stderr was: %s\n", err);

    volatile int *first = mmap(NULL, sizeof(int), PROT_READ | PROT_WRITE,
                               MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    CU_ASSERT_FATAL(first != MAP_FAILED);
    *first = 1;
    CU_ASSERT_EQUAL(lowered_fault(1, 0, 0, first, err, sizeof err), 0);
    CU_ASSERT_EQUAL(*first, 0);
    CU_ASSERT_STRING_EQUAL(err, "");

    /* A hang stopped by the timeout (with a timeout the parent only
     * supervises, so the hang may be on either worker). */
    CU_ASSERT_EQUAL(lowered_fault(0, 0.5, 1, NULL, err, sizeof err),
                    128 + SIGKILL);
    CU_ASSERT_PTR_NOT_NULL(strstr(err, "timeout"));
    CU_ASSERT_PTR_NOT_NULL(strstr(err, "at iteration 777"));
    *first = 1;
    CU_ASSERT_EQUAL(lowered_fault(2, 0.5, 1, first, err, sizeof err), 0);
    munmap((void *)first, sizeof(int));
}

/* for (unsigned u = UINT_MAX - 5000; u < UINT_MAX; u++) and
 * for (unsigned short h = 0; h <= USHRT_MAX - 1; h += 1): ranges ending at
 * the type's maximum; and if(0): no fork. */
static void test_unsigned_to_max_and_if(void)
{
    for (size_t w = 0; w < NWORKERS; w++) {
        unsigned long long sum = 0, want = 0;
        unsigned u;
        for (u = UINT_MAX - 5000; u < UINT_MAX; u++)
            want += u;
        unsigned ufinal = u;
        {
            pfc_loop_t *__pf_loop = pfc_loop_new("max.c", 1);
            typedef unsigned __pf_iv_t;
            PFC_RANGE(__pf_loop, __pf_iv_t, UINT_MAX - 5000, UINT_MAX, 1,
                      PFC_LT);
            pfc_loop_workers(__pf_loop, worker_counts[w]);
            pfc_loop_schedule(__pf_loop, PFC_SCHED_DYNAMIC, 100);
            pfc_loop_reduce(__pf_loop, PF_OP_ADD, PF_TYPE_OF(sum), &sum, 1);
            pfc_loop_start(__pf_loop);
            {
                __typeof__(sum) sum;
                unsigned long long __pf_k, __pf_end;
                while (pfc_loop_next(__pf_loop, &__pf_k, &__pf_end)) {
                    pfc_loop_identity(__pf_loop, 0, &sum);
                    for (; __pf_k < __pf_end; __pf_k++) {
                        __pf_iv_t u = PFC_IV(__pf_loop, __pf_iv_t, __pf_k);
                        sum += u;
                    }
                    pfc_loop_deposit(__pf_loop, 0, &sum);
                }
            }
            u = PFC_IV(__pf_loop, __pf_iv_t, pfc_loop_trips(__pf_loop));
            pfc_loop_end(__pf_loop);
        }
        CU_ASSERT_EQUAL(sum, want);
        CU_ASSERT_EQUAL(u, ufinal);

        unsigned short h;
        unsigned long count = 0;
        {
            pfc_loop_t *__pf_loop = pfc_loop_new("max.c", 2);
            typedef unsigned short __pf_iv_t;
            PFC_RANGE(__pf_loop, __pf_iv_t, 0, USHRT_MAX - 1, 1, PFC_LE);
            pfc_loop_workers(__pf_loop, worker_counts[w]);
            pfc_loop_reduce(__pf_loop, PF_OP_ADD, PF_TYPE_OF(count), &count, 1);
            pfc_loop_start(__pf_loop);
            {
                __typeof__(count) count;
                unsigned long long __pf_k, __pf_end;
                while (pfc_loop_next(__pf_loop, &__pf_k, &__pf_end)) {
                    pfc_loop_identity(__pf_loop, 0, &count);
                    for (; __pf_k < __pf_end; __pf_k++) {
                        __pf_iv_t h = PFC_IV(__pf_loop, __pf_iv_t, __pf_k);
                        count += h == USHRT_MAX - 1 ? 1000000 : 1;
                    }
                    pfc_loop_deposit(__pf_loop, 0, &count);
                }
            }
            h = PFC_IV(__pf_loop, __pf_iv_t, pfc_loop_trips(__pf_loop));
            pfc_loop_end(__pf_loop);
        }
        CU_ASSERT_EQUAL(count, (unsigned long)USHRT_MAX - 1 + 1000000);
        CU_ASSERT_EQUAL(h, USHRT_MAX);
    }

    /* if(0): everything runs in the caller. */
    pid_t pids[64];
    {
        pfc_loop_t *__pf_loop = pfc_loop_new("if.c", 1);
        typedef int __pf_iv_t;
        PFC_RANGE(__pf_loop, __pf_iv_t, 0, 64, 1, PFC_LT);
        pfc_loop_workers(__pf_loop, 4);
        pfc_loop_if(__pf_loop, 0);
        pfc_loop_collect(__pf_loop, &pids[0], sizeof pids[0]);
        pfc_loop_start(__pf_loop);
        {
            unsigned long long __pf_k, __pf_end;
            while (pfc_loop_next(__pf_loop, &__pf_k, &__pf_end)) {
                for (; __pf_k < __pf_end; __pf_k++) {
                    __pf_iv_t i = PFC_IV(__pf_loop, __pf_iv_t, __pf_k);
                    pids[i] = getpid();
                }
            }
        }
        pfc_loop_end(__pf_loop);
    }
    int mine = 0;
    for (int j = 0; j < 64; j++)
        mine += pids[j] == getpid();
    CU_ASSERT_EQUAL(mine, 64);
}

/* progress(1) draws nothing when stderr is not a terminal. */
static void test_progress_quiet_off_tty(void)
{
    char err[256];
    int fds[2];
    CU_ASSERT_FATAL(pipe(fds) == 0);
    pid_t pid = fork();
    if (pid == 0) {
        close(fds[0]);
        dup2(fds[1], 2);
        close(fds[1]);
        long n = 0;
        pfc_loop_t *__pf_loop = pfc_loop_new("progress.c", 1);
        typedef long __pf_iv_t;
        PFC_RANGE(__pf_loop, __pf_iv_t, 0, 100, 1, PFC_LT);
        pfc_loop_workers(__pf_loop, 2);
        pfc_loop_progress(__pf_loop, 1);
        pfc_loop_reduce(__pf_loop, PF_OP_ADD, PF_TYPE_OF(n), &n, 1);
        pfc_loop_start(__pf_loop);
        {
            __typeof__(n) n;
            unsigned long long __pf_k, __pf_end;
            while (pfc_loop_next(__pf_loop, &__pf_k, &__pf_end)) {
                pfc_loop_identity(__pf_loop, 0, &n);
                for (; __pf_k < __pf_end; __pf_k++)
                    n++;
                pfc_loop_deposit(__pf_loop, 0, &n);
            }
        }
        pfc_loop_end(__pf_loop);
        _exit(n == 100 ? 0 : 2);
    }
    close(fds[1]);
    ssize_t got = read(fds[0], err, sizeof err - 1);
    close(fds[0]);
    int status;
    waitpid(pid, &status, 0);
    CU_ASSERT(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    CU_ASSERT_EQUAL(got, 0);
}

void pftest_main(void)
{
    /* These tests look at the engine's workers: the adaptive rule (which
     * would run their small loops serially) is tested in
     * test_loop_adapt.c. */
    setenv("PFOR_ADAPT", "0", 1);
    pftest_suite("loop_abi");
    pftest_add("sum_collect_bits", test_sum_collect_bits);
    pftest_add("sum_collect_with_timeout", test_sum_collect_with_timeout);
    pftest_add("ranges_near_limits", test_ranges_near_limits);
    pftest_add("endless_refused", test_endless_refused);
    pftest_add("fault_messages", test_fault_messages);
    pftest_add("stretch_cursor", test_stretch_cursor);
    pftest_add("unsigned_to_max_and_if", test_unsigned_to_max_and_if);
    pftest_add("progress_quiet_off_tty", test_progress_quiet_off_tty);
}
