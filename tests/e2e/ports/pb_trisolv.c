/* pb_trisolv: PolyBench/C 4.2.1 trisolv (OpenMP version) on pfor.
 *
 * Origin: github.com/EEESlab/PolyBenchC-4.2.1-OpenMP,
 *   linear-algebra/solvers/trisolv/trisolv-omp.c, kernel_trisolv,
 *   commit f845ba26130a7d94e978486bc9e94801a45b29ba.
 * Licence: Ohio State University Software Distribution License (PolyBench/C).
 *   Copyright (c) 2010-2016, Ohio State University. All rights reserved.
 *   The licence text, with its capitalized paragraph, is in LICENSES.
 * Port: the loop and clause as there, omp -> pfor; nothing added. Harness
 *   is ours.
 * Shapes: N small reductions inside a serial loop, the loop variable j
 *   declared before the loop; x is written only by the serial code, so x
 *   is printed to 9 digits (the reduction rounds in its own order).
 */
#include <stdio.h>

#include "port.h"

#define N 150

static void kernel_trisolv(int n, double L[N][N], double x[N], double b[N])
{
    int i, j;
    double sum;

    for (i = 0; i < n; i++) {
        sum = 0.0;
#pragma pfor parallel for reduction(+:sum)
        for (j = 0; j < i; j++)
            sum += L[i][j] * x[j];
        x[i] = (b[i] - sum) / L[i][i];
    }
}

static double L[N][N], x[N], b[N];

int main(void)
{
    for (int i = 0; i < N; i++) {
        x[i] = -999;
        b[i] = (double)(i % 7);
        for (int j = 0; j <= i; j++)
            L[i][j] = i == j ? 2.0 + i % 3 : (double)((i + j) % 5) / (4.0 * N);
    }
    kernel_trisolv(N, L, x, b);
    port_doubles_approx("x", x, N, 0);
    return 0;
}
