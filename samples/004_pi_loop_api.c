/* 004_fa963c81bf38f4c0.txt: Parallel Pi, loop engine by hand. */
/*
 * What `#pragma pfor parallel for reduction(+:hits)` (004_pi_pragma.c)
 * turns into, written by hand: a loop object over 0..n-1, one reduction
 * registered (pf_loop_reduce: + over a long), and a body called for
 * stretches of iterations with a pointer to the worker's private partial.
 * pf_loop_run forks the workers, runs the body, and combines the partials
 * into hits.  Point i uses pf_random stream i, so the estimate is the same
 * for any number of workers, and equal to 004_pi_pragma.c's.
 */
#include <pfor.h>
#include <stdio.h>
#include <stdlib.h>

#include "sample.h"

static const unsigned long seed = 2024;

/* Iterations first, first + step, ... (count of them). */
static void body(long long first, unsigned long long count, long long step,
                 void *ctx, void *const *partial)
{
    (void)ctx;
    long *hits = partial[0];
    long long i = first;
    for (unsigned long long k = 0; k < count; k++, i += step) {
        pf_random_t r = pf_random_stream(seed, (unsigned long long)i);
        double x = pf_random_next_double(&r);
        double y = pf_random_next_double(&r);
        *hits += x * x + y * y <= 1.0;
    }
}

int main(void)
{
    const long n = 10000000;
    long hits = 0;
    pf_loop_t *loop;
    pf_loop_options_t opt = {.workers = 4};

    CHECK(pf_loop_new(0, n, 1, &loop));
    CHECK(pf_loop_reduce(loop, PF_OP_ADD, PF_TYPE_LONG, &hits, 1));
    int rc = pf_loop_run_ranges(loop, body, NULL, &opt);
    if (rc != 0) {
        fprintf(stderr, "%s\n", pf_loop_error(loop));
        return 1;
    }
    pf_loop_free(loop);

    printf("Number of workers %ld\n", opt.workers);
    printf("Estimated value of Pi : %.8f\n", 4.0 * hits / n);
    return 0;
}
