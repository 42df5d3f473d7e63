/* 001_cea31294124c9188.txt, "Pool.map" (built-in map vs Pool.map). */
/*
 * Pool.map gives the same list as the built-in map, with the calls run by
 * worker processes: pf_pool_map(pool, fn, in, n, in_size, out, out_size,
 * chunksize).  The built-in map is an ordinary loop.  The pool has twice
 * as many workers as CPUs, as in the seed.
 */
#include <pfor.h>
#include <stdio.h>
#include <stdlib.h>

#include "sample.h"

static int do_calculation(int data)
{
    return data * 2;
}

/* do_calculation as a pool task: one int in, one int out. */
static int do_calculation_task(const void *in, void *out, void *arg)
{
    (void)arg;
    *(int *)out = do_calculation(*(const int *)in);
    return 0;
}

static void print_list(const char *label, const int *a, int n)
{
    printf("%s[", label);
    for (int i = 0; i < n; i++)
        printf("%s%d", i ? ", " : "", a[i]);
    printf("]\n");
}

int main(void)
{
    int inputs[10], builtin_outputs[10], pool_outputs[10];
    pf_pool_t *pool;

    int pool_size = pf_cpu_count() * 2;
    CHECK(pf_pool_new(&(pf_pool_options_t){.workers = pool_size}, &pool));

    for (int i = 0; i < 10; i++)
        inputs[i] = i;
    print_list("Input   : ", inputs, 10);

    for (int i = 0; i < 10; i++)
        builtin_outputs[i] = do_calculation(inputs[i]);
    print_list("Built-in: ", builtin_outputs, 10);

    CHECK(pf_pool_map(pool, do_calculation_task, inputs, 10, sizeof(int),
                      pool_outputs, sizeof(int), 0));
    print_list("Pool    : ", pool_outputs, 10);

    pf_pool_free(pool);
    return 0;
}
