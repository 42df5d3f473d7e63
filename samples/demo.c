/* pfor-demo: a short guided tour of pfor, one construct a section. */
/*
 * Each section prints a header, one sentence on what it shows, and the
 * result.  The first sections use the runtime API (pfor.h); the last two
 * hold `#pragma pfor` loops, so this file is built through pforc (CMake's
 * pfor_target_sources, which runs pfcc).  The samples under samples/ show
 * every example of the source texts one by one.
 */
#include <pfor.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "sample.h"

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec * 1e-9;
}

static int section_number;

/* Print a section header and its sentence, wrapped at 78 columns. */
static void section(const char *title, const char *what)
{
    printf("\n== %d. %s ==\n", ++section_number, title);
    while (strlen(what) > 78) {
        int cut = 78;
        while (cut > 0 && what[cut] != ' ')
            cut--;
        printf("%.*s\n", cut, what);
        what += cut + 1;
    }
    printf("%s\n", what);
}

/* ---- processes + pipe: ping-pong ---- */

enum { ROUNDS = 1000 };

static int pong(void *arg)
{
    pf_conn_t *conn = arg;
    for (int i = 0; i < ROUNDS; i++) {
        int ball;
        CHECK(pf_conn_recv(conn, &ball, sizeof ball, PF_FOREVER));
        ball++;
        CHECK(pf_conn_send(conn, &ball, sizeof ball, PF_FOREVER));
    }
    return 0;
}

static void demo_ping_pong(void)
{
    pf_conn_t *parent, *child;
    pf_process_t *p;
    int ball = 0;

    section("Process + Pipe",
            "A child process and its parent bat a counter back and forth "
            "over a duplex pipe.");
    CHECK(pf_pipe(true, &parent, &child));
    CHECK(pf_process_new(pong, child, NULL, &p));
    CHECK(pf_process_start(p));
    pf_conn_free(child);
    double t0 = now();
    for (int i = 0; i < ROUNDS; i++) {
        ball++;
        CHECK(pf_conn_send(parent, &ball, sizeof ball, PF_FOREVER));
        CHECK(pf_conn_recv(parent, &ball, sizeof ball, PF_FOREVER));
    }
    double elapsed = now() - t0;
    CHECK(pf_process_join(p, PF_FOREVER));
    printf("%d round trips with %s, counter = %d, %.1f us per round trip\n",
           ROUNDS, pf_process_name(p), ball, elapsed * 1e6 / ROUNDS);
    pf_process_free(p);
    pf_conn_free(parent);
}

/* ---- queue: producer / consumers ---- */

struct queues {
    pf_queue_t *tasks, *results;
};

static int consumer(void *arg)
{
    struct queues *q = arg;
    for (;;) {
        long n;
        size_t len;
        CHECK(pf_queue_get(q->tasks, &n, sizeof n, &len, PF_FOREVER));
        if (len == 0) /* poison pill */
            return 0;
        long square = n * n;
        CHECK(pf_queue_put(q->results, &square, sizeof square, PF_FOREVER));
    }
}

static void demo_queue(void)
{
    struct queues q;
    pf_process_t *workers[2];

    section("Queue",
            "Two consumer processes square the numbers 1..100 taken from one "
            "queue and put the squares on another; an empty message stops "
            "each.");
    CHECK(pf_queue_new(NULL, &q.tasks));
    CHECK(pf_queue_new(NULL, &q.results));
    for (int i = 0; i < 2; i++) {
        CHECK(pf_process_new(consumer, &q, NULL, &workers[i]));
        CHECK(pf_process_start(workers[i]));
    }
    for (long n = 1; n <= 100; n++)
        CHECK(pf_queue_put(q.tasks, &n, sizeof n, PF_FOREVER));
    for (int i = 0; i < 2; i++)
        CHECK(pf_queue_put(q.tasks, NULL, 0, PF_FOREVER));
    long sum = 0;
    for (int i = 0; i < 100; i++) {
        long square;
        CHECK(
            pf_queue_get(q.results, &square, sizeof square, NULL, PF_FOREVER));
        sum += square;
    }
    for (int i = 0; i < 2; i++) {
        CHECK(pf_process_join(workers[i], PF_FOREVER));
        pf_process_free(workers[i]);
    }
    printf("sum of the squares of 1..100 = %ld\n", sum);
    pf_queue_free(q.tasks);
    pf_queue_free(q.results);
}

/* ---- shared value + lock: the bank account ---- */

struct account {
    pf_value_t *balance;
    pf_lock_t *lock;
    int delta;
};

static int teller(void *arg)
{
    struct account *a = arg;
    for (int i = 0; i < 10000; i++) {
        long long b;
        CHECK(pf_lock_acquire(a->lock, PF_FOREVER));
        CHECK(pf_value_get_ll(a->balance, &b));
        CHECK(pf_value_set_ll(a->balance, b + a->delta));
        CHECK(pf_lock_release(a->lock));
    }
    return 0;
}

static void demo_bank(void)
{
    struct account deposit, withdraw;
    pf_process_t *d, *w;
    long long b;

    section("Value + Lock",
            "One process deposits 1 ten thousand times, another withdraws 1 "
            "as often, on a shared int; a lock makes each update atomic.");
    CHECK(pf_value_new('i', NULL, &deposit.balance));
    CHECK(pf_lock_new(&deposit.lock));
    withdraw = deposit;
    deposit.delta = +1;
    withdraw.delta = -1;
    CHECK(pf_process_new(teller, &deposit, NULL, &d));
    CHECK(pf_process_new(teller, &withdraw, NULL, &w));
    CHECK(pf_process_start(d));
    CHECK(pf_process_start(w));
    CHECK(pf_process_join(d, PF_FOREVER));
    CHECK(pf_process_join(w, PF_FOREVER));
    CHECK(pf_value_get_ll(deposit.balance, &b));
    printf("end balance: %lld\n", b);
    pf_process_free(d);
    pf_process_free(w);
    pf_lock_free(deposit.lock);
    pf_value_free(deposit.balance);
}

/* ---- barrier ---- */

static pf_barrier_t *barrier;
/* pfor shared memory: when each process arrived, and when it went on. */
static double *arrived_at, *passed_at;

static int meet(void *arg)
{
    int i = *(int *)arg;
    usleep(i * 100000); /* arrive 0.1 s apart */
    arrived_at[i] = now();
    CHECK(pf_barrier_wait(barrier, 10.0));
    passed_at[i] = now();
    return 0;
}

static void demo_barrier(void)
{
    int ids[3] = {0, 1, 2};
    pf_process_t *p[3];

    section("Barrier",
            "Three processes arrive 0.1 s apart; none goes on until the last "
            "one has reached the barrier, then all go on at once.");
    CHECK(pf_barrier_new(3, NULL, NULL, &barrier));
    CHECK(pf_shared_alloc(3 * sizeof *arrived_at, (void **)&arrived_at));
    CHECK(pf_shared_alloc(3 * sizeof *passed_at, (void **)&passed_at));
    double t0 = now();
    for (int i = 0; i < 3; i++) {
        CHECK(pf_process_new(meet, &ids[i], NULL, &p[i]));
        CHECK(pf_process_start(p[i]));
    }
    for (int i = 0; i < 3; i++) {
        CHECK(pf_process_join(p[i], PF_FOREVER));
        pf_process_free(p[i]);
    }
    for (int i = 0; i < 3; i++)
        printf("process %d arrived at %.2f s, went on at %.2f s\n", i,
               arrived_at[i] - t0, passed_at[i] - t0);
    pf_shared_free(arrived_at);
    pf_shared_free(passed_at);
    pf_barrier_free(barrier);
}

/* ---- manager dict ---- */

struct job {
    pf_dict_t *d;
    int number;
};

static int record(void *arg)
{
    struct job *job = arg;
    char key[16];
    int pid = getpid();
    snprintf(key, sizeof key, "job%d", job->number);
    CHECK(pf_dict_set(job->d, key, &pid, sizeof pid));
    return 0;
}

static void demo_manager(void)
{
    pf_manager_t *m;
    pf_dict_t *d;
    struct job jobs[4];
    pf_process_t *p[4];

    section("Manager dict",
            "Four processes each record their pid in a dict that lives in "
            "shared memory; the parent reads it.");
    CHECK(pf_manager_new(NULL, &m));
    CHECK(pf_manager_dict(m, &d));
    for (int i = 0; i < 4; i++) {
        jobs[i] = (struct job){d, i};
        CHECK(pf_process_new(record, &jobs[i], NULL, &p[i]));
        CHECK(pf_process_start(p[i]));
    }
    for (int i = 0; i < 4; i++) {
        CHECK(pf_process_join(p[i], PF_FOREVER));
        pf_process_free(p[i]);
    }
    printf("dict has %ld entries:", pf_dict_len(d));
    for (int i = 0; i < 4; i++) {
        char key[16];
        int pid;
        snprintf(key, sizeof key, "job%d", i);
        CHECK(pf_dict_get(d, key, &pid, sizeof pid, NULL));
        printf(" %s=%d", key, pid);
    }
    printf("\n");
    pf_manager_free(m);
}

/* ---- pool: map and apply_async ---- */

static int cube(const void *in, void *out, void *arg)
{
    (void)arg;
    long x = *(const long *)in;
    *(long *)out = x * x * x;
    return 0;
}

static int worker_pid(const void *in, size_t in_len, pf_pool_out_t *out)
{
    (void)in;
    (void)in_len;
    int pid = getpid();
    return pf_pool_out_set(out, &pid, sizeof pid);
}

static void demo_pool(void)
{
    enum { N = 1000 };
    static long in[N], out[N];
    pf_pool_t *pool;
    pf_pool_async_t *reply;
    const void *value;
    size_t len;

    section("Pool",
            "A pool of persistent workers: map cubes 1000 numbers (results in "
            "input order), and apply_async runs one call whose result is "
            "fetched later with a timeout.");
    for (long i = 0; i < N; i++)
        in[i] = i + 1;
    CHECK(pf_pool_new(NULL, &pool));
    CHECK(pf_pool_map(pool, cube, in, N, sizeof in[0], out, sizeof out[0], 0));
    long sum = 0;
    for (int i = 0; i < N; i++)
        sum += out[i];
    printf("map: sum of the cubes of 1..1000 = %ld (out[9] = %ld)\n", sum,
           out[9]);
    CHECK(pf_pool_apply_async(pool, worker_pid, NULL, 0, NULL, NULL, NULL,
                              &reply));
    CHECK(pf_pool_async_get(reply, 10.0));
    CHECK(pf_pool_async_value(reply, &value, &len));
    printf("apply_async: answered by worker pid %d (%d workers)\n",
           *(const int *)value, pf_pool_workers(pool));
    pf_pool_async_free(reply);
    CHECK(pf_pool_close(pool));
    CHECK(pf_pool_join(pool, PF_FOREVER));
    pf_pool_free(pool);
}

/* ---- Monte Carlo pi: a serial loop, #pragma pfor, a pool ---- */

enum { PI_SEED = 2024, PI_TASKS = 64 };
static const long pi_points = 10000000;

/* 1 when point i of the stream falls inside the quarter circle. */
static int pi_inside(long i)
{
    pf_random_t r = pf_random_stream(PI_SEED, (unsigned long long)i);
    double x = pf_random_next_double(&r);
    double y = pf_random_next_double(&r);
    return x * x + y * y <= 1.0;
}

/* A pool task: the hits among points [k * n / TASKS, (k + 1) * n / TASKS). */
static int pi_task(const void *in, void *out, void *arg)
{
    (void)arg;
    long k = *(const long *)in, hits = 0;
    for (long i = k * pi_points / PI_TASKS; i < (k + 1) * pi_points / PI_TASKS;
         i++)
        hits += pi_inside(i);
    *(long *)out = hits;
    return 0;
}

static void pi_line(const char *how, long hits, double seconds, double serial)
{
    printf("%-26s pi ~ %.8f  %6.3f s", how, 4.0 * hits / pi_points, seconds);
    if (serial > 0)
        printf("  %4.2fx", serial / seconds);
    printf("\n");
}

static void demo_pi(void)
{
    long hits = 0;
    double t0, serial;

    section("Monte Carlo pi: serial, #pragma pfor, pool",
            "10^7 random points, point i drawn from pf_random stream i, so "
            "every version gives the same estimate: a plain loop, the same "
            "loop under `#pragma pfor parallel for reduction(+:hits)` (one "
            "worker process per CPU, forked at the loop), and a pool of "
            "persistent workers mapping 64 tasks.");
    t0 = now();
    for (long i = 0; i < pi_points; i++)
        hits += pi_inside(i);
    serial = now() - t0;
    pi_line("serial loop:", hits, serial, 0);

    hits = 0;
    t0 = now();
#pragma pfor parallel for reduction(+ : hits)
    for (long i = 0; i < pi_points; i++)
        hits += pi_inside(i);
    pi_line("#pragma pfor parallel for:", hits, now() - t0, serial);

    static long task[PI_TASKS], task_hits[PI_TASKS];
    pf_pool_t *pool;
    for (long k = 0; k < PI_TASKS; k++)
        task[k] = k;
    t0 = now();
    CHECK(pf_pool_new(NULL, &pool));
    CHECK(pf_pool_map(pool, pi_task, task, PI_TASKS, sizeof task[0], task_hits,
                      sizeof task_hits[0], 1));
    CHECK(pf_pool_close(pool));
    CHECK(pf_pool_join(pool, PF_FOREVER));
    double pooled = now() - t0;
    pf_pool_free(pool);
    hits = 0;
    for (long k = 0; k < PI_TASKS; k++)
        hits += task_hits[k];
    pi_line("pool map (with its start):", hits, pooled, serial);
    printf("(%d CPUs; speedups are against the serial loop)\n", pf_cpu_count());
}

/* ---- faults: a worker that crashes, then retries(1) ---- */

enum { FAULT_N = 2000, FAULT_AT = 1234 };
/* In pfor shared memory, so that every worker sees it: 1 makes iteration
 * FAULT_AT crash every time, 2 only once. */
static int *fault_mode;
static long fault_out[FAULT_N];

static long fault_work(long i)
{
    if (i == FAULT_AT && *fault_mode != 0) {
        if (*fault_mode == 2)
            *fault_mode = 0; /* the retry will get through */
        volatile int *nowhere = NULL;
        *nowhere = 1; /* SIGSEGV */
    }
    return i * i;
}

/* The loop of the fault section.  schedule(dynamic, 1) makes each chunk
 * one iteration long, so a report can name the iteration, and timeout()
 * keeps the parent out of the work: only workers crash. */
static void fault_loop(int retries)
{
    if (retries) {
#pragma pfor parallel for collect(fault_out) schedule(dynamic, 1) timeout(60)  \
    retries(1)
        for (long i = 0; i < FAULT_N; i++)
            fault_out[i] = fault_work(i);
    } else {
#pragma pfor parallel for collect(fault_out) schedule(dynamic, 1) timeout(60)
        for (long i = 0; i < FAULT_N; i++)
            fault_out[i] = fault_work(i);
    }
}

/* A failing loop stops its program: run it in a child process whose
 * standard error comes back through a pipe. */
static int run_fault_loop(void *arg)
{
    int *fd = arg;
    dup2(fd[1], 2);
    close(fd[0]);
    close(fd[1]);
    fault_loop(0);
    return 0; /* not reached: the loop fails */
}

static void demo_faults(void)
{
    pf_process_t *p;
    int fd[2], code;
    static char report[65536];

    section("Faults: a worker that crashes",
            "Iteration 1234 of a loop writes through a NULL pointer in a "
            "worker. Without retries the loop stops its program with a report "
            "naming the loop, the worker, the iteration and the signal (here "
            "in a child process, to go on with the tour); with retries(1) "
            "the failed chunk runs again on a new worker and the loop "
            "completes with every result.");
    CHECK(pf_shared_alloc(sizeof *fault_mode, (void **)&fault_mode));
    *fault_mode = 1;
    if (pipe(fd) != 0) {
        perror("pipe");
        exit(1);
    }
    CHECK(pf_process_new(run_fault_loop, fd, NULL, &p));
    CHECK(pf_process_start(p));
    close(fd[1]);
    /* Read to the end (a child blocked on a full pipe would never end);
     * keep what fits. */
    size_t len = 0;
    for (;;) {
        char chunk[4096];
        ssize_t got = read(fd[0], chunk, sizeof chunk);
        if (got <= 0)
            break;
        size_t keep = (size_t)got < sizeof report - 1 - len
                          ? (size_t)got
                          : sizeof report - 1 - len;
        memcpy(report + len, chunk, keep);
        len += keep;
    }
    report[len] = '\0';
    close(fd[0]);
    CHECK(pf_process_join(p, PF_FOREVER));
    CHECK(pf_process_exitcode(p, &code));
    pf_process_free(p);
    printf("without retries, the program stopped with exit status %d:\n", code);
    /* The loop's report; a sanitizer build adds reports of its own. */
    for (char *line = strtok(report, "\n"); line; line = strtok(NULL, "\n"))
        if (strncmp(line, "pfor: ", 6) == 0)
            printf("    %s\n", line);

    *fault_mode = 2;
    memset(fault_out, 0, sizeof fault_out);
    fault_loop(1);
    long wrong = 0;
    for (long i = 0; i < FAULT_N; i++)
        wrong += fault_out[i] != i * i;
    printf("with retries(1): %d results back, %ld wrong, out[%d] = %ld\n",
           FAULT_N, wrong, FAULT_AT, fault_out[FAULT_AT]);
    pf_shared_free(fault_mode);
}

int main(void)
{
    setvbuf(stdout, NULL, _IOLBF, 0);
    printf("pfor %s - multiprocessing for C: a guided tour\n", pf_version());

    section("CPU count",
            "pf_cpu_count(): the CPUs this process may use (affinity and "
            "cgroup quota), the default number of workers.");
    printf("%d CPUs available\n", pf_cpu_count());

    demo_ping_pong();
    demo_queue();
    demo_bank();
    demo_barrier();
    demo_manager();
    demo_pool();
    demo_pi();
    demo_faults();

    printf("\nThe samples in samples/ map every example of the source texts "
           "(see samples/README.md).\n");
    return 0;
}
