/* 003_b255cf522e5fcd6b.txt: Forking compatible with Windows and Linux. */
/*
 * The same parent/child pair through the process API instead of a bare
 * fork(): the child prints its pid and its parent's, which is the pid the
 * parent printed.
 */
#include <pfor.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "sample.h"

static int child_process(void *arg)
{
    (void)arg;
    printf("CHLD: PID is %d, Parent PID is %d\n", getpid(), getppid());
    return 0;
}

int main(void)
{
    pf_process_t *child;

    printf("PRNT: PID is %d\n", getpid());
    CHECK(pf_process_new(child_process, NULL, NULL, &child));
    CHECK(pf_process_start(child));
    CHECK(pf_process_join(child, PF_FOREVER));
    pf_process_free(child);
    return 0;
}
