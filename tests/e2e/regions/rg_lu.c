/* rg_lu: LU decomposition as one parallel region (issue 12).
 *
 * Kernel: the factorization of PolyBench/C 4.2.1 lu (github.com/EEESlab/
 *   PolyBenchC-4.2.1-OpenMP, linear-algebra/solvers/lu/lu-omp.c, commit
 *   f845ba26130a7d94e978486bc9e94801a45b29ba), A = L U without pivoting,
 *   L unit lower.
 * Licence: Ohio State University Software Distribution License (PolyBench/C).
 *   Copyright (c) 2010-2016, Ohio State University. All rights reserved.
 *   The licence text is in ../ports/LICENSES.
 * Region version (ours): the right-looking order (for each k, update rows
 *   i > k), which performs on each element the same operations in the same
 *   order as PolyBench's row-by-row loop; the loop over k runs in every
 *   worker inside one `pfor parallel`, and the row updates are a `pfor
 *   for` (n - 1 loops, one region). Iteration i writes row i.
 * Valid serial C and valid OpenMP with omp for pfor.
 */
#include <stdio.h>

#include "../ports/port.h"

#define N 160

static double A[N][N];

int main(void)
{
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++)
            A[i][j] = i == j ? 2.0 * N : (double)((i * 7 + j * 3) % 11) / 8.0;
#pragma pfor parallel
    {
        for (int k = 0; k < N - 1; k++) {
#pragma pfor for collect(A)
            for (int i = k + 1; i < N; i++) {
                A[i][k] /= A[k][k];
                for (int j = k + 1; j < N; j++)
                    A[i][j] -= A[i][k] * A[k][j];
            }
        }
    }
    port_doubles("A", &A[0][0], (size_t)N * N, N);
    return 0;
}
