/* test_team.c - parallel regions on persistent teams, through the pfc_
 * ABI in the shape of generated code (test_team_lowered.h): Jacobi 1-D
 * and 2-D, heat 3-D, FDTD 2-D, LU, Floyd-Warshall, a convergence loop
 * whose while test reads a reduction, single bookkeeping with
 * copyprivate, functions holding `pfor for` called inside and outside a
 * region, nowait + barrier, reductions bitwise equal to the plain loop's,
 * lastprivate, schedules; each against a serial computation under
 * PFOR_WORKERS 1-4 (bitwise for floating point). */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "loop_internal.h"
#include "pftest.h"

#if defined(__SANITIZE_ADDRESS__)
#define UNDER_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define UNDER_ASAN 1
#endif
#endif
#ifndef UNDER_ASAN
#define UNDER_ASAN 0
#endif
#include "team_internal.h"
#include "test_team_lowered.h"

static const char *const schedules[] = {"static", "static,3", "dynamic,2",
                                        "guided", "auto"};
#define NSCHED (sizeof schedules / sizeof schedules[0])

static void set_env(int workers, const char *schedule)
{
    char w[16];
    snprintf(w, sizeof w, "%d", workers);
    setenv("PFOR_WORKERS", w, 1);
    setenv("PFOR_SCHEDULE", schedule, 1);
}

static void clear_env(void)
{
    unsetenv("PFOR_WORKERS");
    unsetenv("PFOR_SCHEDULE");
}

/* Every combination the kernels run under: workers 1-4, and for 2 and 3
 * workers every schedule. */
typedef struct combo {
    int workers;
    const char *schedule;
} combo_t;

static int combos(combo_t *c)
{
    int n = 0;
    for (int w = 1; w <= 4; w++) {
        if (w == 2 || w == 3)
            for (size_t s = 0; s < NSCHED; s++)
                c[n++] = (combo_t){w, schedules[s]};
        else
            c[n++] = (combo_t){w, "static"};
    }
    return n;
}

static int same_bits(const void *a, const void *b, size_t n)
{
    return memcmp(a, b, n) == 0;
}

/* ---- Jacobi 1-D: a nowait loop, then a barrier ---- */

#define J1N 1000
#define J1T 40
static double j1a[J1N], j1b[J1N];

static void jacobi1d_init(double *a, double *b)
{
    for (int i = 0; i < J1N; i++) {
        a[i] = ((double)i + 2) / J1N;
        b[i] = ((double)i + 3) / J1N;
    }
}

static void jacobi1d_region(void)
{
    REGION_BEGIN("jacobi1d.c", 10)
    REGION_BODY
    for (int t = 0; t < J1T; t++) {
        FOR_BEGIN("jacobi1d.c", 13, int, 1, J1N - 1, 1, PFC_LT)
        pfc_loop_nowait(__pf_loop);
        pfc_loop_collect_bytes(__pf_loop, &(j1b)[0], sizeof(j1b));
        FOR_BODY(i)
        j1b[i] = 0.33333 * (j1a[i - 1] + j1a[i] + j1a[i + 1]);
        FOR_END
        pfc_barrier("jacobi1d.c", 16);
        FOR_BEGIN("jacobi1d.c", 17, int, 1, J1N - 1, 1, PFC_LT)
        pfc_loop_collect_bytes(__pf_loop, &(j1a)[0], sizeof(j1a));
        FOR_BODY(i)
        j1a[i] = 0.33333 * (j1b[i - 1] + j1b[i] + j1b[i + 1]);
        FOR_END
    }
    REGION_END
}

static void test_jacobi1d(void)
{
    static double ra[J1N], rb[J1N];
    jacobi1d_init(ra, rb);
    for (int t = 0; t < J1T; t++) {
        for (int i = 1; i < J1N - 1; i++)
            rb[i] = 0.33333 * (ra[i - 1] + ra[i] + ra[i + 1]);
        for (int i = 1; i < J1N - 1; i++)
            ra[i] = 0.33333 * (rb[i - 1] + rb[i] + rb[i + 1]);
    }
    combo_t c[16];
    int n = combos(c);
    for (int k = 0; k < n; k++) {
        set_env(c[k].workers, c[k].schedule);
        jacobi1d_init(j1a, j1b);
        jacobi1d_region();
        if (!same_bits(j1a, ra, sizeof ra) || !same_bits(j1b, rb, sizeof rb))
            fprintf(stderr, "jacobi1d differs: %d workers, %s\n", c[k].workers,
                    c[k].schedule);
        CU_ASSERT(same_bits(j1a, ra, sizeof ra));
        CU_ASSERT(same_bits(j1b, rb, sizeof rb));
    }
    clear_env();
}

/* ---- Jacobi 2-D: static arrays, two loops per step ---- */

#define J2N 90
#define J2T 20
static double j2a[J2N][J2N], j2b[J2N][J2N];

static void jacobi2d_init(double (*a)[J2N], double (*b)[J2N])
{
    for (int i = 0; i < J2N; i++)
        for (int j = 0; j < J2N; j++) {
            a[i][j] = ((double)i * (j + 2) + 2) / J2N;
            b[i][j] = ((double)i * (j + 3) + 3) / J2N;
        }
}

static void test_jacobi2d(void)
{
    static double ra[J2N][J2N], rb[J2N][J2N];
    jacobi2d_init(ra, rb);
    for (int t = 0; t < J2T; t++) {
        for (int i = 1; i < J2N - 1; i++)
            for (int j = 1; j < J2N - 1; j++)
                rb[i][j] = 0.2 * (ra[i][j] + ra[i][j - 1] + ra[i][1 + j] +
                                  ra[1 + i][j] + ra[i - 1][j]);
        for (int i = 1; i < J2N - 1; i++)
            for (int j = 1; j < J2N - 1; j++)
                ra[i][j] = 0.2 * (rb[i][j] + rb[i][j - 1] + rb[i][1 + j] +
                                  rb[1 + i][j] + rb[i - 1][j]);
    }
    combo_t c[16];
    int n = combos(c);
    for (int k = 0; k < n; k++) {
        set_env(c[k].workers, c[k].schedule);
        jacobi2d_init(j2a, j2b);
        REGION_BEGIN("jacobi2d.c", 30)
        REGION_BODY
        for (int t = 0; t < J2T; t++) {
            FOR_BEGIN("jacobi2d.c", 33, int, 1, J2N - 1, 1, PFC_LT)
            pfc_loop_collect_bytes(__pf_loop, &(j2b)[0], sizeof(j2b));
            FOR_BODY(i)
            for (int j = 1; j < J2N - 1; j++)
                j2b[i][j] = 0.2 * (j2a[i][j] + j2a[i][j - 1] + j2a[i][1 + j] +
                                   j2a[1 + i][j] + j2a[i - 1][j]);
            FOR_END
            FOR_BEGIN("jacobi2d.c", 38, int, 1, J2N - 1, 1, PFC_LT)
            pfc_loop_collect_bytes(__pf_loop, &(j2a)[0], sizeof(j2a));
            FOR_BODY(i)
            for (int j = 1; j < J2N - 1; j++)
                j2a[i][j] = 0.2 * (j2b[i][j] + j2b[i][j - 1] + j2b[i][1 + j] +
                                   j2b[1 + i][j] + j2b[i - 1][j]);
            FOR_END
        }
        REGION_END
        CU_ASSERT(same_bits(j2a, ra, sizeof ra));
        CU_ASSERT(same_bits(j2b, rb, sizeof rb));
    }
    clear_env();
}

/* ---- heat 3-D: arrays malloc'd (glibc maps them on their own) ---- */

#define H3N 34
#define H3T 12
#define H3(a, i, j, k) (a)[((size_t)(i)*H3N + (j)) * H3N + (k)]

static void heat3d_init(double *a, double *b)
{
    for (int i = 0; i < H3N; i++)
        for (int j = 0; j < H3N; j++)
            for (int k = 0; k < H3N; k++)
                H3(a, i, j, k) = H3(b, i, j, k) =
                    (double)(i + j + (H3N - k)) * 10 / H3N;
}

static void heat3d_step(double *dst, const double *src, int i)
{
    for (int j = 1; j < H3N - 1; j++)
        for (int k = 1; k < H3N - 1; k++)
            H3(dst, i, j, k) =
                0.125 * (H3(src, i + 1, j, k) - 2.0 * H3(src, i, j, k) +
                         H3(src, i - 1, j, k)) +
                0.125 * (H3(src, i, j + 1, k) - 2.0 * H3(src, i, j, k) +
                         H3(src, i, j - 1, k)) +
                0.125 * (H3(src, i, j, k + 1) - 2.0 * H3(src, i, j, k) +
                         H3(src, i, j, k - 1)) +
                H3(src, i, j, k);
}

static void test_heat3d(void)
{
    size_t cells = (size_t)H3N * H3N * H3N;
    double *ra = malloc(cells * sizeof *ra), *rb = malloc(cells * sizeof *rb);
    double *a = malloc(cells * sizeof *a), *b = malloc(cells * sizeof *b);
    CU_ASSERT_FATAL(ra && rb && a && b);
    heat3d_init(ra, rb);
    for (int t = 1; t <= H3T; t++) {
        for (int i = 1; i < H3N - 1; i++)
            heat3d_step(rb, ra, i);
        for (int i = 1; i < H3N - 1; i++)
            heat3d_step(ra, rb, i);
    }
    combo_t c[16];
    int n = combos(c);
    for (int k = 0; k < n; k++) {
        set_env(c[k].workers, c[k].schedule);
        heat3d_init(a, b);
        REGION_BEGIN("heat3d.c", 50)
        REGION_BODY
        for (int t = 1; t <= H3T; t++) {
            FOR_BEGIN("heat3d.c", 53, int, 1, H3N - 1, 1, PFC_LT)
            pfc_loop_collect_bytes(__pf_loop, &(b)[0],
                                   (size_t)(cells) * sizeof(b)[0]);
            FOR_BODY(i)
            heat3d_step(b, a, i);
            FOR_END
            FOR_BEGIN("heat3d.c", 57, int, 1, H3N - 1, 1, PFC_LT)
            pfc_loop_collect_bytes(__pf_loop, &(a)[0],
                                   (size_t)(cells) * sizeof(a)[0]);
            FOR_BODY(i)
            heat3d_step(a, b, i);
            FOR_END
        }
        REGION_END
        CU_ASSERT(same_bits(a, ra, cells * sizeof *a));
        CU_ASSERT(same_bits(b, rb, cells * sizeof *b));
    }
    free(ra);
    free(rb);
    free(a);
    free(b);
    clear_env();
}

/* ---- FDTD 2-D: four loops per step, a single, one array on the stack
 * (exchanged as byte diffs, brought back to the caller's frame) ---- */

#define FX 40
#define FY 52
#define FT 10
static double fey[FX][FY], fhz[FX][FY];

static void fdtd_init(double (*ex)[FY], double (*ey)[FY], double (*hz)[FY])
{
    for (int i = 0; i < FX; i++)
        for (int j = 0; j < FY; j++) {
            ex[i][j] = ((double)i * (j + 1)) / FX;
            ey[i][j] = ((double)i * (j + 2)) / FY;
            hz[i][j] = ((double)i * (j + 3)) / FX;
        }
}

static void test_fdtd2d(void)
{
    static double rx[FX][FY], ry[FX][FY], rz[FX][FY];
    double fict[FT];
    for (int t = 0; t < FT; t++)
        fict[t] = (double)t;
    fdtd_init(rx, ry, rz);
    for (int t = 0; t < FT; t++) {
        for (int j = 0; j < FY; j++)
            ry[0][j] = fict[t];
        for (int i = 1; i < FX; i++)
            for (int j = 0; j < FY; j++)
                ry[i][j] = ry[i][j] - 0.5 * (rz[i][j] - rz[i - 1][j]);
        for (int i = 0; i < FX; i++)
            for (int j = 1; j < FY; j++)
                rx[i][j] = rx[i][j] - 0.5 * (rz[i][j] - rz[i][j - 1]);
        for (int i = 0; i < FX - 1; i++)
            for (int j = 0; j < FY - 1; j++)
                rz[i][j] = rz[i][j] - 0.7 * (rx[i][j + 1] - rx[i][j] +
                                             ry[i + 1][j] - ry[i][j]);
    }
    combo_t c[16];
    int n = combos(c);
    for (int k = 0; k < n; k++) {
        double fex[FX][FY]; /* on the stack: private segments */
        int steps = 0;
        set_env(c[k].workers, c[k].schedule);
        fdtd_init(fex, fey, fhz);
        REGION_BEGIN("fdtd2d.c", 70)
        REGION_BODY
        for (int t = 0; t < FT; t++) {
            SINGLE_BEGIN("fdtd2d.c", 73)
            steps++;
            SINGLE_END("fdtd2d.c", 73, 1)
            FOR_BEGIN("fdtd2d.c", 75, int, 0, FY, 1, PFC_LT)
            pfc_loop_collect_bytes(__pf_loop, &(fey)[0], sizeof(fey));
            FOR_BODY(j)
            fey[0][j] = fict[t];
            FOR_END
            FOR_BEGIN("fdtd2d.c", 79, int, 1, FX, 1, PFC_LT)
            pfc_loop_collect_bytes(__pf_loop, &(fey)[0], sizeof(fey));
            FOR_BODY(i)
            for (int j = 0; j < FY; j++)
                fey[i][j] = fey[i][j] - 0.5 * (fhz[i][j] - fhz[i - 1][j]);
            FOR_END
            FOR_BEGIN("fdtd2d.c", 84, int, 0, FX, 1, PFC_LT)
            pfc_loop_collect_bytes(__pf_loop, &(fex)[0], sizeof(fex));
            FOR_BODY(i)
            for (int j = 1; j < FY; j++)
                fex[i][j] = fex[i][j] - 0.5 * (fhz[i][j] - fhz[i][j - 1]);
            FOR_END
            FOR_BEGIN("fdtd2d.c", 89, int, 0, FX - 1, 1, PFC_LT)
            pfc_loop_collect_bytes(__pf_loop, &(fhz)[0], sizeof(fhz));
            FOR_BODY(i)
            for (int j = 0; j < FY - 1; j++)
                fhz[i][j] = fhz[i][j] - 0.7 * (fex[i][j + 1] - fex[i][j] +
                                               fey[i + 1][j] - fey[i][j]);
            FOR_END
        }
        REGION_END
        CU_ASSERT(same_bits(fex, rx, sizeof rx));
        CU_ASSERT(same_bits(fey, ry, sizeof ry));
        CU_ASSERT(same_bits(fhz, rz, sizeof rz));
        /* steps is nobody's result: written in member 0, not collected,
         * it stays as it was in the parent (with one worker the region
         * runs in the caller, which counts). */
        CU_ASSERT(steps == (c[k].workers == 1 ? FT : 0));
    }
    clear_env();
}

/* ---- LU: rows of row pointers (small heap blocks: byte diffs) ---- */

#define LN 48

static void lu_init(double **a)
{
    for (int i = 0; i < LN; i++)
        for (int j = 0; j < LN; j++)
            a[i][j] = i == j ? 2.0 * LN : (double)((i * 7 + j * 3) % 11) / 8.0;
}

static void lu_row(double **a, int k, int i)
{
    a[i][k] /= a[k][k];
    for (int j = k + 1; j < LN; j++)
        a[i][j] -= a[i][k] * a[k][j];
}

static void test_lu(void)
{
    double *ref[LN], *rows[LN];
    for (int i = 0; i < LN; i++) {
        ref[i] = malloc(LN * sizeof(double));
        rows[i] = malloc(LN * sizeof(double));
        CU_ASSERT_FATAL(ref[i] && rows[i]);
    }
    lu_init(ref);
    for (int k = 0; k < LN - 1; k++)
        for (int i = k + 1; i < LN; i++)
            lu_row(ref, k, i);
    combo_t c[16];
    int n = combos(c);
    for (int q = 0; q < n; q++) {
        set_env(c[q].workers, c[q].schedule);
        lu_init(rows);
        REGION_BEGIN("lu.c", 100)
        REGION_BODY
        for (int k = 0; k < LN - 1; k++) {
            FOR_BEGIN("lu.c", 103, int, k + 1, LN, 1, PFC_LT)
            for (long __pf_r = 0; __pf_r < LN; __pf_r++)
                pfc_loop_collect_bytes(__pf_loop, &rows[__pf_r][0],
                                       (size_t)(LN) * sizeof rows[__pf_r][0]);
            FOR_BODY(i)
            lu_row(rows, k, i);
            FOR_END
        }
        REGION_END
        int same = 1;
        for (int i = 0; i < LN; i++)
            same &= same_bits(rows[i], ref[i], LN * sizeof(double));
        CU_ASSERT(same);
    }
    for (int i = 0; i < LN; i++) {
        free(ref[i]);
        free(rows[i]);
    }
    clear_env();
}

/* ---- Floyd-Warshall: N loops over a static int matrix ---- */

#define FWN 60
static int fw[FWN][FWN];

static void fw_init(int (*p)[FWN])
{
    for (int i = 0; i < FWN; i++)
        for (int j = 0; j < FWN; j++) {
            p[i][j] = i * j % 7 + 1;
            if ((i + j) % 13 == 0 || (i + j) % 7 == 0 || (i + j) % 11 == 0)
                p[i][j] = 999;
        }
}

static void test_floyd(void)
{
    static int ref[FWN][FWN];
    fw_init(ref);
    for (int k = 0; k < FWN; k++)
        for (int i = 0; i < FWN; i++)
            for (int j = 0; j < FWN; j++)
                if (ref[i][k] + ref[k][j] < ref[i][j])
                    ref[i][j] = ref[i][k] + ref[k][j];
    combo_t c[16];
    int n = combos(c);
    for (int q = 0; q < n; q++) {
        set_env(c[q].workers, c[q].schedule);
        fw_init(fw);
        REGION_BEGIN("floyd.c", 120)
        REGION_BODY
        for (int k = 0; k < FWN; k++) {
            FOR_BEGIN("floyd.c", 123, int, 0, FWN, 1, PFC_LT)
            pfc_loop_collect_bytes(__pf_loop, &(fw)[0], sizeof(fw));
            FOR_BODY(i)
            for (int j = 0; j < FWN; j++)
                if (fw[i][k] + fw[k][j] < fw[i][j])
                    fw[i][j] = fw[i][k] + fw[k][j];
            FOR_END
        }
        REGION_END
        CU_ASSERT(same_bits(fw, ref, sizeof ref));
    }
    clear_env();
}

/* ---- a convergence loop whose while test reads a reduction ---- */

#define CM 24
#define CN 20
static double cu[CM][CN], cw[CM][CN];

static void conv_init(double (*w)[CN])
{
    for (int i = 0; i < CM; i++)
        for (int j = 0; j < CN; j++)
            w[i][j] = (i == 0)                                 ? 0.0
                      : (i == CM - 1 || j == 0 || j == CN - 1) ? 100.0
                                                               : 50.0;
}

/* The serial run of the same lowering: a region of one (PFOR_WORKERS=1)
 * gives the reduction's blocks; a plain C loop gives the same max (max is
 * exact), so the reference is plain C. */
static void test_convergence(void)
{
    static double ru[CM][CN], rw[CM][CN];
    double epsilon = 0.5;
    conv_init(rw);
    double rdiff = epsilon;
    int riter = 0;
    while (epsilon <= rdiff) {
        memcpy(ru, rw, sizeof ru);
        for (int i = 1; i < CM - 1; i++)
            for (int j = 1; j < CN - 1; j++)
                rw[i][j] = (ru[i - 1][j] + ru[i + 1][j] + ru[i][j - 1] +
                            ru[i][j + 1]) /
                           4.0;
        rdiff = 0.0;
        for (int i = 1; i < CM - 1; i++)
            for (int j = 1; j < CN - 1; j++)
                if (rdiff < fabs(rw[i][j] - ru[i][j]))
                    rdiff = fabs(rw[i][j] - ru[i][j]);
        riter++;
    }
    combo_t c[16];
    int n = combos(c);
    for (int q = 0; q < n; q++) {
        set_env(c[q].workers, c[q].schedule);
        conv_init(cw);
        double diff = epsilon;
        int iterations = 0;
        REGION_BEGIN("conv.c", 140)
        REGION_BODY
        while (epsilon <= diff) {
            FOR_BEGIN("conv.c", 143, int, 0, CM, 1, PFC_LT)
            pfc_loop_collect_bytes(__pf_loop, &(cu)[0], sizeof(cu));
            FOR_BODY(i)
            for (int j = 0; j < CN; j++)
                cu[i][j] = cw[i][j];
            FOR_END
            FOR_BEGIN("conv.c", 148, int, 1, CM - 1, 1, PFC_LT)
            pfc_loop_collect_bytes(__pf_loop, &(cw)[0], sizeof(cw));
            FOR_BODY(i)
            for (int j = 1; j < CN - 1; j++)
                cw[i][j] = (cu[i - 1][j] + cu[i + 1][j] + cu[i][j - 1] +
                            cu[i][j + 1]) /
                           4.0;
            FOR_END
            SINGLE_BEGIN("conv.c", 154)
            diff = 0.0;
            SINGLE_END("conv.c", 154, 0)
            FOR_BEGIN("conv.c", 156, int, 1, CM - 1, 1, PFC_LT)
            pfc_loop_reduce(__pf_loop, PF_OP_MAX, PF_TYPE_OF(diff), &diff, 1);
            FOR_RBODY(i, diff)
            for (int j = 1; j < CN - 1; j++)
                if (diff < fabs(cw[i][j] - cu[i][j]))
                    diff = fabs(cw[i][j] - cu[i][j]);
            FOR_REND(diff)
            SINGLE_BEGIN("conv.c", 162)
            iterations++;
            SINGLE_END("conv.c", 162, 0)
        }
        REGION_END
        CU_ASSERT(same_bits(cw, rw, sizeof rw));
        CU_ASSERT(same_bits(cu, ru, sizeof ru));
        CU_ASSERT(same_bits(&diff, &rdiff, sizeof diff));
        CU_ASSERT(iterations == (c[q].workers == 1 ? riter : 0));
    }
    clear_env();
}

/* ---- single bookkeeping with copyprivate ---- */

#define SPN 700
#define SPT 25
static double spx[SPN], spv[SPN];

static void particles_init(double *x, double *v)
{
    for (int i = 0; i < SPN; i++) {
        x[i] = (double)i / SPN;
        v[i] = sin(6.28318530717958 * x[i]) * (1.0 + (i % 7) / 8.0);
    }
}

static void test_single_copyprivate(void)
{
    static double rx[SPN], rv[SPN];
    particles_init(rx, rv);
    double relapsed = 0;
    for (int step = 0; step < SPT; step++) {
        double vmax = 0;
        for (int i = 0; i < SPN; i++)
            if (fabs(rv[i]) > vmax)
                vmax = fabs(rv[i]);
        double dt = 0.5 / (SPN * (vmax + 1e-9));
        relapsed += dt;
        for (int i = 0; i < SPN; i++)
            rx[i] += dt * rv[i];
        for (int i = 0; i < SPN; i++)
            rv[i] -= dt * 4.0 * (rx[i] - 0.5);
    }
    combo_t c[16];
    int n = combos(c);
    for (int q = 0; q < n; q++) {
        set_env(c[q].workers, c[q].schedule);
        particles_init(spx, spv);
        double vmax = 0.0, elapsed_out = -1;
        REGION_BEGIN("single.c", 170)
        REGION_BODY
        double dt = 0.0, elapsed = 0.0;
        for (int step = 0; step < SPT; step++) {
            FOR_BEGIN("single.c", 174, int, 0, SPN, 1, PFC_LT)
            pfc_loop_reduce(__pf_loop, PF_OP_MAX, PF_TYPE_OF(vmax), &vmax, 1);
            FOR_RBODY(i, vmax)
            if (fabs(spv[i]) > vmax)
                vmax = fabs(spv[i]);
            FOR_REND(vmax)
            SINGLE_BEGIN("single.c", 179)
            dt = 0.5 / (SPN * (vmax + 1e-9));
            vmax = 0.0;
            SINGLE_COPY(dt)
            SINGLE_END("single.c", 179, 0)
            elapsed += dt;
            FOR_BEGIN("single.c", 185, int, 0, SPN, 1, PFC_LT)
            pfc_loop_collect_bytes(__pf_loop, &(spx)[0], sizeof(spx));
            FOR_BODY(i)
            spx[i] += dt * spv[i];
            FOR_END
            FOR_BEGIN("single.c", 189, int, 0, SPN, 1, PFC_LT)
            pfc_loop_collect_bytes(__pf_loop, &(spv)[0], sizeof(spv));
            FOR_BODY(i)
            spv[i] -= dt * 4.0 * (spx[i] - 0.5);
            FOR_END
        }
        /* Every member has the same elapsed (dt reached all); the last
         * loop's lastprivate brings one member's to the parent. */
        FOR_BEGIN("single.c", 196, int, 0, 1, 1, PFC_LT)
        pfc_loop_lastprivate(__pf_loop, &elapsed_out, sizeof elapsed_out);
        FOR_BODY(i)
        elapsed_out = elapsed;
        FOR_END
        REGION_END
        CU_ASSERT(same_bits(spx, rx, sizeof rx));
        CU_ASSERT(same_bits(spv, rv, sizeof rv));
        CU_ASSERT(same_bits(&elapsed_out, &relapsed, sizeof relapsed));
        CU_ASSERT(vmax == 0.0);
    }
    clear_env();
}

/* ---- functions holding `pfor for`, inside and outside a region ---- */

#define ON 900
#define OSTEPS 8
static double oa[ON], ob[ON];
static long above;

static void smooth(double *dst, const double *src, int n)
{
    FOR_BEGIN("orphan.c", 200, int, 1, n - 1, 1, PFC_LT)
    pfc_loop_collect_bytes(__pf_loop, &(dst)[0], (size_t)(n) * sizeof(dst)[0]);
    FOR_BODY(i)
    dst[i] = (src[i - 1] + 2.0 * src[i] + src[i + 1]) / 4.0;
    FOR_END
}

static void count_above(const double *x, int n, double threshold)
{
    FOR_BEGIN("orphan.c", 210, int, 0, n, 1, PFC_LT)
    pfc_loop_reduce(__pf_loop, PF_OP_ADD, PF_TYPE_OF(above), &above, 1);
    FOR_RBODY(i, above)
    if (x[i] > threshold)
        above++;
    FOR_REND(above)
}

/* A loop over an array in the callee's own frame (gone when it returns),
 * whose sum goes to a global. */
static double local_total;

static void local_work(const double *x)
{
    double tmp[64];
    FOR_BEGIN("orphan.c", 220, int, 0, 64, 1, PFC_LT)
    pfc_loop_collect_bytes(__pf_loop, &(tmp)[0], sizeof(tmp));
    FOR_BODY(i)
    tmp[i] = x[i] * 2;
    FOR_END
    double s = 0;
    for (int i = 0; i < 64; i++)
        s += tmp[i];
    local_total += s;
}

static void two_steps(void)
{
    smooth(oa, ob, ON);
    smooth(ob, oa, ON);
}

static void orphan_init(double *a, double *b)
{
    for (int i = 0; i < ON; i++)
        a[i] = (i % 100 < 50) ? 1.0 : 0.0;
    b[0] = a[0];
    b[ON - 1] = a[ON - 1];
    for (int i = 1; i < ON - 1; i++)
        b[i] = 0;
}

static void test_orphaned(void)
{
    static double ra[ON], rb[ON];
    orphan_init(ra, rb);
    for (int i = 1; i < ON - 1; i++)
        rb[i] = (ra[i - 1] + 2.0 * ra[i] + ra[i + 1]) / 4.0;
    long r_before = 0, r_in = 0, r_after = 0;
    for (int i = 0; i < ON; i++)
        r_before += rb[i] > 0.5;
    double rtotal = 0;
    for (int t = 0; t < OSTEPS; t++) {
        for (int i = 1; i < ON - 1; i++)
            ra[i] = (rb[i - 1] + 2.0 * rb[i] + rb[i + 1]) / 4.0;
        for (int i = 1; i < ON - 1; i++)
            rb[i] = (ra[i - 1] + 2.0 * ra[i] + ra[i + 1]) / 4.0;
        double s = 0;
        for (int i = 0; i < 64; i++)
            s += rb[i] * 2;
        rtotal += s;
    }
    for (int i = 0; i < ON; i++)
        r_in += rb[i] > 0.75;
    for (int i = 0; i < ON; i++)
        r_after += rb[i] > 0.25;

    combo_t c[16];
    int n = combos(c);
    for (int q = 0; q < n; q++) {
        set_env(c[q].workers, c[q].schedule);
        orphan_init(oa, ob);
        /* outside any region: plain parallel loops */
        smooth(ob, oa, ON);
        above = 0;
        count_above(ob, ON, 0.5);
        CU_ASSERT_EQUAL(above, r_before);
        above = 0;
        local_total = 0;
        REGION_BEGIN("orphan.c", 240)
        REGION_BODY
        for (int t = 0; t < OSTEPS; t++) {
            two_steps();
            local_work(ob);
        }
        count_above(ob, ON, 0.75);
        /* the parent gets local_total through a reduction-free loop's
         * lastprivate */
        FOR_BEGIN("orphan.c", 248, int, 0, 1, 1, PFC_LT)
        double lt = local_total;
        pfc_loop_lastprivate(__pf_loop, &local_total, sizeof local_total);
        FOR_BODY(i)
        local_total = lt;
        FOR_END
        REGION_END
        CU_ASSERT_EQUAL(above, r_in);
        CU_ASSERT(local_total == rtotal);

        above = 0;
        count_above(ob, ON, 0.25);
        CU_ASSERT_EQUAL(above, r_after);
        CU_ASSERT(same_bits(oa, ra, sizeof ra));
        CU_ASSERT(same_bits(ob, rb, sizeof rb));
    }
    clear_env();
}

/* ---- reductions: bitwise the plain loop's, lastprivate, loop variable ---- */

#define RN 100003

static double term(long i)
{
    return 1.0 / ((double)i * 3.0 + 1.0) * ((i & 1) ? -1.0 : 1.0);
}

static void test_reductions(void)
{
    /* The plain process loop's sum (its blocks). */
    double plain = 0.5;
    setenv("PFOR_WORKERS", "2", 1);
    PFOR_BEGIN("red.c", 300, long, 0, RN, 1, PFC_LT)
    pfc_loop_reduce(__pf_loop, PF_OP_ADD, PF_TYPE_OF(plain), &plain, 1);
    FOR_RBODY(i, plain)
    plain += term(i);
    FOR_REND(plain)
    combo_t c[16];
    int n = combos(c);
    for (int q = 0; q < n; q++) {
        set_env(c[q].workers, c[q].schedule);
        double sum = 0.25, sum2 = 0;
        long last = -1, lp_i = -7;
        long long hist[5] = {0};
        long prod = 1;
        REGION_BEGIN("red.c", 310)
        REGION_BODY
        SINGLE_BEGIN("red.c", 312)
        sum = 0.5;
        SINGLE_END("red.c", 312, 0)
        FOR_BEGIN("red.c", 314, long, 0, RN, 1, PFC_LT)
        pfc_loop_reduce(__pf_loop, PF_OP_ADD, PF_TYPE_OF(sum), &sum, 1);
        pfc_loop_lastprivate(__pf_loop, &last, sizeof last);
        FOR_RBODY(i, sum)
        sum += term(i);
        last = i * 2;
        FOR_REND(sum)
        /* every member holds the sum: use it in the next loop */
        FOR_BEGIN("red.c", 321, long, 0, 10, 1, PFC_LT)
        pfc_loop_reduce(__pf_loop, PF_OP_ADD, PF_TYPE_OF(sum2), &sum2, 1);
        FOR_RBODY(i, sum2)
        sum2 += sum;
        FOR_REND(sum2)
        /* an array section and a product, dynamic by hand */
        {
            pfc_loop_t *__pf_loop = pfc_for_new("red.c", 327);
            typedef long __pf_iv_t;
            long i;
            PFC_RANGE(__pf_loop, __pf_iv_t, 0, 1000, 1, PFC_LT);
            pfc_loop_schedule(__pf_loop, PFC_SCHED_DYNAMIC, (long)(7));
            pfc_loop_reduce(__pf_loop, PF_OP_ADD, PF_TYPE_OF(hist[0]), &hist[0],
                            5);
            pfc_loop_reduce(__pf_loop, PF_OP_MUL, PF_TYPE_OF(prod), &prod, 1);
            pfc_loop_lastprivate(__pf_loop, &lp_i, sizeof lp_i);
            pfc_loop_start(__pf_loop);
            {
                unsigned long long __pf_k, __pf_end;
                while (pfc_loop_next(__pf_loop, &__pf_k, &__pf_end)) {
                    pfc_loop_identity(__pf_loop, 0, &hist[0]);
                    pfc_loop_identity(__pf_loop, 1, &prod);
                    for (; __pf_k < __pf_end; __pf_k++) {
                        i = PFC_IV(__pf_loop, __pf_iv_t, __pf_k);
                        hist[i % 5] += i;
                        if (i % 100 == 0)
                            prod *= 3;
                        lp_i = i;
                    }
                    pfc_loop_deposit(__pf_loop, 0, &hist[0]);
                    pfc_loop_deposit(__pf_loop, 1, &prod);
                }
            }
            i = PFC_IV(__pf_loop, __pf_iv_t, pfc_loop_trips(__pf_loop));
            pfc_loop_end(__pf_loop);
            (void)i;
        }
        REGION_END
        CU_ASSERT(same_bits(&sum, &plain, sizeof sum));
        CU_ASSERT(sum2 == 10 * sum);
        CU_ASSERT_EQUAL(last, (RN - 1) * 2);
        CU_ASSERT_EQUAL(lp_i, 999);
        long long h0 = 0;
        for (long i = 0; i < 1000; i += 5)
            h0 += i;
        CU_ASSERT_EQUAL(hist[0], h0);
        CU_ASSERT_EQUAL(prod, 59049); /* 3^10 */
        if (!same_bits(&sum, &plain, sizeof sum))
            fprintf(stderr, "sum %a plain %a (%d workers, %s)\n", sum, plain,
                    c[q].workers, c[q].schedule);
    }
    clear_env();
}

/* ---- a `parallel for` inside a region runs in each member; if(0) and
 * workers(1) regions run in the caller ---- */

static double pf_in[300];

/* Reductions combined in two halves (team.c: each member combines the
 * tree's nodes inside its run of blocks before the meeting, every member
 * the nodes above after it): bitwise the plain loop's, for trip counts
 * around powers of two, members without blocks, an array reduction. */
static void test_split_combine(void)
{
    static const long trips[] = {1,  2,  3,  5,    7,    8,    9,   63,
                                 64, 65, 1000, 4095, 4096, 4097, 9999};
    int ok = 1;
    for (size_t k = 0; k < sizeof trips / sizeof trips[0]; k++) {
        long n = trips[k];
        double plain = 0.125, plain3[3] = {1, 2, 3};
        setenv("PFOR_WORKERS", "2", 1);
        PFOR_BEGIN("split.c", 400, long, 0, n, 1, PFC_LT)
        pfc_loop_reduce(__pf_loop, PF_OP_ADD, PF_TYPE_OF(plain), &plain, 1);
        FOR_RBODY(i, plain)
        plain += term(i) * (double)(i % 7 + 1) * 1e3;
        FOR_REND(plain)
        PFOR_BEGIN("split.c", 405, long, 0, n, 1, PFC_LT)
        pfc_loop_reduce(__pf_loop, PF_OP_ADD, PF_TYPE_DOUBLE, plain3, 3);
        FOR_RBODY(i, plain3[0])
        plain3[i % 3] += term(i * 5);
        FOR_REND(plain3[0])
        for (int w = 2; w <= 5; w++) {
            set_env(w, "static");
            double sum = 0.125, sum3[3] = {1, 2, 3};
            REGION_BEGIN("split.c", 412)
            REGION_BODY
            FOR_BEGIN("split.c", 414, long, 0, n, 1, PFC_LT)
            pfc_loop_reduce(__pf_loop, PF_OP_ADD, PF_TYPE_OF(sum), &sum, 1);
            FOR_RBODY(i, sum)
            sum += term(i) * (double)(i % 7 + 1) * 1e3;
            FOR_REND(sum)
            FOR_BEGIN("split.c", 419, long, 0, n, 1, PFC_LT)
            pfc_loop_reduce(__pf_loop, PF_OP_ADD, PF_TYPE_DOUBLE, sum3, 3);
            FOR_RBODY(i, sum3[0])
            sum3[i % 3] += term(i * 5);
            FOR_REND(sum3[0])
            REGION_END
            if (!same_bits(&sum, &plain, sizeof sum) ||
                !same_bits(sum3, plain3, sizeof sum3)) {
                ok = 0;
                fprintf(stderr,
                        "split: %ld trips, %d members: %a vs %a, %a vs %a\n",
                        n, w, sum, plain, sum3[2], plain3[2]);
            }
        }
    }
    CU_ASSERT(ok);
    clear_env();
}

static void test_nested_and_serial(void)
{
    set_env(3, "static");
    double total = 0;
    REGION_BEGIN("nest.c", 400)
    REGION_BODY
    /* each member runs the whole nested loop (serially): its own copy */
    PFOR_BEGIN("nest.c", 403, int, 0, 300, 1, PFC_LT)
    pfc_loop_collect_bytes(__pf_loop, &(pf_in)[0], sizeof(pf_in));
    FOR_BODY(i)
    pf_in[i] = i * 0.5;
    FOR_END
    FOR_BEGIN("nest.c", 408, int, 0, 300, 1, PFC_LT)
    pfc_loop_reduce(__pf_loop, PF_OP_ADD, PF_TYPE_OF(total), &total, 1);
    FOR_RBODY(i, total)
    total += pf_in[i];
    FOR_REND(total)
    REGION_END
    CU_ASSERT(total == 0.5 * 299 * 300 / 2);
    CU_ASSERT(pf_in[299] == 149.5); /* the nested loop's storage came back */

    pid_t me = getpid();
    int ran_here = 0;
    for (int variant = 0; variant < 2; variant++) {
        REGION_BEGIN("nest.c", 420)
        if (variant == 0)
            pfc_team_if(__pf_team, 0);
        else
            pfc_team_workers(__pf_team, (long)(1));
        REGION_BODY
        ran_here += getpid() == me;
        REGION_END
    }
    CU_ASSERT_EQUAL(ran_here, 2);
    clear_env();
}

/* ---- how each kind of storage is shared ---- */

static double kind_static[5000]; /* .bss: promoted */

typedef struct kinds_seen {
    int promoted[6], segment[6], ignored[6], scoped[6];
    int pages_shared; /* the static array's middle page is a shared page */
} kinds_seen_t;

/* Where [a, a + n) went in this member's state: promoted, a lasting
 * segment, ignored, exchanged per loop (as 0/1 flags). */
static void classify(const pfc_team_t *t, const void *p, size_t n, int k,
                     kinds_seen_t *out)
{
    uintptr_t a = (uintptr_t)p, b = a + n;
    const pf__share_t *sh = &t->share;
    for (int i = 0; i < sh->promoted.n; i++)
        if (sh->promoted.r[i].start < b && sh->promoted.r[i].end > a)
            out->promoted[k] = 1;
    for (int i = 0; i < sh->segments.n; i++)
        if (sh->segments.r[i].start < b && sh->segments.r[i].end > a)
            out->segment[k] = 1;
    for (int i = 0; i < sh->ignored.n; i++)
        if (sh->ignored.r[i].start < b && sh->ignored.r[i].end > a)
            out->ignored[k] = 1;
    for (int i = 0; i < sh->scoped.n; i++)
        if (sh->scoped.r[i].start < b && sh->scoped.r[i].end > a)
            out->scoped[k] = 1;
}

static void test_storage_kinds(void)
{
    set_env(2, "static");
    kinds_seen_t *seen = pf__map_shared(sizeof *seen);
    CU_ASSERT_FATAL(seen != NULL);
    size_t big_n = 200000, small_n = 40;
    double *big = malloc(big_n * sizeof *big);        /* its own mapping */
    double *small = malloc(small_n * sizeof *small);  /* the brk heap */
    double *shm = pf__map_shared(4096 * sizeof *shm); /* shared already */
    double on_stack[2000];
    CU_ASSERT_FATAL(big && small && shm);
    memset(big, 0, big_n * sizeof *big);
    memset(small, 0, small_n * sizeof *small);
    memset(on_stack, 0, sizeof on_stack);
    REGION_BEGIN("kinds.c", 500)
    REGION_BODY
    FOR_BEGIN("kinds.c", 502, int, 0, 600, 1, PFC_LT)
    pfc_loop_collect_bytes(__pf_loop, &(kind_static)[0], sizeof(kind_static));
    pfc_loop_collect_bytes(__pf_loop, &(big)[0], (size_t)big_n * sizeof big[0]);
    pfc_loop_collect_bytes(__pf_loop, &(small)[0],
                           (size_t)small_n * sizeof small[0]);
    pfc_loop_collect_bytes(__pf_loop, &(shm)[0], (size_t)4096 * sizeof shm[0]);
    pfc_loop_collect_bytes(__pf_loop, &(on_stack)[0], sizeof(on_stack));
    FOR_BODY(i)
    kind_static[i * 8] = i;
    big[i * 300] = i;
    small[i % 40] += 0; /* read-modify-write of the same value */
    shm[i] = i;
    on_stack[i] = i;
    FOR_END
    if (pfc_master()) {
        pfc_team_t *t = pf__team_current();
        classify(t, kind_static + 1024, 8 * 1024, 0, seen);
        classify(t, big + 4096, 8 * 1024, 1, seen);
        classify(t, small, small_n * sizeof *small, 2, seen);
        classify(t, shm, 4096 * sizeof *shm, 3, seen);
        classify(t, on_stack, sizeof on_stack, 4, seen);
    }
    REGION_END
    CU_ASSERT(seen->promoted[0] && !seen->segment[0]);
    /* ASan's allocator is not glibc's: its blocks are exchanged per loop */
    CU_ASSERT(UNDER_ASAN ? !seen->promoted[1] && seen->scoped[1]
                         : seen->promoted[1] && !seen->segment[1]);
    /* the brk heap: exchanged per loop (no segment after the loop) */
    CU_ASSERT(!seen->promoted[2] && !seen->segment[2] && seen->scoped[2]);
    CU_ASSERT(!seen->promoted[3] && !seen->segment[3] && seen->ignored[3]);
    /* the caller's frame: its whole pages promoted, the partial pages at
     * its ends lasting segments */
    CU_ASSERT(seen->promoted[4] && seen->segment[4] && !seen->scoped[4]);
    int ok = 1;
    for (int i = 0; i < 600; i++)
        ok &= kind_static[i * 8] == i && big[i * 300] == i && shm[i] == i &&
              on_stack[i] == i;
    CU_ASSERT(ok);
    free(big);
    free(small);
    pf__unmap_shared(shm, 4096 * sizeof *shm);
    pf__unmap_shared(seen, sizeof *seen);
    clear_env();
}

/* ---- the region's own frame: promoted pages, lasting ends ---- */

/* What member 0 saw after each meeting (shared with the test). */
typedef struct frame_seen {
    int after_barrier, after_single, after_loop, checks;
    kinds_seen_t kinds; /* [0]: the whole pages, [1]: the tail's page */
} frame_seen_t;

/* A local array of the function holding the region: its whole pages are
 * promoted, the partial pages at its ends are lasting segments.  After
 * a meeting where nothing changed, writes that only the members other
 * than 0 make, outside loops, right at the pages' boundaries (the last
 * byte of the head segment, the first and last of the promoted pages,
 * the first of the tail segment), reach member 0 at the next meeting,
 * whether that is a barrier, the end of a single or the end of a loop
 * after a nowait loop; and the parent has them after the region. */
static void test_frame_pages(void)
{
    for (int w = 2; w <= 3; w++) {
        set_env(w, "static");
        frame_seen_t *seen = pf__map_shared(sizeof *seen);
        CU_ASSERT_FATAL(seen != NULL);
        enum { N = 3 * 1024 + 300 };
        double loc[N];
        size_t page = (size_t)sysconf(_SC_PAGESIZE);
        uintptr_t a0 = (uintptr_t)&loc[0];
        uintptr_t pa = (a0 + page - 1) / page * page;
        uintptr_t pb = (a0 + sizeof loc) / page * page;
        long first = (long)((pa - a0) / sizeof loc[0]);
        long last = (long)((pb - a0) / sizeof loc[0]) - 1;
        /* The elements on both sides of both boundaries (the head
         * segment is empty when the array starts on a page). */
        long at[4] = {first - 1, first, last, last + 1};
        for (long i = 0; i < N; i++)
            loc[i] = -1;
        REGION_BEGIN("frame.c", 700)
        REGION_BODY
        FOR_BEGIN("frame.c", 702, long, 0, N, 1, PFC_LT)
        pfc_loop_collect_bytes(__pf_loop, &(loc)[0], sizeof(loc));
        FOR_BODY(i)
        loc[i] = (double)i;
        FOR_END
        if (pfc_master()) {
            pfc_team_t *t = pf__team_current();
            classify(t, (void *)pa, pb - pa, 0, &seen->kinds);
            classify(t, (void *)pb, a0 + sizeof loc - pb, 1, &seen->kinds);
        }
        /* A meeting where nothing changed. */
        FOR_BEGIN("frame.c", 707, long, 0, N, 1, PFC_LT)
        pfc_loop_collect_bytes(__pf_loop, &(loc)[0], sizeof(loc));
        FOR_BODY(i)
        (void)loc[i];
        FOR_END
        for (int round = 0; round < 3; round++) {
            double v = 1000.0 * (round + 1);
            if (!pfc_master())
                for (int k = 0; k < 4; k++)
                    if (at[k] >= 0 && at[k] < N)
                        loc[at[k]] = v + k;
            if (round == 0) {
                pfc_barrier("frame.c", 716);
            } else if (round == 1) {
                SINGLE_BEGIN("frame.c", 718)
                (void)0;
                SINGLE_END("frame.c", 718, 0)
            } else {
                FOR_BEGIN("frame.c", 721, long, 0, 10, 1, PFC_LT)
                pfc_loop_nowait(__pf_loop);
                FOR_BODY(i)
                (void)i;
                FOR_END
                FOR_BEGIN("frame.c", 726, long, 0, 10, 1, PFC_LT)
                FOR_BODY(i)
                (void)i;
                FOR_END
            }
            if (pfc_master()) {
                int ok = 1;
                for (int k = 0; k < 4; k++)
                    if (at[k] >= 0 && at[k] < N)
                        ok &= loc[at[k]] == v + k;
                if (round == 0)
                    seen->after_barrier = ok;
                else if (round == 1)
                    seen->after_single = ok;
                else
                    seen->after_loop = ok;
                seen->checks++;
            }
            /* The promoted pages are shared: the next round's writes
             * wait until member 0 has looked (as threads would). */
            pfc_barrier("frame.c", 744);
        }
        REGION_END
        CU_ASSERT(seen->kinds.promoted[0] && !seen->kinds.segment[0]);
        CU_ASSERT(!seen->kinds.promoted[1] && seen->kinds.segment[1]);
        CU_ASSERT_EQUAL(seen->checks, 3);
        CU_ASSERT(seen->after_barrier);
        CU_ASSERT(seen->after_single);
        CU_ASSERT(seen->after_loop);
        int ok = 1;
        for (long i = 0; i < N; i++) {
            double want = (double)i;
            for (int k = 0; k < 4; k++)
                if (i == at[k])
                    want = 3000.0 + k;
            ok &= loc[i] == want;
        }
        CU_ASSERT(ok);
        pf__unmap_shared(seen, sizeof *seen);
    }
    clear_env();
}

/* ---- a promoted block freed inside the region ---- */

/* free() unmaps a block glibc mapped on its own; the members' segments
 * at its ends are gone with it, and the meetings after it and the
 * region's end must not touch them. */
static void test_freed_block(void)
{
    for (int w = 2; w <= 3; w++) {
        set_env(w, "static");
        size_t n = 100000;
        static double result[1000];
        memset(result, 0, sizeof result);
        double *tmp = malloc(n * sizeof *tmp);
        CU_ASSERT_FATAL(tmp != NULL);
        REGION_BEGIN("freed.c", 600)
        REGION_BODY
        FOR_BEGIN("freed.c", 603, long, 0, (long)n, 1, PFC_LT)
        pfc_loop_collect_bytes(__pf_loop, &(tmp)[0], (size_t)n * sizeof tmp[0]);
        FOR_BODY(i)
        tmp[i] = (double)(i * 3);
        FOR_END
        FOR_BEGIN("freed.c", 608, long, 0, 1000, 1, PFC_LT)
        pfc_loop_collect_bytes(__pf_loop, &(result)[0], sizeof(result));
        FOR_BODY(i)
        result[i] = tmp[n - 1 - (size_t)i];
        FOR_END
        free(tmp); /* in every member */
        pfc_barrier("freed.c", 614);
        FOR_BEGIN("freed.c", 615, long, 0, 1000, 1, PFC_LT)
        pfc_loop_collect_bytes(__pf_loop, &(result)[0], sizeof(result));
        FOR_BODY(i)
        result[i] += 1;
        FOR_END
        REGION_END
        int ok = 1;
        for (size_t i = 0; i < 1000; i++)
            ok &= result[i] == (double)((n - 1 - i) * 3) + 1;
        CU_ASSERT(ok);
        free(tmp); /* the parent's own copy: the region freed the members' */
    }
    clear_env();
}

/* ---- after the region: every member is gone, nothing is mapped ---- */

static int count_team_mappings(void)
{
    FILE *f = fopen("/proc/self/maps", "re");
    if (f == NULL)
        return -1;
    char line[512];
    int n = 0;
    while (fgets(line, sizeof line, f))
        n += strstr(line, "memfd:pfor-team") != NULL;
    fclose(f);
    return n;
}

static void test_nothing_left(void)
{
    set_env(4, "dynamic,3");
    int before = count_team_mappings();
    jacobi1d_init(j1a, j1b);
    jacobi1d_region();
    CU_ASSERT_EQUAL(count_team_mappings(), before);
    CU_ASSERT_EQUAL(before, 0);
    CU_ASSERT_EQUAL(pftest_count_children(), 0);
    clear_env();
}

void pftest_main(void)
{
    pftest_suite("team");
    pftest_add("jacobi1d_nowait_barrier", test_jacobi1d);
    pftest_add("jacobi2d", test_jacobi2d);
    pftest_add("heat3d_mapped_blocks", test_heat3d);
    pftest_add("fdtd2d_stack_and_single", test_fdtd2d);
    pftest_add("lu_row_pointers", test_lu);
    pftest_add("floyd_warshall", test_floyd);
    pftest_add("convergence", test_convergence);
    pftest_add("single_copyprivate", test_single_copyprivate);
    pftest_add("orphaned_loops", test_orphaned);
    pftest_add("reductions", test_reductions);
    pftest_add("split_combine", test_split_combine);
    pftest_add("nested_and_serial", test_nested_and_serial);
    pftest_add("storage_kinds", test_storage_kinds);
    pftest_add("freed_block", test_freed_block);
    pftest_add("frame_pages", test_frame_pages);
    pftest_add("nothing_left", test_nothing_left);
}
