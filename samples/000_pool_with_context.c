/* 000_af678ed9c2489058.txt: With Context: with Pool(3) as p. */
/*
 * `with Pool(3) as p:` makes sure the pool's processes are reclaimed when
 * the block ends.  C has no `with`: pf_pool_new at the top of the block,
 * pf_pool_free at its end (which, like the context manager's exit,
 * terminates whatever is still running, here nothing: map waits for all
 * items).  Each item sleeps 0.1 s per count (1 s in the seed).  chunksize
 * 1 hands out one item at a time, as Python's automatic size does here.
 */
#include <pfor.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "sample.h"

static int work(const void *in, void *out, void *arg)
{
    (void)out;
    (void)arg;
    int items = *(const int *)in;
    int pid = getpid();
    for (int i = 0; i < items; i++) {
        printf("PID %d Count %d of %d\n", pid, i + 1, items);
        usleep(100 * 1000);
    }
    return 0;
}

int main(void)
{
    int items[5] = {1, 2, 3, 4, 5};

    setvbuf(stdout, NULL, _IOLBF, 0); /* workers inherit it */
    {
        pf_pool_t *p; /* with Pool(3) as p: */
        CHECK(pf_pool_new(&(pf_pool_options_t){.workers = 3}, &p));
        CHECK(pf_pool_map(p, work, items, 5, sizeof(int), NULL, 0, 1));
        pf_pool_free(p);
    }
    return 0;
}
