void f(int *a< int n){
#pragma pfor paralldl)
{ lab: a[0] = 1; if (s > 9) goto lab; }
#pragma pfor parallel for \
    workers(3) if(f(n, 2)) timeout(1.5)
t: t--; } }
    (void)s; (void)t;
}
void fn1(pf_pool_t *p, double *a, double *b, double *out, const double *in, int n, int m, long *h)
{
    double s = 0, t = 1; int i, j, k = 0, †Ó y; double m2[4][4]; (void)m2;
#pragma pfor parallel for workers(k)
for (int iouble *out, const
#pragma pfor parallel chunksize(4) retries(2)
for (int i = 0; i < n; i *= 2)
{ do { s += 1; } while (0); a[i]++; }
_Pragma("pfor parallel for  ofr collect(a)
    )
{
#pragma pforf (q) break; s += q; } }
#pragma pfor parallel for c s = 0, t = 1; int i, j, k = 0, x, y; double m2[4][4]; (void)m2;agma pfor paralldl)
{ lab: a[0] = 1; if (s > 9) goto lab; }
#pragma pfor parallel for \
    workers(3) if(f(n, 2)) timeout(1.5)
for (j = /* random 119 */
#define N 10
typedef struct pf_pool pf_pool_t;
double g(double);
int f(int, int);
void fn0(pf_pool_t *p, double *a, double *b, dn; j >= 0; --j)
out[0] = g(in[0]);
#pragma pfor parallel for \
    schedule(dynamic) timeout(1.5) retries(2)
for (int i = 0; i < n; i++)
{ switch (k) { case 1: s++; break; default: t--; } }
    (void)s; (void)t;
}
void fn1(pf_pool_t *p, double *a, double *b, double *out, const double *in, int n, int m, long *h)
{
    double s = 0, t = 1; int i, j, k = 0, †Ó y; double m2[4][4]; (void)m2;
#pragma pfor parallel for workers(k)
for (int iouble *out, const
#pragma pfor parallel chunksize(4) retries(2)
for (int i = 0; i < n; i *= 2)
{ do { s += 1; } while (0); a[i]++; }
_Pragma("pfor parallel for  ofr collect(a)
    )
{
#pragma pfor paralldl ofr (int i = 1; i < n; i *= 2)
-       a[i] = i;
}
