/* 001_cea31294124c9188.txt: Consumer / Task queues, poison pill. */
/*
 * Several consumer processes take Task objects from one queue and put
 * their answers on another; one "poison pill" per consumer stops them.
 * The Task class becomes a struct plus a function that "calls" it; the
 * pill (Python's None) is an empty, 0-byte message; consumers are named
 * Consumer-1.. through pf_process_options_t.name.  Results arrive in
 * completion order, as in the seed.
 */
#include <pfor.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "sample.h"

struct task {
    int a, b;
};

struct queues {
    pf_queue_t *tasks;
    pf_queue_t *results;
};

/* Task.__call__: pretend to take some time, then answer. */
static void task_call(const struct task *t, char *answer, size_t size)
{
    usleep(100 * 1000);
    snprintf(answer, size, "%d * %d = %d", t->a, t->b, t->a * t->b);
}

/* Consumer.run */
static int consumer_run(void *arg)
{
    struct queues *q = arg;
    const char *proc_name = pf_current_process();

    for (;;) {
        struct task next_task;
        size_t len;
        char answer[64];

        CHECK(pf_queue_get(q->tasks, &next_task, sizeof next_task, &len,
                           PF_FOREVER));
        if (len == 0) {
            /* Poison pill means we should exit. */
            printf("%s: Exiting\n", proc_name);
            break;
        }
        printf("%s: %d * %d\n", proc_name, next_task.a, next_task.b);
        task_call(&next_task, answer, sizeof answer);
        CHECK(pf_queue_put(q->results, answer, sizeof answer, PF_FOREVER));
    }
    return 0;
}

int main(void)
{
    struct queues q;

    setvbuf(stdout, NULL, _IOLBF, 0);
    /* Establish communication queues. */
    CHECK(pf_queue_new(NULL, &q.tasks));
    CHECK(pf_queue_new(NULL, &q.results));

    /* Start consumers. */
    int num_consumers = pf_cpu_count() * 2;
    printf("Creating %d consumers\n", num_consumers);
    pf_process_t **consumers = calloc(num_consumers, sizeof *consumers);
    if (consumers == NULL)
        return 1;
    for (int i = 0; i < num_consumers; i++) {
        char name[32];
        snprintf(name, sizeof name, "Consumer-%d", i + 1);
        pf_process_options_t opts = {.name = name};
        CHECK(pf_process_new(consumer_run, &q, &opts, &consumers[i]));
        CHECK(pf_process_start(consumers[i]));
    }

    /* Enqueue jobs. */
    int num_jobs = 10;
    for (int i = 0; i < num_jobs; i++) {
        struct task t = {i, i};
        CHECK(pf_queue_put(q.tasks, &t, sizeof t, PF_FOREVER));
    }

    /* Add a poison pill for each consumer. */
    for (int i = 0; i < num_consumers; i++)
        CHECK(pf_queue_put(q.tasks, NULL, 0, PF_FOREVER));

    /* Start printing results. */
    while (num_jobs) {
        char result[64];
        CHECK(pf_queue_get(q.results, result, sizeof result, NULL, PF_FOREVER));
        printf("Result: %s\n", result);
        num_jobs--;
    }

    for (int i = 0; i < num_consumers; i++) {
        CHECK(pf_process_join(consumers[i], PF_FOREVER));
        pf_process_free(consumers[i]);
    }
    free(consumers);
    pf_queue_free(q.tasks);
    pf_queue_free(q.results);
    return 0;
}
