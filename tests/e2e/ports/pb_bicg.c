/* pb_bicg: PolyBench/C 4.2.1 bicg (OpenMP version) on pfor.
 *
 * Origin: github.com/EEESlab/PolyBenchC-4.2.1-OpenMP,
 *   linear-algebra/kernels/bicg/bicg-omp.c, kernel_bicg,
 *   commit f845ba26130a7d94e978486bc9e94801a45b29ba.
 * Licence: Ohio State University Software Distribution License (PolyBench/C).
 *   Copyright (c) 2010-2016, Ohio State University. All rights reserved.
 *   The licence text, with its capitalized paragraph, is in LICENSES.
 * Port: loops and clauses as there, omp -> pfor; the region of three
 *   `omp for` loops is written as three `parallel for` loops; collect()
 *   sections. Harness is ours.
 * Shapes: a[i] writes s[i], q[i]; s[j] in the loop over j; private(j),
 *   private(i).
 */
#include <stdio.h>

#include "port.h"

#define M 70
#define N 90

static void kernel_bicg(int m, int n, double A[N][M], double s[M],
                        double q[N], double p[M], double r[N])
{
    int i, j;

#pragma pfor parallel for collect(s[0:m])
    for (i = 0; i < m; i++)
        s[i] = 0;

    /* Compute q = A * p (parallelize on i, no race) */
#pragma pfor parallel for private(j) collect(q[0:n])
    for (i = 0; i < n; i++) {
        q[i] = 0.0;
        for (j = 0; j < m; j++)
            q[i] = q[i] + A[i][j] * p[j];
    }

    /* Compute s = A^T * r (parallelize on j to avoid race on s[j]) */
#pragma pfor parallel for private(i) collect(s[0:m])
    for (j = 0; j < m; j++)
        for (i = 0; i < n; i++)
            s[j] = s[j] + r[i] * A[i][j];
}

static double A[N][M], s[M], q[N], p[M], r[N];

int main(void)
{
    for (int i = 0; i < N; i++) {
        r[i] = (double)(i % 9) / 4.0;
        for (int j = 0; j < M; j++)
            A[i][j] = (double)((i * 3 + j * 7) % 15) / 8.0;
    }
    for (int j = 0; j < M; j++) {
        p[j] = (double)(j % 5) - 1.5;
        s[j] = 99.0;
    }
    kernel_bicg(M, N, A, s, q, p, r);
    port_doubles("s", s, M, 0);
    port_doubles("q", q, N, 0);
    return 0;
}
