/* rd_backprop: Rodinia 3.1 Back Propagation (OpenMP version) on pfor.
 *
 * Origin: github.com/HPC-FAIR/rodinia_3.1, openmp/backprop/backprop.c,
 *   bpnn_layerforward and bpnn_adjust_weights,
 *   commit 366b283456506ef2fe2c2b7dc5e83e941ffc5524.
 * Licence: Rodinia licence (BSD-style), University of Virginia.
 *   Copyright (c)2008-2011 University of Virginia. All rights reserved.
 *   The licence text is in LICENSES.
 * Port: the two loops and their clauses as there, omp -> pfor; collect
 *   added (l2[0:n2+1]; the weight matrices as rows of row pointers,
 *   w[0:nly+1][0:ndelta+1]); K&R definitions written as prototypes. The
 *   network (sizes, weights, inputs) and output are ours.
 * Shapes: arrays of row pointers float **w, **oldw, allocated row by row,
 *   written down a column (iteration j writes w[k][j] for every k); 1-based
 *   loops (j = 1..n); reduction(+: sum) on a variable reset in every
 *   iteration and used as a per-iteration accumulator; firstprivate,
 *   shared, private, schedule(static).
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "port.h"

#define ETA 0.3      // eta value
#define MOMENTUM 0.3 // momentum value

static float squash(float x) { return (1.0 / (1.0 + exp(-x))); }

static float **alloc_rows(int m, int n)
{
    float **rows = malloc(sizeof(float *) * m);
    for (int i = 0; i < m; i++)
        rows[i] = malloc(sizeof(float) * n);
    return rows;
}

static void free_rows(float **rows, int m)
{
    for (int i = 0; i < m; i++)
        free(rows[i]);
    free(rows);
}

static void bpnn_layerforward(float *l1, float *l2, float **conn, int n1,
                              int n2)
{
    float sum;
    int j, k;

    /*** Set up thresholding unit ***/
    l1[0] = 1.0;
#pragma pfor parallel for shared(conn, n1, n2, l1) private(k, j) reduction(+: sum) schedule(static) collect(l2[0:n2+1])
    /*** For each unit in second layer ***/
    for (j = 1; j <= n2; j++) {

        /*** Compute weighted sum of its inputs ***/
        sum = 0.0;
        for (k = 0; k <= n1; k++) {
            sum += conn[k][j] * l1[k];
        }
        l2[j] = squash(sum);
    }
}

static void bpnn_adjust_weights(float *delta, int ndelta, float *ly, int nly,
                                float **w, float **oldw)
{
    float new_dw;
    int k, j;
    ly[0] = 1.0;

#pragma pfor parallel for shared(oldw, w, delta) private(j, k, new_dw) firstprivate(ndelta, nly) collect(w[0:nly+1][0:ndelta+1], oldw[0:nly+1][0:ndelta+1])
    for (j = 1; j <= ndelta; j++) {
        for (k = 0; k <= nly; k++) {
            new_dw = ((ETA * delta[j] * ly[k]) + (MOMENTUM * oldw[k][j]));
            w[k][j] += new_dw;
            oldw[k][j] = new_dw;
        }
    }
}

int main(void)
{
    int in = 64, hid = 16;
    float *input = malloc(sizeof(float) * (in + 1));
    float *hidden = calloc((size_t)hid + 1, sizeof(float));
    float *delta = malloc(sizeof(float) * (hid + 1));
    float **weights = alloc_rows(in + 1, hid + 1);
    float **prev = alloc_rows(in + 1, hid + 1);
    for (int k = 0; k <= in; k++) {
        input[k] = (float)((k * 7) % 10) / 10.0f;
        for (int j = 0; j <= hid; j++) {
            weights[k][j] = (float)((k * 3 + j * 5) % 17) / 32.0f - 0.25f;
            prev[k][j] = 0.0f;
        }
    }
    for (int round = 0; round < 3; round++) {
        bpnn_layerforward(input, hidden, weights, in, hid);
        for (int j = 0; j <= hid; j++)
            delta[j] = 0.5f - hidden[j] + (float)j / 64.0f;
        bpnn_adjust_weights(delta, hid, input, in, weights, prev);
    }
    port_floats("hidden", hidden, (size_t)hid + 1, 0);
    for (int k = 0; k <= in; k += 16) {
        char name[32];
        snprintf(name, sizeof name, "w[%d]", k);
        port_floats(name, weights[k], (size_t)hid + 1, 0);
        snprintf(name, sizeof name, "oldw[%d]", k);
        port_floats(name, prev[k], (size_t)hid + 1, 0);
    }
    unsigned long long h = PORT_FNV_INIT;
    for (int k = 0; k <= in; k++)
        h = port_fnv(weights[k], sizeof(float) * (hid + 1), h);
    printf("all weights hash=%016llx\n", h);
    free_rows(weights, in + 1);
    free_rows(prev, in + 1);
    free(input);
    free(hidden);
    free(delta);
    return 0;
}
