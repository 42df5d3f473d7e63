/* map onto a pool without an lhs (a void function, and a discarded
 * result), a loop variable declared outside, no arguments. */
#include <pfor.h>

void report(int k, const double *v);
int ping(void) __attribute__((cold));

void run(pf_pool_t *pool, const double *shared, int n)
{
    int k;
#pragma pfor map pool(pool)
    for (k = 0; k < n; k++)
        report(k, shared + k);
#pragma pfor map pool(pool)
    for (int j = 0; j < 4; j++)
        ping();
    (void)k;
}
