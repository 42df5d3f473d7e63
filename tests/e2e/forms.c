/* e2e: every canonical loop form, macros in bounds, the loop variable's
 * value after the loop, zero-trip and negative ranges, unsigned types. */
#include <stddef.h>
#include <stdio.h>

#define LO 3
#define HI(n) ((n)*2 + 1)
#define STEP 3

static long sum_of(const int *a, int n)
{
    long s = 0;
    for (int i = 0; i < n; i++)
        s += (long)(i + 1) * a[i];
    return s;
}

int main(void)
{
    static int a[200];
    int n = 50, i;
    size_t j;
    unsigned u;
    long s = 0;

#pragma pfor parallel for collect(a)
    for (i = LO; i <= HI(n); ++i)
        a[i] = i;
    printf("A %ld i=%d\n", sum_of(a, 200), i);

#pragma pfor parallel for collect(a)
    for (i = n - 1; i >= 0; i--)
        a[i] = 2 * i;
    printf("B %ld i=%d\n", sum_of(a, 200), i);

#pragma pfor parallel for collect(a)
    for (int k = n; k > 0; --k)
        a[k] = 3 + k;
    printf("C %ld\n", sum_of(a, 200));

#pragma pfor parallel for collect(a)
    for (int k = 0; HI(n) > k; k += STEP)
        a[k] = 4 * k;
    printf("D %ld\n", sum_of(a, 200));

#pragma pfor parallel for collect(a)
    for (i = 100; i >= 0; i -= 7)
        a[i] = 5;
    printf("E %ld i=%d\n", sum_of(a, 200), i);

#pragma pfor parallel for collect(a)
    for (i = 0; i < n; i = i + 2)
        a[i] = 6;
    printf("F %ld i=%d\n", sum_of(a, 200), i);

#pragma pfor parallel for collect(a)
    for (i = 1; i < n; i = STEP + i)
        a[i] = 7;
    printf("G %ld i=%d\n", sum_of(a, 200), i);

#pragma pfor parallel for collect(a)
    for (i = 150; 100 <= i; i = i - 1)
        a[i] = 8;
    printf("H %ld i=%d\n", sum_of(a, 200), i);

#pragma pfor parallel for collect(a)
    for (j = 0; j < 200; j++)
        a[j] = (int)(j % 9);
    printf("I %ld j=%zu\n", sum_of(a, 200), j);

#pragma pfor parallel for collect(a)
    for (u = 199; u > 10u; u -= 4)
        a[u] = 11;
    printf("J %ld u=%u\n", sum_of(a, 200), u);

    /* Zero trips: the body never runs, the variable gets its start. */
#pragma pfor parallel for reduction(+ : s)
    for (i = 10; i < 10; i++)
        s += 1000;
    printf("K %ld i=%d\n", s, i);
#pragma pfor parallel for reduction(+ : s)
    for (i = -5; i > 0; i--)
        s += 1000;
    printf("L %ld i=%d\n", s, i);

    /* Negative bounds. */
#pragma pfor parallel for reduction(+ : s)
    for (long q = -1000; q < -10; q += 10)
        s += q;
    printf("M %ld\n", s);

    /* unsigned long long near the top of its range. */
    unsigned long long top = ~0ull, cnt = 0;
#pragma pfor parallel for reduction(+ : cnt)
    for (unsigned long long x = top - 100; x < top; x++)
        cnt += x & 1;
    printf("N %llu\n", cnt);
    return 0;
}
