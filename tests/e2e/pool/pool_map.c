/* e2e: `#pragma pfor map ... pool(p)` on a persistent pool: scalar
 * arguments, a struct by value, a pointer into pf_shared_alloc memory, a
 * void function, and a task that crashes once and is retried.  Built with
 * plain cc the pragmas are ignored and the loops run serially (the pool is
 * created but unused); the outputs must match. */
#include <pfor.h>
#include <signal.h>
#include <stdio.h>
#include <unistd.h>

#define N 300

struct vec {
    double x, y;
    int w;
};

static pid_t parent;        /* set before the pool forks its workers */
static volatile int *armed; /* shared: the crash happens once */
static long *cells;         /* shared: written by the void task; cells[8]
                               counts calls made in a worker */

static double dot(struct vec v, double s)
{
    return (v.x * v.y + v.w) * s;
}

static long mix(long a, int b, unsigned char c)
{
    return a * 31 + b - c;
}

static double at3(const double *base, long k)
{
    return base[k] * 3;
}

static void bump(long k)
{
    __atomic_add_fetch(&cells[k % 8], k, __ATOMIC_SEQ_CST);
    if (getpid() != parent)
        __atomic_add_fetch(&cells[8], 1, __ATOMIC_SEQ_CST);
}

static int flaky(int k)
{
    /* Crash the first time item 37 runs in a worker, never in the
     * parent (the serial reference runs everything in the parent). */
    if (k == 37 && getpid() != parent &&
        __atomic_exchange_n(armed, 0, __ATOMIC_SEQ_CST)) {
        signal(SIGSEGV, SIG_DFL);
        raise(SIGSEGV);
    }
    return k * k - 1;
}

static int answer(void);
static int answer(void)
{
    return 42;
}

int main(void)
{
    double *data;
    void *flag, *cellmem;
    /* Shared memory first, then the pool: its workers map it too. */
    if (pf_shared_alloc(N * sizeof(double), (void **)&data) != 0 ||
        pf_shared_alloc(sizeof(int), &flag) != 0 ||
        pf_shared_alloc(9 * sizeof(long), &cellmem) != 0)
        return 2;
    armed = flag;
    cells = cellmem;
    parent = getpid();
    pf_pool_t *p;
    if (pf_pool_new(&(pf_pool_options_t){.workers = 3}, &p) != 0)
        return 2;

    /* Filled after the pool was made: fine for shared memory and for
     * anything passed by value. */
    struct vec vs[N];
    for (int i = 0; i < N; i++) {
        data[i] = i * 0.25;
        vs[i] = (struct vec){i * 0.5, 2.0 - i, i % 7};
    }
    *armed = 1;

    double d[N], e[N];
    long m[N];
    int f[N], g[N];
    double scale = 1.5;
    int offset = 1000;

#pragma pfor map pool(p)
    for (int i = 0; i < N; i++)
        d[i] = dot(vs[i], scale);

#pragma pfor map pool(p) chunksize(7) progress
    for (long i = N - 1; i >= 0; i -= 3)
        m[i] = mix(i, offset + (int)i, (unsigned char)i);

#pragma pfor map pool(p)
    for (int i = 0; i < N; i++)
        e[i] = at3(data, i);

    long k;
#pragma pfor map pool(p) chunksize(1)
    for (k = 0; k < N; k++)
        bump(k);

#pragma pfor map pool(p) retries(1) chunksize(4)
    for (int i = 0; i < N; i++) {
        f[i] = flaky(i);
    }

#pragma pfor map pool(p)
    for (int i = 0; i < 5; i++)
        g[i] = answer();

    double sd = 0, se = 0;
    long sm = 0;
    long long sf = 0;
    for (int i = 0; i < N; i++) {
        sd += d[i] * (i + 1);
        se += e[i];
        sf += (long long)f[i] * (i + 1);
    }
    for (long i = N - 1; i >= 0; i -= 3)
        sm += m[i] * (i + 1);
    printf("dot %.6f\nmix %ld\nat3 %.6f\nflaky %lld\n", sd, sm, se, sf);
    printf("k after the loop %ld\n", k);
    for (int c = 0; c < 8; c++)
        printf("cell %d %ld\n", c, cells[c]);
    printf("answer %d %d\n", g[0], g[4]);
    /* Only the pool build runs tasks in workers; there the crash must
     * have happened (and been retried). */
    if (cells[8] != 0 && cells[8] != N)
        printf("%ld of %d calls ran in workers\n", cells[8], N);
    if (cells[8] != 0 && *armed != 0)
        printf("the crash did not happen\n");
    pf_pool_free(p);
    pf_shared_free(data);
    pf_shared_free(flag);
    pf_shared_free(cellmem);
    return 0;
}
