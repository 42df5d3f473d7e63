/* test_pipe.c - pf_pipe: framing of any size, order, end of file, broken
 * pipes without SIGPIPE, timeouts that keep the framing, direction, bad
 * arguments; in one process and across processes. */
#include <pthread.h>
#include <signal.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "pftest.h"

#define MiB (1024 * 1024)

/* A byte pattern that depends on the message and the position. */
static unsigned char pattern(size_t seed, size_t i)
{
    uint64_t x = (uint64_t)seed * 0x9E3779B97F4A7C15u + i;
    x ^= x >> 29;
    x *= 0xBF58476D1CE4E5B9u;
    return (unsigned char)(x >> 32);
}

static void fill_pattern(unsigned char *buf, size_t len, size_t seed)
{
    for (size_t i = 0; i < len; i++)
        buf[i] = pattern(seed, i);
}

static uint64_t checksum(const unsigned char *buf, size_t len)
{
    uint64_t h = 1469598103934665603u;
    for (size_t i = 0; i < len; i++)
        h = (h ^ buf[i]) * 1099511628211u;
    return h;
}

static bool has_pattern(const unsigned char *buf, size_t len, size_t seed)
{
    for (size_t i = 0; i < len; i++)
        if (buf[i] != pattern(seed, i))
            return false;
    return true;
}

/* Start fn(arg) in a child; the caller joins and frees. */
static pf_process_t *start(pf_process_fn fn, void *arg)
{
    pf_process_t *p = NULL;
    PFTEST_OK(pf_process_new(fn, arg, NULL, &p));
    PFTEST_OK(pf_process_start(p));
    return p;
}

static int join_code(pf_process_t *p)
{
    int code = -1000;
    PFTEST_OK(pf_process_join(p, 60.0));
    PFTEST_OK(pf_process_exitcode(p, &code));
    pf_process_free(p);
    return code;
}

/* The two ends, visible to children (each closes the one it does not
 * use first). */
static pf_conn_t *end_a, *end_b;

/* ---- in one process ---- */

static void test_small_messages_in_process(void)
{
    for (int duplex = 0; duplex < 2; duplex++) {
        pf_conn_t *a, *b;
        PFTEST_OK(pf_pipe(duplex, &a, &b));
        CU_ASSERT(pf_conn_readable(a));
        CU_ASSERT_EQUAL(pf_conn_writable(a), (bool)duplex);
        CU_ASSERT(pf_conn_writable(b));
        CU_ASSERT_EQUAL(pf_conn_readable(b), (bool)duplex);
        /* 0 bytes, 1 byte, then a few more, in order. */
        PFTEST_OK(pf_conn_send(b, NULL, 0, 1.0));
        PFTEST_OK(pf_conn_send(b, "x", 1, 1.0));
        PFTEST_OK(pf_conn_send(b, "hello", 5, 1.0));
        CU_ASSERT_EQUAL(pf_conn_poll(a, 0), 1);
        char buf[16] = "";
        CU_ASSERT_EQUAL(pf_conn_recv(a, buf, sizeof buf, 1.0), 0);
        CU_ASSERT_EQUAL(pf_conn_recv(a, buf, sizeof buf, 1.0), 1);
        CU_ASSERT_EQUAL(buf[0], 'x');
        void *m = NULL;
        CU_ASSERT_EQUAL(pf_conn_recv_alloc(a, &m, 1.0), 5);
        CU_ASSERT(m && memcmp(m, "hello", 5) == 0);
        free(m);
        /* A 0-byte message through recv_alloc gives a non-NULL pointer. */
        PFTEST_OK(pf_conn_send(b, "", 0, 1.0));
        CU_ASSERT_EQUAL(pf_conn_recv_alloc(a, &m, 1.0), 0);
        CU_ASSERT_PTR_NOT_NULL(m);
        free(m);
        /* A 0-byte message into a NULL buffer of capacity 0. */
        PFTEST_OK(pf_conn_send(b, NULL, 0, 1.0));
        CU_ASSERT_EQUAL(pf_conn_recv(a, NULL, 0, 1.0), 0);
        if (duplex) {
            PFTEST_OK(pf_conn_send(a, "back", 4, 1.0));
            CU_ASSERT_EQUAL(pf_conn_recv(b, buf, sizeof buf, 1.0), 4);
            CU_ASSERT_EQUAL(memcmp(buf, "back", 4), 0);
        }
        pf_conn_free(a);
        pf_conn_free(b);
    }
}

static void test_one_way_direction_enforced(void)
{
    pf_conn_t *r, *w;
    PFTEST_OK(pf_pipe(false, &r, &w));
    char buf[4];
    PFTEST_EXPECT(PF_ENOTSUP, pf_conn_send(r, "x", 1, 0));
    PFTEST_EXPECT(PF_ENOTSUP, pf_conn_flush(r, 0));
    PFTEST_EXPECT(PF_ENOTSUP, (int)pf_conn_recv(w, buf, sizeof buf, 0));
    void *m;
    PFTEST_EXPECT(PF_ENOTSUP, (int)pf_conn_recv_alloc(w, &m, 0));
    PFTEST_EXPECT(PF_ENOTSUP, (int)pf_conn_next_size(w, 0));
    PFTEST_EXPECT(PF_ENOTSUP, pf_conn_poll(w, 0));
    pf_conn_free(r);
    pf_conn_free(w);
}

static void test_bad_arguments(void)
{
    pf_conn_t *a = NULL, *b = NULL;
    PFTEST_EXPECT(PF_EINVAL, pf_pipe(true, NULL, &b));
    PFTEST_EXPECT(PF_EINVAL, pf_pipe(true, &a, NULL));
    char buf[8];
    void *m;
    PFTEST_EXPECT(PF_EINVAL, pf_conn_send(NULL, "x", 1, 0));
    PFTEST_EXPECT(PF_EINVAL, pf_conn_flush(NULL, 0));
    PFTEST_EXPECT(PF_EINVAL, (int)pf_conn_recv(NULL, buf, 8, 0));
    PFTEST_EXPECT(PF_EINVAL, (int)pf_conn_recv_alloc(NULL, &m, 0));
    PFTEST_EXPECT(PF_EINVAL, (int)pf_conn_next_size(NULL, 0));
    PFTEST_EXPECT(PF_EINVAL, pf_conn_poll(NULL, 0));
    PFTEST_EXPECT(PF_EINVAL, pf_conn_close(NULL));
    CU_ASSERT_FALSE(pf_conn_readable(NULL));
    CU_ASSERT_FALSE(pf_conn_writable(NULL));
    pf_conn_free(NULL);

    PFTEST_OK(pf_pipe(true, &a, &b));
    PFTEST_EXPECT(PF_EINVAL, pf_conn_send(a, NULL, 5, 0));
    PFTEST_EXPECT(PF_EINVAL, (int)pf_conn_recv(a, NULL, 5, 0));
    PFTEST_EXPECT(PF_EINVAL, (int)pf_conn_recv_alloc(a, NULL, 0));
    /* A closed end. */
    PFTEST_OK(pf_conn_close(a));
    PFTEST_OK(pf_conn_close(a));
    CU_ASSERT_FALSE(pf_conn_readable(a));
    CU_ASSERT_FALSE(pf_conn_writable(a));
    PFTEST_EXPECT(PF_ECLOSED, pf_conn_send(a, "x", 1, 0));
    PFTEST_EXPECT(PF_ECLOSED, (int)pf_conn_recv(a, buf, 8, 0));
    PFTEST_EXPECT(PF_ECLOSED, (int)pf_conn_recv_alloc(a, &m, 0));
    PFTEST_EXPECT(PF_ECLOSED, pf_conn_poll(a, 0));
    pf_conn_free(a);
    pf_conn_free(b);
}

static void test_eof_and_epipe_in_process(void)
{
    for (int duplex = 0; duplex < 2; duplex++) {
        pf_conn_t *a, *b;
        PFTEST_OK(pf_pipe(duplex, &a, &b));
        /* Messages sent before the close are still delivered, then EOF. */
        PFTEST_OK(pf_conn_send(b, "last", 4, 1.0));
        pf_conn_free(b);
        char buf[8];
        CU_ASSERT_EQUAL(pf_conn_recv(a, buf, sizeof buf, 1.0), 4);
        CU_ASSERT_EQUAL(pf_conn_poll(a, 1.0), 1); /* EOF is "ready" */
        PFTEST_EXPECT(PF_EOF, (int)pf_conn_recv(a, buf, sizeof buf, 1.0));
        PFTEST_EXPECT(PF_EOF,
                      (int)pf_conn_recv(a, buf, sizeof buf, PF_FOREVER));
        pf_conn_free(a);

        /* Sending to a closed reader: PF_EPIPE, and we are still alive
         * although SIGPIPE has its default (fatal) action. */
        PFTEST_OK(pf_pipe(duplex, &a, &b));
        pf_conn_free(a);
        PFTEST_EXPECT(PF_EPIPE, pf_conn_send(b, "x", 1, 1.0));
        unsigned char *big = calloc(1, MiB);
        PFTEST_EXPECT(PF_EPIPE, pf_conn_send(b, big, MiB, 1.0));
        free(big);
        pf_conn_free(b);
    }
}

static void test_recv_buffer_too_small(void)
{
    pf_conn_t *a, *b;
    PFTEST_OK(pf_pipe(false, &a, &b));
    unsigned char msg[100], buf[100];
    fill_pattern(msg, sizeof msg, 7);
    PFTEST_OK(pf_conn_send(b, msg, sizeof msg, 1.0));
    PFTEST_OK(pf_conn_send(b, "next", 4, 1.0));
    PFTEST_EXPECT(PF_ENOSPC, (int)pf_conn_recv(a, buf, 10, 1.0));
    PFTEST_EXPECT(PF_ENOSPC, (int)pf_conn_recv(a, buf, 99, 1.0));
    CU_ASSERT_EQUAL(pf_conn_next_size(a, 1.0), 100);
    CU_ASSERT_EQUAL(pf_conn_poll(a, 0), 1);
    CU_ASSERT_EQUAL(pf_conn_recv(a, buf, sizeof buf, 1.0), 100);
    CU_ASSERT(has_pattern(buf, 100, 7));
    /* Or take it with recv_alloc after the refusal. */
    PFTEST_EXPECT(PF_ENOSPC, (int)pf_conn_recv(a, buf, 3, 1.0));
    void *m = NULL;
    CU_ASSERT_EQUAL(pf_conn_recv_alloc(a, &m, 1.0), 4);
    CU_ASSERT(m && memcmp(m, "next", 4) == 0);
    free(m);
    pf_conn_free(a);
    pf_conn_free(b);
}

static void test_timeouts(void)
{
    pf_conn_t *a, *b;
    PFTEST_OK(pf_pipe(true, &a, &b));
    char buf[8];
    PFTEST_EXPECT(PF_ETIMEDOUT, (int)pf_conn_recv(a, buf, sizeof buf, 0));
    PFTEST_EXPECT(PF_ETIMEDOUT, (int)pf_conn_recv(a, buf, sizeof buf, 0.1));
    void *m;
    PFTEST_EXPECT(PF_ETIMEDOUT, (int)pf_conn_recv_alloc(a, &m, 0.05));
    CU_ASSERT_PTR_NULL(m);
    PFTEST_EXPECT(PF_ETIMEDOUT, (int)pf_conn_next_size(a, 0.05));
    CU_ASSERT_EQUAL(pf_conn_poll(a, 0), 0);
    CU_ASSERT_EQUAL(pf_conn_poll(a, 0.1), 0);
    /* Still usable afterwards. */
    PFTEST_OK(pf_conn_send(b, "ok", 2, 1.0));
    CU_ASSERT_EQUAL(pf_conn_recv(a, buf, sizeof buf, 1.0), 2);
    pf_conn_free(a);
    pf_conn_free(b);
}

/*
 * A timeout in the middle of a large message, on both sides, in one
 * process: the send commits the message (PF_EAGAIN) and keeps its tail,
 * the recv keeps what it got (PF_ETIMEDOUT); alternating flush and recv
 * completes it intact, and the next message is framed correctly.
 */
static void test_timeout_mid_message_keeps_framing(void)
{
    for (int use_alloc = 0; use_alloc < 2; use_alloc++) {
        pf_conn_t *a, *b;
        PFTEST_OK(pf_pipe(false, &a, &b));
        size_t len = 4 * MiB;
        unsigned char *msg = malloc(len), *got = malloc(len);
        CU_ASSERT_PTR_NOT_NULL_FATAL(msg);
        CU_ASSERT_PTR_NOT_NULL_FATAL(got);
        fill_pattern(msg, len, 11);
        PFTEST_EXPECT(PF_EAGAIN, pf_conn_send(b, msg, len, 0.05));
        /* With the tail still unwritten, a new message is not sent. */
        PFTEST_EXPECT(PF_ETIMEDOUT, pf_conn_send(b, "lost", 4, 0));
        void *m = NULL;
        ssize_t n = 0;
        int rounds = 0;
        for (;; rounds++) {
            n = use_alloc ? pf_conn_recv_alloc(a, &m, 0.01)
                          : pf_conn_recv(a, got, len, 0.01);
            if (n != PF_ETIMEDOUT)
                break;
            int rc = pf_conn_flush(b, 0.01);
            CU_ASSERT(rc == 0 || rc == PF_ETIMEDOUT);
        }
        CU_ASSERT(rounds > 0);
        CU_ASSERT_EQUAL(n, (ssize_t)len);
        if (use_alloc) {
            CU_ASSERT(m && memcmp(m, msg, len) == 0);
            free(m);
        } else {
            CU_ASSERT(memcmp(got, msg, len) == 0);
        }
        PFTEST_OK(pf_conn_flush(b, 0));
        PFTEST_OK(pf_conn_send(b, "after", 5, 1.0));
        char small[8];
        CU_ASSERT_EQUAL(pf_conn_recv(a, small, sizeof small, 1.0), 5);
        CU_ASSERT_EQUAL(memcmp(small, "after", 5), 0);
        /* "lost" never arrived. */
        CU_ASSERT_EQUAL(pf_conn_poll(a, 0), 0);
        free(msg);
        free(got);
        pf_conn_free(a);
        pf_conn_free(b);
    }
}

/* A partly written message dropped by close: the reader gets PF_EPIPE
 * for it, then PF_EOF. */
static void test_close_mid_message(void)
{
    pf_conn_t *a, *b;
    PFTEST_OK(pf_pipe(false, &a, &b));
    unsigned char *msg = calloc(1, MiB);
    PFTEST_EXPECT(PF_EAGAIN, pf_conn_send(b, msg, MiB, 0.05));
    pf_conn_free(b);
    void *m = NULL;
    PFTEST_EXPECT(PF_EPIPE, (int)pf_conn_recv_alloc(a, &m, 5.0));
    CU_ASSERT_PTR_NULL(m);
    PFTEST_EXPECT(PF_EOF, (int)pf_conn_recv_alloc(a, &m, 5.0));
    free(msg);
    pf_conn_free(a);
}

/* ---- SIGPIPE ---- */

/* pipe.c: block SIGPIPE around every send whatever pfor chose. */
void pf__pipe_force_sigmask(bool force);

/* Send to an end whose peer is closed: must be PF_EPIPE. */
static void send_to_closed_peer(void)
{
    pf_conn_t *a, *b;
    PFTEST_OK(pf_pipe(true, &a, &b));
    pf_conn_free(a);
    PFTEST_EXPECT(PF_EPIPE, pf_conn_send(b, "x", 1, 1.0));
    pf_conn_free(b);
}

/* Child: a plain write(2) to a pipe without readers, outside pfor. */
static int raw_write_to_closed_pipe(void *arg)
{
    (void)arg;
    int fds[2];
    if (pipe(fds) < 0)
        return 1;
    close(fds[0]);
    ssize_t n = write(fds[1], "x", 1);
    (void)n;
    return 2; /* not reached: SIGPIPE kills us */
}

static volatile sig_atomic_t user_sigpipes;

static void count_sigpipe(int sig)
{
    (void)sig;
    user_sigpipes++;
}

static void test_sigpipe_policy(void)
{
    /* pfor's handler is in place (pf_pipe was called): a SIGPIPE outside
     * pfor still kills, as the default action does. */
    send_to_closed_peer();
    pf_process_t *p;
    PFTEST_OK(pf_process_new(raw_write_to_closed_pipe, NULL, NULL, &p));
    PFTEST_OK(pf_process_start(p));
    PFTEST_OK(pf_process_join(p, 60.0));
    int code = 0;
    PFTEST_OK(pf_process_exitcode(p, &code));
    CU_ASSERT_EQUAL(code, -SIGPIPE);
    pf_process_free(p);

    /* A thread that blocks SIGPIPE itself: no SIGPIPE left pending. */
    sigset_t set, old, pending;
    sigemptyset(&set);
    sigaddset(&set, SIGPIPE);
    pthread_sigmask(SIG_BLOCK, &set, &old);
    send_to_closed_peer();
    sigpending(&pending);
    CU_ASSERT_FALSE(sigismember(&pending, SIGPIPE));
    pthread_sigmask(SIG_SETMASK, &old, NULL);

    /* The mask way (what pfor does when the program has its own SIGPIPE
     * handler): the handler never sees pfor's SIGPIPE. */
    struct sigaction mine, saved;
    memset(&mine, 0, sizeof mine);
    mine.sa_handler = count_sigpipe;
    sigemptyset(&mine.sa_mask);
    sigaction(SIGPIPE, &mine, &saved);
    pf__pipe_force_sigmask(true);
    send_to_closed_peer();
    pf__pipe_force_sigmask(false);
    CU_ASSERT_EQUAL(user_sigpipes, 0);
    sigaction(SIGPIPE, &saved, NULL);
}

/* ---- across processes ---- */

/* Child: send `count` messages of varied sizes from end_b, then 16 MiB. */
static int send_many(void *arg)
{
    int count = *(int *)arg;
    pf_conn_free(end_a);
    unsigned char *buf = malloc(70000);
    if (!buf)
        return 10;
    for (int i = 0; i < count; i++) {
        size_t len = (size_t)(i * 7919) % 70000;
        if (i % 10 == 0)
            len = (size_t)i % 3; /* plenty of 0-, 1- and 2-byte ones */
        fill_pattern(buf, len, (size_t)i);
        if (pf_conn_send(end_b, buf, len, 30.0) != 0)
            return 1;
    }
    free(buf);
    pf_conn_free(end_b);
    return 0;
}

static void test_many_messages_in_order(void)
{
    PFTEST_OK(pf_pipe(false, &end_a, &end_b));
    int count = 5000;
    pf_process_t *p = start(send_many, &count);
    pf_conn_free(end_b);
    unsigned char *buf = malloc(70000);
    int good = 0;
    for (int i = 0; i < count; i++) {
        size_t len = (size_t)(i * 7919) % 70000;
        if (i % 10 == 0)
            len = (size_t)i % 3;
        ssize_t n = pf_conn_recv(end_a, buf, 70000, 30.0);
        if (n == (ssize_t)len && has_pattern(buf, len, (size_t)i))
            good++;
        else
            break;
    }
    CU_ASSERT_EQUAL(good, count);
    PFTEST_EXPECT(PF_EOF, (int)pf_conn_recv(end_a, buf, 70000, 30.0));
    free(buf);
    CU_ASSERT_EQUAL(join_code(p), 0);
    pf_conn_free(end_a);
}

/* Child: receive a message from end_b, send back its length and checksum,
 * then send a message of the same size with pattern 99. */
static int echo_checksum(void *arg)
{
    (void)arg;
    pf_conn_free(end_a);
    void *m = NULL;
    ssize_t n = pf_conn_recv_alloc(end_b, &m, 60.0);
    if (n < 0)
        return 1;
    uint64_t reply[2] = {(uint64_t)n, checksum(m, (size_t)n)};
    if (pf_conn_send(end_b, reply, sizeof reply, 60.0) != 0)
        return 2;
    fill_pattern(m, (size_t)n, 99);
    if (pf_conn_send(end_b, m, (size_t)n, 60.0) != 0)
        return 3;
    free(m);
    pf_conn_free(end_b);
    return 0;
}

static void big_message_round_trip(size_t len)
{
    PFTEST_OK(pf_pipe(true, &end_a, &end_b));
    pf_process_t *p = start(echo_checksum, NULL);
    pf_conn_free(end_b);
    unsigned char *msg = malloc(len);
    CU_ASSERT_PTR_NOT_NULL_FATAL(msg);
    fill_pattern(msg, len, 5);
    PFTEST_OK(pf_conn_send(end_a, msg, len, 60.0));
    uint64_t reply[2] = {0, 0};
    CU_ASSERT_EQUAL(pf_conn_recv(end_a, reply, sizeof reply, 60.0),
                    (ssize_t)sizeof reply);
    CU_ASSERT_EQUAL(reply[0], len);
    CU_ASSERT_EQUAL(reply[1], checksum(msg, len));
    /* And back the other way, into a caller buffer. */
    CU_ASSERT_EQUAL(pf_conn_recv(end_a, msg, len, 60.0), (ssize_t)len);
    CU_ASSERT(has_pattern(msg, len, 99));
    PFTEST_EXPECT(PF_EOF, (int)pf_conn_recv(end_a, msg, len, 60.0));
    free(msg);
    CU_ASSERT_EQUAL(join_code(p), 0);
    pf_conn_free(end_a);
}

static void test_16_mib_message(void)
{
    big_message_round_trip(16 * MiB);
}

static void test_64_mib_message(void)
{
    big_message_round_trip(64 * MiB);
}

/* Child: close its copy of end_a, keep end_b open and sleep. */
static int hold_and_sleep(void *arg)
{
    (void)arg;
    pf_conn_free(end_a);
    for (int i = 0; i < 600; i++)
        usleep(100000);
    return 0;
}

/* Child: close its copy of end_a and leave at once. */
static int close_and_leave(void *arg)
{
    (void)arg;
    pf_conn_free(end_a);
    pf_conn_free(end_b);
    return 0;
}

static void test_peer_gone_gives_eof_and_epipe(void)
{
    for (int killed = 0; killed < 2; killed++) {
        PFTEST_OK(pf_pipe(true, &end_a, &end_b));
        pf_process_t *p =
            start(killed ? hold_and_sleep : close_and_leave, NULL);
        pf_conn_free(end_b);
        char buf[8];
        if (killed) {
            /* While the child lives, the end stays open: no EOF. */
            PFTEST_EXPECT(PF_ETIMEDOUT,
                          (int)pf_conn_recv(end_a, buf, sizeof buf, 0.1));
            PFTEST_OK(pf_process_kill(p));
        }
        /* A generous timeout: EOF must come long before it. */
        PFTEST_EXPECT(PF_EOF, (int)pf_conn_recv(end_a, buf, sizeof buf, 60.0));
        PFTEST_EXPECT(PF_EPIPE, pf_conn_send(end_a, "x", 1, 60.0));
        int code = join_code(p);
        CU_ASSERT_EQUAL(code, killed ? -SIGKILL : 0);
        pf_conn_free(end_a);
    }
}

/* Child: receive one message and quit without reading the rest. */
static int read_one_and_quit(void *arg)
{
    (void)arg;
    pf_conn_free(end_b);
    char buf[8];
    return pf_conn_recv(end_a, buf, sizeof buf, 60.0) == 1 ? 0 : 1;
}

static void test_send_to_departed_reader(void)
{
    PFTEST_OK(pf_pipe(false, &end_a, &end_b));
    pf_process_t *p = start(read_one_and_quit, NULL);
    pf_conn_free(end_a);
    PFTEST_OK(pf_conn_send(end_b, "1", 1, 60.0));
    CU_ASSERT_EQUAL(join_code(p), 0);
    /* The reader is gone; a large send must fail, not kill us. */
    unsigned char *big = calloc(1, 8 * MiB);
    PFTEST_EXPECT(PF_EPIPE, pf_conn_send(end_b, big, 8 * MiB, 60.0));
    free(big);
    pf_conn_free(end_b);
}

/* The seeds' ping-pong: 100 round trips between two processes. */
static int pong(void *arg)
{
    (void)arg;
    pf_conn_free(end_a);
    char buf[16];
    for (;;) {
        ssize_t n = pf_conn_recv(end_b, buf, sizeof buf, 60.0);
        if (n == PF_EOF)
            break;
        if (n < 0 || pf_conn_send(end_b, buf, (size_t)n, 60.0) != 0)
            return 1;
    }
    pf_conn_free(end_b);
    return 0;
}

static void test_ping_pong(void)
{
    PFTEST_OK(pf_pipe(true, &end_a, &end_b));
    pf_process_t *p = start(pong, NULL);
    pf_conn_free(end_b);
    int good = 0;
    for (int i = 0; i < 100; i++) {
        char out[16], in[16];
        int len = snprintf(out, sizeof out, "ping %d", i);
        if (pf_conn_send(end_a, out, (size_t)len, 60.0) != 0)
            break;
        ssize_t n = pf_conn_recv(end_a, in, sizeof in, 60.0);
        if (n == len && memcmp(in, out, (size_t)len) == 0)
            good++;
    }
    CU_ASSERT_EQUAL(good, 100);
    pf_conn_free(end_a);
    CU_ASSERT_EQUAL(join_code(p), 0);
}

void pftest_main(void)
{
    /* SIGPIPE keeps its default, fatal action: a pf_pipe call that let
     * it through would kill this program. */
    signal(SIGPIPE, SIG_DFL);
    pftest_suite("pipe");
    pftest_add("0-, 1- and small messages in one process",
               test_small_messages_in_process);
    pftest_add("one-way direction enforced", test_one_way_direction_enforced);
    pftest_add("bad arguments", test_bad_arguments);
    pftest_add("EOF and EPIPE in one process", test_eof_and_epipe_in_process);
    pftest_add("recv buffer too small keeps the message",
               test_recv_buffer_too_small);
    pftest_add("recv and poll timeouts", test_timeouts);
    pftest_add("timeout mid-message keeps the framing",
               test_timeout_mid_message_keeps_framing);
    pftest_add("close mid-message", test_close_mid_message);
    pftest_add("SIGPIPE: never from pfor, still from others",
               test_sigpipe_policy);
    pftest_add("many messages in order across processes",
               test_many_messages_in_order);
    pftest_add("16 MiB message intact", test_16_mib_message);
    pftest_add("64 MiB message intact", test_64_mib_message);
    pftest_add("peer gone (exited or killed): EOF and EPIPE",
               test_peer_gone_gives_eof_and_epipe);
    pftest_add("send to a departed reader: EPIPE, no SIGPIPE",
               test_send_to_departed_reader);
    pftest_add("ping-pong 100 round trips", test_ping_pong);
}
