/* ex_ploop: OpenMP Examples ploop.1 (a simple parallel loop) on pfor.
 *
 * Origin: github.com/OpenMP/Examples, parallel_execution/sources/ploop.1.c,
 *   simple(), commit 415024c36902acc179108369ff56faf86ec468e2.
 * Licence: OpenMP Examples licence (BSD-style, OpenMP Architecture Review
 *   Board). Copyright (c) 1997-2024 OpenMP Architecture Review Board. All
 *   rights reserved. The licence text is in LICENSES.
 * Port: the loop as there, omp -> pfor, collect(b[0:n]) added. The main
 *   with data and output is ours (the example only compiles).
 * Shapes: a loop from i = 1 writing b[i] and reading a[i-1]; pointer
 *   parameters, so a section.
 */
#include <stdio.h>

#include "port.h"

static void simple(int n, float *a, float *b)
{
    int i;

#pragma pfor parallel for collect(b[0:n])
    for (i = 1; i < n; i++) /* i is private by default */
        b[i] = (a[i] + a[i - 1]) / 2.0;
}

int main(void)
{
    enum { N = 1000 };
    static float a[N], b[N];
    for (int i = 0; i < N; i++) {
        a[i] = (float)((i * 37) % 101) / 4.0f;
        b[i] = -1.0f; /* b[0] stays -1 */
    }
    simple(N, a, b);
    port_floats("b", b, N, 0);
    return 0;
}
