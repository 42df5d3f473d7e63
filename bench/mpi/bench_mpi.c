/* bench_mpi.c - the mpi backend side by side with serial and the process
 * engine: Monte Carlo pi, a Jacobi 2-D stencil, the cost of an empty loop
 * and of one reduction against MPI_Allreduce alone, the dynamic counter
 * against a rank-0 dispatcher, and the ways to find collected writes.
 * The loops are written in the shape pforc generates (pfc_ for the
 * process engine, pfm_ for mpi).  bench/mpi/run.sh runs every mode in one
 * go and prints the table; by hand: bench_mpi MODE [--quick], with mpirun
 * for the mpi modes. */
#include <fcntl.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "pfor/random.h"
#include "pfor_mpi_abi.h"

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

static double median(double *v, int n)
{
    qsort(v, (size_t)n, sizeof *v, cmp_double);
    return v[n / 2];
}

static bool quick;
static int my_rank; /* 0 outside MPI */

/* Print a result line (rank 0 only). */
#define REPORT(...)                                                            \
    do {                                                                       \
        if (my_rank == 0) {                                                    \
            printf(__VA_ARGS__);                                               \
            fflush(stdout);                                                    \
        }                                                                      \
    } while (0)

/* ---- pi ---- */

static inline int in_circle(long i)
{
    pf_random_t r = pf_random_stream(42, (uint64_t)i);
    double x = pf_random_next_double(&r), y = pf_random_next_double(&r);
    return x * x + y * y <= 1.0;
}

static long pi_serial(long n)
{
    long hits = 0;
    for (long i = 0; i < n; i++)
        hits += in_circle(i);
    return hits;
}

static long pi_process(long n)
{
    long hits = 0;
    pfc_loop_t *L = pfc_loop_new("bench_mpi.c", 70);
    PFC_RANGE(L, long, 0, n, 1, PFC_LT);
    pfc_loop_reduce(L, PF_OP_ADD, PF_TYPE_OF(hits), &hits, 1);
    pfc_loop_start(L);
    {
        long hits;
        unsigned long long k, end;
        while (pfc_loop_next(L, &k, &end)) {
            pfc_loop_identity(L, 0, &hits);
            for (; k < end; k++)
                hits += in_circle(PFC_IV(L, long, k));
            pfc_loop_deposit(L, 0, &hits);
        }
    }
    pfc_loop_end(L);
    return hits;
}

static long pi_mpi(long n)
{
    long hits = 0;
    pfm_loop_t *L = pfm_loop_new("bench_mpi.c", 90);
    PFM_RANGE(L, long, 0, n, 1, PFM_LT);
    pfm_loop_reduce(L, PF_OP_ADD, PF_TYPE_OF(hits), &hits, 1);
    pfm_loop_start(L);
    unsigned long long k, end;
    while (pfm_loop_next(L, &k, &end)) {
        pfm_loop_identity(L, 0, &hits);
        for (; k < end; k++)
            hits += in_circle(PFM_IV(L, long, k));
        pfm_loop_deposit(L, 0, &hits);
    }
    pfm_loop_end(L);
    return hits;
}

/* ---- Jacobi 2-D: b = average of a's neighbours; a = b; 500 steps ---- */

#define JN 500
static double ja[JN][JN], jb[JN][JN];

static void jacobi_init(void)
{
    for (int i = 0; i < JN; i++)
        for (int j = 0; j < JN; j++)
            ja[i][j] = jb[i][j] = (double)((i * 7 + j * 3) % 11);
}

static double jacobi_check(void)
{
    double s = 0;
    for (int i = 0; i < JN; i++)
        for (int j = 0; j < JN; j++)
            s += ja[i][j];
    return s;
}

static void jacobi_serial(int steps)
{
    for (int t = 0; t < steps; t++) {
        for (int i = 1; i < JN - 1; i++)
            for (int j = 1; j < JN - 1; j++)
                jb[i][j] = 0.2 * (ja[i][j] + ja[i - 1][j] + ja[i + 1][j] +
                                  ja[i][j - 1] + ja[i][j + 1]);
        for (int i = 1; i < JN - 1; i++)
            for (int j = 1; j < JN - 1; j++)
                ja[i][j] = jb[i][j];
    }
}

/* The process backend today: two parallel for loops per step (no
 * regions yet), each collecting its rows (old collect: element = row). */
static void jacobi_process(int steps)
{
    for (int t = 0; t < steps; t++) {
        pfc_loop_t *L = pfc_loop_new("bench_mpi.c", 150);
        PFC_RANGE(L, int, 1, JN - 1, 1, PFC_LT);
        pfc_loop_collect(L, &jb[0], sizeof jb[0]);
        pfc_loop_start(L);
        unsigned long long k, end;
        while (pfc_loop_next(L, &k, &end))
            for (; k < end; k++) {
                int i = PFC_IV(L, int, k);
                for (int j = 1; j < JN - 1; j++)
                    jb[i][j] = 0.2 * (ja[i][j] + ja[i - 1][j] + ja[i + 1][j] +
                                      ja[i][j - 1] + ja[i][j + 1]);
            }
        pfc_loop_end(L);
        L = pfc_loop_new("bench_mpi.c", 163);
        PFC_RANGE(L, int, 1, JN - 1, 1, PFC_LT);
        pfc_loop_collect(L, &ja[0], sizeof ja[0]);
        pfc_loop_start(L);
        while (pfc_loop_next(L, &k, &end))
            for (; k < end; k++) {
                int i = PFC_IV(L, int, k);
                for (int j = 1; j < JN - 1; j++)
                    ja[i][j] = jb[i][j];
            }
        pfc_loop_end(L);
    }
}

/* The mpi backend: the time loop in a region, two `for` loops per step,
 * each collecting its array (any write pattern: the byte diff). */
static void jacobi_mpi(int steps)
{
    pfm_team_t *T = pfm_team_new("bench_mpi.c", 180);
    while (pfm_team_run(T)) {
        for (int t = 0; t < steps; t++) {
            pfm_loop_t *L = pfm_for_new("bench_mpi.c", 183);
            PFM_RANGE(L, int, 1, JN - 1, 1, PFM_LT);
            pfm_loop_collect_bytes(L, jb, sizeof jb);
            pfm_loop_start(L);
            unsigned long long k, end;
            while (pfm_loop_next(L, &k, &end))
                for (; k < end; k++) {
                    int i = PFM_IV(L, int, k);
                    for (int j = 1; j < JN - 1; j++)
                        jb[i][j] =
                            0.2 * (ja[i][j] + ja[i - 1][j] + ja[i + 1][j] +
                                   ja[i][j - 1] + ja[i][j + 1]);
                }
            pfm_loop_end(L);
            L = pfm_for_new("bench_mpi.c", 197);
            PFM_RANGE(L, int, 1, JN - 1, 1, PFM_LT);
            pfm_loop_collect_bytes(L, ja, sizeof ja);
            pfm_loop_start(L);
            while (pfm_loop_next(L, &k, &end))
                for (; k < end; k++) {
                    int i = PFM_IV(L, int, k);
                    for (int j = 1; j < JN - 1; j++)
                        ja[i][j] = jb[i][j];
                }
            pfm_loop_end(L);
        }
    }
    pfm_team_end(T);
}

/* ---- loop overhead ---- */

static volatile double sink;

static double overhead(const char *backend, bool reduce, int reps)
{
    double t[31];
    int runs = quick ? 5 : 31;
    for (int r = 0; r < runs; r++) {
        double t0 = now();
        for (int rep = 0; rep < reps; rep++) {
            double s = 0;
            if (strcmp(backend, "serial") == 0) {
                for (long i = 0; i < 1000; i++)
                    if (reduce)
                        s += (double)i;
            } else if (strcmp(backend, "process") == 0) {
                pfc_loop_t *L = pfc_loop_new("bench_mpi.c", 230);
                PFC_RANGE(L, long, 0, 1000, 1, PFC_LT);
                pfc_loop_workers(L, 2);
                if (reduce)
                    pfc_loop_reduce(L, PF_OP_ADD, PF_TYPE_DOUBLE, &s, 1);
                pfc_loop_start(L);
                double part = 0;
                unsigned long long k, end;
                while (pfc_loop_next(L, &k, &end)) {
                    if (reduce)
                        pfc_loop_identity(L, 0, &part);
                    for (; k < end; k++)
                        part += (double)k;
                    if (reduce)
                        pfc_loop_deposit(L, 0, &part);
                }
                pfc_loop_end(L);
            } else {
                pfm_loop_t *L = pfm_loop_new("bench_mpi.c", 248);
                PFM_RANGE(L, long, 0, 1000, 1, PFM_LT);
                if (reduce)
                    pfm_loop_reduce(L, PF_OP_ADD, PF_TYPE_DOUBLE, &s, 1);
                pfm_loop_start(L);
                unsigned long long k, end;
                while (pfm_loop_next(L, &k, &end)) {
                    if (reduce)
                        pfm_loop_identity(L, 0, &s);
                    for (; k < end; k++)
                        if (reduce)
                            s += (double)k;
                    if (reduce)
                        pfm_loop_deposit(L, 0, &s);
                }
                pfm_loop_end(L);
            }
            sink = s;
        }
        t[r] = (now() - t0) / reps;
    }
    return median(t, runs);
}

static double allreduce_alone(int reps)
{
    double t[31];
    int runs = quick ? 5 : 31;
    for (int r = 0; r < runs; r++) {
        double t0 = now();
        for (int rep = 0; rep < reps; rep++) {
            double x = rep, y;
            MPI_Allreduce(&x, &y, 1, MPI_DOUBLE, MPI_SUM, MPI_COMM_WORLD);
            sink = y;
        }
        t[r] = (now() - t0) / reps;
    }
    return median(t, runs);
}

/* ---- dynamic chunks: the window counter against a rank-0 dispatcher ---- */

static double spin(long n)
{
    double s = 0;
    for (long i = 0; i < n; i++)
        s += (double)i * 1e-9;
    return s;
}

/* pfm: schedule(dynamic, 1) over `chunks` iterations of `work` each;
 * PFOR_MPI_DYNAMIC=rank0 (run.sh runs both) takes the numbers from the
 * rank-0 dispatcher instead of the window's counter. */
static double dispatch_counter(long chunks, long work)
{
    MPI_Barrier(MPI_COMM_WORLD);
    double t0 = now();
    pfm_loop_t *L = pfm_loop_new("bench_mpi.c", 300);
    PFM_RANGE(L, long, 0, chunks, 1, PFM_LT);
    pfm_loop_schedule(L, PFM_SCHED_DYNAMIC, 1);
    pfm_loop_start(L);
    unsigned long long k, end;
    while (pfm_loop_next(L, &k, &end))
        for (; k < end; k++)
            sink = spin(work);
    pfm_loop_end(L);
    return now() - t0;
}

/* ---- finding collected writes: one rank's cost per loop ---- */

/* pfm loop over [0, 2) whose iterations write `pages` pages of an array
 * of `bytes` (each rank its own pages); per loop seconds. */
static double collect_pfm(size_t bytes, size_t pages, int loops)
{
    unsigned char *a = malloc(bytes);
    memset(a, 1, bytes);
    size_t pg = 4096, npages = bytes / pg;
    double t[64];
    for (int l = 0; l < loops; l++) {
        MPI_Barrier(MPI_COMM_WORLD);
        double t0 = now();
        pfm_loop_t *L = pfm_loop_new("bench_mpi.c", 370);
        PFM_RANGE(L, long, 0, 2, 1, PFM_LT);
        pfm_loop_collect_bytes(L, a, bytes);
        pfm_loop_start(L);
        unsigned long long k, end;
        while (pfm_loop_next(L, &k, &end))
            for (; k < end; k++) {
                long i = PFM_IV(L, long, k);
                for (size_t p = (size_t)i; p < pages; p += 2)
                    a[(p * (npages / pages)) * pg + 8] = (unsigned char)(l + 2);
            }
        pfm_loop_end(L);
        t[l] = now() - t0;
    }
    free(a);
    return median(t, loops);
}

/* The third way, measured in one process: fork a child per loop for the
 * rank's share, find its written pages with pagemap bit 56 (exclusively
 * mapped: written since the fork), ship them through shared memory and
 * diff them against the parent's pristine copy. */
static double collect_fork(size_t bytes, size_t pages, int loops)
{
    unsigned char *a = malloc(bytes);
    memset(a, 1, bytes);
    size_t pg = 4096, npages = bytes / pg;
    unsigned char *ship = mmap(NULL, bytes + npages * 8, PROT_READ | PROT_WRITE,
                               MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    double t[64];
    for (int l = 0; l < loops; l++) {
        double t0 = now();
        pid_t pid = fork();
        if (pid == 0) {
            for (size_t p = 0; p < pages; p += 2)
                a[(p * (npages / pages)) * pg + 8] = (unsigned char)(l + 2);
            int fd = open("/proc/self/pagemap", O_RDONLY);
            uintptr_t first = (uintptr_t)a / pg,
                      last = ((uintptr_t)a + bytes) / pg;
            uint64_t *ents = malloc((last - first + 1) * 8);
            ssize_t got =
                pread(fd, ents, (last - first + 1) * 8, (off_t)(first * 8));
            size_t nship = 0;
            uint64_t *idx = (uint64_t *)(void *)(ship + bytes);
            for (uintptr_t p = 0; got > 0 && p <= last - first; p++)
                if (ents[p] >> 56 & 1) {
                    memcpy(ship + nship * pg, (void *)((first + p) * pg), pg);
                    idx[nship++] = first + p;
                }
            idx[npages - 1] = nship;
            _exit(0);
        }
        waitpid(pid, NULL, 0);
        uint64_t *idx = (uint64_t *)(void *)(ship + bytes);
        size_t nship = idx[npages - 1], changed = 0;
        for (size_t s = 0; s < nship; s++) {
            const unsigned char *mine = (const unsigned char *)(idx[s] * pg);
            for (size_t b = 0; b < pg; b++)
                changed += mine[b] != ship[s * pg + b];
        }
        sink = (double)changed;
        t[l] = now() - t0;
    }
    munmap(ship, bytes + npages * 8);
    free(a);
    return median(t, loops);
}

int main(int argc, char **argv)
{
    const char *mode = argc > 1 ? argv[1] : "help";
    quick = argc > 2 && strcmp(argv[2], "--quick") == 0;
    long pi_n = quick ? 20000000L : 200000000L;
    int steps = quick ? 50 : 500;
    if (strcmp(mode, "serial") == 0 || strcmp(mode, "process") == 0) {
        bool proc = mode[0] == 'p';
        double t0 = now();
        long hits = proc ? pi_process(pi_n) : pi_serial(pi_n);
        double tp = now() - t0;
        jacobi_init();
        t0 = now();
        if (proc)
            jacobi_process(steps);
        else
            jacobi_serial(steps);
        double tj = now() - t0;
        printf("%s pi %.6f %.3f\n", mode, 4.0 * (double)hits / (double)pi_n,
               tp);
        printf("%s jacobi %.6e %.3f\n", mode, jacobi_check(), tj);
        printf("%s empty %.3f\n", mode, overhead(mode, false, 200) * 1e6);
        printf("%s reduce %.3f\n", mode, overhead(mode, true, 200) * 1e6);
        return 0;
    }
    if (strcmp(mode, "mpi") == 0) {
        my_rank = pfm_rank();
        MPI_Barrier(MPI_COMM_WORLD);
        double t0 = now();
        long hits = pi_mpi(pi_n);
        double tp = now() - t0;
        jacobi_init();
        MPI_Barrier(MPI_COMM_WORLD);
        t0 = now();
        jacobi_mpi(steps);
        double tj = now() - t0;
        REPORT("mpi pi %.6f %.3f\n", 4.0 * (double)hits / (double)pi_n, tp);
        REPORT("mpi jacobi %.6e %.3f\n", jacobi_check(), tj);
        double e = overhead("mpi", false, 2000),
               r = overhead("mpi", true, 2000);
        double a = allreduce_alone(2000);
        REPORT("mpi empty %.3f\nmpi reduce %.3f\nmpi allreduce %.3f\n", e * 1e6,
               r * 1e6, a * 1e6);
        return 0;
    }
    if (strcmp(mode, "dispatch") == 0) {
        my_rank = pfm_rank();
        long works[] = {0, 2000, 20000};
        long chunks = quick ? 20000 : 100000;
        const char *how = getenv("PFOR_MPI_DYNAMIC");
        for (size_t w = 0; w < 3; w++) {
            double c[5];
            for (int r = 0; r < 5; r++)
                c[r] = dispatch_counter(chunks, works[w]);
            REPORT("dispatch %s work=%ld: %.3f us per chunk\n",
                   how ? how : "window", works[w],
                   median(c, 5) / (double)chunks * 1e6);
        }
        return 0;
    }
    if (strcmp(mode, "collect") == 0) {
        my_rank = pfm_rank();
        size_t bytes = (size_t)4 << 20;
        int loops = quick ? 9 : 31;
        size_t shapes[] = {2, 64, 1024};
        for (size_t s = 0; s < 3; s++) {
            double t = collect_pfm(bytes, shapes[s], loops); /* every rank */
            REPORT("collect %s 4MiB, %zu pages written: %.1f us per loop\n",
                   getenv("PFOR_MPI_COLLECT") ? getenv("PFOR_MPI_COLLECT")
                                              : "uffd",
                   shapes[s], t * 1e6);
        }
        if (my_rank == 0)
            for (size_t s = 0; s < 3; s++)
                REPORT("collect fork 4MiB, %zu pages written: %.1f us per loop "
                       "(one process)\n",
                       shapes[s] / 2,
                       collect_fork(bytes, shapes[s], loops) * 1e6);
        return 0;
    }
    fprintf(stderr, "usage: bench_mpi serial|process|mpi|dispatch|collect "
                    "[--quick]\n");
    return 2;
}
