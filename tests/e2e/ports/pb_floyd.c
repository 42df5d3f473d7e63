/* pb_floyd: PolyBench/C 4.2.1 floyd-warshall (OpenMP version) on pfor.
 *
 * Origin: github.com/EEESlab/PolyBenchC-4.2.1-OpenMP,
 *   medley/floyd-warshall/floyd-warshall-omp.c, kernel_floyd_warshall,
 *   commit f845ba26130a7d94e978486bc9e94801a45b29ba.
 * Licence: Ohio State University Software Distribution License (PolyBench/C).
 *   Copyright (c) 2010-2016, Ohio State University. All rights reserved.
 *   The licence text, with its capitalized paragraph, is in LICENSES.
 * Port: the loop and clause as there, omp -> pfor, collect(path[0:n])
 *   added. Harness is ours.
 * Shapes: N parallel loops in a serial loop over k; conditional row writes
 *   path[i][j]; private(j).
 */
#include <stdio.h>

#include "port.h"

#define N 70

static void kernel_floyd_warshall(int n, int path[N][N])
{
    int i, j, k;

    for (k = 0; k < n; k++) {
        /* For a given k, each (i,j) is independent */
#pragma pfor parallel for private(j) collect(path[0:n])
        for (i = 0; i < n; i++)
            for (j = 0; j < n; j++)
                if (path[i][k] + path[k][j] < path[i][j])
                    path[i][j] = path[i][k] + path[k][j];
    }
}

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
    kernel_floyd_warshall(N, path);
    port_ints("path", &path[0][0], (size_t)N * N, N);
    return 0;
}
