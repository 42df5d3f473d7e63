/* workers() with pool(p): the pool has its own workers. */
typedef struct pf_pool pf_pool_t;
double g(double);
void f(pf_pool_t *p, double *out, const double *in, int n)
{
#pragma pfor map workers(4) pool(p)
    for (int i = 0; i < n; i++)
        out[i] = g(in[i]);
}
