/* 000_af678ed9c2489058.txt, "Asynchronous Map & Apply: Map_async". */
/*
 * map_async submits the whole map and returns at once with a result
 * object; the caller can do other things, then close and join the pool,
 * which waits for the work.  pf_pool_map_async returns a pf_pool_async_t;
 * pf_pool_async_get(result, timeout) gives the map's status (0, or the
 * error of the first failed item).  The input and output arrays must stay
 * valid until the result is ready.
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
    pf_pool_async_t *result;

    setvbuf(stdout, NULL, _IOLBF, 0);
    for (int x = 0; x < N; x++)
        numbers[x] = x;
    CHECK(pf_pool_new(&(pf_pool_options_t){.workers = pf_cpu_count()}, &pool));
    CHECK(pf_pool_map_async(pool, square, numbers, N, sizeof(int), squares,
                            sizeof(long long), 0, NULL, NULL, NULL, &result));
    CHECK(pf_pool_close(pool));
    CHECK(pf_pool_join(pool, PF_FOREVER));
    CHECK(pf_pool_async_get(result, 0));
    printf("map_async done: squares[99999] = %lld\n", squares[N - 1]);
    pf_pool_async_free(result);
    pf_pool_free(pool);
    return 0;
}
