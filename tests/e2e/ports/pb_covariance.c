/* pb_covariance: PolyBench/C 4.2.1 covariance (OpenMP version) on pfor.
 *
 * Origin: github.com/EEESlab/PolyBenchC-4.2.1-OpenMP,
 *   datamining/covariance/covariance-omp.c, kernel_covariance,
 *   commit f845ba26130a7d94e978486bc9e94801a45b29ba.
 * Licence: Ohio State University Software Distribution License (PolyBench/C).
 *   Copyright (c) 2010-2016, Ohio State University. All rights reserved.
 *   The licence text, with its capitalized paragraph, is in LICENSES.
 * Port: the kernel's loops, subscripts and clauses as written there, omp ->
 *   pfor; the one `omp parallel` region holding three `omp for` loops is
 *   written as three `parallel for` loops; collect() names what each loop
 *   writes (pointer parameters, so sections). Harness and sizes are ours.
 * Shapes: mirrored writes cov[i][j] and cov[j][i]; private(j, k).
 */
#include <stdio.h>

#include "port.h"

#define M 48
#define N 56

static void kernel_covariance(int m, int n, double float_n,
                              double data[N][M], double cov[M][M],
                              double mean[M])
{
    int i, j, k;

    /* Determine mean of column vectors of input data matrix */
#pragma pfor parallel for private(i) collect(mean[0:m])
    for (j = 0; j < m; j++) {
        mean[j] = 0.0;
        for (i = 0; i < n; i++)
            mean[j] += data[i][j];
        mean[j] /= float_n;
    }

    /* Center the column vectors. */
#pragma pfor parallel for private(j) collect(data[0:n])
    for (i = 0; i < n; i++)
        for (j = 0; j < m; j++)
            data[i][j] -= mean[j];

    /* Calculate the m * m covariance matrix. */
#pragma pfor parallel for private(j, k) collect(cov[0:m])
    for (i = 0; i < m; i++)
        for (j = i; j < m; j++) {
            cov[i][j] = 0.0;
            for (k = 0; k < n; k++)
                cov[i][j] += data[k][i] * data[k][j];
            cov[i][j] /= (float_n - 1.0);
            cov[j][i] = cov[i][j];
        }
}

static double data[N][M], cov[M][M], mean[M];

int main(void)
{
    for (int i = 0; i < N; i++)
        for (int j = 0; j < M; j++)
            data[i][j] = (double)((i * 7 + j * 3) % 17) / 8.0 + i * 0.25;
    kernel_covariance(M, N, (double)N, data, cov, mean);
    port_doubles("mean", mean, M, 0);
    port_doubles("data", &data[0][0], (size_t)N * M, M);
    port_doubles("cov", &cov[0][0], (size_t)M * M, M);
    return 0;
}
