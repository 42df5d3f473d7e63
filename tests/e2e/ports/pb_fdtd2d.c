/* pb_fdtd2d: PolyBench/C 4.2.1 fdtd-2d (OpenMP version) on pfor.
 *
 * Origin: github.com/EEESlab/PolyBenchC-4.2.1-OpenMP,
 *   stencils/fdtd-2d/fdtd-2d-omp.c, kernel_fdtd_2d,
 *   commit f845ba26130a7d94e978486bc9e94801a45b29ba.
 * Licence: Ohio State University Software Distribution License (PolyBench/C).
 *   Copyright (c) 2010-2016, Ohio State University. All rights reserved.
 *   The licence text, with its capitalized paragraph, is in LICENSES.
 * Port: the three loops and their clauses as there, omp -> pfor, collect()
 *   sections added. Harness is ours.
 * Shapes: time-step loop with a serial boundary row ey[0][j] and three
 *   parallel loops, the first from i = 1 (reads hz[i-1][j]); row writes;
 *   private(j).
 */
#include <stdio.h>

#include "port.h"

#define TMAX 10
#define NX 40
#define NY 50

static void kernel_fdtd_2d(int tmax, int nx, int ny, double ex[NX][NY],
                           double ey[NX][NY], double hz[NX][NY],
                           double _fict_[TMAX])
{
    int t, i, j;

    for (t = 0; t < tmax; t++) {
        for (j = 0; j < ny; j++)
            ey[0][j] = _fict_[t];

#pragma pfor parallel for private(j) collect(ey[0:nx])
        for (i = 1; i < nx; i++)
            for (j = 0; j < ny; j++)
                ey[i][j] = ey[i][j] - 0.5 * (hz[i][j] - hz[i - 1][j]);

#pragma pfor parallel for private(j) collect(ex[0:nx])
        for (i = 0; i < nx; i++)
            for (j = 1; j < ny; j++)
                ex[i][j] = ex[i][j] - 0.5 * (hz[i][j] - hz[i][j - 1]);

#pragma pfor parallel for private(j) collect(hz[0:nx])
        for (i = 0; i < nx - 1; i++)
            for (j = 0; j < ny - 1; j++)
                hz[i][j] = hz[i][j] - 0.7 * (ex[i][j + 1] - ex[i][j] +
                                             ey[i + 1][j] - ey[i][j]);
    }
}

static double ex[NX][NY], ey[NX][NY], hz[NX][NY], fict[TMAX];

int main(void)
{
    for (int t = 0; t < TMAX; t++)
        fict[t] = (double)t;
    for (int i = 0; i < NX; i++)
        for (int j = 0; j < NY; j++) {
            ex[i][j] = ((double)i * (j + 1)) / NX;
            ey[i][j] = ((double)i * (j + 2)) / NY;
            hz[i][j] = ((double)i * (j + 3)) / NX;
        }
    kernel_fdtd_2d(TMAX, NX, NY, ex, ey, hz, fict);
    port_doubles("ex", &ex[0][0], (size_t)NX * NY, NY);
    port_doubles("ey", &ey[0][0], (size_t)NX * NY, NY);
    port_doubles("hz", &hz[0][0], (size_t)NX * NY, NY);
    return 0;
}
