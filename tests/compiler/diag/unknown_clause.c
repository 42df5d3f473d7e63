void f(int *a, int n)
{
#pragma pfor parallel for collect(a[0:n]) frobnicate
    for (int i = 0; i < n; i++)
        a[i] = i;
}
