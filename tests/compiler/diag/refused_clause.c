/* OpenMP clauses pfor does not have: each refused with what to write. */
void f(double *a, int n, int x)
{
#pragma pfor parallel for linear(x) collect(a[0:n]) ordered
    for (int i = 0; i < n; i++)
        a[i] = x + i;
#pragma pfor parallel for simd safelen(8) collect(a[0:n])
    for (int i = 0; i < n; i++)
        a[i] = i;
#pragma pfor parallel for proc_bind(close) frobnicate(3) collect(a[0:n])
    for (int i = 0; i < n; i++)
        a[i] = i;
}
