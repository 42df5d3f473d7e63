/* timeout() with pool(p): the pool's own per-task timeout applies. */
typedef struct pf_pool pf_pool_t;
double g(double);
void f(pf_pool_t *p, double *out, const double *in, int n)
{
#pragma pfor map pool(p) chunksize(2) timeout(1.5)
    for (int i = 0; i < n; i++)
        out[i] = g(in[i]);
}
