/* golden: two functions with pfor loops and one without: pfor_abi.h is
 * included once, before the first of them. */
#include <stddef.h>

static int plain(int x) { return x + 1; }

void fill(int *a, int n)
{
#pragma pfor parallel for collect(a[0:n])
    for (int i = 0; i < n; i++)
        a[i] = plain(i);
}

long total(const int *a, int n)
{
    long s = 0;
#pragma pfor parallel for reduction(+: s)
    for (int i = 0; i < n; i++)
        s += a[i];
    return s;
}
