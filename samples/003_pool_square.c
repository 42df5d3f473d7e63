/* 003_b255cf522e5fcd6b.txt: Pools: p.map(square, [1, 2, 3, 4, 5]). */
/*
 * The smallest pool program: four workers square five numbers and the
 * list comes back in order.
 */
#include <pfor.h>
#include <stdio.h>
#include <stdlib.h>

#include "sample.h"

static int square(const void *in, void *out, void *arg)
{
    (void)arg;
    int num = *(const int *)in;
    *(int *)out = num * num;
    return 0;
}

int main(void)
{
    int nums[5] = {1, 2, 3, 4, 5}, result[5];
    pf_pool_t *p;

    CHECK(pf_pool_new(&(pf_pool_options_t){.workers = 4}, &p));
    CHECK(pf_pool_map(p, square, nums, 5, sizeof(int), result, sizeof(int), 0));
    pf_pool_free(p);
    printf("[%d, %d, %d, %d, %d]\n", result[0], result[1], result[2], result[3],
           result[4]);
    return 0;
}
