/* pb_gramschmidt: PolyBench/C 4.2.1 gramschmidt (OpenMP version) on pfor.
 *
 * Origin: github.com/EEESlab/PolyBenchC-4.2.1-OpenMP,
 *   linear-algebra/solvers/gramschmidt/gramschmidt-omp.c,
 *   kernel_gramschmidt, commit f845ba26130a7d94e978486bc9e94801a45b29ba.
 * Licence: Ohio State University Software Distribution License (PolyBench/C).
 *   Copyright (c) 2010-2016, Ohio State University. All rights reserved.
 *   The licence text, with its capitalized paragraph, is in LICENSES.
 * Port: the two loops and clauses as there, omp -> pfor, collect()
 *   sections added. Harness is ours.
 * Shapes: Q[i][k] (row i, one column k); the loop over j writes R[k][j]
 *   (row k, for every iteration) and A[i][j] for every i (column j);
 *   private(i).
 */
#include <math.h>
#include <stdio.h>

#include "port.h"

#define M 50
#define N 40

static void kernel_gramschmidt(int m, int n, double A[M][N], double R[N][N],
                               double Q[M][N])
{
    int i, j, k;

    double nrm;

    for (k = 0; k < n; k++) {
        nrm = 0.0;
        for (i = 0; i < m; i++)
            nrm += A[i][k] * A[i][k];
        R[k][k] = sqrt(nrm);

#pragma pfor parallel for collect(Q[0:m])
        for (i = 0; i < m; i++)
            Q[i][k] = A[i][k] / R[k][k];

#pragma pfor parallel for private(i) collect(R[0:n], A[0:m])
        for (j = k + 1; j < n; j++) {
            R[k][j] = 0.0;
            for (i = 0; i < m; i++)
                R[k][j] += Q[i][k] * A[i][j];
            for (i = 0; i < m; i++)
                A[i][j] = A[i][j] - Q[i][k] * R[k][j];
        }
    }
}

static double A[M][N], R[N][N], Q[M][N];

int main(void)
{
    for (int i = 0; i < M; i++)
        for (int j = 0; j < N; j++)
            A[i][j] = (i == j ? 4.0 : 0.0) + (double)((i * j) % 9) / 16.0 +
                      (double)((i + 3 * j) % 5) / 8.0;
    kernel_gramschmidt(M, N, A, R, Q);
    port_doubles("A", &A[0][0], (size_t)M * N, N);
    port_doubles("R", &R[0][0], (size_t)N * N, N);
    port_doubles("Q", &Q[0][0], (size_t)M * N, N);
    return 0;
}
