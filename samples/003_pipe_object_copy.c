/* 003_b255cf522e5fcd6b.txt: Passing back data: the mistake (In [18]). */
/*
 * The parent sends a student object; the child receives it and sets it to
 * passing.  The parent's object stays "not passing": what the child got
 * was a copy (bytes through a pipe), not the parent's object.  The next
 * sample, 003_pipe_round_trip.c, sends the changed copy back.
 */
#include <pfor.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>

#include "sample.h"

struct student {
    bool passing;
};

static bool is_passing(const struct student *s)
{
    return s->passing;
}

static const char *py_bool(bool b)
{
    return b ? "True" : "False";
}

/* The worker receives the object and sets it to passing. */
static int work(void *arg)
{
    pf_conn_t *connection = arg;
    struct student instance;
    CHECK(pf_conn_recv(connection, &instance, sizeof instance, PF_FOREVER));
    instance.passing = true;
    printf("CHLD: %s\n", py_bool(is_passing(&instance)));
    return 0;
}

int main(void)
{
    pf_conn_t *parent_conn, *child_conn;
    pf_process_t *child;
    struct student item = {false};

    setvbuf(stdout, NULL, _IOLBF, 0);
    CHECK(pf_pipe(true, &parent_conn, &child_conn));
    CHECK(pf_process_new(work, child_conn, NULL, &child));

    printf("PRNT: %s\n", py_bool(is_passing(&item)));
    CHECK(pf_conn_send(parent_conn, &item, sizeof item, PF_FOREVER));

    CHECK(pf_process_start(child));
    CHECK(pf_process_join(child, PF_FOREVER));
    printf("PRNT: %s\n", py_bool(is_passing(&item)));
    pf_process_free(child);
    pf_conn_free(parent_conn);
    pf_conn_free(child_conn);
    return 0;
}
