/* pb_deriche: PolyBench/C 4.2.1 deriche (OpenMP version) on pfor.
 *
 * Origin: github.com/EEESlab/PolyBenchC-4.2.1-OpenMP,
 *   medley/deriche/deriche-omp.c, kernel_deriche,
 *   commit f845ba26130a7d94e978486bc9e94801a45b29ba.
 * Licence: Ohio State University Software Distribution License (PolyBench/C).
 *   Copyright (c) 2010-2016, Ohio State University. All rights reserved.
 *   The licence text, with its capitalized paragraph, is in LICENSES.
 * Port: the six loops and their clauses as there, omp -> pfor; collect()
 *   sections added. DATA_TYPE is float, as in PolyBench's deriche. Harness
 *   is ours.
 * Shapes: row passes (iteration i writes row i) and column passes
 *   (iteration j writes y1[i][j], y2[i][j] for every i: column writes
 *   inside an inner loop); private temporaries declared in the body;
 *   private(j), private(i).
 */
#include <math.h>
#include <stdio.h>

#include "port.h"

#define W 64
#define H 48

static void kernel_deriche(int w, int h, float alpha, float imgIn[W][H],
                           float imgOut[W][H], float y1[W][H],
                           float y2[W][H])
{
    int i, j;
    float k;
    float a1, a2, a3, a4, a5, a6, a7, a8;
    float b1, b2, c1, c2;

    k = (1.0f - expf(-alpha)) * (1.0f - expf(-alpha)) /
        (1.0f + 2.0f * alpha * expf(-alpha) - expf(2.0f * alpha));
    a1 = a5 = k;
    a2 = a6 = k * expf(-alpha) * (alpha - 1.0f);
    a3 = a7 = k * expf(-alpha) * (alpha + 1.0f);
    a4 = a8 = -k * expf(-2.0f * alpha);
    b1 = powf(2.0f, -alpha);
    b2 = -expf(-2.0f * alpha);
    c1 = c2 = 1;

    /* Horizontal pass: each row i is independent */
#pragma pfor parallel for private(j) collect(y1[0:w])
    for (i = 0; i < w; i++) {
        float ym1 = 0.0f;
        float ym2 = 0.0f;
        float xm1 = 0.0f;
        for (j = 0; j < h; j++) {
            y1[i][j] = a1 * imgIn[i][j] + a2 * xm1 + b1 * ym1 + b2 * ym2;
            xm1 = imgIn[i][j];
            ym2 = ym1;
            ym1 = y1[i][j];
        }
    }

#pragma pfor parallel for private(j) collect(y2[0:w])
    for (i = 0; i < w; i++) {
        float yp1 = 0.0f;
        float yp2 = 0.0f;
        float xp1 = 0.0f;
        float xp2 = 0.0f;
        for (j = h - 1; j >= 0; j--) {
            y2[i][j] = a3 * xp1 + a4 * xp2 + b1 * yp1 + b2 * yp2;
            xp2 = xp1;
            xp1 = imgIn[i][j];
            yp2 = yp1;
            yp1 = y2[i][j];
        }
    }

#pragma pfor parallel for private(j) collect(imgOut[0:w])
    for (i = 0; i < w; i++)
        for (j = 0; j < h; j++) {
            imgOut[i][j] = c1 * (y1[i][j] + y2[i][j]);
        }

    /* Vertical pass: each column j is independent */
#pragma pfor parallel for private(i) collect(y1[0:w])
    for (j = 0; j < h; j++) {
        float tm1 = 0.0f;
        float ym1 = 0.0f;
        float ym2 = 0.0f;
        for (i = 0; i < w; i++) {
            y1[i][j] = a5 * imgOut[i][j] + a6 * tm1 + b1 * ym1 + b2 * ym2;
            tm1 = imgOut[i][j];
            ym2 = ym1;
            ym1 = y1[i][j];
        }
    }

#pragma pfor parallel for private(i) collect(y2[0:w])
    for (j = 0; j < h; j++) {
        float tp1 = 0.0f;
        float tp2 = 0.0f;
        float yp1 = 0.0f;
        float yp2 = 0.0f;
        for (i = w - 1; i >= 0; i--) {
            y2[i][j] = a7 * tp1 + a8 * tp2 + b1 * yp1 + b2 * yp2;
            tp2 = tp1;
            tp1 = imgOut[i][j];
            yp2 = yp1;
            yp1 = y2[i][j];
        }
    }

#pragma pfor parallel for private(j) collect(imgOut[0:w])
    for (i = 0; i < w; i++)
        for (j = 0; j < h; j++)
            imgOut[i][j] = c2 * (y1[i][j] + y2[i][j]);
}

int main(void)
{
    /* static locals: y1 at file scope would clash with <math.h>'s y1() */
    static float imgIn[W][H], imgOut[W][H], y1[W][H], y2[W][H];

    for (int i = 0; i < W; i++)
        for (int j = 0; j < H; j++)
            imgIn[i][j] = (float)((313 * i + 991 * j) % 65536) / 65535.0f;
    kernel_deriche(W, H, 0.25f, imgIn, imgOut, y1, y2);
    port_floats("y1", &y1[0][0], (size_t)W * H, H);
    port_floats("y2", &y2[0][0], (size_t)W * H, H);
    port_floats("imgOut", &imgOut[0][0], (size_t)W * H, H);
    return 0;
}
