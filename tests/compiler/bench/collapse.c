/* collapse.c - the cost of pforc's collapse(2) lowering per iteration,
 * against the same nest written by hand: the plain nested loops, and a
 * hand-collapsed flat loop that divides per iteration (i = k / C,
 * j = k % C).  Not a test (no timed assertion): run collapse.sh, which
 * builds this file three ways and prints the medians side by side.
 * Built through pforc, the pragma loops run the lowering; built with plain
 * cc they are the serial nest. */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#ifndef R
#define R 2000
#endif
#ifndef C
#define C 1500
#endif
static float a[R][C], b[R][C];

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec * 1e-9;
}

static void nest(float s)
{
#pragma pfor parallel for collapse(2) collect(a)
    for (int i = 0; i < R; i++)
        for (int j = 0; j < C; j++)
            a[i][j] = b[i][j] * s + (float)(i - j);
}

static void flat_by_hand(float s)
{
    for (long k = 0; k < (long)R * C; k++) {
        long i = k / C, j = k % C;
        a[i][j] = b[i][j] * s + (float)(i - j);
    }
}

static void outer_only(float s)
{
#pragma pfor parallel for collect(a)
    for (int i = 0; i < R; i++)
        for (int j = 0; j < C; j++)
            a[i][j] = b[i][j] * s + (float)(i - j);
}

static int cmp(const void *x, const void *y)
{
    double p = *(const double *)x, q = *(const double *)y;
    return p < q ? -1 : p > q;
}

static double median(void (*f)(float), int reps)
{
    double t[64];
    for (int r = 0; r < reps; r++) {
        double t0 = now();
        f(1.0f + r * 1e-3f);
        t[r] = now() - t0;
    }
    qsort(t, (size_t)reps, sizeof t[0], cmp);
    return t[reps / 2];
}

int main(int argc, char **argv)
{
    int reps = argc > 1 ? atoi(argv[1]) : 15;
    if (reps < 1 || reps > 64)
        reps = 15;
    for (int i = 0; i < R; i++)
        for (int j = 0; j < C; j++)
            b[i][j] = (float)((i * 7 + j) % 13);
    nest(1.0f); /* first touch of a, outside the timings */
    double n = (double)R * C;
    printf("nest        %.3f ns/iteration\n", median(nest, reps) / n * 1e9);
    printf("outer only  %.3f ns/iteration\n",
           median(outer_only, reps) / n * 1e9);
    printf("flat (div)  %.3f ns/iteration\n",
           median(flat_by_hand, reps) / n * 1e9);
    printf("check %g\n", (double)a[R / 2][C / 3]);
    return 0;
}
