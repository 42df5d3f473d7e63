/* pb_durbin: PolyBench/C 4.2.1 durbin (OpenMP version) on pfor.
 *
 * Origin: github.com/EEESlab/PolyBenchC-4.2.1-OpenMP,
 *   linear-algebra/solvers/durbin/durbin-omp.c, kernel_durbin,
 *   commit f845ba26130a7d94e978486bc9e94801a45b29ba.
 * Licence: Ohio State University Software Distribution License (PolyBench/C).
 *   Copyright (c) 2010-2016, Ohio State University. All rights reserved.
 *   The licence text, with its capitalized paragraph, is in LICENSES.
 * Port: the three loops and clauses as there, omp -> pfor; collect(z) (a
 *   local array of known size) and collect(y[0:n]) added. Harness is ours.
 * Shapes: 3 * (N-1) small parallel loops inside a serial loop; a
 *   floating-point reduction(+:sum) whose value feeds the next step (so y
 *   is printed to 9 digits); z[i] reads y[k-i-1].
 */
#include <stdio.h>

#include "port.h"

#define N 120

static void kernel_durbin(int n, double r[N], double y[N])
{
    double z[N];
    double alpha;
    double beta;
    double sum;

    int i, k;

    y[0] = -r[0];
    beta = 1.0;
    alpha = -r[0];

    for (k = 1; k < n; k++) {
        beta = (1 - alpha * alpha) * beta;
        sum = 0.0;

#pragma pfor parallel for reduction(+:sum)
        for (i = 0; i < k; i++) {
            sum += r[k - i - 1] * y[i];
        }
        alpha = -(r[k] + sum) / beta;

#pragma pfor parallel for collect(z)
        for (i = 0; i < k; i++) {
            z[i] = y[i] + alpha * y[k - i - 1];
        }
#pragma pfor parallel for collect(y[0:n])
        for (i = 0; i < k; i++) {
            y[i] = z[i];
        }
        y[k] = alpha;
    }
}

static double r[N], y[N];

int main(void)
{
    for (int i = 0; i < N; i++)
        r[i] = 1.0 / ((i + 2.0) * (i + 2.0));
    kernel_durbin(N, r, y);
    port_doubles_approx("y", y, N, 0);
    return 0;
}
