/* A warning, not an error: the writes to last and count are lost. */
int f(int *a, int n)
{
    int last = 0, count = 0, sum = 0;
#pragma pfor parallel for reduction(+: sum) collect(a[0:n])
    for (int i = 0; i < n; i++) {
        int tmp = a[i] * 2;
        a[i] = tmp;
        sum += tmp;
        last = i;
        count++;
    }
    return last + count + sum;
}
