/* pb_lu: PolyBench/C 4.2.1 lu (OpenMP version) on pfor.
 *
 * Origin: github.com/EEESlab/PolyBenchC-4.2.1-OpenMP,
 *   linear-algebra/solvers/lu/lu-omp.c, kernel_lu,
 *   commit f845ba26130a7d94e978486bc9e94801a45b29ba.
 * Licence: Ohio State University Software Distribution License (PolyBench/C).
 *   Copyright (c) 2010-2016, Ohio State University. All rights reserved.
 *   The licence text, with its capitalized paragraph, is in LICENSES.
 * Port: loops and clauses as there, omp -> pfor, collect(A[0:n]) added.
 *   Harness is ours.
 * Shapes: inside the serial loop over rows i, the parallel loop over j
 *   writes A[i][j]: iteration j writes an element of row i, not of row j;
 *   N parallel loops in a serial loop; private(k).
 */
#include <stdio.h>

#include "port.h"

#define N 60

static void kernel_lu(int n, double A[N][N])
{
    int i, j, k;

    for (i = 0; i < n; i++) {
        /* L part (j < i): sequential */
        for (j = 0; j < i; j++) {
            for (k = 0; k < j; k++) {
                A[i][j] -= A[i][k] * A[k][j];
            }
            A[i][j] /= A[j][j];
        }
        /* U part (j >= i): each j writes its own A[i][j] */
#pragma pfor parallel for private(k) collect(A[0:n])
        for (j = i; j < n; j++) {
            for (k = 0; k < i; k++) {
                A[i][j] -= A[i][k] * A[k][j];
            }
        }
    }
}

static double A[N][N];

int main(void)
{
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++)
            A[i][j] = i == j ? 2.0 * N : (double)((i * 7 + j * 3) % 11) / 8.0;
    kernel_lu(N, A);
    port_doubles("A", &A[0][0], (size_t)N * N, N);
    return 0;
}
