/* 004_fa963c81bf38f4c0.txt: Pool map f(x) = x*x+1 (In [16]). */
/*
 * f runs on worker processes, the rest on the main one.  The seed needs
 * `if __name__ == '__main__':` so that workers importing the module do not
 * start pools of their own; pfor's workers are forked copies that run
 * only the task, so main() needs no such guard.
 */
#include <pfor.h>
#include <stdio.h>
#include <stdlib.h>

#include "sample.h"

/* Function executed on worker processes. */
static int f(const void *in, void *out, void *arg)
{
    (void)arg;
    int x = *(const int *)in;
    *(int *)out = x * x + 1;
    return 0;
}

int main(void)
{
    int xs[8], ys[8];
    pf_pool_t *p;

    for (int i = 0; i < 8; i++)
        xs[i] = i;
    CHECK(pf_pool_new(&(pf_pool_options_t){.workers = 4}, &p));
    CHECK(pf_pool_map(p, f, xs, 8, sizeof(int), ys, sizeof(int), 0));
    pf_pool_free(p);
    printf("[");
    for (int i = 0; i < 8; i++)
        printf("%s%d", i ? ", " : "", ys[i]);
    printf("]\n");
    return 0;
}
