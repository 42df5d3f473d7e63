/* collect(p) of a pointer without a section: the C compiler stops at the
 * item with what to write.
 * expect: 9: collect(p): p is a pointer, not an array: write collect(p[lo:len])
 * expect: 13: shared(q): q is a pointer and the loop writes through it
 */
void f(double *p, double *q, int n)
{
    double a[8];
#pragma pfor parallel for collect(a, p)
    for (int i = 0; i < n; i++)
        p[i] = a[i % 8] = i;
    (void)a;
#pragma pfor parallel for shared(q)
    for (int i = 0; i < n; i++)
        q[i] = i;
}
