/* golden: reduction with every operator, scalars and an array section. */
double stats(const double *x, int n, long *hist)
{
    double sum = 0, prod = 1, diff = 0, lo = 1e300, hi = -1e300;
    unsigned bits_and = ~0u, bits_or = 0, bits_xor = 0;
    int all = 1, any = 0;
#pragma pfor parallel for reduction(+: sum) reduction(*: prod) \
    reduction(-: diff) reduction(min: lo) reduction(max: hi)
    for (int i = 0; i < n; i++) {
        sum += x[i];
        prod *= x[i];
        diff -= x[i];
        if (x[i] < lo) lo = x[i];
        if (x[i] > hi) hi = x[i];
    }
#pragma pfor parallel for reduction(&: bits_and) reduction(|: bits_or), \
    reduction(^: bits_xor) reduction(&&: all) reduction(||: any)
    for (int i = 0; i < n; i++) {
        bits_and &= (unsigned)i;
        bits_or |= (unsigned)i;
        bits_xor ^= (unsigned)i;
        all = all && x[i] > 0;
        any = any || x[i] > 10;
    }
#pragma pfor parallel for reduction(+: hist[0:10], sum)
    for (int i = 0; i < n; i++) {
        hist[i % 10] += 1;
        sum += 1;
    }
    return sum + prod + diff + lo + hi + bits_and + bits_or + bits_xor + all
           + any;
}
