/* jb_julia: John Burkardt's JULIA_SET_OPENMP on pfor.
 *
 * Origin: github.com/gaming-hacker/jburkardt_c_src (a copy of
 *   people.sc.fsu.edu/~jburkardt/c_src), julia_set_openmp/julia_set_openmp.c,
 *   julia_set and julia, commit bc31f977fd8ed639378ad886fb8d63c34942b9dc.
 * Licence: GNU LGPL ("This code is distributed under the GNU LGPL
 *   license", LGPL 2.1 in the repository); author John Burkardt; the file
 *   has no copyright line. This port is distributed under the same licence
 *   (see LICENSES).
 * Port: the `omp parallel shared(...) private(...)` region around one
 *   `omp for` is one `parallel for` with the region's clauses; omp -> pfor;
 *   collect(rgb[0:w*h*3]) added. Sizes and output (a hash, not a TGA file)
 *   are ours.
 * Shapes: a flat byte image written at k = 3 * (j * w + i) (iteration j
 *   writes 3 * w bytes); a pure callee; private temporaries k, juliaValue.
 */
#include <stdio.h>
#include <stdlib.h>

#include "port.h"

static int julia(int w, int h, float xl, float xr, float yb, float yt, int i,
                 int j)
{
    float ai;
    float ar;
    float ci = 0.156;
    float cr = -0.8;
    int k;
    float t;
    float x;
    float y;
    /*
      Convert (I,J) indices to (X,Y) coordinates.
    */
    x = ((float)(w - i - 1) * xl + (float)(i)*xr) / (float)(w - 1);

    y = ((float)(h - j - 1) * yb + (float)(j)*yt) / (float)(h - 1);
    /*
      Think of (X,Y) as real and imaginary components of
      a complex number A = x + y*i.
    */
    ar = x;
    ai = y;
    /*
      A -> A * A + C
    */
    for (k = 0; k < 200; k++) {
        t = ar * ar - ai * ai + cr;
        ai = ar * ai + ai * ar + ci;
        ar = t;
        /*
          if 1000 < ||A||, reject the point.
        */
        if (1000 < ar * ar + ai * ai) {
            return 0;
        }
    }

    return 1;
}

static unsigned char *julia_set(int w, int h, float xl, float xr, float yb,
                                float yt)
{
    int i;
    int j;
    int juliaValue;
    int k;
    unsigned char *rgb;

    rgb = (unsigned char *)malloc(w * h * 3 * sizeof(unsigned char));

#pragma pfor parallel for shared(h, w, xl, xr, yb, yt) private(i, j, k, juliaValue) collect(rgb[0:w*h*3])
    for (j = 0; j < h; j++) {
        for (i = 0; i < w; i++) {
            juliaValue = julia(w, h, xl, xr, yb, yt, i, j);

            k = 3 * (j * w + i);

            rgb[k] = 255 * (1 - juliaValue);
            rgb[k + 1] = 255 * (1 - juliaValue);
            rgb[k + 2] = 255;
        }
    }

    return rgb;
}

int main(void)
{
    int w = 160, h = 120;
    unsigned char *rgb = julia_set(w, h, -1.5, 1.5, -1.5, 1.5);
    port_bytes("rgb", rgb, (size_t)w * h * 3, (size_t)w * 3);
    free(rgb);
    return 0;
}
