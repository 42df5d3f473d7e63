/* 003_b255cf522e5fcd6b.txt: Large calculation, serially. */
/*
 * The same ten calculations one after the other in one process, for the
 * time to compare with 003_large_calc_processes.c.
 */
#include <stdio.h>
#include <time.h>

static void large_calculation(long long num)
{
    volatile long long result = 0; /* keeps the loop (no closed form) */
    for (long long i = 1; i < 10000000; i++)
        result += i * num;
    printf("Large calculation result for %lld: %lld\n", num, result);
}

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec * 1e-9;
}

int main(void)
{
    double start_time = now();
    for (int i = 1; i <= 10; i++)
        large_calculation(i);
    printf("Total execution time: %f seconds\n", now() - start_time);
    return 0;
}
