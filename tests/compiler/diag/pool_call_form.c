/* pool(p) calls a named function with fixed parameters: not a variadic
 * one, not a function pointer reached through a struct. */
typedef struct pf_pool pf_pool_t;
struct ops {
    double (*fn)(double);
};
int logf_(const char *fmt, ...);
void f(pf_pool_t *p, const struct ops *ops, double *out, int n)
{
#pragma pfor map pool(p)
    for (int i = 0; i < n; i++)
        logf_("%d", i);
#pragma pfor map pool(p)
    for (int i = 0; i < n; i++)
        out[i] = ops->fn(i);
}
