/* A parameter pforc cannot take apart (a function pointer, an array). */
typedef struct pf_pool pf_pool_t;
double apply(double x, double (*fn)(double));
double first(const double v[4], int k);
double sq(double);
void f(pf_pool_t *p, double *out, const double *in, int n)
{
#pragma pfor map pool(p)
    for (int i = 0; i < n; i++)
        out[i] = apply(in[i], sq);
#pragma pfor map pool(p)
    for (int i = 0; i < n; i++)
        out[i] = first(in, i);
}
