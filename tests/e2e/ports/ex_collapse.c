/* ex_collapse: OpenMP Examples collapse.2 on pfor.
 *
 * Origin: github.com/OpenMP/Examples, parallel_execution/sources/collapse.2.c,
 *   main(), commit 415024c36902acc179108369ff56faf86ec468e2.
 * Licence: OpenMP Examples licence (BSD-style, OpenMP Architecture Review
 *   Board). Copyright (c) 1997-2024 OpenMP Architecture Review Board. All
 *   rights reserved. The licence text is in LICENSES.
 * Port: `omp parallel` + `omp for collapse(2) lastprivate(jlast, klast)`
 *   + `omp single printf` written as one `parallel for` with the same
 *   clauses and the printf after it; omp -> pfor. A second, larger
 *   collapse(2) nest of ours writes an array so a lost write shows.
 * Shapes: collapse(2); lastprivate of two variables set in the inner body;
 *   the values of the sequentially last iteration (k = 2, j = 3).
 */
#include <stdio.h>

#include "port.h"

int main(void)
{
    int j, k, jlast, klast;
#pragma pfor parallel for collapse(2) lastprivate(jlast, klast)
    for (k = 1; k <= 2; k++)
        for (j = 1; j <= 3; j++) {
            jlast = j;
            klast = k;
        }
    printf("%d %d\n", klast, jlast); // 2 3

    /* ours: the same clauses on a nest that writes a 2-D array */
    static int grid[30][17];
#pragma pfor parallel for collapse(2) lastprivate(jlast, klast) collect(grid)
    for (k = 0; k < 30; k++)
        for (j = 0; j < 17; j++) {
            grid[k][j] = k * 100 + j;
            jlast = j;
            klast = k;
        }
    printf("%d %d\n", klast, jlast); // 29 16
    port_ints("grid", &grid[0][0], 30 * 17, 17);
    return 0;
}
