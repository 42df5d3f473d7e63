void f(int *a, int n)
{
#pragma pfor parallel for collect(a)
    for (int i = 1; i < n; i *= 2)
        a[i] = i;
}
