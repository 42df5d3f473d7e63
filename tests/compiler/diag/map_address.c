/* A map call that passes &x of storage that is not collected: whatever
 * the callee writes there stays in the worker. */
void fill(double *p, int i);
void count(long *c);
void f(double *vals, long *n, int len)
{
    long total = 0;
#pragma pfor map
    for (int i = 0; i < len; i++)
        fill(&vals[i], i);
#pragma pfor map
    for (int i = 0; i < len; i++)
        count(&total);
#pragma pfor map collect(vals[0:len])
    for (int i = 0; i < len; i++)
        fill(&vals[i], i);
    *n = total;
}
