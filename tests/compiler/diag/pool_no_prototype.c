/* pool(p) needs a declaration of the called function earlier in the file:
 * pforc does not read headers, and a later one does not count. */
typedef struct pf_pool pf_pool_t;
void f(pf_pool_t *p, double *out, const double *in, int n)
{
#pragma pfor map pool(p)
    for (int i = 0; i < n; i++)
        out[i] = g(in[i]);
}
double g(double);
