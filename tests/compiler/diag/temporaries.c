/* No warning: temporaries (declared outside, written before read in every
 * iteration), inner loop variables, variables declared in the body (with
 * attributes too), private ones, and one assigned in every branch of an
 * if/else chain before it is read.  pforc prints nothing here. */
#define N 64
static double a[N][N], b[N][N], c[N][N];
void f(double *out, int n)
{
    int i, j, k;
    double tmp, acc, scratch;
#pragma pfor parallel for collect(c) private(scratch)
    for (i = 0; i < N; i++) {
        for (j = 0; j < N; j++) {
            tmp = a[i][j] + b[i][j];
            c[i][j] = tmp;
        }
        acc = 0;
        for (k = 0; k < N; k++)
            acc += a[i][k];
        c[i][0] += acc;
        scratch = c[i][1];
        c[i][1] = scratch * 2;
    }
#pragma pfor parallel for collect(out[0:n])
    for (i = 0; i < n; i++) {
        float blk[16] __attribute__((aligned(64)));
        double __attribute__((unused)) spare = 0;
        for (k = 0; k < 16; k++)
            blk[k] = (float)k;
        out[i] = blk[i % 16];
    }
    double d2;
#pragma pfor parallel for collect(out[0:n])
    for (i = 0; i < n; i++) {
        if (i % 2 == 0) {
            d2 = i;
        } else if (i % 3 == 0) {
            d2 = -i;
        } else
            d2 = 0;
        out[i] = d2;
    }
    tmp = 0;
    acc = tmp;
    (void)acc;
}
