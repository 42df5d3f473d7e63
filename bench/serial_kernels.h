/* serial_kernels.h - bench_serial's annotated loops (serial_kernels.c). */
#ifndef PFOR_SERIAL_KERNELS_H
#define PFOR_SERIAL_KERNELS_H

double pf_dot(const double *x, const double *y, int n);
void pf_axpy(double *y, const double *x, double a, int n);
long pf_count(const double *x, int n, double below);

#endif
