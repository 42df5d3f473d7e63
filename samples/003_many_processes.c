/* 003_b255cf522e5fcd6b.txt, "ok maybe that was to simple" (In [2]). */
/*
 * Ten processes, each printing the square of its number; all are started,
 * then all are joined ("wait for everything to finish").  The order of
 * the lines depends on the scheduler, as in Python.
 */
#include <pfor.h>
#include <stdio.h>
#include <stdlib.h>

#include "sample.h"

static int print_square(void *arg)
{
    int num = *(int *)arg;
    printf("Square of %d: %d\n", num, num * num);
    return 0;
}

int main(void)
{
    int nums[10];
    pf_process_t *processes[10];

    setvbuf(stdout, NULL, _IOLBF, 0);
    for (int i = 1; i <= 10; i++) {
        nums[i - 1] = i;
        CHECK(pf_process_new(print_square, &nums[i - 1], NULL,
                             &processes[i - 1]));
        CHECK(pf_process_start(processes[i - 1]));
    }
    for (int i = 0; i < 10; i++) { /* wait for everything to finish */
        CHECK(pf_process_join(processes[i], PF_FOREVER));
        pf_process_free(processes[i]);
    }
    return 0;
}
