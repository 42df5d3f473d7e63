/* 003_b255cf522e5fcd6b.txt: Another Example: work(identifier). */
/*
 * A list of five processes made in one go, all started, then all joined;
 * each prints its identifier and its own pid.
 */
#include <pfor.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "sample.h"

static int work(void *arg)
{
    int identifier = *(int *)arg;
    printf("Process %d, pid: %d\n", identifier, getpid());
    return 0;
}

int main(void)
{
    int numbers[5];
    pf_process_t *processes[5];

    setvbuf(stdout, NULL, _IOLBF, 0);
    for (int number = 0; number < 5; number++) {
        numbers[number] = number;
        CHECK(pf_process_new(work, &numbers[number], NULL, &processes[number]));
    }
    for (int i = 0; i < 5; i++) /* start all the processes */
        CHECK(pf_process_start(processes[i]));
    for (int i = 0; i < 5; i++) { /* wait for them all to be done */
        CHECK(pf_process_join(processes[i], PF_FOREVER));
        pf_process_free(processes[i]);
    }
    return 0;
}
