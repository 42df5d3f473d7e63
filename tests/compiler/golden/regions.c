/* golden: a parallel region: workers, if and retries on the team; a `for`
 * sharing its iterations (reduction, collect, nowait, lastprivate); single
 * with copyprivate and nowait; master; barrier; a parallel for inside the
 * region; an orphaned for in a function called from it. */
#include <stdio.h>
#define N 1000
static double xs[N], ys[N];
static long hits;
void count_hits(int n)
{
#pragma pfor for reduction(+: hits) schedule(static, 16)
    for (int i = 0; i < n; i++)
        hits += xs[i] > 0.5;
}
double solve(int steps, int nw)
{
    double diff = 1, dt = 0, last = 0;
#pragma pfor parallel num_threads(nw) if(steps > 1) retries(1) private(last) \
    shared(xs)
    {
        double local = 0;
        for (int s = 0; s < steps; s++) {
#pragma pfor single
            diff = 0;
#pragma pfor for reduction(max: diff) nowait
            for (int i = 0; i < N; i++)
                if (xs[i] > diff)
                    diff = xs[i];
#pragma pfor barrier
#pragma pfor single copyprivate(dt) nowait
            {
                dt = diff / 2;
            }
#pragma pfor for collect(ys) lastprivate(last)
            for (int i = 0; i < N; i++) {
                ys[i] = xs[i] + dt;
                last = ys[i];
            }
#pragma pfor master
            printf("step %d: %g\n", s, last);
#pragma pfor parallel for collect(xs)
            for (int i = 0; i < N; i++)
                xs[i] = ys[i] / 2;
            local += dt;
        }
        count_hits(N);
#pragma pfor master
        printf("local %g\n", local);
    }
    return diff * nw;
}
