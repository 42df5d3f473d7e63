/* rg_convergence: a convergence loop whose `while` test reads a reduction,
 * inside one parallel region (issue 12).
 *
 * Kernel: the iteration of John Burkardt's HEATED_PLATE_OPENMP
 *   (github.com/gaming-hacker/jburkardt_c_src,
 *   heated_plate_openmp/heated_plate_openmp.c, commit
 *   bc31f977fd8ed639378ad886fb8d63c34942b9dc): save w in u, average the
 *   four neighbours, stop when the largest change is below epsilon.
 * Licence: GNU LGPL (the original says "This code is distributed under the
 *   GNU LGPL license"); author John Burkardt. This program is distributed
 *   under the same licence (see ../ports/LICENSES).
 * Region version (ours): the whole `while` loop runs in every worker inside
 *   one `pfor parallel`. diff is shared (declared before the region): each
 *   iteration `pfor single` resets it to 0, the reduction(max: diff) loop
 *   combines into it, and every worker reads the result in the `while`
 *   test, so all take the same decision; another `pfor single` counts the
 *   iterations and prints the progress lines. The original instead leaves
 *   and re-enters a region at each iteration and reduces with a private
 *   my_diff and `omp critical`.
 * Valid serial C and valid OpenMP with omp for pfor.
 */
#include <math.h>
#include <stdio.h>

#include "../ports/port.h"

#define M 48
#define N 40

static double u[M][N];
static double w[M][N];

int main(void)
{
    double epsilon = 0.02;

    for (int i = 0; i < M; i++)
        for (int j = 0; j < N; j++)
            w[i][j] = (i == 0) ? 0.0
                      : (i == M - 1 || j == 0 || j == N - 1) ? 100.0
                                                              : 50.0;
    double diff = epsilon;
    int iterations = 0;
    int iterations_print = 1;
#pragma pfor parallel
    {
        while (epsilon <= diff) {
#pragma pfor for collect(u)
            for (int i = 0; i < M; i++)
                for (int j = 0; j < N; j++)
                    u[i][j] = w[i][j];
#pragma pfor for collect(w)
            for (int i = 1; i < M - 1; i++)
                for (int j = 1; j < N - 1; j++)
                    w[i][j] = (u[i - 1][j] + u[i + 1][j] + u[i][j - 1] +
                               u[i][j + 1]) / 4.0;
#pragma pfor single
            diff = 0.0;
#pragma pfor for reduction(max: diff)
            for (int i = 1; i < M - 1; i++)
                for (int j = 1; j < N - 1; j++)
                    if (diff < fabs(w[i][j] - u[i][j]))
                        diff = fabs(w[i][j] - u[i][j]);
#pragma pfor single
            {
                iterations++;
                if (iterations == iterations_print) {
                    printf("  %8d  %a\n", iterations, diff);
                    iterations_print = 2 * iterations_print;
                }
            }
        }
#pragma pfor single
        printf("  %8d  %a  converged\n", iterations, diff);
    }
    printf("after the region: diff %a\n", diff);
    port_doubles("w", &w[0][0], (size_t)M * N, N);
    port_doubles("u", &u[0][0], (size_t)M * N, N);
    return 0;
}
