/* 000_af678ed9c2489058.txt: Synchronous Apply (sum_between). */
/*
 * pool.apply(f, args) runs one call in a worker and waits for its result:
 * pf_pool_apply.  The seed calls it 1000 times in a row (so only one
 * worker is busy at a time: apply is the slow way to use a pool).  The
 * three arguments travel as one struct; the result comes back malloc'ed.
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

int main(void)
{
    enum { SIZE = 1000 };
    static long long results[SIZE];
    pf_pool_t *pool;
    unsigned int seed = (unsigned int)time(NULL);

    setvbuf(stdout, NULL, _IOLBF, 0);
    CHECK(pf_pool_new(&(pf_pool_options_t){.workers = pf_cpu_count()}, &pool));
    int start = 1 + rand_r(&seed) % SIZE; /* randint(1, size) */
    int end =
        start + rand_r(&seed) % (SIZE - start + 1); /* randint(start, size) */
    for (int x = 0; x < SIZE; x++) {
        struct between a = {x, start, end};
        void *result;
        size_t len;
        CHECK(pf_pool_apply(pool, sum_between, &a, sizeof a, &result, &len));
        memcpy(&results[x], result, sizeof results[x]);
        free(result);
    }
    pf_pool_free(pool);
    return 0;
}
