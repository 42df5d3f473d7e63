/* bench_queue.c - pf_queue against a raw pipe and Python's
 * multiprocessing.Queue: 8-byte ping-pong and 1 -> 1 throughput. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "benchutil.h"
#include "pfor.h"

#define RUNS_SHORT 9 /* runs of the 100-round ping-pong */
#define RUNS_LONG 3  /* runs of the long ones */

static int rounds_long = 100000;
static int messages = 200000;

static void die(const char *what)
{
    perror(what);
    exit(1);
}

static int reap(pid_t pid)
{
    int status;
    if (waitpid(pid, &status, 0) != pid)
        return -1;
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128;
}

static int read_full(int fd, void *buf, size_t n)
{
    char *p = buf;
    while (n > 0) {
        ssize_t r = read(fd, p, n);
        if (r <= 0)
            return -1;
        p += r;
        n -= (size_t)r;
    }
    return 0;
}

/* Raw pipe ping-pong: µs per round trip of 8 bytes. */
static double pipe_pingpong(int rounds)
{
    int down[2], up[2];
    if (pipe(down) || pipe(up))
        die("pipe");
    pid_t pid = fork();
    if (pid < 0)
        die("fork");
    if (pid == 0) {
        char msg[8];
        for (int i = 0; i <= rounds; i++) {
            if (read_full(down[0], msg, 8) || write(up[1], msg, 8) != 8)
                _exit(1);
        }
        _exit(0);
    }
    char msg[8] = "pingpong";
    double t0 = 0;
    for (int i = 0; i <= rounds; i++) {
        if (i == 1) /* the first round waits for the child to start */
            t0 = bench_now();
        if (write(down[1], msg, 8) != 8 || read_full(up[0], msg, 8))
            die("pipe ping-pong");
    }
    double t = bench_now() - t0;
    reap(pid);
    close(down[0]);
    close(down[1]);
    close(up[0]);
    close(up[1]);
    return t / rounds * 1e6;
}

/* pf_queue ping-pong, one queue each way: µs per round trip. */
static double queue_pingpong(int rounds)
{
    pf_queue_t *down, *up;
    if (pf_queue_new(NULL, &down) || pf_queue_new(NULL, &up))
        die("pf_queue_new");
    pid_t pid = fork();
    if (pid < 0)
        die("fork");
    if (pid == 0) {
        char msg[8];
        for (int i = 0; i <= rounds; i++) {
            if (pf_queue_get(down, msg, 8, NULL, PF_FOREVER) ||
                pf_queue_put(up, msg, 8, PF_FOREVER))
                _exit(1);
        }
        _exit(0);
    }
    char msg[8] = "pingpong";
    double t0 = 0;
    for (int i = 0; i <= rounds; i++) {
        if (i == 1)
            t0 = bench_now();
        if (pf_queue_put(down, msg, 8, PF_FOREVER) ||
            pf_queue_get(up, msg, 8, NULL, PF_FOREVER))
            die("queue ping-pong");
    }
    double t = bench_now() - t0;
    if (reap(pid) != 0)
        die("queue ping-pong child");
    pf_queue_free(down);
    pf_queue_free(up);
    return t / rounds * 1e6;
}

/* 1 producer -> 1 consumer, `n` messages of `size` bytes through a raw
 * pipe: µs per message. */
static double pipe_throughput(int n, size_t size)
{
    int fds[2];
    if (pipe(fds))
        die("pipe");
    pid_t pid = fork();
    if (pid < 0)
        die("fork");
    char msg[64] = {0};
    if (pid == 0) {
        close(fds[0]);
        for (int i = 0; i < n; i++)
            if (write(fds[1], msg, size) != (ssize_t)size)
                _exit(1);
        _exit(0);
    }
    close(fds[1]);
    double t0 = bench_now();
    for (int i = 0; i < n; i++)
        if (read_full(fds[0], msg, size))
            die("pipe read");
    double t = bench_now() - t0;
    reap(pid);
    close(fds[0]);
    return t / n * 1e6;
}

/* The same through a pf_queue. */
static double queue_throughput(int n, size_t size)
{
    pf_queue_t *q;
    if (pf_queue_new(NULL, &q))
        die("pf_queue_new");
    pid_t pid = fork();
    if (pid < 0)
        die("fork");
    char msg[64] = {0};
    if (pid == 0) {
        for (int i = 0; i < n; i++)
            if (pf_queue_put(q, msg, size, PF_FOREVER))
                _exit(1);
        _exit(0);
    }
    double t0 = bench_now();
    for (int i = 0; i < n; i++)
        if (pf_queue_get(q, msg, sizeof msg, NULL, PF_FOREVER))
            die("queue get");
    double t = bench_now() - t0;
    if (reap(pid) != 0)
        die("queue producer");
    pf_queue_free(q);
    return t / n * 1e6;
}

static double median_of(int runs, double (*fn)(int), int arg)
{
    double s[16];
    for (int i = 0; i < runs; i++)
        s[i] = fn(arg);
    return bench_median(s, (size_t)runs);
}

static double median_of2(int runs, double (*fn)(int, size_t), int n,
                         size_t size)
{
    double s[16];
    for (int i = 0; i < runs; i++)
        s[i] = fn(n, size);
    return bench_median(s, (size_t)runs);
}

/* Ping-pong rows for one spin setting (PFOR_QUEUE_SPIN_US, read when a
 * queue is created); `label` names the setting. */
static void pingpong_rows(int rounds, int runs, double pipe_us,
                          const char *spin_us, const char *label)
{
    char name[80];
    if (spin_us)
        setenv("PFOR_QUEUE_SPIN_US", spin_us, 1);
    else
        unsetenv("PFOR_QUEUE_SPIN_US");
    double q = median_of(runs, queue_pingpong, rounds);
    snprintf(name, sizeof name, "pf_queue ping-pong %s", label);
    bench_row(name, q, "us/rt", pipe_us, "raw pipe");
}

int main(int argc, char **argv)
{
    /* --quick: a smoke run for CI (fewer rounds, no Python). */
    int quick = argc > 1 && strcmp(argv[1], "--quick") == 0;
    if (quick) {
        rounds_long = 2000;
        messages = 20000;
    }
    printf("pf_queue: 8-byte ping-pong parent <-> child (median of runs), "
           "and 1 -> 1 throughput\n");
    int rounds[2] = {100, rounds_long};
    for (int k = 0; k < 2; k++) {
        int runs = k == 0 ? RUNS_SHORT : RUNS_LONG;
        printf("%d round trips, median of %d runs:\n", rounds[k], runs);
        double p = median_of(runs, pipe_pingpong, rounds[k]);
        bench_row("raw pipe ping-pong", p, "us/rt", 0, NULL);
        pingpong_rows(rounds[k], runs, p, NULL, "(default spin 20us)");
        pingpong_rows(rounds[k], runs, p, "0", "(no spin, futex only)");
        pingpong_rows(rounds[k], runs, p, "100", "(spin 100us)");
        unsetenv("PFOR_QUEUE_SPIN_US");
        if (!quick) {
            char args[64];
            snprintf(args, sizeof args, "pingpong %d %d", rounds[k], runs);
            double py = bench_python("py_queue.py", args);
            if (py > 0)
                bench_row("Python multiprocessing.Queue ping-pong", py, "us/rt",
                          p, "raw pipe");
            else
                printf("  (Python baseline unavailable)\n");
        }
    }
    printf("1 producer -> 1 consumer, %d messages, median of %d runs:\n",
           messages, RUNS_LONG);
    size_t sizes[2] = {8, 64};
    for (int k = 0; k < 2; k++) {
        char name[80];
        double p = median_of2(RUNS_LONG, pipe_throughput, messages, sizes[k]);
        snprintf(name, sizeof name, "raw pipe %zu-byte messages", sizes[k]);
        bench_row(name, p, "us/msg", 0, NULL);
        double q = median_of2(RUNS_LONG, queue_throughput, messages, sizes[k]);
        snprintf(name, sizeof name, "pf_queue %zu-byte messages", sizes[k]);
        bench_row(name, q, "us/msg", p, "raw pipe");
    }
    if (!quick) {
        char args[64];
        snprintf(args, sizeof args, "throughput %d %d", messages / 10,
                 RUNS_LONG);
        double py = bench_python("py_queue.py", args);
        if (py > 0)
            bench_row("Python multiprocessing.Queue 8-byte messages", py,
                      "us/msg", 0, NULL);
    }
    return 0;
}
