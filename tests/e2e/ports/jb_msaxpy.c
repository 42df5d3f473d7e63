/* jb_msaxpy: SGEFA_OPENMP's MSAXPY (Wesley Petersen, John Burkardt) on pfor.
 *
 * Origin: github.com/gaming-hacker/jburkardt_c_src (a copy of
 *   people.sc.fsu.edu/~jburkardt/c_src), sgefa_openmp/sgefa_openmp.c,
 *   msaxpy and the call in msgefa,
 *   commit bc31f977fd8ed639378ad886fb8d63c34942b9dc.
 * Licence: GNU LGPL ("This code is distributed under the GNU LGPL
 *   license", LGPL 2.1 in the repository); msaxpy by Wesley Petersen; the
 *   file has no copyright line. This port is distributed under the same
 *   licence (see LICENSES).
 * Port: the `omp parallel shared(...) private(i, j)` region around one
 *   `omp for` is one `parallel for` with the region's clauses; omp -> pfor;
 *   collect(y[0:nr+(nc-1)*n]) added. The elimination that calls it is a
 *   plain one of ours (no pivoting: LINPACK's isamax/sscal/sswap are not
 *   ported); sizes and output are ours.
 * Shapes: a column-major flat matrix written at y[i+j*n] through a pointer
 *   into the middle of the caller's array (y = a + kp1 + kp1*lda), so the
 *   collected section starts inside the matrix; n-1 parallel loops.
 */
#include <stdio.h>
#include <stdlib.h>

#include "port.h"

static void msaxpy(int nr, int nc, float a[], int n, float x[], float y[])
{
    int i, j;

#pragma pfor parallel for shared(a, nc, nr, x, y) private(i, j) collect(y[0:nr+(nc-1)*n])
    for (j = 0; j < nc; j++) {
        for (i = 0; i < nr; i++) {
            y[i + j * n] += a[j * n] * x[i];
        }
    }
}

/* Our elimination without pivoting, with msgefa's msaxpy call. */
static void eliminate(float a[], int lda, int n)
{
    for (int k = 0; k < n - 1; k++) {
        int kp1 = k + 1;
        float t = -1.0f / a[k + k * lda];
        for (int i = kp1; i < n; i++)
            a[i + k * lda] *= t;
        msaxpy(n - k - 1, n - k - 1, a + k + kp1 * lda, n, a + kp1 + k * lda,
               a + kp1 + kp1 * lda);
    }
}

int main(void)
{
    int n = 80;
    float *a = malloc(sizeof(float) * n * n);
    for (int j = 0; j < n; j++)
        for (int i = 0; i < n; i++)
            a[i + j * n] = i == j ? (float)n : (float)((i * 3 + j * 7) % 10) / 8.0f;
    eliminate(a, n, n);
    port_floats("a", a, (size_t)n * n, (size_t)n);
    free(a);
    return 0;
}
