/* 000_af678ed9c2489058.txt, "Synchronous Map & Apply: IMap". */
/*
 * imap hands the inputs to the workers a few at a time and gives the
 * results back one by one, in input order, without building the whole
 * result list: pf_pool_imap and pf_pool_iter_next.  In the seed the
 * iterator is never read, so the `with` block ends at once and the pool
 * is terminated before doing anything (which is why nothing is logged);
 * here the results are read, and summed, as an imap is meant to be used.
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
    pf_pool_t *pool;
    pf_pool_iter_t *it;
    long long val, sum = 0;
    size_t index, count = 0;
    int rc;

    setvbuf(stdout, NULL, _IOLBF, 0);
    for (int x = 0; x < N; x++)
        numbers[x] = x;
    CHECK(pf_pool_new(&(pf_pool_options_t){.workers = pf_cpu_count()}, &pool));
    CHECK(pf_pool_imap(pool, square, numbers, N, sizeof(int), sizeof(long long),
                       0, &it));
    while ((rc = pf_pool_iter_next(it, &val, &index, PF_FOREVER, NULL)) == 0) {
        if (index != count) /* imap keeps the input order */
            return 1;
        count++;
        sum += val;
    }
    if (rc != PF_EOF)
        CHECK(rc);
    printf("imap: %zu results in order, sum of squares %lld\n", count, sum);
    pf_pool_iter_free(it);
    pf_pool_free(pool);
    return 0;
}
