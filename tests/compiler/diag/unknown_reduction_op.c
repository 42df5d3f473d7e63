double f(const double *x, int n)
{
    double s = 0;
#pragma pfor parallel for reduction(avg: s)
    for (int i = 0; i < n; i++)
        s += x[i];
    return s;
}
