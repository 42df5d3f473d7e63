/* 003_b255cf522e5fcd6b.txt, "Pools" (the large calculation on Pool(4)). */
/*
 * The ten large calculations of 003_large_calc_processes.c on a pool of 4
 * workers instead of ten processes: the pool reuses its workers, so at
 * most four run at once.  Each call prints its result, as in the seed.
 */
#include <pfor.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "sample.h"

static int large_calculation(const void *in, void *out, void *arg)
{
    (void)out;
    (void)arg;
    long long num = *(const int *)in;
    volatile long long result = 0; /* keeps the loop (no closed form) */
    for (long long i = 1; i < 10000000; i++)
        result += i * num;
    printf("Large calculation result for %lld: %lld\n", num, result);
    return 0;
}

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec * 1e-9;
}

int main(void)
{
    int nums[10];
    pf_pool_t *p;

    setvbuf(stdout, NULL, _IOLBF, 0);
    for (int i = 0; i < 10; i++)
        nums[i] = i + 1; /* range(1, 11) */
    double start_time = now();
    CHECK(pf_pool_new(&(pf_pool_options_t){.workers = 4}, &p));
    CHECK(pf_pool_map(p, large_calculation, nums, 10, sizeof(int), NULL, 0, 1));
    pf_pool_free(p);
    printf("Total execution time: %f seconds\n", now() - start_time);
    return 0;
}
