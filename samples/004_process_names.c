/* 004_fa963c81bf38f4c0.txt, current_process().name (the doubler). */
/*
 * Each process doubles a number and says who did it: current_process().name
 * is pf_current_process().  Default names count the process objects this
 * program created, from 1, as Python's do: the seed creates one Process it
 * never starts, so its workers are Process-2..6, and so are these.  A name
 * given in the options ("Test") replaces the default.
 */
#include <pfor.h>
#include <stdio.h>
#include <stdlib.h>

#include "sample.h"

/* A doubling function that can be used by a process. */
static int doubler(void *arg)
{
    int number = *(int *)arg;
    int result = number * 2;
    const char *proc_name = pf_current_process();
    printf("%d doubled to %d by: %s\n", number, result, proc_name);
    return 0;
}

int main(void)
{
    int numbers[] = {5, 10, 15, 20, 25};
    int two = 2;
    pf_process_t *procs[6];
    pf_process_t *proc;

    setvbuf(stdout, NULL, _IOLBF, 0);
    CHECK(pf_process_new(doubler, &numbers[0], NULL, &proc)); /* unused */
    pf_process_free(proc);

    for (int index = 0; index < 5; index++) {
        CHECK(pf_process_new(doubler, &numbers[index], NULL, &procs[index]));
        CHECK(pf_process_start(procs[index]));
    }
    CHECK(pf_process_new(doubler, &two, &(pf_process_options_t){.name = "Test"},
                         &procs[5]));
    CHECK(pf_process_start(procs[5]));

    for (int i = 0; i < 6; i++) {
        CHECK(pf_process_join(procs[i], PF_FOREVER));
        pf_process_free(procs[i]);
    }
    return 0;
}
