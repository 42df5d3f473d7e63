/* rg_floyd: Floyd-Warshall as one parallel region (issue 12).
 *
 * Kernel: PolyBench/C 4.2.1 floyd-warshall (github.com/EEESlab/
 *   PolyBenchC-4.2.1-OpenMP, medley/floyd-warshall/floyd-warshall-omp.c,
 *   commit f845ba26130a7d94e978486bc9e94801a45b29ba): its loop nest.
 * Licence: Ohio State University Software Distribution License (PolyBench/C).
 *   Copyright (c) 2010-2016, Ohio State University. All rights reserved.
 *   The licence text is in ../ports/LICENSES.
 * Region version (ours): the loop over k runs in every worker inside one
 *   `pfor parallel`; the loop over i is a `pfor for` (N loops, one region).
 * Valid serial C and valid OpenMP with omp for pfor.
 */
#include <stdio.h>

#include "../ports/port.h"

#define N 150

static int path[N][N];

int main(void)
{
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++) {
            path[i][j] = (i * 3 + j * 5) % 9 + 1;
            if ((i + 2 * j) % 7 == 0 || (i * j) % 11 == 3)
                path[i][j] = 999;
            if (i == j)
                path[i][j] = 0;
        }
#pragma pfor parallel
    {
        for (int k = 0; k < N; k++) {
#pragma pfor for collect(path)
            for (int i = 0; i < N; i++)
                for (int j = 0; j < N; j++)
                    if (path[i][k] + path[k][j] < path[i][j])
                        path[i][j] = path[i][k] + path[k][j];
        }
    }
    port_ints("path", &path[0][0], (size_t)N * N, N);
    return 0;
}
