/* 000_af678ed9c2489058.txt, "Ping Pong Pipe" (In [9]). */
/*
 * A parent and one child process talk over a duplex pipe: the child sends
 * "Ping", the parent answers "Pong".  Python's Pipe() is pf_pipe(true, ...),
 * Connection.send/recv are pf_conn_send/pf_conn_recv, Process(target=play,
 * args=(conn,)) is pf_process_new(play, conn, ...).  The logger lines are
 * printed without their "DEBUG:root:" prefix.
 */
#include <pfor.h>
#include <stdio.h>
#include <stdlib.h>

#include "sample.h"

/* The child: send Ping, wait for the answer. */
static int play(void *arg)
{
    pf_conn_t *connection = arg;
    char data[16];

    printf("Child Sending Ping\n");
    CHECK(pf_conn_send(connection, "Ping", sizeof "Ping", PF_FOREVER));
    CHECK(pf_conn_recv(connection, data, sizeof data, PF_FOREVER));
    printf("Child Received %s\n", data);
    return 0;
}

int main(void)
{
    pf_conn_t *parent_connection, *child_connection;
    pf_process_t *child;
    char data[16];

    setvbuf(stdout, NULL, _IOLBF, 0); /* one line at a time, as logging */
    CHECK(pf_pipe(true, &parent_connection, &child_connection));
    CHECK(pf_process_new(play, child_connection, NULL, &child));
    CHECK(pf_process_start(child));
    pf_conn_free(child_connection); /* the child has its own copy */

    CHECK(pf_conn_recv(parent_connection, data, sizeof data, PF_FOREVER));
    printf("Parent Received %s\n", data);
    printf("Parent Sending Pong\n");
    CHECK(pf_conn_send(parent_connection, "Pong", sizeof "Pong", PF_FOREVER));

    CHECK(pf_process_join(child, PF_FOREVER));
    pf_process_free(child);
    pf_conn_free(parent_connection);
    return 0;
}
