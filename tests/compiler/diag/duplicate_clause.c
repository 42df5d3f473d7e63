void f(int *a, int n)
{
#pragma pfor parallel for workers(2) collect(a) workers(4)
    for (int i = 0; i < n; i++)
        a[i] = i;
}
