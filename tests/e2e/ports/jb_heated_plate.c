/* jb_heated_plate: John Burkardt's HEATED_PLATE_OPENMP on pfor.
 *
 * Origin: github.com/gaming-hacker/jburkardt_c_src (a copy of
 *   people.sc.fsu.edu/~jburkardt/c_src),
 *   heated_plate_openmp/heated_plate_openmp.c, main,
 *   commit bc31f977fd8ed639378ad886fb8d63c34942b9dc.
 * Licence: GNU LGPL ("This code is distributed under the GNU LGPL
 *   license", LGPL 2.1 in the repository); author John Burkardt; the file
 *   has no copyright line. This port is distributed under the same licence
 *   (see LICENSES).
 * Port: each `omp parallel shared(...) private(...)` region of `omp for`
 *   loops is written as one `parallel for` per loop carrying the region's
 *   clauses; omp -> pfor; collect(w)/collect(u) added. One rewrite: the
 *   maximum change is computed in the original with a private my_diff and
 *   `omp critical` ("C and C++ cannot compute a maximum as a reduction
 *   operation", which OpenMP 3.1 has since allowed); pfor has no critical,
 *   so that region is one `parallel for reduction(max: diff)`. M, N,
 *   epsilon and the printed output are ours.
 * Shapes: boundary writes w[i][0], w[i][N-1] (row i) and w[M-1][j], w[0][j]
 *   (one row, element j); sum reductions; a convergence `while` whose test
 *   reads a max reduction, around three parallel loops.
 */
#include <math.h>
#include <stdio.h>

#include "port.h"

#define M 40
#define N 48

int main(void)
{
    double diff;
    double epsilon = 0.05;
    int i;
    int iterations;
    int iterations_print;
    int j;
    double mean;
    static double u[M][N];
    static double w[M][N];

    /*
      Set the boundary values, which don't change.
    */
    mean = 0.0;

#pragma pfor parallel for shared(w) private(i, j) collect(w)
    for (i = 1; i < M - 1; i++) {
        w[i][0] = 100.0;
    }
#pragma pfor parallel for shared(w) private(i, j) collect(w)
    for (i = 1; i < M - 1; i++) {
        w[i][N - 1] = 100.0;
    }
#pragma pfor parallel for shared(w) private(i, j) collect(w)
    for (j = 0; j < N; j++) {
        w[M - 1][j] = 100.0;
    }
#pragma pfor parallel for shared(w) private(i, j) collect(w)
    for (j = 0; j < N; j++) {
        w[0][j] = 0.0;
    }
    /*
      Average the boundary values, to come up with a reasonable
      initial value for the interior.
    */
#pragma pfor parallel for shared(w) private(i, j) reduction(+ : mean)
    for (i = 1; i < M - 1; i++) {
        mean = mean + w[i][0] + w[i][N - 1];
    }
#pragma pfor parallel for shared(w) private(i, j) reduction(+ : mean)
    for (j = 0; j < N; j++) {
        mean = mean + w[M - 1][j] + w[0][j];
    }

    mean = mean / (double)(2 * M + 2 * N - 4);
    printf("  MEAN = %f\n", mean);
    /*
      Initialize the interior solution to the mean value.
    */
#pragma pfor parallel for shared(mean, w) private(i, j) collect(w)
    for (i = 1; i < M - 1; i++) {
        for (j = 1; j < N - 1; j++) {
            w[i][j] = mean;
        }
    }
    /*
      iterate until the  new solution W differs from the old solution U
      by no more than EPSILON.
    */
    iterations = 0;
    iterations_print = 1;
    printf(" Iteration  Change\n");

    diff = epsilon;

    while (epsilon <= diff) {
        /*
          Save the old solution in U.
        */
#pragma pfor parallel for shared(u, w) private(i, j) collect(u)
        for (i = 0; i < M; i++) {
            for (j = 0; j < N; j++) {
                u[i][j] = w[i][j];
            }
        }
        /*
          Determine the new estimate of the solution at the interior points.
          The new solution W is the average of north, south, east and west
          neighbors.
        */
#pragma pfor parallel for shared(u, w) private(i, j) collect(w)
        for (i = 1; i < M - 1; i++) {
            for (j = 1; j < N - 1; j++) {
                w[i][j] = (u[i - 1][j] + u[i + 1][j] + u[i][j - 1] + u[i][j + 1]) / 4.0;
            }
        }
        /* the original: a private my_diff per thread, then critical */
        diff = 0.0;
#pragma pfor parallel for shared(u, w) private(i, j) reduction(max : diff)
        for (i = 1; i < M - 1; i++) {
            for (j = 1; j < N - 1; j++) {
                if (diff < fabs(w[i][j] - u[i][j])) {
                    diff = fabs(w[i][j] - u[i][j]);
                }
            }
        }
        iterations++;
        if (iterations == iterations_print) {
            printf("  %8d  %f\n", iterations, diff);
            iterations_print = 2 * iterations_print;
        }
    }
    printf("  %8d  %f\n", iterations, diff);
    port_doubles("w", &w[0][0], (size_t)M * N, N);
    port_doubles("u", &u[0][0], (size_t)M * N, N);
    return 0;
}
