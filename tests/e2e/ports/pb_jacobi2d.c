/* pb_jacobi2d: PolyBench/C 4.2.1 jacobi-2d (OpenMP version) on pfor.
 *
 * Origin: github.com/EEESlab/PolyBenchC-4.2.1-OpenMP,
 *   stencils/jacobi-2d/jacobi-2d-omp.c, kernel_jacobi_2d,
 *   commit f845ba26130a7d94e978486bc9e94801a45b29ba.
 * Licence: Ohio State University Software Distribution License (PolyBench/C).
 *   Copyright (c) 2010-2016, Ohio State University. All rights reserved.
 *   The licence text, with its capitalized paragraph, is in LICENSES.
 * Port: the two loops and their clauses as there, omp -> pfor, collect()
 *   sections added. Harness is ours.
 * Shapes: time-step loop around two parallel 5-point stencils over interior
 *   rows 1..n-2; row writes; private(j).
 */
#include <stdio.h>

#include "port.h"

#define N 60
#define TSTEPS 12

static void kernel_jacobi_2d(int tsteps, int n, double A[N][N],
                             double B[N][N])
{
    int t, i, j;

    for (t = 0; t < tsteps; t++) {
#pragma pfor parallel for private(j) collect(B[0:n])
        for (i = 1; i < n - 1; i++)
            for (j = 1; j < n - 1; j++)
                B[i][j] = 0.2 * (A[i][j] + A[i][j - 1] + A[i][1 + j] +
                                 A[1 + i][j] + A[i - 1][j]);
#pragma pfor parallel for private(j) collect(A[0:n])
        for (i = 1; i < n - 1; i++)
            for (j = 1; j < n - 1; j++)
                A[i][j] = 0.2 * (B[i][j] + B[i][j - 1] + B[i][1 + j] +
                                 B[1 + i][j] + B[i - 1][j]);
    }
}

static double A[N][N], B[N][N];

int main(void)
{
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++) {
            A[i][j] = ((double)i * (j + 2) + 2) / N;
            B[i][j] = ((double)i * (j + 3) + 3) / N;
        }
    kernel_jacobi_2d(TSTEPS, N, A, B);
    port_doubles("A", &A[0][0], (size_t)N * N, N);
    port_doubles("B", &B[0][0], (size_t)N * N, N);
    return 0;
}
