/* e2e: map, with every clause; results land in iteration order. */
#include <math.h>
#include <stdio.h>

#define N 257

static double slow_square(double x)
{
    double r = 0;
    for (int k = 0; k < 100; k++)
        r += x * x / 100;
    return r;
}

static long digits(long v, int base)
{
    long n = 0;
    do {
        n++;
        v /= base;
    } while (v);
    return n;
}

static void touch(int i)
{
    (void)i;
}

int main(void)
{
    static double sq[N];
    static long dg[N];
    int base = 7;

#pragma pfor map workers(3) chunksize(5) retries(1) timeout(120) progress
    for (int i = N - 1; i >= 0; i--) {
        dg[i] = digits(1000L * i + 1, base);
    }

#pragma pfor map
    for (int i = 0; i < N; i++)
        sq[i] = slow_square(i);

#pragma pfor map chunksize(1)
    for (int i = 0; i < 10; i++)
        touch(i);

    double s = 0;
    unsigned long d = 0;
    for (int i = 0; i < N; i++) {
        s += sq[i];
        d = d * 31 + dg[i];
    }
    printf("map %.2f %.2f %lu %ld\n", s, sq[N - 1], d % 1000003, dg[200]);
    return 0;
}
