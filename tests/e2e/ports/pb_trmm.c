/* pb_trmm: PolyBench/C 4.2.1 trmm (OpenMP version) on pfor.
 *
 * Origin: github.com/EEESlab/PolyBenchC-4.2.1-OpenMP,
 *   linear-algebra/blas/trmm/trmm-omp.c, kernel_trmm,
 *   commit f845ba26130a7d94e978486bc9e94801a45b29ba.
 * Licence: Ohio State University Software Distribution License (PolyBench/C).
 *   Copyright (c) 2010-2016, Ohio State University. All rights reserved.
 *   The licence text, with its capitalized paragraph, is in LICENSES.
 * Port: loop and clauses as there, omp -> pfor; `omp parallel` + `omp for`
 *   written as one `parallel for`; collect(B[0:m]). Harness is ours.
 * Shapes: column writes: iteration j writes B[i][j] for every row i (the
 *   original parallelizes over columns to avoid a race); private(i, k).
 */
#include <stdio.h>

#include "port.h"

#define M 50
#define N 60

static void kernel_trmm(int m, int n, double alpha, double A[M][M],
                        double B[M][N])
{
    int i, j, k;

    /* B := alpha*A**T*B, A unit lower triangular */
#pragma pfor parallel for private(i, k) collect(B[0:m])
    for (j = 0; j < n; j++)
        for (i = 0; i < m; i++) {
            for (k = i + 1; k < m; k++)
                B[i][j] += A[k][i] * B[k][j];
            B[i][j] = alpha * B[i][j];
        }
}

static double A[M][M], B[M][N];

int main(void)
{
    for (int i = 0; i < M; i++) {
        for (int j = 0; j < i; j++)
            A[i][j] = (double)((i * 3 + j) % 10) / 16.0;
        A[i][i] = 1.0;
        for (int j = 0; j < N; j++)
            B[i][j] = (double)((N + i - j) % 8) / 4.0;
    }
    kernel_trmm(M, N, 1.5, A, B);
    port_doubles("B", &B[0][0], (size_t)M * N, N);
    return 0;
}
