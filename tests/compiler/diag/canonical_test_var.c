void f(int *a, int n, int m)
{
#pragma pfor parallel for collect(a)
    for (int i = 0; m < n; i++)
        a[i] = i;
}
