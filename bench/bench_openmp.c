/* bench_openmp.c - the openmp backend against hand-written OpenMP, the
 * process backend and serial C, one run side by side: Monte Carlo pi, the
 * empty loop with one reduction, and Jacobi 2-D.  The pfor kernels are
 * openmp_kernels.c through pforc (process and openmp backends); the
 * others are written here.  Threads and workers: 2 (the benchmark
 * machine's CPUs), unless BENCH_THREADS says otherwise.
 * Usage: bench_openmp [--quick]   (or PFOR_BENCH_QUICK=1) */
#include <omp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "benchutil.h"
#include "pfor.h"

#define JN 500

long pi_process(long n, uint64_t seed);
long pi_openmp(long n, uint64_t seed);
double empty_process(long n);
double empty_openmp(long n);
void jacobi_process(double (*a)[JN], double (*b)[JN], int steps);
void jacobi_openmp(double (*a)[JN], double (*b)[JN], int steps);

static volatile double sink;
static int threads = 2;

/* ---- serial and hand-written OpenMP ---- */

static long pi_serial(long n, uint64_t seed)
{
    long hits = 0;
    for (long i = 0; i < n; i++) {
        double x = pf_random_double(seed, 2 * (uint64_t)i);
        double y = pf_random_double(seed, 2 * (uint64_t)i + 1);
        hits += x * x + y * y < 1.0;
    }
    return hits;
}

static long pi_hand(long n, uint64_t seed)
{
    long hits = 0;
#pragma omp parallel for reduction(+ : hits) schedule(static)
    for (long i = 0; i < n; i++) {
        double x = pf_random_double(seed, 2 * (uint64_t)i);
        double y = pf_random_double(seed, 2 * (uint64_t)i + 1);
        hits += x * x + y * y < 1.0;
    }
    return hits;
}

static double empty_serial(long n)
{
    double sum = 0;
    for (long i = 0; i < n; i++)
        sum += 1;
    return sum;
}

static double empty_hand(long n)
{
    double sum = 0;
#pragma omp parallel for reduction(+ : sum) schedule(static)
    for (long i = 0; i < n; i++)
        sum += 1;
    return sum;
}

static void jacobi_serial(double (*a)[JN], double (*b)[JN], int steps)
{
    for (int t = 0; t < steps; t++) {
        for (int i = 1; i < JN - 1; i++)
            for (int j = 1; j < JN - 1; j++)
                b[i][j] = 0.25 * (a[i - 1][j] + a[i + 1][j] + a[i][j - 1] +
                                  a[i][j + 1]);
        double(*c)[JN] = a;
        a = b;
        b = c;
    }
}

static void jacobi_hand(double (*a)[JN], double (*b)[JN], int steps)
{
    for (int t = 0; t < steps; t++) {
#pragma omp parallel for schedule(static)
        for (int i = 1; i < JN - 1; i++)
            for (int j = 1; j < JN - 1; j++)
                b[i][j] = 0.25 * (a[i - 1][j] + a[i + 1][j] + a[i][j - 1] +
                                  a[i][j + 1]);
        double(*c)[JN] = a;
        a = b;
        b = c;
    }
}

/* ---- the runs ---- */

static void pi(long n, int reps)
{
    long (*fn[4])(long, uint64_t) = {pi_serial, pi_process, pi_openmp, pi_hand};
    const char *names[4] = {"serial", "pfor process", "pfor openmp",
                            "hand-written OpenMP"};
    double t[4][16];
    long hits[4] = {0};
    for (int r = 0; r < reps; r++)
        for (int v = 0; v < 4; v++) {
            double t0 = bench_now();
            hits[v] = fn[v](n, 42);
            t[v][r] = bench_now() - t0;
        }
    double m[4];
    for (int v = 0; v < 4; v++)
        m[v] = bench_median(t[v], (size_t)reps);
    printf("  Monte Carlo pi, %.0e samples, %d threads/workers: pi = %.6f "
           "(hits %s)\n",
           (double)n, threads, 4.0 * (double)hits[2] / (double)n,
           hits[1] == hits[0] && hits[2] == hits[0] && hits[3] == hits[0]
               ? "equal in all four"
               : "DIFFER");
    for (int v = 0; v < 4; v++) {
        char name[96];
        snprintf(name, sizeof name, "pi, %s", names[v]);
        bench_row(name, m[v], "s", v ? m[0] : 0, "serial");
    }
    printf("  %-44s %12.3f x   (goal <= 1.05)\n",
           "pi, pfor openmp / hand-written OpenMP", m[2] / m[3]);
}

static void empty(long n, int reps)
{
    double (*fn[4])(long) = {empty_serial, empty_process, empty_openmp,
                             empty_hand};
    const char *names[4] = {"serial", "pfor process", "pfor openmp",
                            "hand-written OpenMP"};
    int calls[4] = {2000, 20, 2000, 2000};
    double m[4], t[4][32];
    /* The variants interleaved, so that a busy moment of the machine
     * falls on all of them. */
    for (int r = 0; r < reps; r++)
        for (int v = 0; v < 4; v++) {
            double t0 = bench_now();
            for (int c = 0; c < calls[v]; c++)
                sink = fn[v](n);
            t[v][r] = (bench_now() - t0) / calls[v] * 1e6;
        }
    for (int v = 0; v < 4; v++)
        m[v] = bench_median(t[v], (size_t)reps);
    printf("  the empty loop, %ld iterations, one reduction (+), per loop:\n",
           n);
    for (int v = 0; v < 4; v++) {
        char name[96];
        snprintf(name, sizeof name, "empty loop, %s", names[v]);
        bench_row(name, m[v], "us", v == 2 ? m[3] : 0, "hand-written OpenMP");
    }
    printf("  %-44s %12.3f x   (goal <= 2)\n",
           "empty loop overhead, pfor openmp / hand OpenMP",
           (m[2] - m[0]) / (m[3] - m[0]));
}

static void jacobi(int steps, int reps)
{
    void (*fn[4])(double(*)[JN], double(*)[JN], int) = {
        jacobi_serial, jacobi_process, jacobi_openmp, jacobi_hand};
    const char *names[4] = {"serial", "pfor process", "pfor openmp",
                            "hand-written OpenMP"};
    double(*a)[JN] = malloc(sizeof(double[JN][JN]));
    double(*b)[JN] = malloc(sizeof(double[JN][JN]));
    double m[4], check[4], t[4][16];
    for (int r = 0; r < reps; r++)
        for (int v = 0; v < 4; v++) {
            for (int i = 0; i < JN; i++)
                for (int j = 0; j < JN; j++)
                    a[i][j] = b[i][j] = i == 0 ? 100.0 : (i + j) % 7;
            double t0 = bench_now();
            fn[v](a, b, steps);
            t[v][r] = bench_now() - t0;
            check[v] = 0;
            for (int i = 0; i < JN; i++)
                for (int j = 0; j < JN; j++)
                    check[v] += a[i][j];
        }
    for (int v = 0; v < 4; v++)
        m[v] = bench_median(t[v], (size_t)reps);
    printf("  Jacobi 2-D %dx%d, %d time steps of a parallel loop (sums "
           "%s):\n",
           JN, JN, steps,
           check[1] == check[0] && check[2] == check[0] && check[3] == check[0]
               ? "equal"
               : "DIFFER");
    for (int v = 0; v < 4; v++) {
        char name[96];
        snprintf(name, sizeof name, "jacobi, %s", names[v]);
        bench_row(name, m[v], "s", v ? m[0] : 0, "serial");
    }
    free(a);
    free(b);
}

int main(int argc, char **argv)
{
    int quick = (argc > 1 && strcmp(argv[1], "--quick") == 0) ||
                getenv("PFOR_BENCH_QUICK");
    const char *env = getenv("BENCH_THREADS");
    if (env && atoi(env) > 0)
        threads = atoi(env);
    /* Both backends use the same count: OpenMP's and pfor's defaults. */
    omp_set_num_threads(threads);
    char w[16];
    snprintf(w, sizeof w, "%d", threads);
    setenv("PFOR_WORKERS", w, 1);
    setenv("OMP_NUM_THREADS", w, 1);
    pi(quick ? 20000000 : 200000000, quick ? 3 : 5);
    empty(1000, quick ? 5 : 21);
    jacobi(quick ? 50 : 500, quick ? 1 : 5);
    return 0;
}
