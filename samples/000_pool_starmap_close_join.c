/* 000_af678ed9c2489058.txt: Async section: starmap, close, join. */
/*
 * The starmap again, this time ending the pool the orderly way: close()
 * (no more work may be submitted) then join() (wait for the workers to
 * finish and exit), pf_pool_close and pf_pool_join, before the pool is
 * freed.  This time the results are kept (in the seed they are None) and
 * two of them printed.
 */
#include <pfor.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "sample.h"

static int double_fn(const void *const *args, void *out, void *arg)
{
    (void)arg;
    long long input = *(const int *)args[0];
    int power = *(const int *)args[1];
    long long val = 1;
    for (int k = 0; k < power; k++)
        val *= input;
    if (input % 10000 == 0)
        printf("PID: %d %lld --> %lld\n", getpid(), input, val);
    *(long long *)out = val;
    return 0;
}

int main(void)
{
    enum { SIZE = 100000 };
    static int inputs[SIZE], powers[SIZE];
    static long long results[SIZE];
    pf_pool_t *pool;

    setvbuf(stdout, NULL, _IOLBF, 0);
    for (int x = 0; x < SIZE; x++) {
        inputs[x] = x;
        powers[x] = 2;
    }
    const void *const args[2] = {inputs, powers};
    const size_t sizes[2] = {sizeof(int), sizeof(int)};
    CHECK(pf_pool_new(&(pf_pool_options_t){.workers = pf_cpu_count()}, &pool));
    CHECK(pf_pool_starmap(pool, double_fn, 2, args, sizes, SIZE, results,
                          sizeof results[0], 0));
    CHECK(pf_pool_close(pool));
    CHECK(pf_pool_join(pool, PF_FOREVER));
    pf_pool_free(pool);
    printf("results[10000] = %lld, results[20000] = %lld\n", results[10000],
           results[20000]);
    return 0;
}
