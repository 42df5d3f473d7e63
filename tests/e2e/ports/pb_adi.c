/* pb_adi: PolyBench/C 4.2.1 adi (OpenMP version) on pfor.
 *
 * Origin: github.com/EEESlab/PolyBenchC-4.2.1-OpenMP,
 *   stencils/adi/adi-omp.c, kernel_adi,
 *   commit f845ba26130a7d94e978486bc9e94801a45b29ba.
 * Licence: Ohio State University Software Distribution License (PolyBench/C).
 *   Copyright (c) 2010-2016, Ohio State University. All rights reserved.
 *   The licence text, with its capitalized paragraph, is in LICENSES.
 * Port: the two sweeps and their clauses as there, omp -> pfor, collect()
 *   sections added. Harness is ours.
 * Shapes: the column sweep (iteration i) writes column i of v: v[0][i],
 *   v[j][i] for all j, v[n-1][i]; p and q rows; the row sweep writes rows
 *   of u, p, q; time-step loop; private(j).
 */
#include <stdio.h>

#include "port.h"

#define N 40
#define TSTEPS 6

static void kernel_adi(int tsteps, int n, double u[N][N], double v[N][N],
                       double p[N][N], double q[N][N])
{
    int t, i, j;
    double DX, DY, DT;
    double B1, B2;
    double mul1, mul2;
    double a, b, c, d, e, f;

    DX = 1.0 / (double)n;
    DY = 1.0 / (double)n;
    DT = 1.0 / (double)tsteps;
    B1 = 2.0;
    B2 = 1.0;
    mul1 = B1 * DT / (DX * DX);
    mul2 = B2 * DT / (DY * DY);

    a = -mul1 / 2.0;
    b = 1.0 + mul1;
    c = a;
    d = -mul2 / 2.0;
    e = 1.0 + mul2;
    f = d;

    for (t = 1; t <= tsteps; t++) {
        // Column Sweep
#pragma pfor parallel for private(j) collect(v[0:n], p[0:n], q[0:n])
        for (i = 1; i < n - 1; i++) {
            v[0][i] = 1.0;
            p[i][0] = 0.0;
            q[i][0] = v[0][i];
            for (j = 1; j < n - 1; j++) {
                p[i][j] = -c / (a * p[i][j - 1] + b);
                q[i][j] = (-d * u[j][i - 1] + (1.0 + 2.0 * d) * u[j][i] -
                           f * u[j][i + 1] - a * q[i][j - 1]) /
                          (a * p[i][j - 1] + b);
            }

            v[n - 1][i] = 1.0;
            for (j = n - 2; j >= 1; j--) {
                v[j][i] = p[i][j] * v[j + 1][i] + q[i][j];
            }
        }
        // Row Sweep
#pragma pfor parallel for private(j) collect(u[0:n], p[0:n], q[0:n])
        for (i = 1; i < n - 1; i++) {
            u[i][0] = 1.0;
            p[i][0] = 0.0;
            q[i][0] = u[i][0];
            for (j = 1; j < n - 1; j++) {
                p[i][j] = -f / (d * p[i][j - 1] + e);
                q[i][j] = (-a * v[i - 1][j] + (1.0 + 2.0 * a) * v[i][j] -
                           c * v[i + 1][j] - d * q[i][j - 1]) /
                          (d * p[i][j - 1] + e);
            }
            u[i][n - 1] = 1.0;
            for (j = n - 2; j >= 1; j--) {
                u[i][j] = p[i][j] * u[i][j + 1] + q[i][j];
            }
        }
    }
}

static double u[N][N], v[N][N], p[N][N], q[N][N];

int main(void)
{
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++)
            u[i][j] = (double)(i + N - j) / N;
    kernel_adi(TSTEPS, N, u, v, p, q);
    port_doubles("u", &u[0][0], (size_t)N * N, N);
    port_doubles("v", &v[0][0], (size_t)N * N, N);
    return 0;
}
