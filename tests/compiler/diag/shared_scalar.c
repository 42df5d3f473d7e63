/* A shared scalar the body assigns: its workers' writes would be lost. */
void f(const double *a, int n, double *out)
{
    double best = 0, last = 0;
#pragma pfor parallel for shared(a, best, last) collect(out[0:n])
    for (int i = 0; i < n; i++) {
        out[i] = 2 * a[i];
        if (a[i] > best)
            best = a[i];
        last = a[i];
    }
#pragma pfor parallel shared(last)
    {
#pragma pfor for collect(out[0:n])
        for (int i = 0; i < n; i++) {
            out[i] = a[i];
            last = a[i];
        }
    }
}
