/* 004_fa963c81bf38f4c0.txt: Exercise: ping-pong 100 times, timed. */
/*
 * The exercise the text leaves to the reader: a packet (a small struct
 * with a counter) goes from the parent to the child and back 100 times
 * through a duplex pipe; each side adds one to the counter, so it ends at
 * 200.  The time is measured around the whole exchange.
 */
#include <pfor.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "sample.h"

enum { ROUNDS = 100 };

struct packet {
    int counter;
    char payload[56]; /* "information": 64 bytes in all */
};

static int child_side(void *arg)
{
    pf_conn_t *conn = arg;
    for (int i = 0; i < ROUNDS; i++) {
        struct packet p;
        CHECK(pf_conn_recv(conn, &p, sizeof p, PF_FOREVER));
        p.counter++;
        CHECK(pf_conn_send(conn, &p, sizeof p, PF_FOREVER));
    }
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
    pf_conn_t *parent, *child;
    pf_process_t *p;
    struct packet packet = {0, "information"};

    CHECK(pf_pipe(true, &parent, &child));
    CHECK(pf_process_new(child_side, child, NULL, &p));
    CHECK(pf_process_start(p));
    pf_conn_free(child);

    double start = now();
    for (int i = 0; i < ROUNDS; i++) {
        packet.counter++;
        CHECK(pf_conn_send(parent, &packet, sizeof packet, PF_FOREVER));
        CHECK(pf_conn_recv(parent, &packet, sizeof packet, PF_FOREVER));
    }
    double elapsed = now() - start;

    CHECK(pf_process_join(p, PF_FOREVER));
    printf("%d round trips, final counter %d\n", ROUNDS, packet.counter);
    printf("time: %.3f ms (%.1f us per round trip)\n", elapsed * 1e3,
           elapsed * 1e6 / ROUNDS);
    pf_process_free(p);
    pf_conn_free(parent);
    return 0;
}
