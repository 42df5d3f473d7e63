/* 000_af678ed9c2489058.txt: Child Processes: active_children(). */
/*
 * multiprocessing.active_children() lists the running children, and in
 * the seed those are the three workers of a Pool.  pfor has both halves,
 * but separately: pf_active_children() lists the processes started with
 * pf_process_start (reaping the ended ones), while a pool's workers are
 * listed by pf_pool_workers() and pf_pool_worker_pid().  This sample
 * shows both: three pool workers, then three plain processes.
 */
#include <pfor.h>
#include <stdio.h>
#include <stdlib.h>

#include "sample.h"

static int wait_for_event(void *arg)
{
    CHECK(pf_event_wait(arg, 30.0));
    return 0;
}

int main(void)
{
    pf_pool_t *pool;
    pf_event_t *done;
    pf_process_t *procs[3], *children[8];

    CHECK(pf_pool_new(&(pf_pool_options_t){.workers = 3}, &pool));
    for (int i = 0; i < pf_pool_workers(pool); i++)
        printf("<pool worker %d, pid %d, started daemon>\n", i,
               pf_pool_worker_pid(pool, i));
    CHECK(pf_pool_close(pool));
    CHECK(pf_pool_join(pool, PF_FOREVER));
    pf_pool_free(pool);

    CHECK(pf_event_new(&done));
    for (int i = 0; i < 3; i++) {
        CHECK(pf_process_new(wait_for_event, done, NULL, &procs[i]));
        CHECK(pf_process_start(procs[i]));
    }
    int n = pf_active_children(children, 8);
    CHECK(n);
    for (int i = 0; i < n && i < 8; i++)
        printf("<Process(%s, pid %d, started)>\n", pf_process_name(children[i]),
               pf_process_pid(children[i]));
    CHECK(pf_event_set(done));
    for (int i = 0; i < 3; i++) {
        CHECK(pf_process_join(procs[i], PF_FOREVER));
        pf_process_free(procs[i]);
    }
    printf("after join: %d active children\n", pf_active_children(NULL, 0));
    pf_event_free(done);
    return 0;
}
