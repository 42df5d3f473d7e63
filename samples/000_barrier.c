/* 000_af678ed9c2489058.txt, "Barrier" (In [36]). */
/*
 * Three processes wait at a barrier; none goes on until the third has
 * arrived.  Barrier(3) is pf_barrier_new(3, NULL, NULL, ...), created
 * before the processes (they inherit it); barrier.wait() is
 * pf_barrier_wait.  The parent pauses 0.2 s after each start (2 s in the
 * seed) so the "Waiting" lines come one by one.
 */
#include <pfor.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "sample.h"

static pf_barrier_t *barrier;

static int work(void *arg)
{
    (void)arg;
    int pid = getpid();
    printf("PID: %d - Waiting\n", pid);
    CHECK(pf_barrier_wait(barrier, PF_FOREVER));
    printf("PID: %d - Continuing\n", pid);
    return 0;
}

static void startup(pf_process_t *p)
{
    printf("MAIN - Starting Worker\n");
    CHECK(pf_process_start(p));
    usleep(200 * 1000);
}

static void cleanup(pf_process_t *p)
{
    printf("MAIN - Closing Worker\n");
    CHECK(pf_process_join(p, PF_FOREVER));
    pf_process_free(p);
}

int main(void)
{
    pf_process_t *processes[3];

    setvbuf(stdout, NULL, _IOLBF, 0);
    CHECK(pf_barrier_new(3, NULL, NULL, &barrier));
    for (int i = 0; i < 3; i++)
        CHECK(pf_process_new(work, NULL, NULL, &processes[i]));
    for (int i = 0; i < 3; i++)
        startup(processes[i]);
    for (int i = 0; i < 3; i++)
        cleanup(processes[i]);
    pf_barrier_free(barrier);
    return 0;
}
