/* What the region pragmas must be followed by. */
void f(double *a, int n)
{
#pragma pfor parallel
    for (int i = 0; i < n; i++)
        a[i] = i;
#pragma pfor parallel
    {
        if (n > 2)
#pragma pfor barrier
        a[0] = 1;
#pragma pfor single
    }
}
