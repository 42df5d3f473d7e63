/* ex_atomic4: OpenMP Examples atomic.4 on pfor, as a map plus a loop.
 *
 * Origin: github.com/OpenMP/Examples, synchronization/sources/atomic.4.c,
 *   boxster(), commit 415024c36902acc179108369ff56faf86ec468e2.
 * Licence: OpenMP Examples licence (BSD-style, OpenMP Architecture Review
 *   Board). Copyright (c) 1997-2024 OpenMP Architecture Review Board. All
 *   rights reserved. The licence text is in LICENSES.
 * Port: the loop calls calc_val(&vals[idx]) and then adds vals[idx] to
 *   box_totals[box[idx]] under `omp atomic`. pfor has no atomic: the port
 *   splits it into `pfor map` over calc_val(&vals[idx]) (the call writes
 *   through the pointer, so collect(vals[0:N+1])) and a `parallel for`
 *   with reduction(+: box_totals[0:NBOX]). calc_val, the data and the
 *   output are ours (the example only declares calc_val).
 * Shapes: a map whose call writes through a pointer argument &vals[idx];
 *   a loop to idx <= N; an array-section reduction through an index array.
 */
#include <math.h>
#include <stdio.h>

#include "port.h"

#define NBOX 16

static void calc_val(float *val)
{
    /* ours: a few steps of x -> x/2 + 1/x, toward sqrt(2), rounded down to
       a multiple of 1/64 so that the box sums are exact in any order */
    float x = *val;
    for (int k = 0; k < 2; k++)
        x = x / 2 + 1 / x;
    *val = floorf(x * 64.0f) / 64.0f;
}

static void boxster(float *box_totals, float *vals, int *box, int N)
{
#pragma pfor map collect(vals[0:N+1])
    for (int idx = 0; idx <= N; idx++)
        calc_val(&vals[idx]);
#pragma pfor parallel for reduction(+: box_totals[0:NBOX])
    for (int idx = 0; idx <= N; idx++)
        box_totals[box[idx]] = box_totals[box[idx]] + vals[idx];
}

int main(void)
{
    enum { N = 3000 };
    static float vals[N + 1], box_totals[NBOX];
    static int box[N + 1];
    for (int i = 0; i <= N; i++) {
        vals[i] = 1.0f + (float)(i % 50) / 8.0f;
        box[i] = (i * 7) % NBOX;
    }
    boxster(box_totals, vals, box, N);
    port_floats("vals", vals, N + 1, 0);
    for (int b = 0; b < NBOX; b++)
        printf("box %d %a\n", b, box_totals[b]);
    return 0;
}
