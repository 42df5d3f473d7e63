/* test_pool_abi.c - pfc_pool_map, the pool entry of generated code for
 * `#pragma pfor map ... pool(p)`: results, retries, and the fatal report. */
#include <signal.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

#include "pfor.h"
#include "pfor_abi.h"
#include "pftest.h"

typedef struct args {
    long x;
    double y;
} args_t;

/* A trampoline as pforc writes it: out = x * 2 + y. */
static int twice(const void *in, void *out, void *ctx)
{
    const args_t *a = in;
    double r = (double)a->x * 2 + a->y;
    memcpy(out, &r, sizeof r);
    (void)ctx;
    return 0;
}

static volatile int *crash_flag; /* shared: crash while non-zero */
static long crash_item = -1;     /* the x that crashes */
static volatile int *calls;      /* shared count of calls */

static int crashy(const void *in, void *out, void *ctx)
{
    const args_t *a = in;
    __atomic_add_fetch(calls, 1, __ATOMIC_SEQ_CST);
    if (a->x == crash_item && crash_flag && *crash_flag > 0) {
        __atomic_sub_fetch(crash_flag, 1, __ATOMIC_SEQ_CST);
        signal(SIGSEGV, SIG_DFL);
        raise(SIGSEGV);
    }
    return twice(in, out, ctx);
}

static void *shared_page(void)
{
    void *p = mmap(NULL, 4096, PROT_READ | PROT_WRITE,
                   MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    CU_ASSERT_FATAL(p != MAP_FAILED);
    memset(p, 0, 4096);
    return p;
}

static void test_results_in_order(void)
{
    calls = shared_page(); /* before the pool: the workers map it */
    pf_pool_t *pool;
    PFTEST_OK(pf_pool_new(&(pf_pool_options_t){.workers = 2}, &pool));
    enum { N = 1000 };
    static args_t in[N];
    static double out[N];
    for (long k = 0; k < N; k++)
        in[k] = (args_t){k, 0.5};
    long chunks[] = {0, 1, 7};
    for (int c = 0; c < 3; c++) {
        memset(out, 0, sizeof out);
        pfc_pool_map(pool, "t.c", 1, twice, in, N, sizeof in[0], out,
                     sizeof out[0], chunks[c], 0, 0);
        int bad = 0;
        for (long k = 0; k < N; k++)
            bad += out[k] != (double)k * 2 + 0.5;
        CU_ASSERT_EQUAL(bad, 0);
    }
    /* Zero items, and no results wanted. */
    pfc_pool_map(pool, "t.c", 2, twice, in, 0, sizeof in[0], out, sizeof out[0],
                 0, 0, 0);
    pfc_pool_map(pool, "t.c", 3, crashy, in, 50, sizeof in[0], NULL, 0, 0, 0,
                 0);
    CU_ASSERT_EQUAL(*calls, 50);
    munmap((void *)calls, 4096);
    calls = NULL;
    pf_pool_free(pool);
}

static void test_retry_recovers(void)
{
    /* The page must exist before the pool forks its workers. */
    crash_flag = shared_page();
    calls = shared_page();
    *crash_flag = 2; /* the item crashes twice, then succeeds */
    crash_item = 333;
    pf_pool_t *pool;
    PFTEST_OK(pf_pool_new(&(pf_pool_options_t){.workers = 2}, &pool));
    enum { N = 600 };
    static args_t in[N];
    static double out[N];
    for (long k = 0; k < N; k++)
        in[k] = (args_t){k, -1};
    pfc_pool_map(pool, "t.c", 4, crashy, in, N, sizeof in[0], out,
                 sizeof out[0], 5, 2, 0);
    int bad = 0;
    for (long k = 0; k < N; k++)
        bad += out[k] != (double)k * 2 - 1;
    CU_ASSERT_EQUAL(bad, 0);
    CU_ASSERT_EQUAL(*crash_flag, 0);
    pf_pool_free(pool);
    munmap((void *)crash_flag, 4096);
    munmap((void *)calls, 4096);
    crash_flag = NULL;
    calls = NULL;
    crash_item = -1;
}

struct failing_case {
    int crashes;
    long retries;
    int null_pool;
};

static int failing_map(void *arg)
{
    const struct failing_case *c = arg;
    int crashes = c->crashes;
    long retries = c->retries;
    int null_pool = c->null_pool;
    {
        crash_flag = shared_page();
        calls = shared_page();
        *crash_flag = crashes;
        crash_item = 77;
        pf_pool_t *pool = NULL;
        if (!null_pool &&
            pf_pool_new(&(pf_pool_options_t){.workers = 2}, &pool) != 0)
            _exit(3);
        static args_t in[200];
        static double out[200];
        for (long k = 0; k < 200; k++)
            in[k] = (args_t){k, 0};
        pfc_pool_map(pool, "fail.c", 42, crashy, in, 200, sizeof in[0], out,
                     sizeof out[0], 1, retries, 0);
        pf_pool_free(pool);
        return 0;
    }
}

/* Run a failing map in a forked child: its exit status and stderr. */
static int failing_child(int crashes, long retries, int null_pool, char *err,
                         size_t size)
{
    struct failing_case c = {crashes, retries, null_pool};
    return pftest_capture(failing_map, &c, err, size);
}

static void test_failure_exits(void)
{
    char err[1024];
    CU_ASSERT_EQUAL(failing_child(1, 0, 0, err, sizeof err), 1);
    CU_ASSERT_PTR_NOT_NULL(strstr(err, "pfor: fail.c:42: pfor pool map "
                                       "failed at iteration 77"));
    CU_ASSERT_PTR_NOT_NULL(strstr(err, "signal 11"));
    CU_ASSERT_PTR_NOT_NULL(strstr(err, "0 retries used of 0"));
    if (!strstr(err, "iteration 77"))
        fprintf(stderr, "stderr was: %s\n", err);

    /* Three crashes, two retries: still fails, naming the same item. */
    CU_ASSERT_EQUAL(failing_child(3, 2, 0, err, sizeof err), 1);
    CU_ASSERT_PTR_NOT_NULL(strstr(err, "failed at iteration 77"));
    CU_ASSERT_PTR_NOT_NULL(strstr(err, "2 retries used of 2"));
    if (!strstr(err, "2 retries used of 2"))
        fprintf(stderr, "stderr was: %s\n", err);

    /* One crash, one retry: success, exit 0, nothing said. */
    CU_ASSERT_EQUAL(failing_child(1, 1, 0, err, sizeof err), 0);
    CU_ASSERT_STRING_EQUAL(err, "");

    CU_ASSERT_EQUAL(failing_child(0, 0, 1, err, sizeof err), 1);
    CU_ASSERT_PTR_NOT_NULL(strstr(err, "pfor: fail.c:42: pfor pool map: the "
                                       "pool is NULL"));
}

static void test_realloc(void)
{
    int *p = pfc_pool_realloc(NULL, 10, sizeof *p, "t.c", 5);
    CU_ASSERT_PTR_NOT_NULL_FATAL(p);
    p[9] = 1;
    p = pfc_pool_realloc(p, 1000, sizeof *p, "t.c", 5);
    CU_ASSERT_EQUAL(p[9], 1);
    CU_ASSERT_PTR_NULL(pfc_pool_realloc(p, 0, sizeof *p, "t.c", 5));
}

void pftest_main(void)
{
    pftest_suite("pool_abi");
    pftest_add("results_in_order", test_results_in_order);
    pftest_add("retry_recovers", test_retry_recovers);
    pftest_add("failure_exits", test_failure_exits);
    pftest_add("realloc", test_realloc);
}
