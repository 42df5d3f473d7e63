/* pb_mvt: PolyBench/C 4.2.1 mvt (OpenMP version) on pfor.
 *
 * Origin: github.com/EEESlab/PolyBenchC-4.2.1-OpenMP,
 *   linear-algebra/kernels/mvt/mvt-omp.c, kernel_mvt,
 *   commit f845ba26130a7d94e978486bc9e94801a45b29ba.
 * Licence: Ohio State University Software Distribution License (PolyBench/C).
 *   Copyright (c) 2010-2016, Ohio State University. All rights reserved.
 *   The licence text, with its capitalized paragraph, is in LICENSES.
 * Port: loops and clauses as there, omp -> pfor; the region of two
 *   `omp for` loops is written as two `parallel for` loops; collect()
 *   sections. Harness is ours.
 * Shapes: a[i] accumulations x1[i], x2[i]; transposed read A[j][i];
 *   private(j).
 */
#include <stdio.h>

#include "port.h"

#define N 90

static void kernel_mvt(int n, double x1[N], double x2[N], double y_1[N],
                       double y_2[N], double A[N][N])
{
    int i, j;

#pragma pfor parallel for private(j) collect(x1[0:n])
    for (i = 0; i < n; i++)
        for (j = 0; j < n; j++)
            x1[i] = x1[i] + A[i][j] * y_1[j];
#pragma pfor parallel for private(j) collect(x2[0:n])
    for (i = 0; i < n; i++)
        for (j = 0; j < n; j++)
            x2[i] = x2[i] + A[j][i] * y_2[j];
}

static double x1[N], x2[N], y_1[N], y_2[N], A[N][N];

int main(void)
{
    for (int i = 0; i < N; i++) {
        x1[i] = (double)(i % 4);
        x2[i] = (double)((i + 1) % 3) / 2.0;
        y_1[i] = (double)((i * 7) % 10) / 8.0;
        y_2[i] = (double)((i * 11) % 13) / 4.0;
        for (int j = 0; j < N; j++)
            A[i][j] = (double)((i * j) % 17) / 16.0;
    }
    kernel_mvt(N, x1, x2, y_1, y_2, A);
    port_doubles("x1", x1, N, 0);
    port_doubles("x2", x2, N, 0);
    return 0;
}
