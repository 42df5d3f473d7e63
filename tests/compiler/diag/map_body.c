double g(double);
void f(double *out, const double *in, int n)
{
#pragma pfor map
    for (int i = 0; i < n; i++)
        out[i] = g(in[i]) * 2;
}
