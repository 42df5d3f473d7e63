/* test_random.c - pf_random: counter-based numbers are a function of
 * (seed, index) alone, well spread, and never repeated across workers. */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "pftest.h"

static int compare_u64(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return (x > y) - (x < y);
}

static void test_function_of_seed_and_index(void)
{
    CU_ASSERT_EQUAL(pf_random_u64(1, 2), pf_random_u64(1, 2));
    CU_ASSERT_NOT_EQUAL(pf_random_u64(1, 2), pf_random_u64(1, 3));
    CU_ASSERT_NOT_EQUAL(pf_random_u64(1, 2), pf_random_u64(2, 2));
    CU_ASSERT_NOT_EQUAL(pf_random_u64(0, 0), 0);
    pf_random_t a = pf_random_stream(9, 100), b = pf_random_stream(9, 100);
    pf_random_t c = pf_random_stream(9, 101);
    for (int j = 0; j < 10; j++) {
        uint64_t x = pf_random_next_u64(&a);
        CU_ASSERT_EQUAL(x, pf_random_next_u64(&b));
        CU_ASSERT_NOT_EQUAL(x, pf_random_next_u64(&c));
    }
}

static void test_distribution(void)
{
    enum { N = 1000000 };
    double sum = 0, sq = 0;
    long bits[64] = {0};
    int out_of_range = 0;
    for (uint64_t k = 0; k < N; k++) {
        double d = pf_random_double(77, k);
        out_of_range += !(d >= 0.0 && d < 1.0);
        sum += d;
        sq += d * d;
        uint64_t u = pf_random_u64(77, k);
        for (int b = 0; b < 64; b++)
            bits[b] += (long)(u >> b & 1);
    }
    CU_ASSERT_EQUAL(out_of_range, 0);
    double mean = sum / N, var = sq / N - mean * mean;
    CU_ASSERT(fabs(mean - 0.5) < 0.002);
    CU_ASSERT(fabs(var - 1.0 / 12) < 0.002);
    for (int b = 0; b < 64; b++)
        CU_ASSERT(labs(bits[b] - N / 2) < 3000); /* ~6 sigma */

    /* Bounded integers: in range and even. */
    long counts[10] = {0};
    pf_random_t r = pf_random_stream(5, 0);
    for (int j = 0; j < 100000; j++) {
        uint64_t v = pf_random_next_below(&r, 10);
        CU_ASSERT_FATAL(v < 10);
        counts[v]++;
    }
    for (int j = 0; j < 10; j++)
        CU_ASSERT(labs(counts[j] - 10000) < 600);
}

/* Every worker draws by iteration index: no number repeats, and the
 * numbers are those of the serial loop. */
static void body_draw(long long i, void *ctx, void *const *partial)
{
    (void)partial;
    pf_random_t r = pf_random_stream(3, (uint64_t)i);
    uint64_t *out = ctx;
    out[2 * i] = pf_random_next_u64(&r);
    out[2 * i + 1] = pf_random_next_u64(&r);
}

static void test_workers_never_repeat(void)
{
    enum { N = 20000 };
    uint64_t *got = calloc(2 * N, sizeof *got);
    uint64_t *want = calloc(2 * N, sizeof *want);
    for (long long i = 0; i < N; i++)
        body_draw(i, want, NULL);
    pf_loop_t *loop;
    PFTEST_OK(pf_loop_new(0, N, 1, &loop));
    PFTEST_OK(pf_loop_collect(loop, got, 2 * sizeof *got));
    pf_loop_options_t opt = {
        .workers = 3, .schedule = PF_SCHED_DYNAMIC, .chunk = 100};
    PFTEST_OK(pf_loop_run(loop, body_draw, got, &opt));
    pf_loop_free(loop);
    CU_ASSERT(memcmp(got, want, 2 * N * sizeof *got) == 0);
    qsort(got, 2 * N, sizeof *got, compare_u64);
    int repeats = 0;
    for (int j = 1; j < 2 * N; j++)
        repeats += got[j] == got[j - 1];
    CU_ASSERT_EQUAL(repeats, 0);
    free(got);
    free(want);
}

void pftest_main(void)
{
    pftest_suite("random");
    pftest_add("function_of_seed_and_index", test_function_of_seed_and_index);
    pftest_add("distribution", test_distribution);
    pftest_add("workers_never_repeat", test_workers_never_repeat);
}
