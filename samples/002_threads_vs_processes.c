/* 002_080be87aa659a7f4.txt, "Thread vs Process" (In [3] to In [5]). */
/*
 * The same CPU-bound function run by one thread per core and by one
 * process per core, each run timed.  Python's threads share one GIL and
 * so take turns; C threads have no GIL and run in parallel as well as
 * processes do: the point here is the other difference, that every thread
 * reports the parent's pid while each process has its own.  threading.Thread
 * is pthread_create; Process is pf_process_new/start/join.
 */
#include <pfor.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

#include "sample.h"

/* Just some time-consuming function. */
static void *calc_cube(void *arg)
{
    (void)arg;
    printf("function is executed on pid: %d\n", getpid());
    for (long i = 0; i < 1000000; i++) {
        volatile long cube = i * i * i; /* kept: volatile */
        (void)cube;
    }
    return NULL;
}

static int calc_cube_process(void *arg)
{
    calc_cube(arg);
    return 0;
}

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec * 1e-9;
}

int main(void)
{
    int num_cores = pf_cpu_count();

    setvbuf(stdout, NULL, _IOLBF, 0);

    /* Threads. */
    printf("pid of parent process: %d\n", getpid());
    double t_start = now();
    pthread_t *threads = calloc(num_cores, sizeof *threads);
    if (threads == NULL)
        return 1;
    for (int i = 0; i < num_cores; i++)
        printf("creating thread %d\n", i);
    for (int i = 0; i < num_cores; i++)
        if (pthread_create(&threads[i], NULL, calc_cube, NULL) != 0)
            return 1;
    for (int i = 0; i < num_cores; i++)
        pthread_join(threads[i], NULL);
    printf("time taken: %.6f s\n", now() - t_start);
    free(threads);

    /* Processes. */
    printf("pid of parent process: %d\n", getpid());
    t_start = now();
    pf_process_t **processes = calloc(num_cores, sizeof *processes);
    if (processes == NULL)
        return 1;
    for (int i = 0; i < num_cores; i++) {
        printf("creating process %d\n", i);
        CHECK(pf_process_new(calc_cube_process, NULL, NULL, &processes[i]));
    }
    for (int i = 0; i < num_cores; i++)
        CHECK(pf_process_start(processes[i]));
    for (int i = 0; i < num_cores; i++)
        CHECK(pf_process_join(processes[i], PF_FOREVER));
    printf("time taken: %.6f s\n", now() - t_start);
    for (int i = 0; i < num_cores; i++)
        pf_process_free(processes[i]);
    free(processes);
    return 0;
}
