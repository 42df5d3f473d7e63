/* rg_jacobi2d: Jacobi 2-D as one parallel region (issue 12).
 *
 * Kernel: PolyBench/C 4.2.1 jacobi-2d (github.com/EEESlab/
 *   PolyBenchC-4.2.1-OpenMP, stencils/jacobi-2d/jacobi-2d-omp.c, commit
 *   f845ba26130a7d94e978486bc9e94801a45b29ba): its two loops, subscripts
 *   and constants.
 * Licence: Ohio State University Software Distribution License (PolyBench/C).
 *   Copyright (c) 2010-2016, Ohio State University. All rights reserved.
 *   The licence text is in ../ports/LICENSES.
 * Region version (ours): the time loop inside one `pfor parallel`, two
 *   `pfor for` loops per step, each ending with its implicit barrier.
 * Valid serial C and valid OpenMP with omp for pfor.
 */
#include <stdio.h>

#include "../ports/port.h"

#define N 120
#define TSTEPS 40

static double A[N][N], B[N][N];

int main(void)
{
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++) {
            A[i][j] = ((double)i * (j + 2) + 2) / N;
            B[i][j] = ((double)i * (j + 3) + 3) / N;
        }
#pragma pfor parallel
    {
        for (int t = 0; t < TSTEPS; t++) {
#pragma pfor for collect(B)
            for (int i = 1; i < N - 1; i++)
                for (int j = 1; j < N - 1; j++)
                    B[i][j] = 0.2 * (A[i][j] + A[i][j - 1] + A[i][1 + j] +
                                     A[1 + i][j] + A[i - 1][j]);
#pragma pfor for collect(A)
            for (int i = 1; i < N - 1; i++)
                for (int j = 1; j < N - 1; j++)
                    A[i][j] = 0.2 * (B[i][j] + B[i][j - 1] + B[i][1 + j] +
                                     B[1 + i][j] + B[i - 1][j]);
        }
    }
    port_doubles("A", &A[0][0], (size_t)N * N, N);
    port_doubles("B", &B[0][0], (size_t)N * N, N);
    return 0;
}
