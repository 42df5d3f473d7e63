/* golden: the plainest parallel for, loop variable declared in the loop. */
void scale(double *a, int n)
{
#pragma pfor parallel for collect(a[0:n])
    for (int i = 0; i < n; i++)
        a[i] = 2 * a[i];
}
