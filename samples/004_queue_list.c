/* 004_fa963c81bf38f4c0.txt: Queues: [42, None, 'hello'] (In [18]). */
/*
 * A child puts one object on a queue, the parent gets and prints it.  The
 * seed's [42, None, 'hello'] is a list of three mixed values; a queue
 * carries bytes, so in C it is a struct with one field per element (and a
 * flag for "None").
 */
#include <pfor.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>

#include "sample.h"

struct object {
    int number;
    bool nothing; /* None */
    char text[8];
};

static int f(void *arg)
{
    pf_queue_t *q = arg;
    struct object o = {42, true, "hello"};
    CHECK(pf_queue_put(q, &o, sizeof o, PF_FOREVER));
    return 0;
}

int main(void)
{
    pf_queue_t *q;
    pf_process_t *p;
    struct object o;

    CHECK(pf_queue_new(NULL, &q));
    CHECK(pf_process_new(f, q, NULL, &p));
    CHECK(pf_process_start(p));
    CHECK(pf_queue_get(q, &o, sizeof o, NULL, PF_FOREVER));
    printf("[%d, %s, '%s']\n", o.number, o.nothing ? "None" : "?", o.text);
    CHECK(pf_process_join(p, PF_FOREVER));
    pf_process_free(p);
    pf_queue_free(q);
    return 0;
}
