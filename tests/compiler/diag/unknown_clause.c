void f(int *a, int n)
{
#pragma pfor parallel for collect(a) nowait
    for (int i = 0; i < n; i++)
        a[i] = i;
}
