/* rg_orphan: orphaned `pfor for` loops in functions called both inside and
 * outside a parallel region (issue 12). Our own program.
 *
 * smooth() holds an orphaned `pfor for` that writes dst[1..n-2] (pointer
 * parameters, so a section); count_above() holds an orphaned `pfor for`
 * reducing into the file-scope counter `above`. Outside a region each is a
 * plain `parallel for`; called from inside `pfor parallel` each shares its
 * iterations among the team. The region also calls smooth() from a
 * function that is itself called in the region (two levels down).
 * Valid serial C and valid OpenMP with omp for pfor.
 */
#include <stdio.h>

#include "../ports/port.h"

#define N 3000
#define STEPS 25

static double a[N], b[N];
static long above;

static void smooth(double *dst, const double *src, int n)
{
#pragma pfor for collect(dst[0:n])
    for (int i = 1; i < n - 1; i++)
        dst[i] = (src[i - 1] + 2.0 * src[i] + src[i + 1]) / 4.0;
}

static void count_above(const double *x, int n, double threshold)
{
#pragma pfor for reduction(+: above)
    for (int i = 0; i < n; i++)
        if (x[i] > threshold)
            above++;
}

static void two_steps(void)
{
    smooth(a, b, N);
    smooth(b, a, N);
}

int main(void)
{
    for (int i = 0; i < N; i++)
        a[i] = (i % 100 < 50) ? 1.0 : 0.0;
    b[0] = a[0];
    b[N - 1] = a[N - 1];

    /* outside any region: plain parallel loops */
    smooth(b, a, N);
    above = 0;
    count_above(b, N, 0.5);
    printf("before: %ld above 0.5\n", above);

    above = 0;
#pragma pfor parallel
    {
        for (int t = 0; t < STEPS; t++)
            two_steps();
        count_above(b, N, 0.75);
    }
    printf("in the region: %ld above 0.75\n", above);

    above = 0;
    count_above(b, N, 0.25);
    printf("after: %ld above 0.25\n", above);
    port_doubles("a", a, N, 0);
    port_doubles("b", b, N, 0);
    return 0;
}
