/* pb_atax: PolyBench/C 4.2.1 atax (OpenMP version) on pfor.
 *
 * Origin: github.com/EEESlab/PolyBenchC-4.2.1-OpenMP,
 *   linear-algebra/kernels/atax/atax-omp.c, kernel_atax,
 *   commit f845ba26130a7d94e978486bc9e94801a45b29ba.
 * Licence: Ohio State University Software Distribution License (PolyBench/C).
 *   Copyright (c) 2010-2016, Ohio State University. All rights reserved.
 *   The licence text, with its capitalized paragraph, is in LICENSES.
 * Port: loops and clauses as there, omp -> pfor; the region of three
 *   `omp for` loops is written as three `parallel for` loops; collect()
 *   sections. Harness is ours.
 * Shapes: a[i] writes y[i], tmp[i]; the transposed product parallel over
 *   j writes y[j]; private(j), private(i).
 */
#include <stdio.h>

#include "port.h"

#define M 76
#define N 84

static void kernel_atax(int m, int n, double A[M][N], double x[N],
                        double y[N], double tmp[M])
{
    int i, j;

#pragma pfor parallel for collect(y[0:n])
    for (i = 0; i < n; i++)
        y[i] = 0;

    /* Compute tmp = A * x (parallelize on i, no race) */
#pragma pfor parallel for private(j) collect(tmp[0:m])
    for (i = 0; i < m; i++) {
        tmp[i] = 0.0;
        for (j = 0; j < n; j++)
            tmp[i] = tmp[i] + A[i][j] * x[j];
    }

    /* Compute y = A^T * tmp (parallelize on j to avoid race on y[j]) */
#pragma pfor parallel for private(i) collect(y[0:n])
    for (j = 0; j < n; j++)
        for (i = 0; i < m; i++)
            y[j] = y[j] + A[i][j] * tmp[i];
}

static double A[M][N], x[N], y[N], tmp[M];

int main(void)
{
    for (int i = 0; i < M; i++)
        for (int j = 0; j < N; j++)
            A[i][j] = (double)((i + 2 * j) % 19) / 16.0;
    for (int j = 0; j < N; j++) {
        x[j] = 1.0 + j / 8.0;
        y[j] = -1.0; /* the first loop must clear it */
    }
    kernel_atax(M, N, A, x, y, tmp);
    port_doubles("tmp", tmp, M, 0);
    port_doubles("y", y, N, 0);
    return 0;
}
