/* rg_jacobi1d: Jacobi 1-D as one parallel region (issue 12).
 *
 * Kernel: PolyBench/C 4.2.1 jacobi-1d (github.com/EEESlab/
 *   PolyBenchC-4.2.1-OpenMP, stencils/jacobi-1d/jacobi-1d-omp.c, commit
 *   f845ba26130a7d94e978486bc9e94801a45b29ba): its two loops, subscripts
 *   and constants.
 * Licence: Ohio State University Software Distribution License (PolyBench/C).
 *   Copyright (c) 2010-2016, Ohio State University. All rights reserved.
 *   The licence text is in ../ports/LICENSES.
 * Region version (ours): the time loop runs inside one `pfor parallel`;
 *   the first `pfor for` is nowait and an explicit `pfor barrier`
 *   follows it, so the writes of a nowait loop must be visible after the
 *   next barrier; the second loop ends with its implicit barrier.
 * Valid serial C (the pragmas are ignored) and valid OpenMP with omp for
 *   pfor.
 */
#include <stdio.h>

#include "../ports/port.h"

#define N 2000
#define TSTEPS 100

static double A[N], B[N];

int main(void)
{
    for (int i = 0; i < N; i++) {
        A[i] = ((double)i + 2) / N;
        B[i] = ((double)i + 3) / N;
    }
#pragma pfor parallel
    {
        for (int t = 0; t < TSTEPS; t++) {
#pragma pfor for nowait collect(B)
            for (int i = 1; i < N - 1; i++)
                B[i] = 0.33333 * (A[i - 1] + A[i] + A[i + 1]);
#pragma pfor barrier
#pragma pfor for collect(A)
            for (int i = 1; i < N - 1; i++)
                A[i] = 0.33333 * (B[i - 1] + B[i] + B[i + 1]);
        }
    }
    port_doubles("A", A, N, 0);
    port_doubles("B", B, N, 0);
    return 0;
}
