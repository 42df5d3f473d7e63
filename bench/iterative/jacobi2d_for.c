/* jacobi2d_for: Jacobi 2-D benchmark, plain `pfor parallel for` loops (a fork-join per loop).
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
#define N 1300
#endif
#ifndef TSTEPS
#define TSTEPS 350
#endif

static double A[N][N], B[N][N];

int main(void)
{
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++) {
            A[i][j] = ((double)i * (j + 2) + 2) / N;
            B[i][j] = ((double)i * (j + 3) + 3) / N;
        }
    double t0 = bench_now();


    for (int t = 0; t < TSTEPS; t++) {
#pragma pfor parallel for collect(B)
        for (int i = 1; i < N - 1; i++)
            for (int j = 1; j < N - 1; j++)
                B[i][j] = 0.2 * (A[i][j] + A[i][j - 1] + A[i][1 + j] +
                                 A[1 + i][j] + A[i - 1][j]);
#pragma pfor parallel for collect(A)
        for (int i = 1; i < N - 1; i++)
            for (int j = 1; j < N - 1; j++)
                A[i][j] = 0.2 * (B[i][j] + B[i][j - 1] + B[i][1 + j] +
                                 B[1 + i][j] + B[i - 1][j]);
    }

    double t1 = bench_now();
    bench_report("jacobi2d", t1 - t0, &A[0][0], (size_t)N * N);
    return 0;
}
