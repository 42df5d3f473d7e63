/* ex_lastprivate: OpenMP Examples lastprivate.1 on pfor.
 *
 * Origin: github.com/OpenMP/Examples,
 *   data_environment/sources/lastprivate.1.c, lastpriv(),
 *   commit 415024c36902acc179108369ff56faf86ec468e2.
 * Licence: OpenMP Examples licence (BSD-style, OpenMP Architecture Review
 *   Board). Copyright (c) 1997-2024 OpenMP Architecture Review Board. All
 *   rights reserved. The licence text is in LICENSES.
 * Port: `omp parallel` + `omp for lastprivate(i)` written as one
 *   `parallel for lastprivate(i)`; omp -> pfor; collect(a[0:n]) added. The
 *   main with data and output is ours.
 * Shapes: lastprivate of the loop variable, used after the loop as an
 *   index (a[i] = b[i] with i == n-1).
 */
#include <stdio.h>

#include "port.h"

static void lastpriv(int n, float *a, float *b)
{
    int i;

#pragma pfor parallel for lastprivate(i) collect(a[0:n])
    for (i = 0; i < n - 1; i++)
        a[i] = b[i] + b[i + 1];

    a[i] = b[i]; /* i == n-1 here */
}

int main(void)
{
    enum { N = 777 };
    static float a[N], b[N];
    for (int i = 0; i < N; i++) {
        a[i] = -1.0f;
        b[i] = (float)((i * 11) % 23) / 2.0f;
    }
    lastpriv(N, a, b);
    port_floats("a", a, N, 0);
    return 0;
}
