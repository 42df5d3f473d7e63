/* 001_cea31294124c9188.txt: Queue of one object (MyFancyClass). */
/*
 * One object travels through a queue to one worker, which calls its
 * method.  Python pickles MyFancyClass; in C the object is a plain struct
 * copied byte for byte into the queue (pointers would not survive the
 * trip, so the name is an array), and the "method" is a function taking
 * it.  current_process().name is pf_current_process().
 */
#include <pfor.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sample.h"

struct my_fancy_class {
    char name[32];
};

static void do_something(const struct my_fancy_class *self)
{
    const char *proc_name = pf_current_process();
    printf("Doing something fancy in %s for %s!\n", proc_name, self->name);
}

static int worker(void *arg)
{
    pf_queue_t *q = arg;
    struct my_fancy_class obj;

    CHECK(pf_queue_get(q, &obj, sizeof obj, NULL, PF_FOREVER));
    do_something(&obj);
    return 0;
}

int main(void)
{
    pf_queue_t *queue;
    pf_process_t *p;
    struct my_fancy_class fancy = {0};

    CHECK(pf_queue_new(NULL, &queue));
    CHECK(pf_process_new(worker, queue, NULL, &p));
    CHECK(pf_process_start(p));

    strcpy(fancy.name, "Fancy Dan");
    CHECK(pf_queue_put(queue, &fancy, sizeof fancy, PF_FOREVER));

    /* Wait for the worker to finish. */
    CHECK(pf_process_join(p, PF_FOREVER));
    pf_process_free(p);
    pf_queue_free(queue);
    return 0;
}
