/* pb_cholesky: PolyBench/C 4.2.1 cholesky (OpenMP version) on pfor.
 *
 * Origin: github.com/EEESlab/PolyBenchC-4.2.1-OpenMP,
 *   linear-algebra/solvers/cholesky/cholesky-omp.c, kernel_cholesky,
 *   commit f845ba26130a7d94e978486bc9e94801a45b29ba.
 * Licence: Ohio State University Software Distribution License (PolyBench/C).
 *   Copyright (c) 2010-2016, Ohio State University. All rights reserved.
 *   The licence text, with its capitalized paragraph, is in LICENSES.
 * Port: loops and clauses as there, omp -> pfor, collect(A[0:n]) added.
 *   Harness is ours.
 * Shapes: column-oriented Cholesky: the parallel loop over j > i writes
 *   A[j][i] (row j of the collected rows); N parallel loops in a serial
 *   loop; private(k).
 */
#include <math.h>
#include <stdio.h>

#include "port.h"

#define N 60

static void kernel_cholesky(int n, double A[N][N])
{
    int i, j, k;

    for (i = 0; i < n; i++) {
        // Diagonal element: A[i][i] -= sum_{k<i} A[i][k]^2
        for (k = 0; k < i; k++) {
            A[i][i] -= A[i][k] * A[i][k];
        }
        A[i][i] = sqrt(A[i][i]);

        // Sub-diagonal elements in column i (parallelizable)
#pragma pfor parallel for private(k) collect(A[0:n])
        for (j = i + 1; j < n; j++) {
            for (k = 0; k < i; k++) {
                A[j][i] -= A[j][k] * A[i][k];
            }
            A[j][i] /= A[i][i];
        }
    }
}

static double A[N][N];

int main(void)
{
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++) {
            int d = i > j ? i - j : j - i;
            A[i][j] = i == j ? (double)N : 1.0 / (1.0 + d);
        }
    kernel_cholesky(N, A);
    port_doubles("A", &A[0][0], (size_t)N * N, N);
    return 0;
}
