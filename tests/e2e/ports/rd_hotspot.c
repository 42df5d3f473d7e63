/* rd_hotspot: Rodinia 3.1 HotSpot (OpenMP version) on pfor.
 *
 * Origin: github.com/HPC-FAIR/rodinia_3.1, openmp/hotspot/hotspot_openmp.cpp,
 *   single_iteration and compute_tran_temp,
 *   commit 366b283456506ef2fe2c2b7dc5e83e941ffc5524.
 * Licence: Rodinia licence (BSD-style), University of Virginia.
 *   Copyright (c)2008-2011 University of Virginia. All rights reserved.
 *   The licence text is in LICENSES.
 * Port: the chunk loop and its clauses as there, omp -> pfor; collect
 *   (result[0:row*col]) added; the `#pragma omp simd` on the inner loop and
 *   omp_set_num_threads() removed (pfor has no simd construct, and gcc
 *   -Wall warns about an unknown pragma). One fix: in a boundary block
 *   the original leaves `delta` stale (from an earlier cell, or
 *   uninitialised in a private copy) for cells not on the grid's edge; the
 *   port computes them with the interior formula, so the serial run has a
 *   defined result. Input grids, sizes and output are ours.
 * Shapes: each iteration writes a 16 x 16 block of a flat grid
 *   result[r*col+c]; firstprivate, shared, private and schedule(static);
 *   `continue` in the body; a time loop swapping the result/temp pointers.
 */
#include <stdio.h>
#include <stdlib.h>

#include "port.h"

#define BLOCK_SIZE 16
#define BLOCK_SIZE_C BLOCK_SIZE
#define BLOCK_SIZE_R BLOCK_SIZE

/* maximum power density possible (say 300W for a 10mm x 10mm chip)	*/
#define MAX_PD (3.0e6)
/* required precision in degrees	*/
#define PRECISION 0.001
#define SPEC_HEAT_SI 1.75e6
#define K_SI 100
/* capacitance fitting factor	*/
#define FACTOR_CHIP 0.5

typedef float FLOAT;

/* chip parameters	*/
static const FLOAT t_chip = 0.0005;
static const FLOAT chip_height = 0.016;
static const FLOAT chip_width = 0.016;
/* ambient temperature, assuming no package at all	*/
static const FLOAT amb_temp = 80.0;

static void single_iteration(FLOAT *result, FLOAT *temp, FLOAT *power,
                             int row, int col, FLOAT Cap_1, FLOAT Rx_1,
                             FLOAT Ry_1, FLOAT Rz_1, FLOAT step)
{
    FLOAT delta;
    int r, c;
    int chunk;
    int num_chunk = row * col / (BLOCK_SIZE_R * BLOCK_SIZE_C);
    int chunks_in_row = col / BLOCK_SIZE_C;
    int chunks_in_col = row / BLOCK_SIZE_R;

    (void)step;
#pragma pfor parallel for shared(power, temp, result) private(chunk, r, c, delta) firstprivate(row, col, num_chunk, chunks_in_row) schedule(static) collect(result[0:row*col])
    for (chunk = 0; chunk < num_chunk; ++chunk) {
        int r_start = BLOCK_SIZE_R * (chunk / chunks_in_col);
        int c_start = BLOCK_SIZE_C * (chunk % chunks_in_row);
        int r_end = r_start + BLOCK_SIZE_R > row ? row : r_start + BLOCK_SIZE_R;
        int c_end = c_start + BLOCK_SIZE_C > col ? col : c_start + BLOCK_SIZE_C;

        if (r_start == 0 || c_start == 0 || r_end == row || c_end == col) {
            for (r = r_start; r < r_start + BLOCK_SIZE_R; ++r) {
                for (c = c_start; c < c_start + BLOCK_SIZE_C; ++c) {
                    /* Corner 1 */
                    if ((r == 0) && (c == 0)) {
                        delta = (Cap_1) * (power[0] +
                                           (temp[1] - temp[0]) * Rx_1 +
                                           (temp[col] - temp[0]) * Ry_1 +
                                           (amb_temp - temp[0]) * Rz_1);
                    } /* Corner 2 */
                    else if ((r == 0) && (c == col - 1)) {
                        delta = (Cap_1) * (power[c] +
                                           (temp[c - 1] - temp[c]) * Rx_1 +
                                           (temp[c + col] - temp[c]) * Ry_1 +
                                           (amb_temp - temp[c]) * Rz_1);
                    } /* Corner 3 */
                    else if ((r == row - 1) && (c == col - 1)) {
                        delta = (Cap_1) *
                                (power[r * col + c] +
                                 (temp[r * col + c - 1] - temp[r * col + c]) * Rx_1 +
                                 (temp[(r - 1) * col + c] - temp[r * col + c]) * Ry_1 +
                                 (amb_temp - temp[r * col + c]) * Rz_1);
                    } /* Corner 4	*/
                    else if ((r == row - 1) && (c == 0)) {
                        delta = (Cap_1) *
                                (power[r * col] +
                                 (temp[r * col + 1] - temp[r * col]) * Rx_1 +
                                 (temp[(r - 1) * col] - temp[r * col]) * Ry_1 +
                                 (amb_temp - temp[r * col]) * Rz_1);
                    } /* Edge 1 */
                    else if (r == 0) {
                        delta = (Cap_1) *
                                (power[c] +
                                 (temp[c + 1] + temp[c - 1] - 2.0 * temp[c]) * Rx_1 +
                                 (temp[col + c] - temp[c]) * Ry_1 +
                                 (amb_temp - temp[c]) * Rz_1);
                    } /* Edge 2 */
                    else if (c == col - 1) {
                        delta = (Cap_1) *
                                (power[r * col + c] +
                                 (temp[(r + 1) * col + c] + temp[(r - 1) * col + c] -
                                  2.0 * temp[r * col + c]) * Ry_1 +
                                 (temp[r * col + c - 1] - temp[r * col + c]) * Rx_1 +
                                 (amb_temp - temp[r * col + c]) * Rz_1);
                    } /* Edge 3 */
                    else if (r == row - 1) {
                        delta = (Cap_1) *
                                (power[r * col + c] +
                                 (temp[r * col + c + 1] + temp[r * col + c - 1] -
                                  2.0 * temp[r * col + c]) * Rx_1 +
                                 (temp[(r - 1) * col + c] - temp[r * col + c]) * Ry_1 +
                                 (amb_temp - temp[r * col + c]) * Rz_1);
                    } /* Edge 4 */
                    else if (c == 0) {
                        delta = (Cap_1) *
                                (power[r * col] +
                                 (temp[(r + 1) * col] + temp[(r - 1) * col] -
                                  2.0 * temp[r * col]) * Ry_1 +
                                 (temp[r * col + 1] - temp[r * col]) * Rx_1 +
                                 (amb_temp - temp[r * col]) * Rz_1);
                    } /* Inside: the original leaves delta stale here */
                    else {
                        delta = (Cap_1) *
                                (power[r * col + c] +
                                 (temp[(r + 1) * col + c] + temp[(r - 1) * col + c] -
                                  2.0 * temp[r * col + c]) * Ry_1 +
                                 (temp[r * col + c + 1] + temp[r * col + c - 1] -
                                  2.0 * temp[r * col + c]) * Rx_1 +
                                 (amb_temp - temp[r * col + c]) * Rz_1);
                    }
                    result[r * col + c] = temp[r * col + c] + delta;
                }
            }
            continue;
        }

        for (r = r_start; r < r_start + BLOCK_SIZE_R; ++r) {
            for (c = c_start; c < c_start + BLOCK_SIZE_C; ++c) {
                /* Update Temperatures */
                result[r * col + c] =
                    temp[r * col + c] +
                    (Cap_1 * (power[r * col + c] +
                              (temp[(r + 1) * col + c] + temp[(r - 1) * col + c] -
                               2.f * temp[r * col + c]) * Ry_1 +
                              (temp[r * col + c + 1] + temp[r * col + c - 1] -
                               2.f * temp[r * col + c]) * Rx_1 +
                              (amb_temp - temp[r * col + c]) * Rz_1));
            }
        }
    }
}

static void compute_tran_temp(FLOAT *result, int num_iterations, FLOAT *temp,
                              FLOAT *power, int row, int col)
{
    FLOAT grid_height = chip_height / row;
    FLOAT grid_width = chip_width / col;

    FLOAT Cap = FACTOR_CHIP * SPEC_HEAT_SI * t_chip * grid_width * grid_height;
    FLOAT Rx = grid_width / (2.0 * K_SI * t_chip * grid_height);
    FLOAT Ry = grid_height / (2.0 * K_SI * t_chip * grid_width);
    FLOAT Rz = t_chip / (K_SI * grid_height * grid_width);

    FLOAT max_slope = MAX_PD / (FACTOR_CHIP * t_chip * SPEC_HEAT_SI);
    FLOAT step = PRECISION / max_slope / 1000.0;

    FLOAT Rx_1 = 1.f / Rx;
    FLOAT Ry_1 = 1.f / Ry;
    FLOAT Rz_1 = 1.f / Rz;
    FLOAT Cap_1 = step / Cap;

    FLOAT *r = result;
    FLOAT *t = temp;
    for (int i = 0; i < num_iterations; i++) {
        single_iteration(r, t, power, row, col, Cap_1, Rx_1, Ry_1, Rz_1, step);
        FLOAT *tmp = t;
        t = r;
        r = tmp;
    }
}

int main(void)
{
    int row = 64, col = 64, n = row * col;
    FLOAT *temp = malloc(sizeof(FLOAT) * n);
    FLOAT *power = malloc(sizeof(FLOAT) * n);
    FLOAT *result = calloc((size_t)n, sizeof(FLOAT));
    for (int i = 0; i < n; i++) {
        temp[i] = 320.0f + (float)((i * 13) % 29);
        power[i] = (float)((i * 7) % 11) * 0.0001f;
    }
    compute_tran_temp(result, 5, temp, power, row, col);
    port_floats("temp", temp, (size_t)n, (size_t)col);
    port_floats("result", result, (size_t)n, (size_t)col);
    free(temp);
    free(power);
    free(result);
    return 0;
}
