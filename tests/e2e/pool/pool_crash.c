/* e2e: a pool map whose task crashes at iteration 37, without retries:
 * the program stops with status 1 and a message naming this file's
 * pragma line and the iteration (pool_crash.sh checks it). */
#include <pfor.h>
#include <signal.h>
#include <stdio.h>

static int boom(int k)
{
    if (k == 37) {
        signal(SIGSEGV, SIG_DFL);
        raise(SIGSEGV);
    }
    return k;
}

int main(void)
{
    pf_pool_t *p;
    int out[100];
    if (pf_pool_new(&(pf_pool_options_t){.workers = 2}, &p) != 0)
        return 2;
#pragma pfor map pool(p) chunksize(1)
    for (int i = 0; i < 100; i++)
        out[i] = boom(i);
    printf("not reached %d\n", out[99]);
    pf_pool_free(p);
    return 0;
}
