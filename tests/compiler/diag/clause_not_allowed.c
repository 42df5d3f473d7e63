void f(int *a, int n)
{
#pragma pfor parallel for chunksize(4) collect(a)
    for (int i = 0; i < n; i++)
        a[i] = i;
#pragma pfor map schedule(dynamic)
    for (int i = 0; i < n; i++)
        a[i] = g(i);
}
