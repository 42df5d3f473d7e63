/* e2e (openmp): reductions whose floating-point results depend on the
 * order of the additions.  The process engine fixes that order (blocks,
 * then a tree); the openmp backend must give the same bits, whatever the
 * thread count and schedule: every result is printed in hex (%a).  The
 * serial build's last bits differ, so the process build is the reference
 * (compare_openmp.sh ... fp). */
#include <math.h>
#include <stdio.h>

#define N 100003 /* more iterations than the engine's 4096 blocks */

static double term(long i)
{
    return 1.0 / (double)(i + 1) * (i % 3 ? 1.0 : -0.999);
}

int main(void)
{
    double s1 = 0.125, s2 = 0, s3 = 0, s4 = 0, s5 = 0, p = 1.0;
    double mn = INFINITY, mx = -INFINITY;
    float f = 0.5f;
    long double ld = 0;
    double hist[16] = {0};
    double big[40000] = {0};
    long isum = 0;
    int n = N;

#pragma pfor parallel for reduction(+: s1)
    for (long i = 0; i < n; i++)
        s1 += term(i);
#pragma pfor parallel for reduction(+: s2) schedule(dynamic, 7)
    for (long i = 0; i < n; i++)
        s2 += term(i);
#pragma pfor parallel for reduction(+: s3) schedule(guided)
    for (long i = n - 1; i >= 0; i--)
        s3 += term(i);
#pragma pfor parallel for reduction(+: s4) schedule(static, 1000)
    for (long i = 0; i < n; i += 3)
        s4 += term(i);
    /* fewer iterations than blocks */
#pragma pfor parallel for reduction(+: s5) reduction(*: p)
    for (int i = 0; i < 777; i++) {
        s5 += term(i);
        p *= 1.0 + term(i) / 64;
    }
    /* min and max with a NaN among the values */
#pragma pfor parallel for reduction(min: mn) reduction(max: mx) schedule(dynamic)
    for (long i = 0; i < n; i++) {
        double v = i == 5000 ? NAN : sin((double)i);
        if (v < mn || mn != mn)
            mn = v;
        if (v > mx || mx != mx)
            mx = v;
    }
    /* other types, several reductions in one record */
#pragma pfor parallel for reduction(+: f, ld, isum) schedule(static)
    for (long i = 0; i < n; i++) {
        f += (float)term(i);
        ld += (long double)term(i);
        isum += i % 11;
    }
    /* an array section */
#pragma pfor parallel for reduction(+: hist[2:12])
    for (long i = 0; i < n; i++)
        hist[2 + i % 12] += term(i);
    /* a section so large that the budget lowers the block count */
#pragma pfor parallel for reduction(+: big[0:40000]) schedule(dynamic, 3)
    for (long i = 0; i < 20000; i++)
        big[(i * 7) % 40000] += term(i);
    /* zero trips: the variable keeps its value */
    double z = 42.5;
#pragma pfor parallel for reduction(+: z)
    for (int i = 0; i < n - N; i++)
        z += 1;

    double bs = 0;
    for (int i = 0; i < 40000; i++)
        bs += big[i] * (i % 5 + 1);
    printf("%a %a %a %a\n%a %a\n%a %a\n%a %La %ld\n", s1, s2, s3, s4, s5, p,
           mn, mx, (double)f, ld, isum);
    for (int i = 0; i < 16; i++)
        printf("%a%c", hist[i], i % 4 == 3 ? '\n' : ' ');
    printf("%a %a\n", bs, z);
    return 0;
}
