void f(int *a, int n)
{
#pragma pfor parallel for collect(a)
    for (int i = 0; i < n; i++) {
        if (a[i] < 0)
            goto out;
    again:
        if (a[i] > 10) {
            a[i] -= 10;
            goto again;
        }
    }
out:
    return;
}
