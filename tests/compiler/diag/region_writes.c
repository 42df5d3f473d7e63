/* In a region each worker has its own copy of every variable: a write by
 * the region's own code, by single (without copyprivate) or by master to
 * a variable declared outside the region stays in one worker. */
#include <stdio.h>
void f(double *a, int n)
{
    int steps = 0, count = 0, round = 0;
    double diff = 1, dt = 0;
#pragma pfor parallel
    {
        double mine = 0;
        steps = n;
        while (diff > 1e-3) {
#pragma pfor single
            {
                diff = 0;
                count++;
            }
#pragma pfor for reduction(max: diff) collect(a[0:n])
            for (int i = 0; i < n; i++) {
                a[i] /= 2;
                mine += a[i];
                if (a[i] > diff)
                    diff = a[i];
            }
#pragma pfor single copyprivate(dt)
            dt = diff / 2;
#pragma pfor master
            round++;
        }
        printf("%g %g\n", mine, dt);
    }
    printf("%d %d %d\n", steps, count, round);
}
