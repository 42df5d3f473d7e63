/* golden: if(e), retries(n) and timeout(seconds). */
void maybe(int *a, int n)
{
#pragma pfor parallel for if(n > 1000) retries(2) timeout(30.5) collect(a[0:n])
    for (int i = 0; i < n; i++)
        a[i] = -a[i];
}
