/* Warnings that are real: a last value nobody reads in the body, a
 * counter, a temporary the function reads after the loop, a variable
 * written only on some iterations, and one read on a path that did not
 * assign it (it carries a value from an earlier iteration). */
double f(const double *in, double *out, int n)
{
    double last = 0, t = 0, peak = 0, carry = 0;
    int hits = 0;
#pragma pfor parallel for collect(out[0:n])
    for (int i = 0; i < n; i++) {
        t = in[i] * 2;
        out[i] = t;
        last = in[i];
        if (in[i] > 1)
            hits++;
        if (in[i] > peak)
            peak = in[i];
        if (i % 4 == 0)
            carry = in[i];
        out[i] += carry;
    }
    return last + t + hits + peak;
}
