/* ex_induction: OpenMP Examples induction.1, case 3, on pfor.
 *
 * Origin: github.com/OpenMP/Examples,
 *   data_environment/sources/induction.1.c, comp_poly() case 3,
 *   commit 415024c36902acc179108369ff56faf86ec468e2.
 * Licence: OpenMP Examples licence (BSD-style, OpenMP Architecture Review
 *   Board). Copyright (c) 1997-2024 OpenMP Architecture Review Board. All
 *   rights reserved. The licence text is in LICENSES.
 * Port: case 3 (the closed form: reduction(+: result) lastprivate(xi)) as
 *   there, omp -> pfor. Cases 1 and 2 use induction() and an inscan
 *   reduction with `omp scan`, which pfor does not have; they are not
 *   ported. The main with the coefficients is ours.
 * Shapes: a floating-point reduction (printed to 6 digits, as the original
 *   prints it) and lastprivate of a variable computed in the body.
 */
#include <math.h>
#include <stdio.h>

static void comp_poly(int N, double x, double c[])
{
    double x0 = 1.0; // initial value x^0 == 1
    double xi;       // x^i
    double result;   // accumulator for the result

    // Case 3: closed form
    result = 0.0;
#pragma pfor parallel for reduction(+: result) lastprivate(xi)
    for (int i = 0; i < N; i++) {
        xi = x0 * pow(x, i); // induction operation in closed form
        result += c[i] * xi;
        xi *= x;
    }
    printf("C3: result = %f, xn = %f\n", result, xi);
}

int main(void)
{
    enum { N = 40 };
    double c[N];
    for (int i = 0; i < N; i++)
        c[i] = (double)((i * 5) % 7) - 3.0;
    comp_poly(N, 1.05, c);
    comp_poly(N, 0.5, c);
    return 0;
}
