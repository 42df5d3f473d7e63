/* openmp_kernels.c - the kernels of bench_openmp as a user writes them,
 * annotated; the build runs this file through pforc twice (process and
 * openmp backends), SUFFIX naming each copy's functions. */
#include <stdint.h>

#include "pfor.h"

#define CAT2(a, b) a##_##b
#define CAT(a, b) CAT2(a, b)
#define K(name) CAT(name, SUFFIX)

#define JN 500 /* the Jacobi grid is JN x JN */

long K(pi)(long n, uint64_t seed);
double K(empty)(long n);
void K(jacobi)(double (*a)[JN], double (*b)[JN], int steps);

/* Monte Carlo pi: counter-based random numbers, one reduction. */
long K(pi)(long n, uint64_t seed)
{
    long hits = 0;
#pragma pfor parallel for reduction(+ : hits)
    for (long i = 0; i < n; i++) {
        double x = pf_random_double(seed, 2 * (uint64_t)i);
        double y = pf_random_double(seed, 2 * (uint64_t)i + 1);
        hits += x * x + y * y < 1.0;
    }
    return hits;
}

/* The empty loop with one reduction: what a parallel loop costs. */
double K(empty)(long n)
{
    double sum = 0;
#pragma pfor parallel for reduction(+ : sum)
    for (long i = 0; i < n; i++)
        sum += 1;
    return sum;
}

/* Jacobi 2-D: `steps` time steps, each a parallel loop over the rows. */
void K(jacobi)(double (*a)[JN], double (*b)[JN], int steps)
{
    for (int t = 0; t < steps; t++) {
#pragma pfor parallel for collect(b[0:JN])
        for (int i = 1; i < JN - 1; i++)
            for (int j = 1; j < JN - 1; j++)
                b[i][j] = 0.25 * (a[i - 1][j] + a[i + 1][j] + a[i][j - 1] +
                                  a[i][j + 1]);
        double(*c)[JN] = a;
        a = b;
        b = c;
    }
}
