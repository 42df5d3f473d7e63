/* fdtd2d_for: FDTD 2-D benchmark, plain `pfor parallel for` loops (a fork-join per loop; the boundary row is serial, as in the PolyBench OpenMP version).
 *
 * Kernel: PolyBench/C 4.2.1 (github.com/EEESlab/PolyBenchC-4.2.1-OpenMP,
 *   commit f845ba26130a7d94e978486bc9e94801a45b29ba), Ohio State University
 *   Software Distribution License, Copyright (c) 2010-2016, Ohio State
 *   University (text in tests/e2e/ports/LICENSES).
 * Sizes: -DNX=... -DNY=... -DTMAX=...; the defaults take about a second
 *   serially.
 */
#include <stdio.h>

#include "iterative.h"

#ifndef TMAX
#define TMAX 250
#endif
#ifndef NX
#define NX 1000
#endif
#ifndef NY
#define NY 1200
#endif

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
    double t0 = bench_now();


    for (int t = 0; t < TMAX; t++) {

        for (int j = 0; j < NY; j++)
            ey[0][j] = fict[t];
#pragma pfor parallel for collect(ey)
        for (int i = 1; i < NX; i++)
            for (int j = 0; j < NY; j++)
                ey[i][j] = ey[i][j] - 0.5 * (hz[i][j] - hz[i - 1][j]);
#pragma pfor parallel for collect(ex)
        for (int i = 0; i < NX; i++)
            for (int j = 1; j < NY; j++)
                ex[i][j] = ex[i][j] - 0.5 * (hz[i][j] - hz[i][j - 1]);
#pragma pfor parallel for collect(hz)
        for (int i = 0; i < NX - 1; i++)
            for (int j = 0; j < NY - 1; j++)
                hz[i][j] = hz[i][j] - 0.7 * (ex[i][j + 1] - ex[i][j] +
                                             ey[i + 1][j] - ey[i][j]);
    }

    double t1 = bench_now();
    bench_report("fdtd2d", t1 - t0, &hz[0][0], (size_t)NX * NY);
    return 0;
}
