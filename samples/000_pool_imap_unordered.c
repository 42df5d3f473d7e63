/* 000_af678ed9c2489058.txt: Send Multiple Jobs: imap_unordered. */
/*
 * A pool of 2 worker processes squares 0..4; results are handed back as
 * they complete, not in input order.  Pool(processes=2) is pf_pool_new
 * with workers = 2; imap_unordered is pf_pool_imap_unordered, and the
 * for-loop over it is pf_pool_iter_next until PF_EOF.  A pool task reads
 * one input item and writes one output item (here an int each).
 */
#include <pfor.h>
#include <stdio.h>
#include <stdlib.h>

#include "sample.h"

static int work(const void *in, void *out, void *arg)
{
    (void)arg;
    int data = *(const int *)in;
    *(int *)out = data * data;
    return 0;
}

int main(void)
{
    pf_pool_t *pool;
    pf_pool_iter_t *it;
    int inputs[5] = {0, 1, 2, 3, 4}; /* range(5) */
    int item, rc;

    CHECK(pf_pool_new(&(pf_pool_options_t){.workers = 2}, &pool));
    CHECK(pf_pool_imap_unordered(pool, work, inputs, 5, sizeof(int),
                                 sizeof(int), 0, &it));
    while ((rc = pf_pool_iter_next(it, &item, NULL, PF_FOREVER, NULL)) == 0)
        printf("%d\n", item);
    if (rc != PF_EOF)
        CHECK(rc);
    pf_pool_iter_free(it);

    CHECK(pf_pool_close(pool));
    CHECK(pf_pool_join(pool, PF_FOREVER));
    pf_pool_free(pool);
    return 0;
}
