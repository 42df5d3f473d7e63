void f(int *a, int n)
{
    int i = 0;
#pragma pfor parallel for collect(a)
    while (i < n)
        a[i++] = 0;
}
