/* 003_b255cf522e5fcd6b.txt: Passing back data: send it back. */
/*
 * A struct makes a round trip: the parent sends it, the child changes its
 * copy and sends that back, and the parent receives the changed object.
 * With a duplex pipe (pf_pipe(true, ...)) both ends send and receive.
 */
#include <pfor.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>

#include "sample.h"

struct student {
    bool passing;
};

static const char *py_bool(bool b)
{
    return b ? "True" : "False";
}

static int work(void *arg)
{
    pf_conn_t *connection = arg;
    struct student instance;
    CHECK(pf_conn_recv(connection, &instance, sizeof instance, PF_FOREVER));
    instance.passing = true; /* changed information, sent back */
    CHECK(pf_conn_send(connection, &instance, sizeof instance, PF_FOREVER));
    printf("CHILD: %s\n", py_bool(instance.passing));
    return 0;
}

int main(void)
{
    pf_conn_t *parent_conn, *child_conn;
    pf_process_t *child;
    struct student item = {false}, updated_item;

    setvbuf(stdout, NULL, _IOLBF, 0);
    CHECK(pf_pipe(true, &parent_conn, &child_conn));
    CHECK(pf_process_new(work, child_conn, NULL, &child));

    printf("PARENT: %s\n", py_bool(item.passing));
    CHECK(pf_conn_send(parent_conn, &item, sizeof item, PF_FOREVER));

    CHECK(pf_process_start(child));
    CHECK(pf_conn_recv(parent_conn, &updated_item, sizeof updated_item,
                       PF_FOREVER));
    printf("PARENT: %s\n", py_bool(updated_item.passing));
    CHECK(pf_process_join(child, PF_FOREVER));
    pf_process_free(child);
    pf_conn_free(parent_conn);
    pf_conn_free(child_conn);
    return 0;
}
