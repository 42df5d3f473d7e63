/* 004_fa963c81bf38f4c0.txt: Printing without the lock (In [21]). */
/*
 * The same ten prints without a lock.  Each printf + fflush is one small
 * write(2), which the kernel does not split, so the numbers still come
 * out whole; with longer or several writes per process, lines could mix.
 */
#include <pfor.h>
#include <stdio.h>
#include <stdlib.h>

#include "sample.h"

static int f(void *p)
{
    printf("%d ", *(int *)p);
    fflush(stdout);
    return 0;
}

int main(void)
{
    int nums[10];
    pf_process_t *procs[10];

    for (int num = 0; num < 10; num++) {
        nums[num] = num;
        CHECK(pf_process_new(f, &nums[num], NULL, &procs[num]));
        CHECK(pf_process_start(procs[num]));
    }
    for (int num = 0; num < 10; num++) {
        CHECK(pf_process_join(procs[num], PF_FOREVER));
        pf_process_free(procs[num]);
    }
    printf("\n");
    return 0;
}
