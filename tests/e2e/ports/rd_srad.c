/* rd_srad: Rodinia 3.1 SRAD v2 (OpenMP version) on pfor.
 *
 * Origin: github.com/HPC-FAIR/rodinia_3.1, openmp/srad/srad_v2/srad.cpp,
 *   main's iteration loop, commit 366b283456506ef2fe2c2b7dc5e83e941ffc5524.
 * Licence: Rodinia licence (BSD-style), University of Virginia.
 *   Copyright (c)2008-2011 University of Virginia. All rights reserved.
 *   The licence text is in LICENSES.
 * Port: the two loops and their clauses as there, omp -> pfor; the
 *   omp_set_num_threads(nthreads) calls removed (PFOR_WORKERS sets it);
 *   collect() sections added for the malloc'd arrays each loop writes. The
 *   input image, sizes and output are ours (C, not C++).
 * Shapes: flat 2-D arrays written at k = i * cols + j; shared() and a
 *   long private() list of temporaries (i, j are the shadowed outer ones).
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "port.h"

static void srad(int rows, int cols, int r1, int r2, int c1, int c2,
                 float lambda, int niter, float *J)
{
    int size_I, size_R, iter, k;
    float q0sqr, sum, sum2, tmp, meanROI, varROI;
    float Jc, G2, L, num, den, qsqr;
    int *iN, *iS, *jE, *jW;
    float *dN, *dS, *dW, *dE;
    float cN, cS, cW, cE;
    float *c, D;
    int i, j;

    size_I = cols * rows;
    size_R = (r2 - r1 + 1) * (c2 - c1 + 1);

    c = malloc(sizeof(float) * size_I);
    iN = malloc(sizeof(int) * rows);
    iS = malloc(sizeof(int) * rows);
    jW = malloc(sizeof(int) * cols);
    jE = malloc(sizeof(int) * cols);
    dN = malloc(sizeof(float) * size_I);
    dS = malloc(sizeof(float) * size_I);
    dW = malloc(sizeof(float) * size_I);
    dE = malloc(sizeof(float) * size_I);

    for (int i = 0; i < rows; i++) {
        iN[i] = i - 1;
        iS[i] = i + 1;
    }
    for (int j = 0; j < cols; j++) {
        jW[j] = j - 1;
        jE[j] = j + 1;
    }
    iN[0] = 0;
    iS[rows - 1] = rows - 1;
    jW[0] = 0;
    jE[cols - 1] = cols - 1;

    for (iter = 0; iter < niter; iter++) {
        sum = 0;
        sum2 = 0;
        for (i = r1; i <= r2; i++) {
            for (j = c1; j <= c2; j++) {
                tmp = J[i * cols + j];
                sum += tmp;
                sum2 += tmp * tmp;
            }
        }
        meanROI = sum / size_R;
        varROI = (sum2 / size_R) - meanROI * meanROI;
        q0sqr = varROI / (meanROI * meanROI);

#pragma pfor parallel for shared(J, dN, dS, dW, dE, c, rows, cols, iN, iS, jW, jE) private(i, j, k, Jc, G2, L, num, den, qsqr) collect(dN[0:size_I], dS[0:size_I], dW[0:size_I], dE[0:size_I], c[0:size_I])
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {

                k = i * cols + j;
                Jc = J[k];

                // directional derivates
                dN[k] = J[iN[i] * cols + j] - Jc;
                dS[k] = J[iS[i] * cols + j] - Jc;
                dW[k] = J[i * cols + jW[j]] - Jc;
                dE[k] = J[i * cols + jE[j]] - Jc;

                G2 = (dN[k] * dN[k] + dS[k] * dS[k] + dW[k] * dW[k] +
                      dE[k] * dE[k]) /
                     (Jc * Jc);

                L = (dN[k] + dS[k] + dW[k] + dE[k]) / Jc;

                num = (0.5 * G2) - ((1.0 / 16.0) * (L * L));
                den = 1 + (.25 * L);
                qsqr = num / (den * den);

                // diffusion coefficent (equ 33)
                den = (qsqr - q0sqr) / (q0sqr * (1 + q0sqr));
                c[k] = 1.0 / (1.0 + den);

                // saturate diffusion coefficent
                if (c[k] < 0) {
                    c[k] = 0;
                } else if (c[k] > 1) {
                    c[k] = 1;
                }
            }
        }
#pragma pfor parallel for shared(J, c, rows, cols, lambda) private(i, j, k, D, cS, cN, cW, cE) collect(J[0:size_I])
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {

                // current index
                k = i * cols + j;

                // diffusion coefficent
                cN = c[k];
                cS = c[iS[i] * cols + j];
                cW = c[k];
                cE = c[i * cols + jE[j]];

                // divergence (equ 58)
                D = cN * dN[k] + cS * dS[k] + cW * dW[k] + cE * dE[k];

                // image update (equ 61)
                J[k] = J[k] + 0.25 * lambda * D;
            }
        }
    }
    port_floats("c", c, (size_t)size_I, (size_t)cols);
    port_floats("dN", dN, (size_t)size_I, (size_t)cols);
    free(iN);
    free(iS);
    free(jW);
    free(jE);
    free(dN);
    free(dS);
    free(dW);
    free(dE);
    free(c);
}

int main(void)
{
    int rows = 64, cols = 48;
    float *J = malloc(sizeof(float) * rows * cols);
    for (int i = 0; i < rows; i++)
        for (int j = 0; j < cols; j++)
            J[i * cols + j] =
                expf((float)((i * 37 + j * 101) % 256) / 255.0f);
    srad(rows, cols, 0, 31, 0, 31, 0.5f, 4, J);
    port_floats("J", J, (size_t)rows * cols, (size_t)cols);
    free(J);
    return 0;
}
