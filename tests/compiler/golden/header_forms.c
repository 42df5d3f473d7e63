/* golden: every canonical header form OpenMP allows. */
#include <stddef.h>
#define LO 2
#define HI(n) ((n) - 1)
void forms(int *a, int n, unsigned long un)
{
    int i;
    size_t j;
#pragma pfor parallel for collect(a[0:n])
    for (i = LO; i <= HI(n); ++i) a[i] = 1;
#pragma pfor parallel for collect(a[0:n])
    for (i = n - 1; i >= 0; i--) a[i] = 2;
#pragma pfor parallel for collect(a[0:n])
    for (int k = n; k > 0; --k) a[k - 1] = 3;
#pragma pfor parallel for collect(a[0:n])
    for (int k = 0; n > k; k += 3) a[k] = 4;
#pragma pfor parallel for collect(a[0:n])
    for (int k = n - 1; k >= 0; k -= 2) a[k] = 5;
#pragma pfor parallel for collect(a[0:n])
    for (int k = 0; k < n; k = k + 2) a[k] = 6;
#pragma pfor parallel for collect(a[0:n])
    for (int k = 0; k < n; k = 2 + k) a[k] = 7;
#pragma pfor parallel for collect(a[0:n])
    for (int k = n - 1; k >= 0; k = k - 1) a[k] = 8;
#pragma pfor parallel for collect(a[0:un])
    for (j = 0; j < un; j++) a[j] = 9;
#pragma pfor parallel for collect(a[0:un])
    for (unsigned long u = 0; u < un; u++) a[u] = 10;
}
void storage_classes(int *a, int n)
{
    /* a storage class in the header is left out of the typedef */
#pragma pfor parallel for collect(a[0:n])
    for (register int k = 0; k < n; k++) a[k] = k;
}
