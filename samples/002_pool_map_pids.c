/* 002_080be87aa659a7f4.txt: Pool.map printing PIDs (In [2]). */
/*
 * A pool with one worker per core squares 0..5; each call prints the pid
 * of the worker that ran it, and map returns the squares in input order.
 * chunksize 1 spreads the six items over the workers as the seed's run
 * shows (an automatic size could give one worker several).
 */
#include <pfor.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "sample.h"

static int square(const void *in, void *out, void *arg)
{
    (void)arg;
    int x = *(const int *)in;
    printf("PID %d is processing input %d\n", getpid(), x);
    *(int *)out = x * x;
    return 0;
}

int main(void)
{
    int num_cores = pf_cpu_count();
    int inputs[6], result[6];
    pf_pool_t *p;

    setvbuf(stdout, NULL, _IOLBF, 0);
    for (int i = 0; i < 6; i++)
        inputs[i] = i;
    /* define number of processes created equal to the number of cores */
    CHECK(pf_pool_new(&(pf_pool_options_t){.workers = num_cores}, &p));
    /* map the inputs to processes */
    CHECK(
        pf_pool_map(p, square, inputs, 6, sizeof(int), result, sizeof(int), 1));
    printf("[");
    for (int i = 0; i < 6; i++)
        printf("%s%d", i ? ", " : "", result[i]);
    printf("]\n");
    pf_pool_free(p);
    return 0;
}
