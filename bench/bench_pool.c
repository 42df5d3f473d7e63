/* bench_pool.c - pf_pool against Python's multiprocessing.Pool on the same
 * work: apply round trip, and a map of 100,000 trivial items at chunksize 1
 * and automatic chunking. */
#include <sched.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

#include "benchutil.h"
#include "pfor.h"

#define SAMPLES 5
#define N_APPLY 20000
#define N_MAP 100000

static int square_task(const void *in, size_t len, pf_pool_out_t *out)
{
    long x = 0;
    memcpy(&x, in, len < sizeof x ? len : sizeof x);
    x *= x;
    return pf_pool_out_set(out, &x, sizeof x);
}

static int square(const void *in, void *out, void *arg)
{
    (void)arg;
    long x = *(const long *)in;
    *(long *)out = x * x;
    return 0;
}

/* Microseconds per apply round trip (median of SAMPLES). */
static double bench_apply(pf_pool_t *pool)
{
    double s[SAMPLES];
    for (int k = 0; k < SAMPLES; k++) {
        double t = bench_now();
        for (long i = 0; i < N_APPLY; i++) {
            void *res;
            size_t len;
            if (pf_pool_apply(pool, square_task, &i, sizeof i, &res, &len) ||
                len != sizeof(long) || *(long *)res != i * i) {
                fprintf(stderr, "apply failed\n");
                exit(1);
            }
            free(res);
        }
        s[k] = (bench_now() - t) / N_APPLY * 1e6;
    }
    return bench_median(s, SAMPLES);
}

/* Microseconds per item of a 100,000-item map (median of SAMPLES). */
static double bench_map(pf_pool_t *pool, size_t chunksize)
{
    long *in = malloc(N_MAP * sizeof *in), *out = malloc(N_MAP * sizeof *out);
    for (long i = 0; i < N_MAP; i++)
        in[i] = i;
    double s[SAMPLES];
    for (int k = 0; k < SAMPLES; k++) {
        double t = bench_now();
        if (pf_pool_map(pool, square, in, N_MAP, sizeof(long), out,
                        sizeof(long), chunksize) ||
            out[N_MAP - 1] != (long)(N_MAP - 1) * (N_MAP - 1)) {
            fprintf(stderr, "map failed\n");
            exit(1);
        }
        s[k] = (bench_now() - t) / N_MAP * 1e6;
    }
    free(in);
    free(out);
    return bench_median(s, SAMPLES);
}

/* The transports the pool could use, measured bare: microseconds per
 * round trip of 8 bytes between two processes through two pipes. */
static double bench_pipe_rtt(void)
{
    int a[2], b[2];
    if (pipe(a) || pipe(b))
        return -1;
    pid_t pid = fork();
    if (pid == 0) {
        close(a[1]);
        close(b[0]);
        long v;
        while (read(a[0], &v, sizeof v) == sizeof v)
            if (write(b[1], &v, sizeof v) != sizeof v)
                break;
        _exit(0);
    }
    double s[SAMPLES];
    for (int k = 0; k < SAMPLES; k++) {
        double t = bench_now();
        for (long i = 0; i < N_APPLY; i++) {
            long v = i;
            if (write(a[1], &v, sizeof v) != sizeof v ||
                read(b[0], &v, sizeof v) != sizeof v)
                break;
        }
        s[k] = (bench_now() - t) / N_APPLY * 1e6;
    }
    close(a[1]);
    close(a[0]);
    close(b[0]);
    close(b[1]);
    waitpid(pid, NULL, 0);
    return bench_median(s, SAMPLES);
}

/* ... and through two words of shared memory, both sides spinning
 * (yielding after a while, in case they share a CPU). */
static double bench_shm_rtt(void)
{
    _Atomic long *w = mmap(NULL, 4096, PROT_READ | PROT_WRITE,
                           MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    if (w == MAP_FAILED)
        return -1;
    atomic_store(&w[0], 0);
    atomic_store(&w[8], 0);
    pid_t pid = fork();
    if (pid == 0) {
        for (long seen = 0;;) {
            long v;
            for (int spins = 0; (v = atomic_load(&w[0])) == seen;)
                if (++spins > 1000)
                    sched_yield(); /* the other side may need this CPU */
            if (v < 0)
                _exit(0);
            seen = v;
            atomic_store(&w[8], v);
        }
    }
    double s[SAMPLES];
    long i = 0;
    for (int k = 0; k < SAMPLES; k++) {
        double t = bench_now();
        for (long m = 0; m < N_APPLY; m++) {
            atomic_store(&w[0], ++i);
            for (int spins = 0; atomic_load(&w[8]) != i;)
                if (++spins > 1000)
                    sched_yield();
        }
        s[k] = (bench_now() - t) / N_APPLY * 1e6;
    }
    atomic_store(&w[0], -1);
    waitpid(pid, NULL, 0);
    munmap((void *)w, 4096);
    return bench_median(s, SAMPLES);
}

int main(int argc, char **argv)
{
    bool no_python = argc > 1 && strcmp(argv[1], "--no-python") == 0;
    pf_pool_t *pool;
    int rc = pf_pool_new(NULL, &pool);
    if (rc) {
        fprintf(stderr, "pf_pool_new: %s\n", pf_strerror(rc));
        return 1;
    }
    int workers = pf_pool_workers(pool);
    bench_map(pool, 0); /* warm up */
    double apply = bench_apply(pool);
    double map1 = bench_map(pool, 1);
    double mapauto = bench_map(pool, 0);
    pf_pool_free(pool);
    double pipe_rtt = bench_pipe_rtt();
    double shm_rtt = bench_shm_rtt();

    double py_apply = -1, py_map1 = -1, py_mapauto = -1;
    if (!no_python) {
        char args[64];
        snprintf(args, sizeof args, "apply %d 5", workers);
        py_apply = bench_python("py_pool.py", args);
        snprintf(args, sizeof args, "map1 %d 3", workers);
        py_map1 = bench_python("py_pool.py", args);
        snprintf(args, sizeof args, "mapauto %d 5", workers);
        py_mapauto = bench_python("py_pool.py", args);
    }
    printf("pf_pool, %d workers (medians; ratio = pfor / Python Pool)\n",
           workers);
    bench_row("apply round trip", apply, "us", py_apply, "python");
    bench_row("map 100k items, chunksize 1", map1, "us/item", py_map1,
              "python");
    bench_row("map 100k items, automatic chunks", mapauto, "us/item",
              py_mapauto, "python");
    bench_row("bare pipe round trip (8 bytes)", pipe_rtt, "us", 0, NULL);
    bench_row("bare shared-memory spin round trip", shm_rtt, "us", 0, NULL);
    if (py_apply > 0)
        bench_row("python apply round trip", py_apply, "us", 0, NULL);
    if (py_map1 > 0)
        bench_row("python map chunksize 1", py_map1, "us/item", 0, NULL);
    if (py_mapauto > 0)
        bench_row("python map default chunks", py_mapauto, "us/item", 0, NULL);
    return 0;
}
