/* A bitwise reduction on a floating type.
 * expect: 8: reduction(^: x): the operator ^ needs an integer type
 * expect: 8: reduction(|: h[0:4]): the operator | needs an integer type
 */
double f(const double *v, double *h, int n)
{
    double x = 0;
#pragma pfor parallel for reduction(^: x) reduction(|: h[0:4])
    for (int i = 0; i < n; i++)
        x += v[i], h[i % 4] += v[i];
    return x;
}
