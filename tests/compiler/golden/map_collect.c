/* golden: map with collect(...) for storage the called function writes
 * through a pointer argument; arguments that may point to writable
 * storage get a static assertion unless they are collected or the
 * prototype takes a pointer to const. */
void calc(double *slot, int i);
double weigh(const double *v, int i);
double pick(double *v, int i);
void run(double *vals, double *w, const double *in, int n)
{
#pragma pfor map collect(vals[0:n])
    for (int i = 0; i < n; i++)
        calc(&vals[i], i);
#pragma pfor map
    for (int i = 0; i < n; i++)
        w[i] = weigh(in, i);
#pragma pfor map collect(vals[0:n])
    for (int i = 0; i < n; i++)
        w[i] = pick(vals, i);
}
