/* bench_team.c - what a persistent team costs: an empty `pfor for` with a
 * reduction inside a region (a barrier and the combination) against the
 * same loop in OpenMP (`omp for` inside `omp parallel`, same run) and
 * against a plain fork-join `parallel for`; the barrier's spin before it
 * sleeps; oversubscribed teams; starting a region; promoting storage on
 * its first use; exchanging private storage at a meeting.
 *
 * The loops are written in the shape pforc generates (pfor_abi.h).
 * Usage: bench_team [--quick] */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#ifdef _OPENMP
#include <omp.h>
#endif

#include "benchutil.h"
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

/* First use of a 32 MB static array in a region: member 0's content into
 * the team's file, mapped by both; then loops that write it all (shared:
 * nothing to exchange) and a heap array of the same size (exchanged as
 * byte diffs). */
static void storage_costs(void)
{
    int reps = quick ? 3 : 7;
    long n = 4L << 20;
    double t[16];
    for (int k = 0; k < reps; k++) {
        double t0 = bench_now();
        REGION(2, FILL_LOOP(n, big_static, 1.0))
        t[k] = bench_now() - t0;
    }
    printf("(4) collected storage, 2 workers, 32 MB\n");
    double first = median_of(t, reps);
    bench_row("region: first use of a static array + 1 loop", first * 1e3, "ms",
              0, NULL);
    int loops = 20;
    for (int k = 0; k < reps; k++) {
        double t0 = bench_now();
        REGION(2, for (int r = 0; r < loops; r++)
                      FILL_LOOP(n, big_static, (double)r))
        t[k] = bench_now() - t0;
    }
    double shared = (median_of(t, reps) - first) / (loops - 1);
    bench_row("each later loop writing all of it (shared)", shared * 1e3, "ms",
              0, NULL);
    /* the same array on the brk heap is not promoted: force it with a
     * block glibc keeps in the heap (below its mapping threshold) */
    double *heap = NULL;
    long hn = 12 << 10; /* 96 KB */
    heap = malloc((size_t)hn * sizeof *heap);
    for (int k = 0; k < reps; k++) {
        double t0 = bench_now();
        REGION(2,
               for (int r = 0; r < loops; r++) FILL_LOOP(hn, heap, (double)r))
        t[k] = (bench_now() - t0) / loops;
    }
    bench_row("96 KB heap array, per loop writing all (byte diffs)",
              median_of(t, reps) * 1e6, "us", 0, NULL);
    free(heap);
}

int main(int argc, char **argv)
{
    quick = argc > 1 && strcmp(argv[1], "--quick") == 0;
    printf("bench_team: %d CPUs; a shared machine: compare rows within one "
           "run\n",
           pf_cpu_count());
    per_loop();
    region_start();
    storage_costs();
    return 0;
}
