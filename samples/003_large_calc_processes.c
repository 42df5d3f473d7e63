/* 003_b255cf522e5fcd6b.txt: Large calculation, 10 processes. */
/*
 * Ten CPU-heavy calculations, one process each, timed; run top or mpstat
 * meanwhile to see every core busy.  Compare 003_large_calc_serial.c and
 * 003_large_calc_pool.c.  The accumulator is volatile so that the C
 * compiler keeps the loop instead of replacing it by its closed form.
 */
#include <pfor.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "sample.h"

static int large_calculation(void *arg)
{
    long long num = *(int *)arg;
    volatile long long result = 0;
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
    pf_process_t *processes[10];

    setvbuf(stdout, NULL, _IOLBF, 0);
    double start_time = now();
    for (int i = 1; i <= 10; i++) {
        nums[i - 1] = i;
        CHECK(pf_process_new(large_calculation, &nums[i - 1], NULL,
                             &processes[i - 1]));
        CHECK(pf_process_start(processes[i - 1]));
    }
    for (int i = 0; i < 10; i++) {
        CHECK(pf_process_join(processes[i], PF_FOREVER));
        pf_process_free(processes[i]);
    }
    printf("Total execution time: %f seconds\n", now() - start_time);
    return 0;
}
