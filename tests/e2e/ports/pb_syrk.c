/* pb_syrk: PolyBench/C 4.2.1 syrk (OpenMP version) on pfor.
 *
 * Origin: github.com/EEESlab/PolyBenchC-4.2.1-OpenMP,
 *   linear-algebra/blas/syrk/syrk-omp.c, kernel_syrk,
 *   commit f845ba26130a7d94e978486bc9e94801a45b29ba.
 * Licence: Ohio State University Software Distribution License (PolyBench/C).
 *   Copyright (c) 2010-2016, Ohio State University. All rights reserved.
 *   The licence text, with its capitalized paragraph, is in LICENSES.
 * Port: loop and clauses as there, omp -> pfor; `omp parallel` + `omp for`
 *   written as one `parallel for`; collect(C[0:n]). Harness is ours.
 * Shapes: triangular row writes C[i][j], j <= i; private(j, k).
 */
#include <stdio.h>

#include "port.h"

#define N 64
#define M 48

static void kernel_syrk(int n, int m, double alpha, double beta,
                        double C[N][N], double A[N][M])
{
    int i, j, k;

    /* C := alpha*A*A**T + beta*C (lower triangle) */
#pragma pfor parallel for private(j, k) collect(C[0:n])
    for (i = 0; i < n; i++) {
        for (j = 0; j <= i; j++)
            C[i][j] *= beta;
        for (k = 0; k < m; k++) {
            for (j = 0; j <= i; j++)
                C[i][j] += alpha * A[i][k] * A[j][k];
        }
    }
}

static double C[N][N], A[N][M];

int main(void)
{
    for (int i = 0; i < N; i++) {
        for (int k = 0; k < M; k++)
            A[i][k] = (double)((i * 2 + k * 5) % 21) / 16.0;
        for (int j = 0; j < N; j++)
            C[i][j] = (double)((i + 3 * j) % 9) / 2.0;
    }
    kernel_syrk(N, M, 1.5, 1.25, C, A);
    port_doubles("C", &C[0][0], (size_t)N * N, N);
    return 0;
}
