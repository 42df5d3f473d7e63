/* pb_gemm: PolyBench/C 4.2.1 gemm (OpenMP version) on pfor.
 *
 * Origin: github.com/EEESlab/PolyBenchC-4.2.1-OpenMP,
 *   linear-algebra/blas/gemm/gemm-omp.c, kernel_gemm,
 *   commit f845ba26130a7d94e978486bc9e94801a45b29ba.
 * Licence: Ohio State University Software Distribution License (PolyBench/C).
 *   Copyright (c) 2010-2016, Ohio State University. All rights reserved.
 *   The licence text, with its capitalized paragraph, is in LICENSES.
 * Port: loop and clauses as there, omp -> pfor; `omp parallel` + `omp for`
 *   written as one `parallel for`; collect(C[0:ni]). Harness is ours.
 * Shapes: row writes C[i][j] (iteration i writes row i); private(j, k).
 */
#include <stdio.h>

#include "port.h"

#define NI 60
#define NJ 70
#define NK 80

static void kernel_gemm(int ni, int nj, int nk, double alpha, double beta,
                        double C[NI][NJ], double A[NI][NK], double B[NK][NJ])
{
    int i, j, k;

    /* C := alpha*A*B + beta*C */
#pragma pfor parallel for private(j, k) collect(C[0:ni])
    for (i = 0; i < ni; i++)
        for (j = 0; j < nj; j++) {
            C[i][j] *= beta;
            for (k = 0; k < nk; ++k)
                C[i][j] += alpha * A[i][k] * B[k][j];
        }
}

static double A[NI][NK], B[NK][NJ], C[NI][NJ];

int main(void)
{
    for (int i = 0; i < NI; i++)
        for (int k = 0; k < NK; k++)
            A[i][k] = (double)((i * 3 + k) % 11) / 16.0;
    for (int k = 0; k < NK; k++)
        for (int j = 0; j < NJ; j++)
            B[k][j] = (double)((k + j * 5) % 13) / 8.0 - 0.5;
    for (int i = 0; i < NI; i++)
        for (int j = 0; j < NJ; j++)
            C[i][j] = (double)((i + j) % 7);
    kernel_gemm(NI, NJ, NK, 1.5, 1.25, C, A, B);
    port_doubles("C", &C[0][0], (size_t)NI * NJ, NJ);
    return 0;
}
