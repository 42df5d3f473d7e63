/* pb_jacobi1d: PolyBench/C 4.2.1 jacobi-1d (OpenMP version) on pfor.
 *
 * Origin: github.com/EEESlab/PolyBenchC-4.2.1-OpenMP,
 *   stencils/jacobi-1d/jacobi-1d-omp.c, kernel_jacobi_1d,
 *   commit f845ba26130a7d94e978486bc9e94801a45b29ba.
 * Licence: Ohio State University Software Distribution License (PolyBench/C).
 *   Copyright (c) 2010-2016, Ohio State University. All rights reserved.
 *   The licence text, with its capitalized paragraph, is in LICENSES.
 * Port: the two loops as there, omp -> pfor, collect() sections added.
 *   Harness is ours.
 * Shapes: a time-step loop around two parallel loops (2 * TSTEPS fork-joins);
 *   a[i] writes from i = 1 with a[i-1], a[i+1] reads.
 */
#include <stdio.h>

#include "port.h"

#define N 400
#define TSTEPS 20

static void kernel_jacobi_1d(int tsteps, int n, double A[N], double B[N])
{
    int t, i;

    for (t = 0; t < tsteps; t++) {
#pragma pfor parallel for collect(B[0:n])
        for (i = 1; i < n - 1; i++)
            B[i] = 0.33333 * (A[i - 1] + A[i] + A[i + 1]);
#pragma pfor parallel for collect(A[0:n])
        for (i = 1; i < n - 1; i++)
            A[i] = 0.33333 * (B[i - 1] + B[i] + B[i + 1]);
    }
}

static double A[N], B[N];

int main(void)
{
    for (int i = 0; i < N; i++) {
        A[i] = ((double)i + 2) / N;
        B[i] = ((double)i + 3) / N;
    }
    kernel_jacobi_1d(TSTEPS, N, A, B);
    port_doubles("A", A, N, 0);
    port_doubles("B", B, N, 0);
    return 0;
}
