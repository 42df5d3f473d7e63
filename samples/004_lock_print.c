/* 004_fa963c81bf38f4c0.txt: Lock ordering output (In [20]). */
/*
 * Ten processes print their number while holding one lock, so no two
 * writes mix.  The lock guarantees exclusion, not order: the numbers come
 * in the order the processes get the lock (usually 0..9, since they start
 * in that order).  The seed never joins its processes; here they are
 * joined (pf_process_free would kill a running child).
 */
#include <pfor.h>
#include <stdio.h>
#include <stdlib.h>

#include "sample.h"

struct arg {
    pf_lock_t *l;
    int i;
};

static int f(void *p)
{
    struct arg *a = p;
    CHECK(pf_lock_acquire(a->l, PF_FOREVER));
    printf("%d ", a->i);
    fflush(stdout);
    CHECK(pf_lock_release(a->l));
    return 0;
}

int main(void)
{
    pf_lock_t *lock;
    struct arg args[10];
    pf_process_t *procs[10];

    CHECK(pf_lock_new(&lock));
    for (int num = 0; num < 10; num++) {
        args[num] = (struct arg){lock, num};
        CHECK(pf_process_new(f, &args[num], NULL, &procs[num]));
        CHECK(pf_process_start(procs[num]));
    }
    for (int num = 0; num < 10; num++) {
        CHECK(pf_process_join(procs[num], PF_FOREVER));
        pf_process_free(procs[num]);
    }
    printf("\n");
    pf_lock_free(lock);
    return 0;
}
