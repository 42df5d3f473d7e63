int f(int *a, int n)
{
#pragma pfor parallel for collect(a)
    for (int i = 0; i < n; i++) {
        if (a[i] < 0)
            return i;
        a[i] = i;
    }
    return -1;
}
