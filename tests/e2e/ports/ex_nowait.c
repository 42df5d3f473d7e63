/* ex_nowait: OpenMP Examples nowait.2 on pfor.
 *
 * Origin: github.com/OpenMP/Examples, parallel_execution/sources/nowait.2.c,
 *   nowait_example2(), commit 415024c36902acc179108369ff56faf86ec468e2.
 * Licence: OpenMP Examples licence (BSD-style, OpenMP Architecture Review
 *   Board). Copyright (c) 1997-2024 OpenMP Architecture Review Board. All
 *   rights reserved. The licence text is in LICENSES.
 * Port: the region of three `omp for schedule(static) nowait` loops is
 *   written as three `parallel for` loops keeping schedule(static) and
 *   nowait (which then has no effect); omp -> pfor; collect() sections. The
 *   main with data and output is ours.
 * Shapes: the third loop is 1-based (i = 1..n) writing y[i] and reading
 *   z[i-1]; nowait; schedule(static).
 */
#include <math.h>
#include <stdio.h>

#include "port.h"

static void nowait_example2(int n, float *a, float *b, float *c, float *y,
                            float *z)
{
    int i;
#pragma pfor parallel for schedule(static) nowait collect(c[0:n])
    for (i = 0; i < n; i++)
        c[i] = (a[i] + b[i]) / 2.0f;
#pragma pfor parallel for schedule(static) nowait collect(z[0:n])
    for (i = 0; i < n; i++)
        z[i] = sqrtf(c[i]);
#pragma pfor parallel for schedule(static) nowait collect(y[0:n+1])
    for (i = 1; i <= n; i++)
        y[i] = z[i - 1] + a[i];
}

int main(void)
{
    enum { N = 1200 };
    static float a[N + 1], b[N], c[N], y[N + 1], z[N];
    for (int i = 0; i <= N; i++)
        a[i] = (float)((i * 13) % 29);
    for (int i = 0; i < N; i++)
        b[i] = (float)((i * 7) % 31);
    y[0] = -1.0f;
    nowait_example2(N, a, b, c, y, z);
    port_floats("c", c, N, 0);
    port_floats("z", z, N, 0);
    port_floats("y", y, N + 1, 0);
    return 0;
}
