/* bench_loop.c - the loop engine's costs: per-loop overhead against one
 * fork + exit + wait, Monte Carlo pi against serial and OpenMP, the
 * reproducible reduction against a plain per-worker one, collect.
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
#include "pfor_abi.h"

static volatile double sink;

/* ---- (1) overhead: 2 workers, empty body, one reduction ---- */

/* The loop exactly as pforc lowers
 *   #pragma pfor parallel for reduction(+:sum) workers(2)
 *   for (long i = 0; i < 1000; i++) sum += 1; */
static double empty_loop(void)
{
    double sum = 0;
    {
        pfc_loop_t *__pf_loop = pfc_loop_new("bench_loop.c", 1);
        typedef long __pf_iv_t;
        PFC_RANGE(__pf_loop, __pf_iv_t, 0, 1000, 1, PFC_LT);
        pfc_loop_workers(__pf_loop, 2);
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

static void overhead(size_t rss_bytes, int reps, const char *label)
{
    char *buf = malloc(rss_bytes);
    if (buf == NULL) {
        printf("  (no memory for %s)\n", label);
        return;
    }
    memset(buf, 1, rss_bytes);
    double *loop_t = calloc((size_t)reps, sizeof(double));
    double *fork_t = calloc((size_t)reps, sizeof(double));
    for (int r = 0; r < reps; r++) {
        double t0 = bench_now();
        fork_exit_wait();
        double t1 = bench_now();
        sink = empty_loop();
        double t2 = bench_now();
        fork_t[r] = (t1 - t0) * 1e6;
        loop_t[r] = (t2 - t1) * 1e6;
    }
    double f = bench_median(fork_t, (size_t)reps);
    double l = bench_median(loop_t, (size_t)reps);
    char name[96];
    snprintf(name, sizeof name, "fork+exit+wait, RSS %s", label);
    bench_row(name, f, "us", 0, NULL);
    snprintf(name, sizeof name, "loop, 2 workers, empty body, RSS %s", label);
    bench_row(name, l, "us", f, "fork+exit+wait");
    free(loop_t);
    free(fork_t);
    free(buf);
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

static long pi_pfor(long n, uint64_t seed, long workers)
{
    long hits = 0;
    {
        pfc_loop_t *__pf_loop = pfc_loop_new("bench_loop.c", 2);
        typedef long __pf_iv_t;
        PFC_RANGE(__pf_loop, __pf_iv_t, 0, n, 1, PFC_LT);
        pfc_loop_workers(__pf_loop, workers);
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

static void monte_carlo(long n, int reps)
{
    double ts[16], tp[16], to[16];
    long hs = 0, hp = 0, ho = 0;
    for (int r = 0; r < reps; r++) {
        double t0 = bench_now();
        hs = pi_serial(n, 42);
        double t1 = bench_now();
        hp = pi_pfor(n, 42, 2);
        double t2 = bench_now();
        ho = pi_openmp(n, 42);
        double t3 = bench_now();
        ts[r] = t1 - t0;
        tp[r] = t2 - t1;
        to[r] = t3 - t2;
    }
    double s = bench_median(ts, (size_t)reps);
    double p = bench_median(tp, (size_t)reps);
    double o = bench_median(to, (size_t)reps);
    printf("  pi = %.6f (pfor and OpenMP hits %s serial)\n",
           4.0 * (double)hp / (double)n,
           hp == hs && ho == hs ? "equal" : "DIFFER from");
    char name[96];
    snprintf(name, sizeof name, "pi %.0e samples, serial", (double)n);
    bench_row(name, s, "s", 0, NULL);
    snprintf(name, sizeof name, "pi %.0e samples, OpenMP 2 threads", (double)n);
    bench_row(name, o, "s", 0, NULL);
    snprintf(name, sizeof name, "pi %.0e samples, pfor 2 workers", (double)n);
    bench_row(name, p, "s", o, "OpenMP");
    printf("  %-44s %12.3f x\n", "speedup of pfor 2 workers over serial",
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

/* A forked child sends `bytes` of its memory back to `dst`: through a
 * pipe, or through a shared NORESERVE staging mapping and one memcpy. */
static double transport(char *dst, size_t bytes, int via_pipe)
{
    double t0 = bench_now();
    int fds[2] = {-1, -1};
    char *stage = NULL;
    if (via_pipe) {
        if (pipe(fds) != 0)
            return -1;
    } else {
        stage = mmap(NULL, bytes, PROT_READ | PROT_WRITE,
                     MAP_SHARED | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
        if (stage == MAP_FAILED)
            return -1;
    }
    fflush(NULL);
    pid_t pid = fork();
    if (pid == 0) {
        for (size_t j = 0; j < bytes; j += 4096)
            dst[j] = (char)j; /* the child's own results */
        if (via_pipe) {
            size_t off = 0;
            while (off < bytes) {
                ssize_t w = write(fds[1], dst + off, bytes - off);
                if (w <= 0)
                    _exit(1);
                off += (size_t)w;
            }
        } else {
            memcpy(stage, dst, bytes);
        }
        _exit(0);
    }
    if (via_pipe) {
        close(fds[1]);
        size_t off = 0;
        ssize_t r;
        while (off < bytes && (r = read(fds[0], dst + off, bytes - off)) > 0)
            off += (size_t)r;
        close(fds[0]);
        waitpid(pid, NULL, 0);
    } else {
        waitpid(pid, NULL, 0);
        memcpy(dst, stage, bytes);
        munmap(stage, bytes);
    }
    return bench_now() - t0;
}

static void collect_cost(long n, int reps)
{
    double *out = malloc((size_t)n * sizeof *out);
    if (out == NULL)
        return;
    memset(out, 0, (size_t)n * sizeof *out);
    double ts[16], tc[16], tpipe[16], tshm[16];
    for (int r = 0; r < reps; r++) {
        double t0 = bench_now();
        for (long i = 0; i < n; i++)
            out[i] = (double)i * 0.5;
        double t1 = bench_now();
        collect_loop(out, n);
        double t2 = bench_now();
        ts[r] = t1 - t0;
        tc[r] = t2 - t1;
        size_t half = (size_t)n * sizeof *out / 2;
        tpipe[r] = transport((char *)out, half, 1);
        tshm[r] = transport((char *)out, half, 0);
    }
    double s = bench_median(ts, (size_t)reps);
    double c = bench_median(tc, (size_t)reps);
    double p = bench_median(tpipe, (size_t)reps);
    double m = bench_median(tshm, (size_t)reps);
    char name[96];
    snprintf(name, sizeof name, "fill %.0e bytes, serial",
             (double)n * sizeof *out);
    bench_row(name, s, "s", 0, NULL);
    snprintf(name, sizeof name, "fill %.0e bytes, collect, 2 workers",
             (double)n * sizeof *out);
    bench_row(name, c, "s", s, "serial");
    snprintf(name, sizeof name, "send %.0e bytes back: pipe",
             (double)n * sizeof *out / 2);
    bench_row(name, p, "s", 0, NULL);
    snprintf(name, sizeof name, "send %.0e bytes back: shared staging",
             (double)n * sizeof *out / 2);
    bench_row(name, m, "s", p, "pipe");
    free(out);
}

int main(int argc, char **argv)
{
    const char *env = getenv("PFOR_BENCH_QUICK");
    int quick = (argc > 1 && (strcmp(argv[1], "--quick") == 0 ||
                              strcmp(argv[1], "quick") == 0)) ||
                (env && *env && strcmp(env, "0") != 0);
    printf("bench_loop%s\n", quick ? " (quick)" : "");
    printf("(1) loop overhead\n");
    overhead((size_t)10 << 20, quick ? 30 : 200, "10 MB");
    overhead((size_t)1 << 30, quick ? 5 : 15, "1 GB");
    printf("(2) Monte Carlo pi\n");
    monte_carlo(quick ? 20000000L : 200000000L, quick ? 3 : 5);
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
