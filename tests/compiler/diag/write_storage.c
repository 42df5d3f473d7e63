/* Lost writes to storage: an array that is not collected, a pointer the
 * body writes through, a struct member. */
struct acc { double sum; int n; };
void f(double *out, double *in, int n, struct acc *a, struct acc s)
{
    double local[16];
#pragma pfor parallel for
    for (int i = 0; i < n; i++) {
        local[i % 16] = in[i];
        out[i] = in[i] * 2;
        a->n++;
        s.sum += in[i];
        *in = 0;
    }
    (void)local;
    (void)s;
}
