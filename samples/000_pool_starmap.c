/* 000_af678ed9c2489058.txt: Synchronous StarMap (input, power). */
/*
 * starmap is map for a function of several arguments: the seed maps
 * double(input, power) over a list of (x, 2) tuples.  pf_pool_starmap
 * takes one array per argument (the tuples "unzipped") and calls the task
 * with a pointer to each argument of the item.  (A struct per item and
 * pf_pool_map would do as well.)
 */
#include <pfor.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "sample.h"

static long long power_of(long long x, int power)
{
    long long val = 1;
    while (power-- > 0)
        val *= x;
    return val;
}

static int double_fn(const void *const *args, void *out, void *arg)
{
    (void)out;
    (void)arg;
    long long input = *(const int *)args[0];
    int power = *(const int *)args[1];
    long long val = power_of(input, power);
    if (input % 10000 == 0)
        printf("PID: %d %lld --> %lld\n", getpid(), input, val);
    return 0;
}

int main(void)
{
    enum { SIZE = 100000 };
    static int inputs[SIZE], powers[SIZE]; /* numbers = [(x, 2) ...] */
    pf_pool_t *pool;

    setvbuf(stdout, NULL, _IOLBF, 0);
    for (int x = 0; x < SIZE; x++) {
        inputs[x] = x;
        powers[x] = 2;
    }
    const void *const args[2] = {inputs, powers};
    const size_t sizes[2] = {sizeof(int), sizeof(int)};
    CHECK(pf_pool_new(&(pf_pool_options_t){.workers = pf_cpu_count()}, &pool));
    CHECK(pf_pool_starmap(pool, double_fn, 2, args, sizes, SIZE, NULL, 0, 0));
    pf_pool_free(pool);
    return 0;
}
