/* heat3d_omp: heat 3-D benchmark, hand-written OpenMP (the peer): `omp parallel` around the time loop, `omp for` loops.
 *
 * Kernel: PolyBench/C 4.2.1 (github.com/EEESlab/PolyBenchC-4.2.1-OpenMP,
 *   commit f845ba26130a7d94e978486bc9e94801a45b29ba), Ohio State University
 *   Software Distribution License, Copyright (c) 2010-2016, Ohio State
 *   University (text in tests/e2e/ports/LICENSES).
 * Sizes: -DN=... -DTSTEPS=...; the defaults take about a second serially.
 */
#include <stdio.h>

#include "iterative.h"

#ifndef N
#define N 120
#endif
#ifndef TSTEPS
#define TSTEPS 220
#endif

static double A[N][N][N], B[N][N][N];

int main(void)
{
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++)
            for (int k = 0; k < N; k++)
                A[i][j][k] = B[i][j][k] = (double)(i + j + (N - k)) * 10 / N;
    double t0 = bench_now();
#pragma omp parallel
    {
    for (int t = 1; t <= TSTEPS; t++) {
#pragma omp for
        for (int i = 1; i < N - 1; i++)
            for (int j = 1; j < N - 1; j++)
                for (int k = 1; k < N - 1; k++)
                    B[i][j][k] = 0.125 * (A[i + 1][j][k] - 2.0 * A[i][j][k] + A[i - 1][j][k]) +
                                 0.125 * (A[i][j + 1][k] - 2.0 * A[i][j][k] + A[i][j - 1][k]) +
                                 0.125 * (A[i][j][k + 1] - 2.0 * A[i][j][k] + A[i][j][k - 1]) +
                                 A[i][j][k];
#pragma omp for
        for (int i = 1; i < N - 1; i++)
            for (int j = 1; j < N - 1; j++)
                for (int k = 1; k < N - 1; k++)
                    A[i][j][k] = 0.125 * (B[i + 1][j][k] - 2.0 * B[i][j][k] + B[i - 1][j][k]) +
                                 0.125 * (B[i][j + 1][k] - 2.0 * B[i][j][k] + B[i][j - 1][k]) +
                                 0.125 * (B[i][j][k + 1] - 2.0 * B[i][j][k] + B[i][j][k - 1]) +
                                 B[i][j][k];
    }
    }
    double t1 = bench_now();
    bench_report("heat3d", t1 - t0, &A[0][0][0], (size_t)N * N * N);
    return 0;
}
