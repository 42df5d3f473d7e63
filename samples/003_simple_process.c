/* 003_b255cf522e5fcd6b.txt, "A simple example" (In [1]). */
/*
 * Start one process that prints a square, and wait for it:
 * Process(target=print_square, args=(10,)) is pf_process_new(print_square,
 * &num, NULL, &p); start and join are pf_process_start / pf_process_join.
 * The child is a forked copy, so &num is valid in it.
 */
#include <pfor.h>
#include <stdio.h>
#include <stdlib.h>

#include "sample.h"

static int print_square(void *arg)
{
    int num = *(int *)arg;
    printf("Square: %d\n", num * num);
    return 0;
}

int main(void)
{
    int num = 10;
    pf_process_t *p;

    CHECK(pf_process_new(print_square, &num, NULL, &p));
    CHECK(pf_process_start(p));
    CHECK(pf_process_join(p, PF_FOREVER));
    pf_process_free(p);
    return 0;
}
