/* 003_b255cf522e5fcd6b.txt: Pipe: send_message. */
/*
 * The child sends one message and closes its end; the parent joins it,
 * then receives.  Joining first is fine for a small message, which waits
 * in the pipe (a very large one would block the child until read).
 */
#include <pfor.h>
#include <stdio.h>
#include <stdlib.h>

#include "sample.h"

static int send_message(void *arg)
{
    pf_conn_t *conn = arg;
    const char msg[] = "Hello from the child process!";
    CHECK(pf_conn_send(conn, msg, sizeof msg, PF_FOREVER));
    CHECK(pf_conn_close(conn));
    return 0;
}

int main(void)
{
    pf_conn_t *parent_conn, *child_conn;
    pf_process_t *child;
    char message[64];

    CHECK(pf_pipe(true, &parent_conn, &child_conn));
    CHECK(pf_process_new(send_message, child_conn, NULL, &child));
    CHECK(pf_process_start(child));
    CHECK(pf_process_join(child, PF_FOREVER));

    CHECK(pf_conn_recv(parent_conn, message, sizeof message, PF_FOREVER));
    printf("%s\n", message);
    pf_process_free(child);
    pf_conn_free(parent_conn);
    pf_conn_free(child_conn);
    return 0;
}
