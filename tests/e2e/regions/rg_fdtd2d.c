/* rg_fdtd2d: FDTD 2-D as one parallel region (issue 12).
 *
 * Kernel: PolyBench/C 4.2.1 fdtd-2d (github.com/EEESlab/
 *   PolyBenchC-4.2.1-OpenMP, stencils/fdtd-2d/fdtd-2d-omp.c, commit
 *   f845ba26130a7d94e978486bc9e94801a45b29ba): its loops, subscripts and
 *   constants.
 * Licence: Ohio State University Software Distribution License (PolyBench/C).
 *   Copyright (c) 2010-2016, Ohio State University. All rights reserved.
 *   The licence text is in ../ports/LICENSES.
 * Region version (ours): the time loop inside one `pfor parallel`; the
 *   serial boundary row ey[0][j] = _fict_[t] is a fourth `pfor for` (over
 *   j); `pfor single` prints a progress line every 5 steps (one line, from
 *   one worker, then the team waits).
 * Valid serial C and valid OpenMP with omp for pfor.
 */
#include <stdio.h>

#include "../ports/port.h"

#define TMAX 30
#define NX 100
#define NY 120

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
#pragma pfor parallel
    {
        for (int t = 0; t < TMAX; t++) {
#pragma pfor single
            if (t % 5 == 0)
                printf("step %d\n", t);
#pragma pfor for collect(ey)
            for (int j = 0; j < NY; j++)
                ey[0][j] = fict[t];
#pragma pfor for collect(ey)
            for (int i = 1; i < NX; i++)
                for (int j = 0; j < NY; j++)
                    ey[i][j] = ey[i][j] - 0.5 * (hz[i][j] - hz[i - 1][j]);
#pragma pfor for collect(ex)
            for (int i = 0; i < NX; i++)
                for (int j = 1; j < NY; j++)
                    ex[i][j] = ex[i][j] - 0.5 * (hz[i][j] - hz[i][j - 1]);
#pragma pfor for collect(hz)
            for (int i = 0; i < NX - 1; i++)
                for (int j = 0; j < NY - 1; j++)
                    hz[i][j] = hz[i][j] - 0.7 * (ex[i][j + 1] - ex[i][j] +
                                                 ey[i + 1][j] - ey[i][j]);
        }
    }
    port_doubles("ex", &ex[0][0], (size_t)NX * NY, NY);
    port_doubles("ey", &ey[0][0], (size_t)NX * NY, NY);
    port_doubles("hz", &hz[0][0], (size_t)NX * NY, NY);
    return 0;
}
