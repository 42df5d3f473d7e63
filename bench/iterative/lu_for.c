/* lu_for: LU decomposition benchmark, a `pfor parallel for` per step k (N-1 fork-joins).
 *
 * Kernel: PolyBench/C 4.2.1 (github.com/EEESlab/PolyBenchC-4.2.1-OpenMP,
 *   commit f845ba26130a7d94e978486bc9e94801a45b29ba), Ohio State University
 *   Software Distribution License, Copyright (c) 2010-2016, Ohio State
 *   University (text in tests/e2e/ports/LICENSES).
 *   The right-looking order of PolyBench's lu (same operations per element
 *   in the same order), as in tests/e2e/regions/rg_lu.c.
 * Sizes: -DN=...; the default takes about a second serially.
 */
#include <stdio.h>

#include "iterative.h"

#ifndef N
#define N 1300
#endif

static double A[N][N];

int main(void)
{
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++)
            A[i][j] = i == j ? 2.0 * N : (double)((i * 7 + j * 3) % 11) / 8.0;
    double t0 = bench_now();


    for (int k = 0; k < N - 1; k++) {
#pragma pfor parallel for collect(A)
        for (int i = k + 1; i < N; i++) {
            A[i][k] /= A[k][k];
            for (int j = k + 1; j < N; j++)
                A[i][j] -= A[i][k] * A[k][j];
        }
    }

    double t1 = bench_now();
    bench_report("lu", t1 - t0, &A[0][0], (size_t)N * N);
    return 0;
}
