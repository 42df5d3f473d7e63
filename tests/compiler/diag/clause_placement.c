/* Clauses on the wrong construct: reduction on parallel (put it on the
 * for), copyprivate on a loop, schedule on a region, num_threads twice. */
void f(double *a, int n)
{
    double s = 0;
#pragma pfor parallel reduction(+: s) num_threads(2) workers(3)
    {
#pragma pfor for copyprivate(s) collect(a[0:n])
        for (int i = 0; i < n; i++)
            a[i] = i;
    }
#pragma pfor parallel schedule(static) if(n > 10) timeout(3)
    {
        s = 1;
    }
}
