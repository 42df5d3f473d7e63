/* golden: OpenMP's data-sharing clauses on parallel for: num_threads (an
 * alias of workers), private, firstprivate, shared (arrays collected),
 * default, nowait (no effect on a fork-join loop), schedule(auto),
 * lastprivate, and a loop variable declared outside. */
#define N 100
static double grid[N];
double run(const double *in, double scale)
{
    double tmp = 0, last = 0, first = 1;
    int i;
#pragma pfor parallel for num_threads(4) private(tmp) firstprivate(first) \
    shared(grid, in) default(shared) nowait schedule(auto) lastprivate(last)
    for (i = 0; i < N; i++) {
        tmp = in[i] * scale + first;
        grid[i] = tmp;
        last = tmp;
    }
    return last + i;
}
