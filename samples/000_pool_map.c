/* 000_af678ed9c2489058.txt: Synchronous Map (100000 numbers). */
/*
 * pool.map(double, numbers) is pf_pool_map: the input array is split into
 * chunks that the workers take in turn, each item's result lands at its
 * index in the output array, and the call returns when all are done.
 * Every 10000th item prints which worker squared it.  (Python pickles
 * every item and result; pfor copies them through shared memory.)
 */
#include <pfor.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "sample.h"

static int square(const void *in, void *out, void *arg)
{
    (void)arg;
    long long input = *(const int *)in;
    long long val = input * input;
    if (input % 10000 == 0)
        printf("PID: %d %lld --> %lld\n", getpid(), input, val);
    *(long long *)out = val;
    return 0;
}

int main(void)
{
    enum { N = 100000 };
    static int numbers[N];
    static long long squares[N];
    pf_pool_t *pool;

    setvbuf(stdout, NULL, _IOLBF, 0);
    for (int x = 0; x < N; x++)
        numbers[x] = x;
    CHECK(pf_pool_new(&(pf_pool_options_t){.workers = pf_cpu_count()}, &pool));
    CHECK(pf_pool_map(pool, square, numbers, N, sizeof(int), squares,
                      sizeof(long long), 0));
    pf_pool_free(pool);
    return 0;
}
