/* Data-sharing lists take variable names, once, in compatible clauses. */
void f(double *a, int n)
{
    double x = 0, y = 0, t = 0;
#pragma pfor parallel for private(x, a[0]) lastprivate(x) firstprivate(y) \
    lastprivate(y) reduction(+: t) shared(t) private(y)
    for (int i = 0; i < n; i++) {
        x = i;
        y = x;
        t += y;
    }
#pragma pfor parallel for default(private) collect(a[0:n])
    for (int i = 0; i < n; i++)
        a[i] = i;
}
