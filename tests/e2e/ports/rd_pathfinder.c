/* rd_pathfinder: Rodinia 3.1 PathFinder (OpenMP version) on pfor.
 *
 * Origin: github.com/HPC-FAIR/rodinia_3.1, openmp/pathfinder/pathfinder.cpp,
 *   run(), commit 366b283456506ef2fe2c2b7dc5e83e941ffc5524.
 * Licence: Rodinia licence (BSD-style), University of Virginia.
 *   Copyright (c)2008-2011 University of Virginia. All rights reserved.
 *   The licence text is in LICENSES.
 * Port: the loop and its clause as there, omp -> pfor, collect(dst[0:cols])
 *   added; C++ new/delete -> malloc/free. The wall, sizes and output are ours
 *   (no rand()).
 * Shapes: an array of row pointers int **wall (read); a[i] writes dst[n]
 *   with src[n-1], src[n+1] reads; a serial loop of rows-1 parallel loops
 *   swapping the src/dst pointers; private(min).
 */
#include <stdio.h>
#include <stdlib.h>

#include "port.h"

#define MIN(a, b) ((a) <= (b) ? (a) : (b))

static int rows, cols;
static int *data;
static int **wall;
static int *result;

static void init(void)
{
    cols = 500;
    rows = 40;
    data = malloc(sizeof(int) * rows * cols);
    wall = malloc(sizeof(int *) * rows);
    for (int n = 0; n < rows; n++)
        wall[n] = data + cols * n;
    result = malloc(sizeof(int) * cols);
    for (int i = 0; i < rows; i++)
        for (int j = 0; j < cols; j++)
            wall[i][j] = (i * 31 + j * 17 + (i * j) % 7) % 10;
    for (int j = 0; j < cols; j++)
        result[j] = wall[0][j];
}

static void run(void)
{
    init();

    int *src, *dst, *temp;
    int min;

    dst = result;
    src = malloc(sizeof(int) * cols);

    for (int t = 0; t < rows - 1; t++) {
        temp = src;
        src = dst;
        dst = temp;
#pragma pfor parallel for private(min) collect(dst[0:cols])
        for (int n = 0; n < cols; n++) {
            min = src[n];
            if (n > 0)
                min = MIN(min, src[n - 1]);
            if (n < cols - 1)
                min = MIN(min, src[n + 1]);
            dst[n] = wall[t + 1][n] + min;
        }
    }

    port_ints("data", data, (size_t)cols, 0);
    port_ints("dst", dst, (size_t)cols, 0);

    free(data);
    free(wall);
    free(dst);
    free(src);
}

int main(void)
{
    run();
    return 0;
}
