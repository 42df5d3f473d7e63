void f(int *a, int n)
{
#pragma pfor parallel for schedule(fastest) collect(a[0:n])
    for (int i = 0; i < n; i++)
        a[i] = i;
}
