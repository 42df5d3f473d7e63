/* e2e: nested pfor loops, loops in static functions. */
#include <stdio.h>

#define R 12
#define C 9

static double m[R][C];

static double row_total(int r)
{
    double s = 0;
#pragma pfor parallel for reduction(+ : s)
    for (int c = 0; c < C; c++)
        s += m[r][c];
    return s;
}

static inline long tri(int n)
{
    long t = 0;
#pragma pfor parallel for reduction(+ : t) workers(2)
    for (int k = 1; k <= n; k++)
        t += k;
    return t;
}

int main(void)
{
    double rows[R];
    long tris[R];

#pragma pfor parallel for collect(m)
    for (int r = 0; r < R; r++) {
#pragma pfor parallel for collect(m[r])
        for (int c = 0; c < C; c++)
            m[r][c] = r * C + c;
    }

#pragma pfor parallel for collect(rows, tris)
    for (int r = 0; r < R; r++) {
        rows[r] = row_total(r);
        tris[r] = tri(r);
    }

    double all = 0;
    long tt = 0;
    for (int r = 0; r < R; r++) {
        all += rows[r];
        tt += tris[r];
    }
    printf("nested %.0f %.0f %ld %ld\n", all, rows[R - 1], tt, tris[R - 1]);
    return 0;
}
