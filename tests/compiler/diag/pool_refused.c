double g(double);
void f(void *p, double *out, const double *in, int n)
{
#pragma pfor map pool(p)
    for (int i = 0; i < n; i++)
        out[i] = g(in[i]);
}
