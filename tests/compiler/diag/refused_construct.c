/* OpenMP constructs pfor does not have, and a misspelt one. */
void f(double *a, int n, double *sum)
{
#pragma pfor parallel for collect(a[0:n])
    for (int i = 0; i < n; i++) {
#pragma pfor critical
        *sum += a[i];
#pragma pfor atomic update
        a[i] += 1;
    }
#pragma pfor simd
    for (int i = 0; i < n; i++)
        a[i] = i;
#pragma pfor task shared(a)
    a[0] = 1;
#pragma pfor paralel for
    for (int i = 0; i < n; i++)
        a[i] = i;
}
