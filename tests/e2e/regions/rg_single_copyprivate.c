/* rg_single_copyprivate: a parallel region with `single` bookkeeping and
 * `copyprivate` (issue 12). Our own program.
 *
 * A particle system with an adaptive time step: each step finds the largest
 * speed (reduction(max: vmax) into a shared vmax), one worker computes the
 * step dt from it, resets vmax for the next step and prints a progress
 * line in `pfor single copyprivate(dt)`, and dt (private to each worker)
 * reaches every worker for the two `pfor for` loops that move the
 * particles. Every worker keeps its own elapsed time (the same in all).
 * The results are the collected arrays x and v, printed after the region.
 * Valid serial C and valid OpenMP with omp for pfor.
 */
#include <math.h>
#include <stdio.h>

#include "../ports/port.h"

#define N 4000
#define NSTEPS 60

static double x[N], v[N];

int main(void)
{
    for (int i = 0; i < N; i++) {
        x[i] = (double)i / N;
        v[i] = sin(6.28318530717958 * x[i]) * (1.0 + (i % 7) / 8.0);
    }
    double vmax = 0.0;
#pragma pfor parallel
    {
        double dt = 0.0;
        double elapsed = 0.0;
        for (int step = 0; step < NSTEPS; step++) {
#pragma pfor for reduction(max: vmax)
            for (int i = 0; i < N; i++)
                if (fabs(v[i]) > vmax)
                    vmax = fabs(v[i]);
#pragma pfor single copyprivate(dt)
            {
                dt = 0.5 / (N * (vmax + 1e-9));
                if (step % 10 == 0)
                    printf("step %d vmax %a dt %a\n", step, vmax, dt);
                vmax = 0.0;
            }
            elapsed += dt;
#pragma pfor for collect(x)
            for (int i = 0; i < N; i++)
                x[i] += dt * v[i];
#pragma pfor for collect(v)
            for (int i = 0; i < N; i++)
                v[i] -= dt * 4.0 * (x[i] - 0.5);
        }
#pragma pfor single
        printf("elapsed %a after %d steps\n", elapsed, NSTEPS);
    }
    port_doubles("x", x, N, 0);
    port_doubles("v", v, N, 0);
    return 0;
}
