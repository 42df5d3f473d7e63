/* golden: workers(e) with an expression and a macro. */
#define NW 4
void fill(int *a, int n, int extra)
{
#pragma pfor parallel for workers(NW + extra) collect(a[0:n])
    for (int i = 0; i < n; i++) {
        a[i] = i * i;
    }
}
