/* pb_doitgen: PolyBench/C 4.2.1 doitgen (OpenMP version) on pfor.
 *
 * Origin: github.com/EEESlab/PolyBenchC-4.2.1-OpenMP,
 *   linear-algebra/kernels/doitgen/doitgen-omp.c, kernel_doitgen,
 *   commit f845ba26130a7d94e978486bc9e94801a45b29ba.
 * Licence: Ohio State University Software Distribution License (PolyBench/C).
 *   Copyright (c) 2010-2016, Ohio State University. All rights reserved.
 *   The licence text, with its capitalized paragraph, is in LICENSES.
 * Port: the original is `omp parallel private(q, p, s)` declaring the
 *   per-thread array sum_local, around one `omp for`. As one `parallel
 *   for`, sum_local is declared before the loop and listed in private()
 *   with q, p, s; omp -> pfor; collect(A[0:nr]). Harness is ours.
 * Shapes: 3-D slab writes A[r][q][p]; a private array written before it is
 *   read in each iteration.
 */
#include <stdio.h>

#include "port.h"

#define NR 20
#define NQ 18
#define NP 24

static void kernel_doitgen(int nr, int nq, int np, double A[NR][NQ][NP],
                           double C4[NP][NP], double sum[NP])
{
    int r, q, p, s;
    double sum_local[NP];

    (void)sum; /* the OpenMP version uses sum_local instead */
#pragma pfor parallel for private(q, p, s, sum_local) collect(A[0:nr])
    for (r = 0; r < nr; r++)
        for (q = 0; q < nq; q++) {
            for (p = 0; p < np; p++) {
                sum_local[p] = 0.0;
                for (s = 0; s < np; s++)
                    sum_local[p] += A[r][q][s] * C4[s][p];
            }
            for (p = 0; p < np; p++)
                A[r][q][p] = sum_local[p];
        }
}

static double A[NR][NQ][NP], C4[NP][NP], sum[NP];

int main(void)
{
    for (int r = 0; r < NR; r++)
        for (int q = 0; q < NQ; q++)
            for (int p = 0; p < NP; p++)
                A[r][q][p] = (double)((r * q + p) % 13) / 8.0;
    for (int s = 0; s < NP; s++)
        for (int p = 0; p < NP; p++)
            C4[s][p] = (double)((s * p) % 7) / 4.0;
    kernel_doitgen(NR, NQ, NP, A, C4, sum);
    port_doubles("A", &A[0][0][0], (size_t)NR * NQ * NP, NP);
    return 0;
}
