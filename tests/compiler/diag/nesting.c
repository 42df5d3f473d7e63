/* Work-sharing, single, master and barrier inside a loop's body (or a
 * single's): the team's workers would never meet them. */
void f(double *a, int n)
{
#pragma pfor parallel
    {
#pragma pfor for collect(a[0:n])
        for (int i = 0; i < n; i++) {
#pragma pfor for collect(a[0:n])
            for (int j = 0; j < n; j++)
                a[j] = i;
#pragma pfor single
            a[i] = 1;
        }
#pragma pfor single
        {
#pragma pfor barrier
            a[0] = 2;
        }
    }
#pragma pfor parallel for collect(a[0:n])
    for (int i = 0; i < n; i++) {
#pragma pfor master
        a[i] = 3;
    }
}
