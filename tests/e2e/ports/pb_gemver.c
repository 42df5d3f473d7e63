/* pb_gemver: PolyBench/C 4.2.1 gemver (OpenMP version) on pfor.
 *
 * Origin: github.com/EEESlab/PolyBenchC-4.2.1-OpenMP,
 *   linear-algebra/blas/gemver/gemver-omp.c, kernel_gemver,
 *   commit f845ba26130a7d94e978486bc9e94801a45b29ba.
 * Licence: Ohio State University Software Distribution License (PolyBench/C).
 *   Copyright (c) 2010-2016, Ohio State University. All rights reserved.
 *   The licence text, with its capitalized paragraph, is in LICENSES.
 * Port: loops and clauses as there, omp -> pfor; the region of four
 *   `omp for` loops is written as four `parallel for` loops; collect()
 *   sections. Harness is ours.
 * Shapes: row writes A[i][j]; a[i] writes x[i], w[i]; private(j).
 */
#include <stdio.h>

#include "port.h"

#define N 80

static void kernel_gemver(int n, double alpha, double beta, double A[N][N],
                          double u1[N], double v1[N], double u2[N],
                          double v2[N], double w[N], double x[N],
                          double y[N], double z[N])
{
    int i, j;

#pragma pfor parallel for private(j) collect(A[0:n])
    for (i = 0; i < n; i++)
        for (j = 0; j < n; j++)
            A[i][j] = A[i][j] + u1[i] * v1[j] + u2[i] * v2[j];

#pragma pfor parallel for private(j) collect(x[0:n])
    for (i = 0; i < n; i++)
        for (j = 0; j < n; j++)
            x[i] = x[i] + beta * A[j][i] * y[j];

#pragma pfor parallel for collect(x[0:n])
    for (i = 0; i < n; i++)
        x[i] = x[i] + z[i];

#pragma pfor parallel for private(j) collect(w[0:n])
    for (i = 0; i < n; i++)
        for (j = 0; j < n; j++)
            w[i] = w[i] + alpha * A[i][j] * x[j];
}

static double A[N][N], u1[N], v1[N], u2[N], v2[N], w[N], x[N], y[N], z[N];

int main(void)
{
    for (int i = 0; i < N; i++) {
        u1[i] = i / 8.0;
        u2[i] = ((i + 1) % 5) / 4.0;
        v1[i] = ((i * 3) % 7) / 16.0;
        v2[i] = ((i * 5) % 11) / 8.0;
        y[i] = ((i * 7) % 13) / 4.0;
        z[i] = ((i * 9) % 17) / 2.0;
        x[i] = 0.0;
        w[i] = 0.0;
        for (int j = 0; j < N; j++)
            A[i][j] = (double)((i * j) % 19) / 32.0;
    }
    kernel_gemver(N, 1.5, 1.25, A, u1, v1, u2, v2, w, x, y, z);
    port_doubles("A", &A[0][0], (size_t)N * N, N);
    port_doubles("x", x, N, 0);
    port_doubles("w", w, N, 0);
    return 0;
}
