/* The call must pass as many arguments as the prototype has parameters. */
typedef struct pf_pool pf_pool_t;
double scale(double x, double k);
int tick(void);
void f(pf_pool_t *p, double *out, const double *in, int n)
{
#pragma pfor map pool(p)
    for (int i = 0; i < n; i++)
        out[i] = scale(in[i]);
#pragma pfor map pool(p)
    for (int i = 0; i < n; i++)
        tick(i);
}
