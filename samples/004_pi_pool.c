/* 004_fa963c81bf38f4c0.txt: Parallel Pi, Pool.map over parts (In [24]). */
/*
 * Monte Carlo pi: n random points in the unit square, count those inside
 * the quarter circle, pi ~ 4 * count / n.  The n points are split into
 * np = 4 parts, one pool task each, as the seed does with Pool.map.
 * random.random() becomes pf_random: part k draws from stream k of one
 * seed, so every worker draws different numbers (a rand() state copied by
 * fork would make all four draw the same ones) and the estimate is the
 * same on every run.  See 004_pi_pragma.c for the same as an annotated
 * loop.
 */
#include <pfor.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "sample.h"

struct part {
    long n;    /* points to draw */
    int index; /* which part: its random stream */
};

static int compute_pi(const void *in, void *out, void *arg)
{
    (void)arg;
    const struct part *p = in;
    pf_random_t r = pf_random_stream(2024, p->index);
    long count = 0;
    for (long i = 0; i < p->n; i++) {
        double x = pf_random_next_double(&r);
        double y = pf_random_next_double(&r);
        if (x * x + y * y <= 1)
            count++;
    }
    *(long *)out = count;
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
    enum { np = 4 };
    long n = 10000000;
    struct part part_count[np];
    long count[np];
    pf_pool_t *pool;

    double elapsed_time = now();
    printf("Number of cores %d\n", np);
    for (int i = 0; i < np; i++)
        part_count[i] = (struct part){n / np, i};
    CHECK(pf_pool_new(&(pf_pool_options_t){.workers = np}, &pool));
    CHECK(pf_pool_map(pool, compute_pi, part_count, np, sizeof(struct part),
                      count, sizeof(long), 1));
    pf_pool_free(pool);

    long total = 0;
    for (int i = 0; i < np; i++)
        total += count[i];
    elapsed_time = now() - elapsed_time;
    printf("Estimated value of Pi : %.8f\n", 4.0 * total / n);
    printf("Elapsed time : %.8f\n", elapsed_time);
    return 0;
}
