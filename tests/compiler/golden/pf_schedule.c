/* golden: every schedule kind, with and without a chunk. */
void work(long *a, long n)
{
#pragma pfor parallel for schedule(static) collect(a[0:n])
    for (long i = 0; i < n; i++) a[i] = i;
#pragma pfor parallel for schedule(static, 16) collect(a[0:n])
    for (long i = 0; i < n; i++) a[i] = i;
#pragma pfor parallel for schedule(dynamic, n / 8 + 1) collect(a[0:n])
    for (long i = 0; i < n; i++) a[i] = i;
#pragma pfor parallel for schedule(guided) collect(a[0:n])
    for (long i = 0; i < n; i++) a[i] = i;
#pragma pfor parallel for schedule(runtime) collect(a[0:n])
    for (long i = 0; i < n; i++) a[i] = i;
}
