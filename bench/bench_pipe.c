/* bench_pipe.c - 8-byte ping-pong between a parent and a child: raw pipes,
 * a raw socketpair, pf_pipe (both transports, duplex and one-way) and
 * Python's multiprocessing Pipe, side by side with ratios to raw pipes. */
#include <sched.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "benchutil.h"
#include "pfor.h"

/* pipe.c: pf_pipe with a choice of transport (use_socket: one AF_UNIX
 * stream socketpair instead of pipes).  Internal; used here to keep the
 * measurement that chose the transport. */
int pf__pipe_new(bool duplex, bool use_socket, pf_conn_t **a, pf_conn_t **b);
/* pipe.c: block SIGPIPE around every send (2 more system calls) instead
 * of pfor's pass-through handler: the other way measured. */
void pf__pipe_force_sigmask(bool force);

typedef enum kind {
    RAW_PIPE,        /* two pipe2(), read/write 8 bytes */
    RAW_SOCKET,      /* one socketpair, read/write 8 bytes */
    PF_DUPLEX,       /* pf_pipe(true): two pipes inside */
    PF_DUPLEX_TIMED, /* the same, recv with a timeout (poll + read) */
    PF_DUPLEX_MASK,  /* the same, SIGPIPE blocked around each send */
    PF_ONE_WAY,      /* two pf_pipe(false) pairs, one per direction */
    PF_SOCKET,       /* pf_pipe's framing over a socketpair */
    KIND_COUNT
} kind_t;

static const char *kind_names[KIND_COUNT] = {
    "raw pipe pair (write/read)",
    "raw socketpair (write/read)",
    "pf_pipe duplex",
    "pf_pipe duplex, recv with timeout",
    "pf_pipe duplex, sigmask around each send",
    "pf_pipe one-way pair x2",
    "pf_pipe framing over socketpair",
};

/* What the child needs: its ends and how many round trips to answer. */
typedef struct side {
    kind_t kind;
    long trips;
    int raw_in, raw_out;      /* raw kinds */
    pf_conn_t *in, *out;      /* pf kinds: in receives, out sends */
    pf_conn_t *drop1, *drop2; /* the parent's ends: closed by the child */
} side_t;

static bool pin = true;
static int pin_cpu = -1;

static void pin_here(void)
{
    if (!pin || pin_cpu < 0)
        return;
    cpu_set_t set;
    CPU_ZERO(&set);
    CPU_SET(pin_cpu, &set);
    sched_setaffinity(0, sizeof set, &set);
}

/* One round trip from `s`'s point of view: receive then send (child) or
 * send then receive (parent).  Returns false on any error. */
static bool trip(const side_t *s, bool parent)
{
    char buf[8] = "pingpong";
    double timeout = s->kind == PF_DUPLEX_TIMED ? 60.0 : PF_FOREVER;
    for (int step = 0; step < 2; step++) {
        bool sending = (step == 0) == parent;
        if (s->kind == RAW_PIPE || s->kind == RAW_SOCKET) {
            ssize_t n =
                sending ? write(s->raw_out, buf, 8) : read(s->raw_in, buf, 8);
            if (n != 8)
                return false;
        } else if (sending) {
            if (pf_conn_send(s->out, buf, 8, timeout) != 0)
                return false;
        } else {
            if (pf_conn_recv(s->in, buf, sizeof buf, timeout) != 8)
                return false;
        }
    }
    return true;
}

static int child_main(void *arg)
{
    side_t *s = arg;
    pin_here();
    pf_conn_free(s->drop1);
    pf_conn_free(s->drop2);
    for (long i = 0; i < s->trips + 1; i++) /* +1: the warm-up trip */
        if (!trip(s, false))
            return 1;
    return 0;
}

/* Microseconds per round trip for `trips` round trips of `kind`, or -1. */
static double measure(kind_t kind, long trips)
{
    side_t parent = {.kind = kind, .trips = trips};
    side_t child = parent;
    int fds[4] = {-1, -1, -1, -1};
    pf_conn_t *a = NULL, *b = NULL, *c = NULL, *d = NULL;
    switch (kind) {
    case RAW_PIPE:
        if (pipe(fds) < 0 || pipe(fds + 2) < 0)
            return -1;
        parent.raw_in = fds[0], child.raw_out = fds[1];
        child.raw_in = fds[2], parent.raw_out = fds[3];
        break;
    case RAW_SOCKET:
        if (socketpair(AF_UNIX, SOCK_STREAM, 0, fds) < 0)
            return -1;
        parent.raw_in = parent.raw_out = fds[0];
        child.raw_in = child.raw_out = fds[1];
        break;
    case PF_DUPLEX:
    case PF_DUPLEX_TIMED:
    case PF_DUPLEX_MASK:
    case PF_SOCKET:
        if (pf__pipe_new(true, kind == PF_SOCKET, &a, &b) != 0)
            return -1;
        parent.in = parent.out = a;
        child.in = child.out = b;
        child.drop1 = a;
        break;
    case PF_ONE_WAY:
        /* a <- b: child to parent; c <- d: parent to child. */
        if (pf_pipe(false, &a, &b) != 0 || pf_pipe(false, &c, &d) != 0)
            return -1;
        parent.in = a, parent.out = d;
        child.in = c, child.out = b;
        child.drop1 = a, child.drop2 = d;
        break;
    default:
        return -1;
    }
    pf__pipe_force_sigmask(kind == PF_DUPLEX_MASK); /* the child inherits it */
    pf_process_t *p;
    if (pf_process_new(child_main, &child, NULL, &p) != 0 ||
        pf_process_start(p) != 0)
        return -1;
    /* The parent keeps only its own ends. */
    if (kind == RAW_PIPE || kind == RAW_SOCKET) {
        for (int i = 1; i < 3; i++) {
            if (fds[i] >= 0 && (kind == RAW_PIPE || i == 1)) {
                close(fds[i]);
                fds[i] = -1;
            }
        }
    } else {
        pf_conn_free(b);
        pf_conn_free(c);
        b = c = NULL;
    }
    double result = -1;
    if (trip(&parent, true)) { /* warm-up: the child is up and running */
        double t0 = bench_now();
        long i = 0;
        while (i < trips && trip(&parent, true))
            i++;
        double t1 = bench_now();
        if (i == trips)
            result = (t1 - t0) / (double)trips * 1e6;
    }
    int code = -1;
    if (pf_process_join(p, 60.0) != 0 || pf_process_exitcode(p, &code) ||
        code != 0)
        result = -1;
    pf_process_free(p);
    pf__pipe_force_sigmask(false);
    for (int i = 0; i < 4; i++)
        if (fds[i] >= 0)
            close(fds[i]);
    pf_conn_free(a);
    pf_conn_free(d);
    return result;
}

/* Medians of `runs` runs of every kind, the runs interleaved (kind after
 * kind, round after round) so that noise from other load hits every kind
 * alike.  Stores -1 for a kind that failed. */
static void medians(long trips, int runs, double out[KIND_COUNT])
{
    static double samples[KIND_COUNT][64];
    if (runs > 64)
        runs = 64;
    bool failed[KIND_COUNT] = {false};
    for (int r = 0; r < runs; r++) {
        for (int k = 0; k < KIND_COUNT; k++) {
            samples[k][r] = failed[k] ? -1 : measure(k, trips);
            failed[k] = samples[k][r] < 0;
        }
    }
    for (int k = 0; k < KIND_COUNT; k++)
        out[k] = failed[k] ? -1 : bench_median(samples[k], (size_t)runs);
}

/* ---- bulk: large messages one way ---- */

typedef struct bulk {
    bool use_pf;
    size_t msg;
    int count;
    int raw_fds[2];
    pf_conn_t *reader, *writer;
} bulk_t;

static int bulk_child(void *arg)
{
    bulk_t *b = arg;
    pin_here();
    char *buf = calloc(1, b->msg);
    if (!buf)
        return 1;
    for (int i = 0; i < b->count; i++) {
        if (b->use_pf) {
            if (pf_conn_send(b->writer, buf, b->msg, PF_FOREVER) != 0)
                return 2;
            continue;
        }
        for (size_t off = 0; off < b->msg;) {
            ssize_t n = write(b->raw_fds[1], buf + off, b->msg - off);
            if (n <= 0)
                return 3;
            off += (size_t)n;
        }
    }
    free(buf);
    return 0;
}

/* Milliseconds to move `count` messages of `msg` bytes from a child to
 * the parent, or -1. */
static double measure_bulk(bool use_pf, size_t msg, int count)
{
    bulk_t b = {.use_pf = use_pf, .msg = msg, .count = count};
    if (use_pf ? pf_pipe(false, &b.reader, &b.writer) != 0
               : pipe(b.raw_fds) < 0)
        return -1;
    char *buf = malloc(msg);
    pf_process_t *p;
    if (!buf || pf_process_new(bulk_child, &b, NULL, &p) != 0 ||
        pf_process_start(p) != 0)
        return -1;
    if (use_pf)
        pf_conn_free(b.writer);
    else
        close(b.raw_fds[1]);
    double t0 = bench_now(), result = -1;
    int i = 0;
    for (; i < count; i++) {
        if (use_pf) {
            if (pf_conn_recv(b.reader, buf, msg, PF_FOREVER) != (ssize_t)msg)
                break;
            continue;
        }
        size_t off = 0;
        while (off < msg) {
            ssize_t n = read(b.raw_fds[0], buf + off, msg - off);
            if (n <= 0)
                break;
            off += (size_t)n;
        }
        if (off < msg)
            break;
    }
    if (i == count)
        result = (bench_now() - t0) * 1e3;
    int code = -1;
    if (pf_process_join(p, 60.0) != 0 || pf_process_exitcode(p, &code) ||
        code != 0)
        result = -1;
    pf_process_free(p);
    if (use_pf)
        pf_conn_free(b.reader);
    else
        close(b.raw_fds[0]);
    free(buf);
    return result;
}

static void bulk_section(int runs)
{
    size_t msg = 1 << 20;
    int count = 64;
    printf("\n%d messages of 1 MiB, child to parent, ms in total (median "
           "of %d runs):\n",
           count, runs);
    double raw[16], pf[16];
    if (runs > 16)
        runs = 16;
    for (int r = 0; r < runs; r++) {
        raw[r] = measure_bulk(false, msg, count);
        pf[r] = measure_bulk(true, msg, count);
    }
    double raw_ms = bench_median(raw, (size_t)runs);
    bench_row("raw pipe (write/read loops)", raw_ms, "ms", 0, NULL);
    bench_row("pf_pipe one-way, recv into a buffer",
              bench_median(pf, (size_t)runs), "ms", raw_ms, "raw pipe");
    char args[64];
    snprintf(args, sizeof args, "%d %d %d bulk", count, runs,
             pin ? pin_cpu : -1);
    bench_row("Python Pipe send_bytes/recv_bytes",
              bench_python("py_pipe.py", args), "ms", raw_ms, "raw pipe");
}

int main(int argc, char **argv)
{
    bool quick = false;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--no-pin") == 0)
            pin = false;
        else if (strcmp(argv[i], "--quick") == 0)
            quick = true;
        else {
            fprintf(stderr, "usage: %s [--quick] [--no-pin]\n", argv[0]);
            return 2;
        }
    }
    printf("bench_pipe: 8-byte ping-pong parent <-> child, us per round "
           "trip (median)\n");
    printf("  pf_cpu_count() = %d; %s\n", pf_cpu_count(),
           pin ? "parent and child pinned to one CPU (--no-pin: not)"
               : "not pinned");
    if (pin) {
        pin_cpu = sched_getcpu();
        pin_here();
    }
    long sizes[2] = {100, 100000};
    int runs[2] = {quick ? 5 : 21, quick ? 1 : 3};
    for (int s = 0; s < 2; s++) {
        long trips = sizes[s];
        if (quick && trips > 10000)
            trips = 10000;
        printf("\n%ld round trips (median of %d runs):\n", trips, runs[s]);
        double us[KIND_COUNT];
        medians(trips, runs[s], us);
        double raw = us[RAW_PIPE];
        for (int k = 0; k < KIND_COUNT; k++)
            bench_row(kind_names[k], us[k], "us", k == RAW_PIPE ? 0 : raw,
                      "raw pipe");
        char args[64];
        snprintf(args, sizeof args, "%ld %d %d bytes", trips, runs[s],
                 pin ? pin_cpu : -1);
        bench_row("Python Pipe send_bytes/recv_bytes",
                  bench_python("py_pipe.py", args), "us", raw, "raw pipe");
        snprintf(args, sizeof args, "%ld %d %d pickle", trips, runs[s],
                 pin ? pin_cpu : -1);
        bench_row("Python Pipe send/recv (pickled bytes)",
                  bench_python("py_pipe.py", args), "us", raw, "raw pipe");
        if (trips == 100)
            printf("  the seeds' exercise, 100 round trips in total: "
                   "pf_pipe %.3f ms, raw pipe %.3f ms\n",
                   us[PF_DUPLEX] * 100 / 1000, raw * 100 / 1000);
    }
    bulk_section(quick ? 1 : 5);
    return 0;
}
