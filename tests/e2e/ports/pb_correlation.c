/* pb_correlation: PolyBench/C 4.2.1 correlation (OpenMP version) on pfor.
 *
 * Origin: github.com/EEESlab/PolyBenchC-4.2.1-OpenMP,
 *   datamining/correlation/correlation-omp.c, kernel_correlation,
 *   commit f845ba26130a7d94e978486bc9e94801a45b29ba.
 * Licence: Ohio State University Software Distribution License (PolyBench/C).
 *   Copyright (c) 2010-2016, Ohio State University. All rights reserved.
 *   The licence text, with its capitalized paragraph, is in LICENSES.
 * Port: loops, subscripts and clauses as there, omp -> pfor; the region of
 *   four `omp for` loops is written as four `parallel for` loops; collect()
 *   sections for the pointer parameters. Harness and sizes are ours.
 * Shapes: mirrored writes corr[i][j] / corr[j][i] plus the diagonal
 *   corr[i][i]; a conditional write stddev[j]; private(i), private(j, k).
 */
#include <math.h>
#include <stdio.h>

#include "port.h"

#define M 40
#define N 50

static void kernel_correlation(int m, int n, double float_n,
                               double data[N][M], double corr[M][M],
                               double mean[M], double stddev[M])
{
    int i, j, k;

    double eps = 0.1;

    /* Determine mean of column vectors of input data matrix */
#pragma pfor parallel for private(i) collect(mean[0:m])
    for (j = 0; j < m; j++) {
        mean[j] = 0.0;
        for (i = 0; i < n; i++)
            mean[j] += data[i][j];
        mean[j] /= float_n;
    }

    /* Determine standard deviations of column vectors of data matrix. */
#pragma pfor parallel for private(i) collect(stddev[0:m])
    for (j = 0; j < m; j++) {
        stddev[j] = 0.0;
        for (i = 0; i < n; i++)
            stddev[j] += (data[i][j] - mean[j]) * (data[i][j] - mean[j]);
        stddev[j] /= float_n;
        stddev[j] = sqrt(stddev[j]);
        /* The following in an inelegant but usual way to handle
           near-zero std. dev. values, which below would cause a zero-
           divide. */
        if (stddev[j] <= eps)
            stddev[j] = 1.0;
    }

    /* Center and reduce the column vectors. */
#pragma pfor parallel for private(j) collect(data[0:n])
    for (i = 0; i < n; i++)
        for (j = 0; j < m; j++) {
            data[i][j] -= mean[j];
            data[i][j] /= sqrt(float_n) * stddev[j];
        }

    /* Calculate the m * m correlation matrix. */
#pragma pfor parallel for private(j, k) collect(corr[0:m])
    for (i = 0; i < m - 1; i++) {
        corr[i][i] = 1.0;
        for (j = i + 1; j < m; j++) {
            corr[i][j] = 0.0;
            for (k = 0; k < n; k++)
                corr[i][j] += (data[k][i] * data[k][j]);
            corr[j][i] = corr[i][j];
        }
    }
    corr[m - 1][m - 1] = 1.0;
}

static double data[N][M], corr[M][M], mean[M], stddev[M];

int main(void)
{
    for (int i = 0; i < N; i++)
        for (int j = 0; j < M; j++)
            data[i][j] = (double)((i * 5 + j * j) % 23) / 4.0 + j;
    /* column 7 is constant: its deviation is below eps */
    for (int i = 0; i < N; i++)
        data[i][7] = 3.0;
    kernel_correlation(M, N, (double)N, data, corr, mean, stddev);
    port_doubles("mean", mean, M, 0);
    port_doubles("stddev", stddev, M, 0);
    port_doubles("data", &data[0][0], (size_t)N * M, M);
    port_doubles("corr", &corr[0][0], (size_t)M * M, M);
    return 0;
}
