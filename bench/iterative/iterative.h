/* iterative.h - timing and checksum for the bench/iterative programs (our
 * own code): the kernel's elapsed time and a checksum every variant must
 * reproduce bit for bit. */
#ifndef ITERATIVE_H
#define ITERATIVE_H

#include <stdio.h>
#include <time.h>

static inline double bench_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec * 1e-9;
}

/* Prints "<name> time <seconds> sum <%a> hash <fnv>" for n doubles. */
static inline void bench_report(const char *name, double seconds,
                                const double *a, size_t n)
{
    double sum = 0;
    unsigned long long h = 0xcbf29ce484222325ull;
    const unsigned char *b = (const unsigned char *)a;
    for (size_t k = 0; k < n; k++)
        sum += a[k];
    for (size_t k = 0; k < n * sizeof *a; k++) {
        h ^= b[k];
        h *= 0x100000001b3ull;
    }
    printf("%s time %.6f sum %a hash %016llx\n", name, seconds, sum, h);
}

#endif
