/* 004_fa963c81bf38f4c0.txt: Parallel Pi as an annotated loop. */
/*
 * The Monte Carlo pi of 004_pi_pool.c without splitting the work by hand:
 * one loop over the n points with a `+` reduction of the hits.  Point i
 * draws its two coordinates from pf_random stream i, so the answer
 * depends only on the seed, never on the number of workers or how the
 * range is split: built through pforc it runs on 4 workers, built with a
 * plain cc (pragma ignored) it runs serially, and both print the same pi.
 */
#include <pfor.h>
#include <stdio.h>

int main(void)
{
    const long n = 10000000;
    const unsigned long seed = 2024;
    long hits = 0;

#pragma pfor parallel for reduction(+ : hits) workers(4)
    for (long i = 0; i < n; i++) {
        pf_random_t r = pf_random_stream(seed, i);
        double x = pf_random_next_double(&r);
        double y = pf_random_next_double(&r);
        hits += x * x + y * y <= 1.0;
    }

    printf("Number of workers 4\n");
    printf("Estimated value of Pi : %.8f\n", 4.0 * hits / n);
    return 0;
}
