/* pb_nussinov: PolyBench/C 4.2.1 nussinov (OpenMP version) on pfor.
 *
 * Origin: github.com/EEESlab/PolyBenchC-4.2.1-OpenMP,
 *   medley/nussinov/nussinov-omp.c, kernel_nussinov,
 *   commit f845ba26130a7d94e978486bc9e94801a45b29ba.
 * Licence: Ohio State University Software Distribution License (PolyBench/C).
 *   Copyright (c) 2010-2016, Ohio State University. All rights reserved.
 *   The licence text, with its capitalized paragraph, is in LICENSES.
 * Port: the wavefront loop and its clauses as there, omp -> pfor,
 *   collect(table[0:n]) added. Harness is ours.
 * Shapes: a descending loop (i from n-1-d down to 0) inside a serial loop
 *   over anti-diagonals (N-1 parallel loops); j = i + d assigned in the body
 *   (a private temporary); a block-local int; private(j, k).
 */
#include <stdio.h>

#include "port.h"

#define N 90

typedef char base;

static void kernel_nussinov(int n, base seq[N], int table[N][N])
{
    int i, j, k, d;

    for (d = 1; d < n; d++) {
#pragma pfor parallel for private(j, k) collect(table[0:n])
        for (i = n - 1 - d; i >= 0; i--) {
            j = i + d;

            if (j - 1 >= 0)
                if (table[i][j - 1] > table[i][j])
                    table[i][j] = table[i][j - 1];
            if (i + 1 < n)
                if (table[i + 1][j] > table[i][j])
                    table[i][j] = table[i + 1][j];

            if (j - 1 >= 0 && i + 1 < n) {
                /* don't allow adjacent elements to bond */
                if (i < j - 1) {
                    int m_val;
                    if (((seq[i]) + (seq[j])) == 3)
                        m_val = 1;
                    else
                        m_val = 0;
                    if (table[i + 1][j - 1] + m_val > table[i][j])
                        table[i][j] = table[i + 1][j - 1] + m_val;
                } else {
                    if (table[i + 1][j - 1] > table[i][j])
                        table[i][j] = table[i + 1][j - 1];
                }
            }

            for (k = i + 1; k < j; k++) {
                if (table[i][k] + table[k + 1][j] > table[i][j])
                    table[i][j] = table[i][k] + table[k + 1][j];
            }
        }
    }
}

static base seq[N];
static int table[N][N];

int main(void)
{
    for (int i = 0; i < N; i++)
        seq[i] = (base)((i * 7 + i / 3) % 4);
    kernel_nussinov(N, seq, table);
    port_ints("table", &table[0][0], (size_t)N * N, N);
    return 0;
}
