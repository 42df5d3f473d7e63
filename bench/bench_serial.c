/* bench_serial.c - what a `parallel for` costs when the adaptive rule
 * runs it serially in the parent (issue 12's goal: a program whose loops
 * are too small for workers runs within 10% of its serial build).  Each
 * annotated loop of serial_kernels.c (built through pforc) runs many
 * times, as in a time-step loop, against the same loop in plain C, in
 * one run: the cost per loop and per iteration beyond the plain loop's.
 *
 * Usage: bench_serial [--quick] */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "benchutil.h"
#include "serial_kernels.h"

static double dot(const double *x, const double *y, int n)
{
    double sum = 0;
    for (int i = 0; i < n; i++)
        sum += x[i] * y[i];
    return sum;
}

static void axpy(double *y, const double *x, double a, int n)
{
    for (int i = 0; i < n; i++)
        y[i] += a * x[i];
}

static long count(const double *x, int n, double below)
{
    long c = 0;
    for (int i = 0; i < n; i++)
        c += x[i] < below;
    return c;
}

/* The kernels through a pointer, so the plain ones are not inlined into
 * the timing loop either. */
typedef struct kernel {
    const char *name;
    double (*pf)(double *, double *, int);
    double (*plain)(double *, double *, int);
} kernel_t;

static double run_pf_dot(double *x, double *y, int n) { return pf_dot(x, y, n); }
static double run_dot(double *x, double *y, int n) { return dot(x, y, n); }
static double run_pf_axpy(double *x, double *y, int n)
{
    pf_axpy(y, x, 1e-9, n);
    return y[0];
}
static double run_axpy(double *x, double *y, int n)
{
    axpy(y, x, 1e-9, n);
    return y[0];
}
static double run_pf_count(double *x, double *y, int n)
{
    (void)y;
    return (double)pf_count(x, n, 0.5);
}
static double run_count(double *x, double *y, int n)
{
    (void)y;
    return (double)count(x, n, 0.5);
}

static const kernel_t kernels[] = {
    {"dot (reduction on double)", run_pf_dot, run_dot},
    {"axpy (collect)", run_pf_axpy, run_axpy},
    {"count (reduction on long)", run_pf_count, run_count},
};

/* Seconds per call of f over `calls` calls. */
static double per_call(double (*f)(double *, double *, int), double *x,
                       double *y, int n, long calls, double *sink)
{
    double t0 = bench_now();
    for (long c = 0; c < calls; c++)
        *sink += f(x, y, n);
    return (bench_now() - t0) / (double)calls;
}

int main(int argc, char **argv)
{
    int quick = argc > 1 && strcmp(argv[1], "--quick") == 0;
    int reps = quick ? 3 : 7;
    static const int sizes[] = {1, 16, 120, 1000};
    double *x = malloc(1000 * sizeof *x), *y = malloc(1000 * sizeof *y);
    if (x == NULL || y == NULL)
        return 1;
    for (int i = 0; i < 1000; i++) {
        x[i] = (double)(i % 97) / 97.0;
        y[i] = 1.0 / (i + 1.0);
    }
    double sink = 0;
    printf("bench_serial: annotated loops run serially by the adaptive "
           "rule vs plain C, median of %d (ns per loop)\n",
           reps);
    printf("  %-28s %6s %10s %10s %10s %8s\n", "loop", "n", "plain", "pfor",
           "extra", "ratio");
    for (size_t k = 0; k < sizeof kernels / sizeof kernels[0]; k++)
        for (size_t s = 0; s < sizeof sizes / sizeof sizes[0]; s++) {
            int n = sizes[s];
            long calls = (quick ? 20000 : 100000) / (n > 100 ? n / 100 : 1);
            double tp[7], tf[7];
            /* warm up: the rule's first runs time the site */
            per_call(kernels[k].pf, x, y, n, 1000, &sink);
            for (int r = 0; r < reps; r++) { /* interleaved */
                tp[r] = per_call(kernels[k].plain, x, y, n, calls, &sink);
                tf[r] = per_call(kernels[k].pf, x, y, n, calls, &sink);
            }
            double p = bench_median(tp, (size_t)reps) * 1e9;
            double f = bench_median(tf, (size_t)reps) * 1e9;
            printf("  %-28s %6d %10.1f %10.1f %10.1f %8.2f\n",
                   kernels[k].name, n, p, f, f - p, f / p);
        }
    if (sink == 12345.678)
        printf("%g\n", sink);
    free(x);
    free(y);
    return 0;
}
