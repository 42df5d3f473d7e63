#include <pfor.h>
/* collect() with pool(p): the pool's workers write their own copies. */
double g(int i);
void f(pf_pool_t *p, double *out, int n)
{
#pragma pfor map pool(p) collect(out[0:n])
    for (int i = 0; i < n; i++)
        out[i] = g(i);
}
