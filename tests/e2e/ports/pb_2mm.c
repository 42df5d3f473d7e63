/* pb_2mm: PolyBench/C 4.2.1 2mm (OpenMP version) on pfor.
 *
 * Origin: github.com/EEESlab/PolyBenchC-4.2.1-OpenMP,
 *   linear-algebra/kernels/2mm/2mm-omp.c, kernel_2mm,
 *   commit f845ba26130a7d94e978486bc9e94801a45b29ba.
 * Licence: Ohio State University Software Distribution License (PolyBench/C).
 *   Copyright (c) 2010-2016, Ohio State University. All rights reserved.
 *   The licence text, with its capitalized paragraph, is in LICENSES.
 * Port: loops and clauses as there, omp -> pfor; the region of two
 *   `omp for` loops is written as two `parallel for` loops; collect()
 *   sections. Harness is ours.
 * Shapes: row writes tmp[i][j], D[i][j]; private(j, k).
 */
#include <stdio.h>

#include "port.h"

#define NI 40
#define NJ 50
#define NK 60
#define NL 45

static void kernel_2mm(int ni, int nj, int nk, int nl, double alpha,
                       double beta, double tmp[NI][NJ], double A[NI][NK],
                       double B[NK][NJ], double C[NJ][NL], double D[NI][NL])
{
    int i, j, k;

    /* D := alpha*A*B*C + beta*D */
#pragma pfor parallel for private(j, k) collect(tmp[0:ni])
    for (i = 0; i < ni; i++)
        for (j = 0; j < nj; j++) {
            tmp[i][j] = 0.0;
            for (k = 0; k < nk; ++k)
                tmp[i][j] += alpha * A[i][k] * B[k][j];
        }
#pragma pfor parallel for private(j, k) collect(D[0:ni])
    for (i = 0; i < ni; i++)
        for (j = 0; j < nl; j++) {
            D[i][j] *= beta;
            for (k = 0; k < nj; ++k)
                D[i][j] += tmp[i][k] * C[k][j];
        }
}

static double tmp[NI][NJ], A[NI][NK], B[NK][NJ], C[NJ][NL], D[NI][NL];

int main(void)
{
    for (int i = 0; i < NI; i++)
        for (int k = 0; k < NK; k++)
            A[i][k] = (double)((i * k + 1) % 9) / 8.0;
    for (int k = 0; k < NK; k++)
        for (int j = 0; j < NJ; j++)
            B[k][j] = (double)((k * (j + 2)) % 7) / 4.0;
    for (int j = 0; j < NJ; j++)
        for (int l = 0; l < NL; l++)
            C[j][l] = (double)((j + 3 * l) % 5) - 2.0;
    for (int i = 0; i < NI; i++)
        for (int l = 0; l < NL; l++)
            D[i][l] = (double)((i * 2 + l) % 6) / 2.0;
    kernel_2mm(NI, NJ, NK, NL, 1.5, 1.25, tmp, A, B, C, D);
    port_doubles("tmp", &tmp[0][0], (size_t)NI * NJ, NJ);
    port_doubles("D", &D[0][0], (size_t)NI * NL, NL);
    return 0;
}
