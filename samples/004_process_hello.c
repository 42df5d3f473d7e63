/* 004_fa963c81bf38f4c0.txt, "The Process class" (hello bob). */
/*
 * Processes are made by creating a process object and calling start:
 * Process(target=f, args=('bob',)) is pf_process_new(f, "bob", NULL, &p).
 * There is no `if __name__ == '__main__'` to write: pfor forks, and the
 * child runs only f, never main again.
 */
#include <pfor.h>
#include <stdio.h>
#include <stdlib.h>

#include "sample.h"

static int f(void *name)
{
    printf("hello %s\n", (const char *)name);
    return 0;
}

int main(void)
{
    pf_process_t *p;
    CHECK(pf_process_new(f, "bob", NULL, &p));
    CHECK(pf_process_start(p));
    CHECK(pf_process_join(p, PF_FOREVER));
    pf_process_free(p);
    return 0;
}
