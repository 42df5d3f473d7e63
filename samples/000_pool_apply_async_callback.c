/* 000_af678ed9c2489058.txt: Apply_async with a gather callback. */
/*
 * A thousand apply_async calls, each finished call handed to a callback
 * that gathers it into a list; close() and join() wait until every call
 * (and its callback) has finished - leaving earlier could lose results, as
 * the seed warns.  pf_pool_apply_async takes the callback and its
 * argument; the callback runs in the parent, on the pool's result thread,
 * one at a time, so gather needs no lock of its own.  Python's callback
 * receives the value; pfor's receives the result object, and (in this
 * version of pf_pool) its value can be read with pf_pool_async_value only
 * once the callback has returned, so gather keeps the objects and the
 * values are read after join.
 */
#include <pfor.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "sample.h"

struct between {
    int numbers, start, end;
};

static int sum_between(const void *in, size_t in_len, pf_pool_out_t *out)
{
    struct between a;
    if (in_len != sizeof a)
        return PF_EINVAL;
    memcpy(&a, in, sizeof a);
    long long total = 0;
    for (int i = 0; i < a.numbers; i++)
        if (i >= a.start && i <= a.end)
            total += i;
    if (a.numbers % 10 == 0)
        printf("PID: %d %d %d %d = %lld\n", getpid(), a.numbers, a.start, a.end,
               total);
    return pf_pool_out_set(out, &total, sizeof total);
}

struct results {
    pf_pool_async_t *items[1000];
    int n;
};

/* results.append(result) */
static void gather(pf_pool_async_t *result, void *arg)
{
    struct results *results = arg;
    if (results->n < 1000)
        results->items[results->n++] = result;
}

int main(void)
{
    enum { SIZE = 1000 };
    static struct results results;
    static pf_pool_async_t *handles[SIZE];
    pf_pool_t *pool;
    unsigned int seed = (unsigned int)time(NULL);

    setvbuf(stdout, NULL, _IOLBF, 0);
    CHECK(pf_pool_new(&(pf_pool_options_t){.workers = pf_cpu_count()}, &pool));
    int start = 1 + rand_r(&seed) % SIZE;
    int end = start + rand_r(&seed) % (SIZE - start + 1);
    for (int x = 0; x < SIZE; x++) {
        struct between a = {x, start, end};
        CHECK(pf_pool_apply_async(pool, sum_between, &a, sizeof a, gather, NULL,
                                  &results, &handles[x]));
    }
    CHECK(pf_pool_close(pool));
    CHECK(pf_pool_join(pool, PF_FOREVER));

    long long total = 0;
    for (int i = 0; i < results.n; i++) {
        const void *value;
        size_t len;
        CHECK(pf_pool_async_value(results.items[i], &value, &len));
        total += *(const long long *)value;
    }
    printf("gathered %d results (sum %lld)\n", results.n, total);
    for (int x = 0; x < SIZE; x++)
        pf_pool_async_free(handles[x]);
    pf_pool_free(pool);
    return 0;
}
