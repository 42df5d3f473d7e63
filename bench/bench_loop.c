/* bench_loop.c - the loop engine's costs: per-loop overhead against one
 * fork + exit + wait and Monte Carlo pi against serial and OpenMP, each
 * with the parent running a share (N-1 forks) and with the parent only
 * supervising (N forks), at 10 MB and 1 GB of resident memory; the
 * reproducible reduction against a plain per-worker one; collect.
 * Usage: bench_loop [--quick]   (or PFOR_BENCH_QUICK=1) */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>
#ifdef _OPENMP
#include <omp.h>
#endif

#include "benchutil.h"
#include "pfor.h"
#include "pfor_abi.h"

static volatile double sink;

/* ---- (1) overhead: 2 workers, empty body, one reduction ---- */

/* The loop exactly as pforc lowers
 *   #pragma pfor parallel for reduction(+:sum) workers(2)
 *   for (long i = 0; i < 1000; i++) sum += 1;
 * With `supervise`, retries(1) is added: the parent then forks both
 * workers and runs no iteration itself (N forks instead of N-1). */
static double empty_loop(int supervise)
{
    double sum = 0;
    {
        pfc_loop_t *__pf_loop = pfc_loop_new("bench_loop.c", 1);
        typedef long __pf_iv_t;
        PFC_RANGE(__pf_loop, __pf_iv_t, 0, 1000, 1, PFC_LT);
        pfc_loop_workers(__pf_loop, 2);
        if (supervise)
            pfc_loop_retries(__pf_loop, 1);
        pfc_loop_reduce(__pf_loop, PF_OP_ADD, PF_TYPE_OF(sum), &sum, 1);
        pfc_loop_start(__pf_loop);
        {
            __typeof__(sum) sum;
            unsigned long long __pf_k, __pf_end;
            while (pfc_loop_next(__pf_loop, &__pf_k, &__pf_end)) {
                pfc_loop_identity(__pf_loop, 0, &sum);
                for (; __pf_k < __pf_end; __pf_k++)
                    sum += 1;
                pfc_loop_deposit(__pf_loop, 0, &sum);
            }
        }
        pfc_loop_end(__pf_loop);
    }
    return sum;
}

static void fork_exit_wait(void)
{
    fflush(NULL);
    pid_t pid = fork();
    if (pid == 0)
        _exit(0);
    waitpid(pid, NULL, 0);
}

/* Per-loop cost at the current resident size: fork + exit + wait, the
 * empty loop with the parent working, the same with it supervising. */
static void overhead(int reps, const char *label)
{
    double *fork_t = calloc((size_t)reps, sizeof(double));
    double *work_t = calloc((size_t)reps, sizeof(double));
    double *sup_t = calloc((size_t)reps, sizeof(double));
    for (int r = 0; r < reps; r++) {
        double t0 = bench_now();
        fork_exit_wait();
        double t1 = bench_now();
        sink = empty_loop(r & 1);
        double t2 = bench_now();
        sink = empty_loop(!(r & 1));
        double t3 = bench_now();
        fork_t[r] = (t1 - t0) * 1e6;
        work_t[r] = ((r & 1) ? t3 - t2 : t2 - t1) * 1e6;
        sup_t[r] = ((r & 1) ? t2 - t1 : t3 - t2) * 1e6;
    }
    double f = bench_median(fork_t, (size_t)reps);
    double w = bench_median(work_t, (size_t)reps);
    double s = bench_median(sup_t, (size_t)reps);
    char name[96];
    snprintf(name, sizeof name, "fork+exit+wait, RSS %s", label);
    bench_row(name, f, "us", 0, NULL);
    snprintf(name, sizeof name, "empty loop+reduction, N-1 forks, %s", label);
    bench_row(name, w, "us", f, "fork+exit+wait");
    snprintf(name, sizeof name, "empty loop+reduction, N forks, %s", label);
    bench_row(name, s, "us", w, "N-1 forks");
    free(fork_t);
    free(work_t);
    free(sup_t);
}

/* ---- (2) Monte Carlo pi ---- */

static long pi_serial(long n, uint64_t seed)
{
    long hits = 0;
    for (long i = 0; i < n; i++) {
        double x = pf_random_double(seed, 2 * (uint64_t)i);
        double y = pf_random_double(seed, 2 * (uint64_t)i + 1);
        hits += x * x + y * y < 1.0;
    }
    return hits;
}

static long pi_pfor(long n, uint64_t seed, long workers, int supervise)
{
    long hits = 0;
    {
        pfc_loop_t *__pf_loop = pfc_loop_new("bench_loop.c", 2);
        typedef long __pf_iv_t;
        PFC_RANGE(__pf_loop, __pf_iv_t, 0, n, 1, PFC_LT);
        pfc_loop_workers(__pf_loop, workers);
        if (supervise)
            pfc_loop_retries(__pf_loop, 1);
        pfc_loop_reduce(__pf_loop, PF_OP_ADD, PF_TYPE_OF(hits), &hits, 1);
        pfc_loop_start(__pf_loop);
        {
            __typeof__(hits) hits;
            unsigned long long __pf_k, __pf_end;
            while (pfc_loop_next(__pf_loop, &__pf_k, &__pf_end)) {
                pfc_loop_identity(__pf_loop, 0, &hits);
                for (; __pf_k < __pf_end; __pf_k++) {
                    __pf_iv_t i = PFC_IV(__pf_loop, __pf_iv_t, __pf_k);
                    double x = pf_random_double(seed, 2 * (uint64_t)i);
                    double y = pf_random_double(seed, 2 * (uint64_t)i + 1);
                    hits += x * x + y * y < 1.0;
                }
                pfc_loop_deposit(__pf_loop, 0, &hits);
            }
        }
        pfc_loop_end(__pf_loop);
    }
    return hits;
}

static long pi_openmp(long n, uint64_t seed)
{
    long hits = 0;
#ifdef _OPENMP
#pragma omp parallel for reduction(+ : hits) num_threads(2) schedule(static)
#endif
    for (long i = 0; i < n; i++) {
        double x = pf_random_double(seed, 2 * (uint64_t)i);
        double y = pf_random_double(seed, 2 * (uint64_t)i + 1);
        hits += x * x + y * y < 1.0;
    }
    return hits;
}

static void monte_carlo(long n, int reps, const char *label)
{
    double ts[16], tp[16], tq[16], to[16];
    long hs = 0, hp = 0, hq = 0, ho = 0;
    for (int r = 0; r < reps; r++) {
        double t0 = bench_now();
        hs = pi_serial(n, 42);
        double t1 = bench_now();
        hp = pi_pfor(n, 42, 2, 0);
        double t2 = bench_now();
        hq = pi_pfor(n, 42, 2, 1);
        double t3 = bench_now();
        ho = pi_openmp(n, 42);
        double t4 = bench_now();
        ts[r] = t1 - t0;
        tp[r] = t2 - t1;
        tq[r] = t3 - t2;
        to[r] = t4 - t3;
    }
    double s = bench_median(ts, (size_t)reps);
    double p = bench_median(tp, (size_t)reps);
    double q = bench_median(tq, (size_t)reps);
    double o = bench_median(to, (size_t)reps);
    printf("  pi = %.6f (pfor and OpenMP hits %s serial)\n",
           4.0 * (double)hp / (double)n,
           hp == hs && hq == hs && ho == hs ? "equal" : "DIFFER from");
    char name[96];
    snprintf(name, sizeof name, "pi %.0e, serial, %s", (double)n, label);
    bench_row(name, s, "s", 0, NULL);
    snprintf(name, sizeof name, "pi %.0e, OpenMP 2 threads, %s", (double)n,
             label);
    bench_row(name, o, "s", 0, NULL);
    snprintf(name, sizeof name, "pi %.0e, pfor 2, N-1 forks, %s", (double)n,
             label);
    bench_row(name, p, "s", o, "OpenMP");
    snprintf(name, sizeof name, "pi %.0e, pfor 2, N forks, %s", (double)n,
             label);
    bench_row(name, q, "s", p, "N-1 forks");
    printf("  %-44s %12.3f x\n", "speedup of pfor (N-1 forks) over serial",
           s / p);
}

/* ---- (3) reproducible reduction vs plain per-worker reduction ---- */

static double sum_reproducible(long n)
{
    double sum = 0;
    {
        pfc_loop_t *__pf_loop = pfc_loop_new("bench_loop.c", 3);
        typedef long __pf_iv_t;
        PFC_RANGE(__pf_loop, __pf_iv_t, 0, n, 1, PFC_LT);
        pfc_loop_workers(__pf_loop, 2);
        pfc_loop_reduce(__pf_loop, PF_OP_ADD, PF_TYPE_OF(sum), &sum, 1);
        pfc_loop_start(__pf_loop);
        {
            __typeof__(sum) sum;
            unsigned long long __pf_k, __pf_end;
            while (pfc_loop_next(__pf_loop, &__pf_k, &__pf_end)) {
                pfc_loop_identity(__pf_loop, 0, &sum);
                for (; __pf_k < __pf_end; __pf_k++) {
                    __pf_iv_t i = PFC_IV(__pf_loop, __pf_iv_t, __pf_k);
                    sum += 1.0 / (double)(i + 1);
                }
                pfc_loop_deposit(__pf_loop, 0, &sum);
            }
        }
        pfc_loop_end(__pf_loop);
    }
    return sum;
}

/* The plain way: each of the 2 participants sums its one even block and
 * leaves it in a shared cell; the parent adds the two. */
static double sum_plain(long n, double *cells)
{
    {
        pfc_loop_t *__pf_loop = pfc_loop_new("bench_loop.c", 4);
        typedef long __pf_iv_t;
        PFC_RANGE(__pf_loop, __pf_iv_t, 0, n, 1, PFC_LT);
        pfc_loop_workers(__pf_loop, 2);
        pfc_loop_start(__pf_loop);
        {
            unsigned long long __pf_k, __pf_end;
            while (pfc_loop_next(__pf_loop, &__pf_k, &__pf_end)) {
                int cell = __pf_k != 0;
                double sum = 0;
                for (; __pf_k < __pf_end; __pf_k++) {
                    __pf_iv_t i = PFC_IV(__pf_loop, __pf_iv_t, __pf_k);
                    sum += 1.0 / (double)(i + 1);
                }
                cells[cell] = sum;
            }
        }
        pfc_loop_end(__pf_loop);
    }
    return cells[0] + cells[1];
}

static void reduction_cost(long n, int reps)
{
    double *cells = mmap(NULL, 2 * sizeof(double), PROT_READ | PROT_WRITE,
                         MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    if (cells == MAP_FAILED)
        return;
    double tr[16], tp[16];
    for (int r = 0; r < reps; r++) {
        /* Alternate the order, so neither always runs first. */
        for (int j = 0; j < 2; j++) {
            double t0 = bench_now();
            if ((r + j) % 2)
                sink = sum_plain(n, cells);
            else
                sink = sum_reproducible(n);
            double t = bench_now() - t0;
            if ((r + j) % 2)
                tp[r] = t;
            else
                tr[r] = t;
        }
    }
    double rr = bench_median(tr, (size_t)reps);
    double pp = bench_median(tp, (size_t)reps);
    char name[96];
    snprintf(name, sizeof name, "double sum %.0e terms, plain per-worker",
             (double)n);
    bench_row(name, pp, "s", 0, NULL);
    snprintf(name, sizeof name, "double sum %.0e terms, reproducible",
             (double)n);
    bench_row(name, rr, "s", pp, "plain");
    munmap(cells, 2 * sizeof(double));
}

/* ---- (4) collect and its transport ---- */

static void collect_loop(double *out, long n)
{
    {
        pfc_loop_t *__pf_loop = pfc_loop_new("bench_loop.c", 5);
        typedef long __pf_iv_t;
        PFC_RANGE(__pf_loop, __pf_iv_t, 0, n, 1, PFC_LT);
        pfc_loop_workers(__pf_loop, 2);
        pfc_loop_collect(__pf_loop, &out[0], sizeof out[0]);
        pfc_loop_start(__pf_loop);
        {
            unsigned long long __pf_k, __pf_end;
            while (pfc_loop_next(__pf_loop, &__pf_k, &__pf_end)) {
                for (; __pf_k < __pf_end; __pf_k++) {
                    __pf_iv_t i = PFC_IV(__pf_loop, __pf_iv_t, __pf_k);
                    out[i] = (double)i * 0.5;
                }
            }
        }
        pfc_loop_end(__pf_loop);
    }
}

static void collect_cost(long n, int reps)
{
    double *out = malloc((size_t)n * sizeof *out);
    if (out == NULL)
        return;
    memset(out, 0, (size_t)n * sizeof *out);
    double ts[16], tc[16];
    for (int r = 0; r < reps; r++) {
        double t0 = bench_now();
        for (long i = 0; i < n; i++)
            out[i] = (double)i * 0.5;
        double t1 = bench_now();
        collect_loop(out, n);
        double t2 = bench_now();
        ts[r] = t1 - t0;
        tc[r] = t2 - t1;
    }
    double s = bench_median(ts, (size_t)reps);
    double c = bench_median(tc, (size_t)reps);
    char name[96];
    snprintf(name, sizeof name, "fill %.0e bytes, serial",
             (double)n * sizeof *out);
    bench_row(name, s, "s", 0, NULL);
    snprintf(name, sizeof name, "fill %.0e bytes, collect, 2 workers",
             (double)n * sizeof *out);
    bench_row(name, c, "s", s, "serial");
    printf("  (bench_collect has the costs against bytes written and "
           "storage size)\n");
    free(out);
}

int main(int argc, char **argv)
{
    const char *env = getenv("PFOR_BENCH_QUICK");
    int quick = (argc > 1 && (strcmp(argv[1], "--quick") == 0 ||
                              strcmp(argv[1], "quick") == 0)) ||
                (env && *env && strcmp(env, "0") != 0);
    printf("bench_loop%s\n", quick ? " (quick)" : "");
    static const struct {
        size_t bytes;
        const char *label;
    } rss[] = {{(size_t)10 << 20, "10 MB"}, {(size_t)1 << 30, "1 GB"}};
    for (int j = 0; j < 2; j++) {
        char *buf = malloc(rss[j].bytes);
        if (buf == NULL) {
            printf("  (no memory for %s)\n", rss[j].label);
            continue;
        }
        memset(buf, 1, rss[j].bytes);
        /* Keep the compiler from dropping the unused buffer. */
        __asm__ volatile("" : : "r"(buf) : "memory");
        printf("(1) loop overhead, RSS %s\n", rss[j].label);
        overhead(quick ? (j ? 5 : 31) : (j ? 15 : 201), rss[j].label);
        printf("(2) Monte Carlo pi, RSS %s\n", rss[j].label);
        monte_carlo(quick ? 20000000L : 200000000L, quick ? 3 : 5,
                    rss[j].label);
        free(buf);
    }
    printf("(3) reproducible reduction\n");
    reduction_cost(quick ? 20000000L : 100000000L, quick ? 5 : 7);
    printf("(4) collect (10^8 bytes)\n");
    collect_cost(12500000L, quick ? 3 : 5);
    double py = bench_python("py_loop.py", quick ? "quick" : "");
    if (py > 0)
        bench_row("Python Pool(2) create + map + close", py * 1e6, "us", 0,
                  NULL);
    return 0;
}
