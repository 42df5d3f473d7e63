/* 004_fa963c81bf38f4c0.txt: Pipes: [42, None, 'hello'] (In [19]). */
/*
 * The same object through a pipe: Pipe() returns two connections, each
 * with send and recv (pf_conn_send / pf_conn_recv); the child closes its
 * end when done (conn.close() is pf_conn_close).
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
    pf_conn_t *conn = arg;
    struct object o = {42, true, "hello"};
    CHECK(pf_conn_send(conn, &o, sizeof o, PF_FOREVER));
    CHECK(pf_conn_close(conn));
    return 0;
}

int main(void)
{
    pf_conn_t *parent_conn, *child_conn;
    pf_process_t *p;
    struct object o;

    CHECK(pf_pipe(true, &parent_conn, &child_conn));
    CHECK(pf_process_new(f, child_conn, NULL, &p));
    CHECK(pf_process_start(p));
    CHECK(pf_conn_recv(parent_conn, &o, sizeof o, PF_FOREVER));
    printf("[%d, %s, '%s']\n", o.number, o.nothing ? "None" : "?", o.text);
    CHECK(pf_process_join(p, PF_FOREVER));
    pf_process_free(p);
    pf_conn_free(parent_conn);
    pf_conn_free(child_conn);
    return 0;
}
