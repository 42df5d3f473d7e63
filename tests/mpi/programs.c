/* programs.c - whole programs for what a CUnit test inside a rank cannot
 * see: a rank that crashes or exits in a loop, the output of the ranks,
 * the exit status, and programs that call MPI_Init/MPI_Finalize
 * themselves.  The loops are written as pforc --backend=mpi generates
 * them.  Usage: programs MODE (driven by programs.sh). */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pfor_mpi_abi.h"

/* #pragma pfor parallel for reduction(+:sum) schedule(kind)
 * for (long i = 0; i < n; i++) { if (i == bad) fail(); sum += i; } */
static long sum_to(long n, long bad, int how, pfm_schedule_t kind)
{
    long sum = 0;
    pfm_loop_t *__pf_loop = pfm_loop_new("programs.c", 17);
    typedef long __pf_iv_t;
    PFM_RANGE(__pf_loop, __pf_iv_t, 0, n, 1, PFM_LT);
    pfm_loop_schedule(__pf_loop, kind, 0);
    pfm_loop_reduce(__pf_loop, PF_OP_ADD, PF_TYPE_OF(sum), &sum, 1);
    pfm_loop_start(__pf_loop);
    {
        volatile unsigned long long *__pf_cursor = pfm_loop_cursor(__pf_loop);
        unsigned long long __pf_k, __pf_end;
        while (pfm_loop_next(__pf_loop, &__pf_k, &__pf_end)) {
            *__pf_cursor = __pf_k;
            pfm_loop_identity(__pf_loop, 0, &sum);
            for (; __pf_k < __pf_end; __pf_k++) {
                __pf_iv_t i = PFM_IV(__pf_loop, __pf_iv_t, __pf_k);
                if (i == bad) {
                    if (how == 1)
                        *(volatile int *)0 = 1; /* SIGSEGV */
                    else if (how == 2)
                        exit(3);
                    else
                        abort();
                }
                sum += i;
            }
            pfm_loop_deposit(__pf_loop, 0, &sum);
        }
    }
    pfm_loop_end(__pf_loop);
    return sum;
}

int main(int argc, char **argv)
{
    const char *mode = argc > 1 ? argv[1] : "output";
    if (strcmp(mode, "crash") == 0 || strcmp(mode, "exit") == 0 ||
        strcmp(mode, "abort") == 0) {
        printf("before the loop\n");
        fflush(stdout);
        int how = mode[0] == 'c' ? 1 : mode[0] == 'e' ? 2 : 3;
        long s = sum_to(1000, 737, how, PFM_SCHED_STATIC);
        printf("after the loop: %ld\n", s); /* never */
        return 0;
    }
    if (strcmp(mode, "region-crash") == 0) {
        /* #pragma pfor parallel { ... rank 1 crashes outside any loop } */
        pfm_team_t *__pf_team = pfm_team_new("programs.c", 64);
        while (pfm_team_run(__pf_team)) {
            long s = sum_to(100, -1, 0, PFM_SCHED_STATIC);
            if (pfm_rank() == pfm_size() - 1)
                *(volatile long *)0 = s;
            pfm_barrier("programs.c", 69);
        }
        pfm_team_end(__pf_team);
        printf("after the region\n"); /* never */
        return 0;
    }
    if (strcmp(mode, "output") == 0) {
        /* What the serial program prints: once. */
        printf("start\n");
        fprintf(stderr, "a line on stderr\n");
        printf("sum %ld\n", sum_to(100000, -1, 0, PFM_SCHED_DYNAMIC));
        printf("end\n");
        return 3; /* the job's exit status */
    }
    if (strcmp(mode, "user-init") == 0) {
        /* The program initialises and finalises MPI itself. */
        int provided;
        MPI_Init_thread(&argc, &argv, MPI_THREAD_SERIALIZED, &provided);
        int rank;
        MPI_Comm_rank(MPI_COMM_WORLD, &rank);
        long s = sum_to(1000, -1, 0, PFM_SCHED_GUIDED);
        long all = 0;
        MPI_Allreduce(&s, &all, 1, MPI_LONG, MPI_SUM, MPI_COMM_WORLD);
        printf("sum %ld, everyone %ld\n", s, all / pfm_size());
        MPI_Finalize();
        return 0;
    }
    if (strcmp(mode, "late-init") == 0) {
        /* A loop first (pfor initialises MPI), then the program's own
         * MPI_Init and MPI_Finalize: both still work. */
        long s = sum_to(1000, -1, 0, PFM_SCHED_STATIC);
        MPI_Init(&argc, &argv);
        int size;
        MPI_Comm_size(MPI_COMM_WORLD, &size);
        printf("sum %ld on %d rank(s)\n", s, size == pfm_size() ? 1 : 0);
        MPI_Finalize();
        return 0;
    }
    fprintf(stderr, "unknown mode %s\n", mode);
    return 2;
}
