/* ex_reduction: OpenMP Examples reduction.1 on pfor.
 *
 * Origin: github.com/OpenMP/Examples,
 *   data_environment/sources/reduction.1.c, reduction1(),
 *   commit 415024c36902acc179108369ff56faf86ec468e2.
 * Licence: OpenMP Examples licence (BSD-style, OpenMP Architecture Review
 *   Board). Copyright (c) 1997-2024 OpenMP Architecture Review Board. All
 *   rights reserved. The licence text is in LICENSES.
 * Port: the loop and its clauses as there, omp -> pfor. The main with data
 *   and output is ours (the example only compiles).
 * Shapes: reductions +, ^, min, max on float and int in one loop;
 *   private(i), shared(x, y, n); the max through fmaxf().
 */
#include <math.h>
#include <stdio.h>

static void reduction1(float *x, int *y, int n)
{
    int i, b, c;
    float a, d;
    a = 0.0;
    b = 0;
    c = y[0];
    d = x[0];
#pragma pfor parallel for private(i) shared(x, y, n) \
    reduction(+:a) reduction(^:b) \
    reduction(min:c) reduction(max:d)
    for (i = 0; i < n; i++) {
        a += x[i];
        b ^= y[i];
        if (c > y[i])
            c = y[i];
        d = fmaxf(d, x[i]);
    }
    printf("a %.6e b %d c %d d %a\n", a, b, c, d);
}

int main(void)
{
    enum { N = 5000 };
    static float x[N];
    static int y[N];
    for (int i = 0; i < N; i++) {
        x[i] = (float)((i * 7919) % 1000) / 16.0f - 20.0f;
        y[i] = (i * 104729) % 100003 - 50000;
    }
    reduction1(x, y, N);
    return 0;
}
