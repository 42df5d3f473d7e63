/* rg_heat3d: heat 3-D as one parallel region (issue 12).
 *
 * Kernel: PolyBench/C 4.2.1 heat-3d (github.com/EEESlab/
 *   PolyBenchC-4.2.1-OpenMP, stencils/heat-3d/heat-3d-omp.c, commit
 *   f845ba26130a7d94e978486bc9e94801a45b29ba): its two loops, subscripts
 *   and constants.
 * Licence: Ohio State University Software Distribution License (PolyBench/C).
 *   Copyright (c) 2010-2016, Ohio State University. All rights reserved.
 *   The licence text is in ../ports/LICENSES.
 * Region version (ours): the time loop inside one `pfor parallel`, two
 *   `pfor for` loops per step; `pfor master` prints a progress line every
 *   5 steps (it reads only the step number: master does not wait).
 * Valid serial C and valid OpenMP with omp for pfor.
 */
#include <stdio.h>

#include "../ports/port.h"

#define N 30
#define TSTEPS 20

static double A[N][N][N], B[N][N][N];

int main(void)
{
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++)
            for (int k = 0; k < N; k++)
                A[i][j][k] = B[i][j][k] = (double)(i + j + (N - k)) * 10 / N;
#pragma pfor parallel
    {
        for (int t = 1; t <= TSTEPS; t++) {
#pragma pfor master
            if (t % 5 == 0)
                printf("step %d\n", t);
#pragma pfor for collect(B)
            for (int i = 1; i < N - 1; i++)
                for (int j = 1; j < N - 1; j++)
                    for (int k = 1; k < N - 1; k++)
                        B[i][j][k] = 0.125 * (A[i + 1][j][k] - 2.0 * A[i][j][k] + A[i - 1][j][k]) +
                                     0.125 * (A[i][j + 1][k] - 2.0 * A[i][j][k] + A[i][j - 1][k]) +
                                     0.125 * (A[i][j][k + 1] - 2.0 * A[i][j][k] + A[i][j][k - 1]) +
                                     A[i][j][k];
#pragma pfor for collect(A)
            for (int i = 1; i < N - 1; i++)
                for (int j = 1; j < N - 1; j++)
                    for (int k = 1; k < N - 1; k++)
                        A[i][j][k] = 0.125 * (B[i + 1][j][k] - 2.0 * B[i][j][k] + B[i - 1][j][k]) +
                                     0.125 * (B[i][j + 1][k] - 2.0 * B[i][j][k] + B[i][j - 1][k]) +
                                     0.125 * (B[i][j][k + 1] - 2.0 * B[i][j][k] + B[i][j][k - 1]) +
                                     B[i][j][k];
        }
    }
    port_doubles("A", &A[0][0][0], (size_t)N * N * N, N);
    port_doubles("B", &B[0][0][0], (size_t)N * N * N, N);
    return 0;
}
