/* diag: on the openmp backend retries() and timeout() are ignored, with
 * one warning per loop, map or region, at retries() when it is there. */
double g(double x);
void f(double *a, int n)
{
#pragma pfor parallel for collect(a[0:n]) timeout(2) retries(3)
    for (int i = 0; i < n; i++)
        a[i] = i;
#pragma pfor parallel retries(1)
    {
#pragma pfor for collect(a[0:n])
        for (int i = 0; i < n; i++)
            a[i] += 1;
    }
#pragma pfor map retries(2)
    for (int i = 0; i < n; i++)
        a[i] = g(a[i]);
}
