void f(int *a, int n)
{
#pragma pfor parallel for collect(a)
    for (int i = 0, j = 0; i < n; i++)
        a[i] = j;
}
