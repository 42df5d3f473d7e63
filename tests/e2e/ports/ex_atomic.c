/* ex_atomic: OpenMP Examples atomic.1 on pfor.
 *
 * Origin: github.com/OpenMP/Examples, synchronization/sources/atomic.1.c,
 *   work1, work2, atomic_example and main,
 *   commit 415024c36902acc179108369ff56faf86ec468e2.
 * Licence: OpenMP Examples licence (BSD-style, OpenMP Architecture Review
 *   Board). Copyright (c) 1997-2024 OpenMP Architecture Review Board. All
 *   rights reserved. The licence text is in LICENSES.
 * Port: the loop and its clause as there, omp -> pfor; the `omp atomic
 *   update` of x[index[i]] becomes an array-section reduction
 *   reduction(+: x[0:1000]) (pfor has no atomic), so x leaves shared()
 *   (a list item may not be in both); collect(y[0:n]) added.
 *   main as there plus our output.
 * Shapes: a histogram-style update x[index[i]] through an index array (many
 *   iterations update one element); a[i] writes y[i]; shared().
 */
#include <stdio.h>

#include "port.h"

static float work1(int i) { return 1.0 * i; }

static float work2(int i) { return 2.0 * i; }

static void atomic_example(float *x, float *y, int *index, int n)
{
    int i;

#pragma pfor parallel for shared(y, index, n) reduction(+: x[0:1000]) collect(y[0:n])
    for (i = 0; i < n; i++) {
        x[index[i]] += work1(i);
        y[i] += work2(i);
    }
}

int main(void)
{
    static float x[1000];
    static float y[10000];
    static int index[10000];
    int i;

    for (i = 0; i < 10000; i++) {
        index[i] = i % 1000;
        y[i] = 0.0;
    }
    for (i = 0; i < 1000; i++)
        x[i] = 0.0;
    atomic_example(x, y, index, 10000);
    port_floats("x", x, 1000, 0);
    port_floats("y", y, 10000, 0);
    return 0;
}
