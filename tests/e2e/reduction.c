/* e2e: reduction with every operator, several types, an array section. */
#include <stdio.h>

#define N 1000

int main(void)
{
    long isum = 5, iprod = 1, isub = 0;
    double dsum = 0.5, dmin = 1e9, dmax = -1e9;
    float fsum = 0;
    unsigned band = 0xffffffffu, bor = 0, bxor = 0;
    int land = 1, lor = 0, imin = 1 << 30, imax = -(1 << 30);
    long hist[8] = {1, 1, 1, 1, 1, 1, 1, 1};

#pragma pfor parallel for reduction(+: isum, dsum, fsum) reduction(-: isub) \
    reduction(min: dmin, imin) reduction(max: dmax, imax)
    for (int i = 0; i < N; i++) {
        isum += i;
        dsum += i * 0.25;
        fsum += (float)(i % 7);
        isub -= 2 * i;
        double v = (i * 37) % 101 - 50.0;
        if (v < dmin)
            dmin = v;
        if (v > dmax)
            dmax = v;
        imin = (i * 13) % 97 < imin ? (i * 13) % 97 : imin;
        imax = (i * 13) % 97 > imax ? (i * 13) % 97 : imax;
    }
#pragma pfor parallel for reduction(*: iprod) reduction(&: band) \
    reduction(|: bor) reduction(^: bxor) reduction(&&: land) reduction(||: lor)
    for (int i = 1; i <= 20; i++) {
        if (i % 5 == 0)
            iprod *= 2;
        band &= ~(1u << i);
        bor |= 1u << i;
        bxor ^= (unsigned)i * 2654435761u;
        land = land && i > 0;
        lor = lor || i == 17;
    }
#pragma pfor parallel for reduction(+ : hist [2:5])
    for (int i = 0; i < N; i++)
        hist[2 + i % 5] += 1;

    printf("sum %ld %.3f %.1f sub %ld\n", isum, dsum, fsum, isub);
    printf("min/max %.1f %.1f %d %d\n", dmin, dmax, imin, imax);
    printf("prod %ld bits %x %x %x logic %d %d\n", iprod, band, bor, bxor, land,
           lor);
    for (int k = 0; k < 8; k++)
        printf("hist[%d] = %ld\n", k, hist[k]);
    return 0;
}
