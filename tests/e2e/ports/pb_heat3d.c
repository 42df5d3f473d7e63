/* pb_heat3d: PolyBench/C 4.2.1 heat-3d (OpenMP version) on pfor.
 *
 * Origin: github.com/EEESlab/PolyBenchC-4.2.1-OpenMP,
 *   stencils/heat-3d/heat-3d-omp.c, kernel_heat_3d,
 *   commit f845ba26130a7d94e978486bc9e94801a45b29ba.
 * Licence: Ohio State University Software Distribution License (PolyBench/C).
 *   Copyright (c) 2010-2016, Ohio State University. All rights reserved.
 *   The licence text, with its capitalized paragraph, is in LICENSES.
 * Port: the two loops and their clauses as there, omp -> pfor, collect()
 *   sections added. Harness is ours.
 * Shapes: time-step loop (t = 1..TSTEPS) around two 3-D 7-point stencils;
 *   slab writes B[i][j][k]; private(j, k).
 */
#include <stdio.h>

#include "port.h"

#define N 20
#define TSTEPS 10

static void kernel_heat_3d(int tsteps, int n, double A[N][N][N],
                           double B[N][N][N])
{
    int t, i, j, k;

    for (t = 1; t <= tsteps; t++) {
#pragma pfor parallel for private(j, k) collect(B[0:n])
        for (i = 1; i < n - 1; i++) {
            for (j = 1; j < n - 1; j++) {
                for (k = 1; k < n - 1; k++) {
                    B[i][j][k] =
                        0.125 * (A[i + 1][j][k] - 2.0 * A[i][j][k] +
                                 A[i - 1][j][k]) +
                        0.125 * (A[i][j + 1][k] - 2.0 * A[i][j][k] +
                                 A[i][j - 1][k]) +
                        0.125 * (A[i][j][k + 1] - 2.0 * A[i][j][k] +
                                 A[i][j][k - 1]) +
                        A[i][j][k];
                }
            }
        }
#pragma pfor parallel for private(j, k) collect(A[0:n])
        for (i = 1; i < n - 1; i++) {
            for (j = 1; j < n - 1; j++) {
                for (k = 1; k < n - 1; k++) {
                    A[i][j][k] =
                        0.125 * (B[i + 1][j][k] - 2.0 * B[i][j][k] +
                                 B[i - 1][j][k]) +
                        0.125 * (B[i][j + 1][k] - 2.0 * B[i][j][k] +
                                 B[i][j - 1][k]) +
                        0.125 * (B[i][j][k + 1] - 2.0 * B[i][j][k] +
                                 B[i][j][k - 1]) +
                        B[i][j][k];
                }
            }
        }
    }
}

static double A[N][N][N], B[N][N][N];

int main(void)
{
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++)
            for (int k = 0; k < N; k++)
                A[i][j][k] = B[i][j][k] = (double)(i + j + (N - k)) * 10 / N;
    kernel_heat_3d(TSTEPS, N, A, B);
    port_doubles("A", &A[0][0][0], (size_t)N * N * N, N);
    port_doubles("B", &B[0][0][0], (size_t)N * N * N, N);
    return 0;
}
