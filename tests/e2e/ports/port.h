/* port.h - the output helpers of the ported OpenMP programs (our own code):
 * each array is printed as a byte hash of all of it plus every k-th element,
 * so a lost or misplaced write shows in the diff against the serial run. */
#ifndef PORT_H
#define PORT_H

#include <stdio.h>
#include <string.h>

/* FNV-1a over n bytes, continuing from h. */
static inline unsigned long long port_fnv(const void *p, size_t n,
                                          unsigned long long h)
{
    const unsigned char *b = p;
    for (size_t k = 0; k < n; k++) {
        h ^= b[k];
        h *= 0x100000001b3ull;
    }
    return h;
}

#define PORT_FNV_INIT 0xcbf29ce484222325ull

/* The stride that prints about 40 samples of n elements (at least 1). */
static inline size_t port_stride(size_t n)
{
    size_t s = n / 40;
    return s ? s : 1;
}

/* Prints "name[k] = %a" for every stride-th element and the last one, with
 * [i][j] indices when cols > 0, after one line with the count, the hash of
 * the bytes and the sum taken in index order. */
static inline void port_doubles(const char *name, const double *a, size_t n,
                                size_t cols)
{
    double sum = 0;
    for (size_t k = 0; k < n; k++)
        sum += a[k];
    printf("%s: n=%zu hash=%016llx sum=%a\n", name, n,
           port_fnv(a, n * sizeof *a, PORT_FNV_INIT), sum);
    size_t stride = port_stride(n);
    for (size_t k = 0; k < n; k++) {
        if (k % stride != 0 && k != n - 1)
            continue;
        if (cols)
            printf("  %s[%zu][%zu] = %a\n", name, k / cols, k % cols, a[k]);
        else
            printf("  %s[%zu] = %a\n", name, k, a[k]);
    }
}

/* The same for floats (printed as doubles, exactly). */
static inline void port_floats(const char *name, const float *a, size_t n,
                               size_t cols)
{
    double sum = 0;
    for (size_t k = 0; k < n; k++)
        sum += a[k];
    printf("%s: n=%zu hash=%016llx sum=%a\n", name, n,
           port_fnv(a, n * sizeof *a, PORT_FNV_INIT), sum);
    size_t stride = port_stride(n);
    for (size_t k = 0; k < n; k++) {
        if (k % stride != 0 && k != n - 1)
            continue;
        if (cols)
            printf("  %s[%zu][%zu] = %a\n", name, k / cols, k % cols,
                   (double)a[k]);
        else
            printf("  %s[%zu] = %a\n", name, k, (double)a[k]);
    }
}

/* The same for ints. */
static inline void port_ints(const char *name, const int *a, size_t n,
                             size_t cols)
{
    long long sum = 0;
    for (size_t k = 0; k < n; k++)
        sum += a[k];
    printf("%s: n=%zu hash=%016llx sum=%lld\n", name, n,
           port_fnv(a, n * sizeof *a, PORT_FNV_INIT), sum);
    size_t stride = port_stride(n);
    for (size_t k = 0; k < n; k++) {
        if (k % stride != 0 && k != n - 1)
            continue;
        if (cols)
            printf("  %s[%zu][%zu] = %d\n", name, k / cols, k % cols, a[k]);
        else
            printf("  %s[%zu] = %d\n", name, k, a[k]);
    }
}

/* The same for bytes. */
static inline void port_bytes(const char *name, const unsigned char *a,
                              size_t n, size_t cols)
{
    long long sum = 0;
    for (size_t k = 0; k < n; k++)
        sum += a[k];
    printf("%s: n=%zu hash=%016llx sum=%lld\n", name, n,
           port_fnv(a, n, PORT_FNV_INIT), sum);
    size_t stride = port_stride(n);
    for (size_t k = 0; k < n; k++) {
        if (k % stride != 0 && k != n - 1)
            continue;
        if (cols)
            printf("  %s[%zu][%zu] = %u\n", name, k / cols, k % cols, a[k]);
        else
            printf("  %s[%zu] = %u\n", name, k, a[k]);
    }
}

/* For values that depend on a floating-point reduction: the reduction
 * combines partials in its own fixed order, which rounds differently from
 * the serial loop's left-to-right sum, so these are printed and hashed with
 * 9 significant digits, not bit for bit.  A lost write still shows. */
static inline void port_doubles_approx(const char *name, const double *a,
                                       size_t n, size_t cols)
{
    unsigned long long h = PORT_FNV_INIT;
    char text[64];
    for (size_t k = 0; k < n; k++) {
        int len = snprintf(text, sizeof text, "%.8e", a[k]);
        h = port_fnv(text, (size_t)len, h);
    }
    printf("%s: n=%zu hash9=%016llx\n", name, n, h);
    size_t stride = port_stride(n);
    for (size_t k = 0; k < n; k++) {
        if (k % stride != 0 && k != n - 1)
            continue;
        if (cols)
            printf("  %s[%zu][%zu] = %.8e\n", name, k / cols, k % cols, a[k]);
        else
            printf("  %s[%zu] = %.8e\n", name, k, a[k]);
    }
}

#endif
