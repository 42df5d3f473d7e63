/* pb_symm: PolyBench/C 4.2.1 symm (OpenMP version) on pfor.
 *
 * Origin: github.com/EEESlab/PolyBenchC-4.2.1-OpenMP,
 *   linear-algebra/blas/symm/symm-omp.c, kernel_symm,
 *   commit f845ba26130a7d94e978486bc9e94801a45b29ba.
 * Licence: Ohio State University Software Distribution License (PolyBench/C).
 *   Copyright (c) 2010-2016, Ohio State University. All rights reserved.
 *   The licence text, with its capitalized paragraph, is in LICENSES.
 * Port: loop and clauses as there, omp -> pfor; `omp parallel` + `omp for`
 *   written as one `parallel for`; collect(C[0:m]). Harness is ours.
 * Shapes: column writes C[k][j] and C[i][j] by iteration j; a private
 *   temporary temp2 (private(i, k, temp2)).
 */
#include <stdio.h>

#include "port.h"

#define M 48
#define N 56

static void kernel_symm(int m, int n, double alpha, double beta,
                        double C[M][N], double A[M][M], double B[M][N])
{
    int i, j, k;
    double temp2;

    /* C := alpha*A*B + beta*C, A symmetric (lower part used) */
#pragma pfor parallel for private(i, k, temp2) collect(C[0:m])
    for (j = 0; j < n; j++)
        for (i = 0; i < m; i++) {
            temp2 = 0;
            for (k = 0; k < i; k++) {
                C[k][j] += alpha * B[i][j] * A[i][k];
                temp2 += B[k][j] * A[i][k];
            }
            C[i][j] = beta * C[i][j] + alpha * B[i][j] * A[i][i] +
                      alpha * temp2;
        }
}

static double C[M][N], A[M][M], B[M][N];

int main(void)
{
    for (int i = 0; i < M; i++) {
        for (int j = 0; j < N; j++) {
            C[i][j] = (double)((i + j) % 10) / 8.0;
            B[i][j] = (double)((N + i - j) % 12) / 16.0;
        }
        for (int j = 0; j <= i; j++)
            A[i][j] = (double)((i * 5 + j) % 9) / 4.0;
        for (int j = i + 1; j < M; j++)
            A[i][j] = -999; /* never read */
    }
    kernel_symm(M, N, 1.5, 1.25, C, A, B);
    port_doubles("C", &C[0][0], (size_t)M * N, N);
    return 0;
}
