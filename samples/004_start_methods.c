/* 004_fa963c81bf38f4c0.txt: Contexts and start methods. */
/*
 * multiprocessing can start a process three ways: fork (a copy of the
 * parent), spawn (a fresh interpreter that imports the main module) and
 * forkserver (a server process that forks on request).  pfor always
 * forks: there is no set_start_method.  A C program has no interpreter to
 * start afresh, and forking is what lets a child run any function with any
 * argument pointer, and see the parent's memory as it was at start().
 * This sample shows that: the child sees a value the parent set just
 * before start(), and not a change made after (spawn would see neither).
 * Threads are not copied by fork: start processes before creating
 * threads, or only call async-signal-safe code in the child if you must.
 */
#include <pfor.h>
#include <stdio.h>
#include <stdlib.h>

#include "sample.h"

static int setting = 0;

static int show(void *arg)
{
    (void)arg;
    printf("child: setting = %d (a copy of the parent's memory at start)\n",
           setting);
    return 0;
}

int main(void)
{
    pf_process_t *p;

    printf("start method: fork (the only one in pfor)\n");
    setting = 1;
    CHECK(pf_process_new(show, NULL, NULL, &p));
    CHECK(pf_process_start(p));
    setting = 2; /* after the fork: the child never sees this */
    CHECK(pf_process_join(p, PF_FOREVER));
    printf("parent: setting = %d\n", setting);
    pf_process_free(p);
    return 0;
}
