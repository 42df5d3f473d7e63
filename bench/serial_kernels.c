/* serial_kernels.c - the loops bench_serial times, annotated as a user
 * writes them; built through pforc (bench/CMakeLists.txt), so they run
 * the generated code's serial path: the adaptive rule keeps loops this
 * small in the parent. */
#include "serial_kernels.h"

double pf_dot(const double *x, const double *y, int n)
{
    double sum = 0;
#pragma pfor parallel for reduction(+ : sum)
    for (int i = 0; i < n; i++)
        sum += x[i] * y[i];
    return sum;
}

void pf_axpy(double *y, const double *x, double a, int n)
{
#pragma pfor parallel for collect(y[0:n])
    for (int i = 0; i < n; i++)
        y[i] += a * x[i];
}

long pf_count(const double *x, int n, double below)
{
    long count = 0;
#pragma pfor parallel for reduction(+ : count)
    for (int i = 0; i < n; i++)
        count += x[i] < below;
    return count;
}
