/* golden: map with out[i] = f(args): out is collected, dynamic chunks. */
double f(double x);
void apply(const double *in, double *out, int n)
{
#pragma pfor map
    for (int i = 0; i < n; i++)
        out[i] = f(in[i]);
}
