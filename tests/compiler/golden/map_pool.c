/* map onto a persistent pool: with an lhs, and with every clause a pool
 * takes (chunksize, retries, progress). */
#include <pfor.h>

struct point {
    double x, y;
};

double norm2(struct point p, double scale);
static long label(const char *, long k);

double norm2(struct point p, double scale)
{
    return (p.x * p.x + p.y * p.y) * scale;
}

static long label(const char *s, long k)
{
    return s[0] + k;
}

void run(pf_pool_t *p, const struct point *pts, double *out, long *tags,
         long n)
{
    /* the arguments are evaluated here, in the parent */
    #pragma pfor map pool(p)
    for (long i = 0; i < n; i++)
        out[i] = norm2(pts[i], 2.0);

#pragma pfor map pool(p) chunksize(16) retries(2) progress
    for (long i = n - 1; i >= 0; i -= 2) {
        tags[i] = label("abc",
                        i * 3);
    }
    (void)p; /* unused with the serial backend */
}
