/* A map call passing a pointer to writable storage that is not collected
 * (its prototype takes double *); a pointer to const is fine.
 * expect: 14: map: argument 1 of scale, buf + i, points to storage that is not collected
 */
void scale(double *out, double k);
double peek(const double *in);
void f(double *buf, double *res, int n)
{
#pragma pfor map
    for (int i = 0; i < n; i++)
        res[i] = peek(buf + i);
#pragma pfor map
    for (int i = 0; i < n; i++)
        scale(buf + i, 2.0);
}
