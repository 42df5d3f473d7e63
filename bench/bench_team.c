/* bench_team.c - what a persistent team costs: an empty `pfor for` with a
 * reduction inside a region (a barrier and the combination) against the
 * same loop in OpenMP (`omp for` inside `omp parallel`, same run) and
 * against a plain fork-join `parallel for`; the barrier's spin before it
 * sleeps; oversubscribed teams; starting a region; promoting storage on
 * its first use; exchanging private storage at a meeting.
 *
 * The loops are written in the shape pforc generates (pfor_abi.h).
 * Usage: bench_team [--quick] [--loops | --frame]  (--loops: only (1)
 * and (2), the per-loop figures; --frame: only (5); for profiling) */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <alloca.h>
#include <sys/mman.h>
#ifdef _OPENMP
#include <omp.h>
#endif

#include "benchutil.h"
#include "pfor.h"
#include "pfor_abi.h"

/* ---- the lowering (pfor_abi.h's header comment) ---- */

#define REGION(workers, body)                                                  \
    {                                                                          \
        pfc_team_t *__pf_team = pfc_team_new("bench_team.c", __LINE__);        \
        pfc_team_workers(__pf_team, (long)(workers));                          \
        while (pfc_team_run(__pf_team)) {                                      \
            body                                                               \
        }                                                                      \
        pfc_team_end(__pf_team);                                               \
    }

/* for (long i = 0; i < n; i++) sum += 1;  with reduction(+: sum) */
#define SUM_LOOP(newfn, n, sum)                                                \
    {                                                                          \
        pfc_loop_t *__pf_loop = newfn("bench_team.c", __LINE__);               \
        typedef long __pf_iv_t;                                                \
        PFC_RANGE(__pf_loop, __pf_iv_t, 0, (n), 1, PFC_LT);                    \
        pfc_loop_reduce(__pf_loop, PF_OP_ADD, PF_TYPE_OF(sum), &(sum), 1);     \
        pfc_loop_start(__pf_loop);                                             \
        {                                                                      \
            volatile unsigned long long *__pf_cursor =                         \
                pfc_loop_cursor(__pf_loop);                                    \
            unsigned long long __pf_k, __pf_end;                               \
            while (pfc_loop_next(__pf_loop, &__pf_k, &__pf_end)) {             \
                *__pf_cursor = __pf_k;                                         \
                pfc_loop_identity(__pf_loop, 0, &(sum));                       \
                for (; __pf_k < __pf_end; __pf_k++)                            \
                    (sum) += 1;                                                \
                pfc_loop_deposit(__pf_loop, 0, &(sum));                        \
            }                                                                  \
        }                                                                      \
        pfc_loop_end(__pf_loop);                                               \
    }

/* for (long i = 0; i < n; i++) a[i] = v;  with collect(a[0:n]) */
#define FILL_LOOP(n, a, v)                                                     \
    {                                                                          \
        pfc_loop_t *__pf_loop = pfc_for_new("bench_team.c", __LINE__);         \
        typedef long __pf_iv_t;                                                \
        PFC_RANGE(__pf_loop, __pf_iv_t, 0, (n), 1, PFC_LT);                    \
        pfc_loop_collect_bytes(__pf_loop, &(a)[0],                             \
                               (size_t)(n) * sizeof(a)[0]);                    \
        pfc_loop_start(__pf_loop);                                             \
        {                                                                      \
            unsigned long long __pf_k, __pf_end;                               \
            while (pfc_loop_next(__pf_loop, &__pf_k, &__pf_end))               \
                for (; __pf_k < __pf_end; __pf_k++)                            \
                    (a)[__pf_k] = (v);                                         \
        }                                                                      \
        pfc_loop_end(__pf_loop);                                               \
    }

static int quick;

static double median_of(double *t, int n)
{
    return bench_median(t, (size_t)n);
}

/* Seconds per empty team loop with a reduction: a region of `workers`
 * members running `loops` loops of `trips` iterations. */
static double team_loop_cost(int workers, int loops, long trips)
{
    double sum = 0, t0 = bench_now();
    REGION(workers,
           for (int r = 0; r < loops; r++){SUM_LOOP(pfc_for_new, trips, sum)})
    double t = bench_now() - t0;
    if (sum != (double)trips * loops)
        fprintf(stderr, "bench_team: wrong sum %g\n", sum);
    return t / loops;
}

/* The same in OpenMP: omp for reduction inside one omp parallel. */
static double omp_loop_cost(int threads, int loops, long trips)
{
#ifdef _OPENMP
    double sum = 0, t0 = bench_now();
#pragma omp parallel num_threads(threads)
    {
        for (int r = 0; r < loops; r++) {
#pragma omp for reduction(+ : sum) schedule(static)
            for (long i = 0; i < trips; i++)
                sum += 1;
        }
    }
    double t = bench_now() - t0;
    if (sum != (double)trips * loops)
        fprintf(stderr, "bench_team: wrong omp sum %g\n", sum);
    return t / loops;
#else
    (void)threads;
    (void)loops;
    (void)trips;
    return -1;
#endif
}

/* A plain fork-join `parallel for` with the reduction. */
static double forkjoin_loop_cost(int workers, int loops, long trips)
{
    char w[16];
    snprintf(w, sizeof w, "%d", workers);
    setenv("PFOR_WORKERS", w, 1);
    setenv("PFOR_ADAPT", "0", 1);
    double t0 = bench_now();
    for (int r = 0; r < loops; r++) {
        double sum = 0;
        SUM_LOOP(pfc_loop_new, trips, sum)
    }
    double t = bench_now() - t0;
    unsetenv("PFOR_WORKERS");
    unsetenv("PFOR_ADAPT");
    return t / loops;
}

static void set_spin(const char *us)
{
    if (us)
        setenv("PFOR_SPIN", us, 1);
    else
        unsetenv("PFOR_SPIN");
}

static void per_loop(void)
{
    int loops = quick ? 2000 : 20000, reps = quick ? 3 : 7;
    long trips = 1000;
    printf("(1) an empty loop of %ld iterations with reduction(+), per loop, "
           "2 workers, median of %d runs of %d loops\n",
           trips, reps, loops);
    double t[16];
    const char *spins[] = {"0", "5", "20", "50", "200"};
    double omp = -1;
    for (int k = 0; k < reps; k++)
        t[k] = omp_loop_cost(2, loops, trips);
    omp = median_of(t, reps);
    bench_row("OpenMP omp for in omp parallel", omp * 1e6, "us", 0, NULL);
    for (size_t s = 0; s < sizeof spins / sizeof spins[0]; s++) {
        set_spin(spins[s]);
        for (int k = 0; k < reps; k++)
            t[k] = team_loop_cost(2, loops, trips);
        char name[64];
        snprintf(name, sizeof name, "pfor team loop, spin %s us", spins[s]);
        bench_row(name, median_of(t, reps) * 1e6, "us", omp * 1e6, "OpenMP");
    }
    set_spin(NULL);
    for (int k = 0; k < reps; k++)
        t[k] = team_loop_cost(2, loops, trips);
    double team = median_of(t, reps);
    bench_row("pfor team loop, default spin", team * 1e6, "us", omp * 1e6,
              "OpenMP");
    int fj_loops = quick ? 50 : 300;
    for (int k = 0; k < reps; k++)
        t[k] = forkjoin_loop_cost(2, fj_loops, trips);
    double fj = median_of(t, reps);
    bench_row("pfor fork-join parallel for", fj * 1e6, "us", team * 1e6,
              "team loop");

    printf("(2) oversubscribed: 4 members on %d CPUs (no spin), per loop\n",
           pf_cpu_count());
    for (int k = 0; k < reps; k++)
        t[k] = omp_loop_cost(4, loops / 4, trips);
    omp = median_of(t, reps);
    bench_row("OpenMP, 4 threads", omp * 1e6, "us", 0, NULL);
    for (int k = 0; k < reps; k++)
        t[k] = team_loop_cost(4, loops / 4, trips);
    bench_row("pfor team loop, 4 members", median_of(t, reps) * 1e6, "us",
              omp * 1e6, "OpenMP");
}

static void region_start(void)
{
    int reps = quick ? 5 : 21;
    double t[32];
    for (int k = 0; k < reps; k++) {
        double t0 = bench_now();
        double sum = 0;
        REGION(2, SUM_LOOP(pfc_for_new, 1000, sum))
        t[k] = bench_now() - t0;
    }
    printf("(3) a region with one empty loop (fork 2 members, meet, end)\n");
    bench_row("pfor region", median_of(t, reps) * 1e6, "us", 0, NULL);
}

static double big_static[4 << 20]; /* 32 MB */

/* for (long i = lo; i < hi; i++) a[i] = v;  collect(a[0:n]), as a `pfor
 * for` (newfn pfc_for_new) or a `parallel for` (pfc_loop_new) */
#define PART_LOOP(newfn, lo, hi, n, a, v)                                      \
    {                                                                          \
        pfc_loop_t *__pf_loop = newfn("bench_team.c", __LINE__);               \
        typedef long __pf_iv_t;                                                \
        PFC_RANGE(__pf_loop, __pf_iv_t, (lo), (hi), 1, PFC_LT);                \
        pfc_loop_collect_bytes(__pf_loop, &(a)[0], (size_t)(n) * sizeof(a)[0]); \
        pfc_loop_start(__pf_loop);                                             \
        {                                                                      \
            unsigned long long __pf_k, __pf_end;                               \
            while (pfc_loop_next(__pf_loop, &__pf_k, &__pf_end))               \
                for (; __pf_k < __pf_end; __pf_k++)                            \
                    (a)[PFC_IV(__pf_loop, __pf_iv_t, __pf_k)] = (v);           \
        }                                                                      \
        pfc_loop_end(__pf_loop);                                               \
    }

/* Seconds per loop for loops 2..L of a region (timed by member 0 inside
 * the region, so the region's start and the storage's first use stay
 * out), or of plain loops, that write [0, n) (`all`) or one element of
 * a 32 MB array. */
static double exchange_cost(int plain, int all, int loops)
{
    long n = 4L << 20;
    static double *shared_t;
    if (shared_t == NULL)
        shared_t = mmap(NULL, 4096, PROT_READ | PROT_WRITE,
                        MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    double t0 = 0;
    if (plain) {
        for (int r = 0; r < loops; r++) {
            if (r == 1)
                t0 = bench_now();
            PART_LOOP(pfc_loop_new, all ? 0 : r, all ? n : r + 2, n,
                      big_static, (double)r)
        }
        return (bench_now() - t0) / (loops - 1);
    }
    REGION(2, for (int r = 0; r < loops; r++) {
        if (r == 1 && pfc_master())
            shared_t[0] = bench_now();
        PART_LOOP(pfc_for_new, all ? 0 : r, all ? n : r + 2, n, big_static,
                  (double)r)
    } if (pfc_master()) shared_t[1] = bench_now();)
    return (shared_t[1] - shared_t[0]) / (loops - 1);
}

/* The exchange: collected storage of 32 MB (a static array), 2 workers.
 * The region promotes it to shared memory on its first use (one copy),
 * then a loop costs its meeting; without promotion (PFOR_TEAM_SHARE=diff)
 * every meeting compares and copies what was written; a plain fork-join
 * loop forks, finds the written pages (pagemap) and ships them. */
static void storage_costs(void)
{
    int reps = quick ? 3 : 5, loops = quick ? 10 : 20;
    double t[16];
    setenv("PFOR_WORKERS", "2", 1);
    setenv("PFOR_ADAPT", "0", 1);
    printf("(4) collected storage: a 32 MB static array, 2 workers, per "
           "loop (median of %d runs of %d loops)\n",
           reps, loops);
    for (int k = 0; k < reps; k++) {
        double t0 = bench_now();
        REGION(2, FILL_LOOP(4L << 20, big_static, 1.0))
        t[k] = bench_now() - t0;
    }
    bench_row("region: fork, first use (promotion), 1 loop, end",
              median_of(t, reps) * 1e3, "ms", 0, NULL);
    const char *names[3] = {"region, promoted (the default)",
                            "region, byte diffs (PFOR_TEAM_SHARE=diff)",
                            "plain parallel for, fork-join + write-set"};
    for (int all = 1; all >= 0; all--) {
        printf("    %s\n", all ? "each loop writes all 32 MB"
                              : "each loop writes one element");
        double base = 0;
        for (int v = 0; v < 3; v++) {
            if (v == 1)
                setenv("PFOR_TEAM_SHARE", "diff", 1);
            for (int k = 0; k < reps; k++)
                t[k] = exchange_cost(v == 2, all, loops);
            unsetenv("PFOR_TEAM_SHARE");
            double m = median_of(t, reps);
            if (v == 0)
                base = m;
            bench_row(names[v], m * 1e3, "ms", v ? base * 1e3 : 0,
                      "promoted");
        }
    }
    unsetenv("PFOR_WORKERS");
    unsetenv("PFOR_ADAPT");
}

/* Seconds per loop for loops 2..L of a region whose loops collect an
 * array of n doubles in the region's own frame (a local of the function
 * holding the region) and write one element each (`all`: every
 * element); timed by member 0 inside the region. */
static double frame_cost(long n, int all, int loops)
{
    static double *shared_t;
    if (shared_t == NULL)
        shared_t = mmap(NULL, 4096, PROT_READ | PROT_WRITE,
                        MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    double *local = alloca((size_t)n * sizeof *local);
    memset(local, 0, (size_t)n * sizeof *local);
    REGION(2, for (int r = 0; r < loops; r++) {
        if (r == 1 && pfc_master())
            shared_t[0] = bench_now();
        PART_LOOP(pfc_for_new, all ? 0 : r % n, all ? n : r % n + 1, n, local,
                  (double)r)
    } if (pfc_master()) shared_t[1] = bench_now();)
    if (local[(loops - 1) % n] != (double)(loops - 1))
        fprintf(stderr, "bench_team: wrong frame array\n");
    return (shared_t[1] - shared_t[0]) / (loops - 1);
}

/* Storage in the region's own frame (the function that holds the region
 * has the array as a local): a lasting segment compared at every
 * meeting, or, page by page, promoted like static storage. */
static void frame_costs(void)
{
    int reps = quick ? 3 : 7, loops = quick ? 200 : 2000;
    double t[16];
    printf("(5) collected storage in the region's frame, 2 workers, per loop "
           "(median of %d runs of %d loops)\n",
           reps, loops);
    const long sizes[] = {1024, 128L << 10};
    for (size_t z = 0; z < sizeof sizes / sizeof sizes[0]; z++)
        for (int all = 0; all <= 1; all++) {
            for (int k = 0; k < reps; k++)
                t[k] = frame_cost(sizes[z], all, loops);
            char name[80];
            snprintf(name, sizeof name, "%ld KB local array, %s",
                     sizes[z] * 8 / 1024,
                     all ? "each loop writes all" : "each loop writes one");
            bench_row(name, median_of(t, reps) * 1e6, "us", 0, NULL);
        }
}

int main(int argc, char **argv)
{
    int only_loops = 0, only_frame = 0;
    for (int a = 1; a < argc; a++) {
        if (strcmp(argv[a], "--quick") == 0)
            quick = 1;
        else if (strcmp(argv[a], "--loops") == 0)
            only_loops = 1;
        else if (strcmp(argv[a], "--frame") == 0)
            only_frame = 1;
    }
    printf("bench_team: %d CPUs; a shared machine: compare rows within one "
           "run\n",
           pf_cpu_count());
    if (only_frame) {
        frame_costs();
        return 0;
    }
    per_loop();
    if (only_loops)
        return 0;
    region_start();
    storage_costs();
    frame_costs();
    return 0;
}
