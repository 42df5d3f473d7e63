/* 000_af678ed9c2489058.txt, "Ping Pong Queue" (In [13]). */
/*
 * The same ping-pong with queues instead of a pipe: Queue() is
 * pf_queue_new, put/get are pf_queue_put/pf_queue_get.  A queue is one-way
 * in spirit: with a single queue the child may get its own "Ping" back
 * before the parent takes it (the seed's output even prints "Child
 * Received Ping", because its child logs the parent's variable).  So this
 * version uses one queue per direction, and the child really gets "Pong".
 */
#include <pfor.h>
#include <stdio.h>
#include <stdlib.h>

#include "sample.h"

struct queues {
    pf_queue_t *to_parent;
    pf_queue_t *to_child;
};

static int play(void *arg)
{
    struct queues *q = arg;
    char data[16];

    printf("Child Sending Ping\n");
    CHECK(pf_queue_put(q->to_parent, "Ping", sizeof "Ping", PF_FOREVER));
    CHECK(pf_queue_get(q->to_child, data, sizeof data, NULL, PF_FOREVER));
    printf("Child Received %s\n", data);
    return 0;
}

int main(void)
{
    struct queues q;
    pf_process_t *child;
    char data[16];

    setvbuf(stdout, NULL, _IOLBF, 0);
    CHECK(pf_queue_new(NULL, &q.to_parent));
    CHECK(pf_queue_new(NULL, &q.to_child));
    CHECK(pf_process_new(play, &q, NULL, &child));
    CHECK(pf_process_start(child));

    CHECK(pf_queue_get(q.to_parent, data, sizeof data, NULL, PF_FOREVER));
    printf("Parent Received %s\n", data);
    printf("Parent Sending Pong\n");
    CHECK(pf_queue_put(q.to_child, "Pong", sizeof "Pong", PF_FOREVER));

    CHECK(pf_process_join(child, PF_FOREVER));
    pf_process_free(child);
    pf_queue_free(q.to_parent);
    pf_queue_free(q.to_child);
    return 0;
}
