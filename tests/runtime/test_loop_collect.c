/* test_loop_collect.c - collect is the write-set: every write shape real
 * OpenMP loops make (mirrored, column, flat, offset, rows of row
 * pointers, callee writes, two workers in one page), a global reduced
 * through a callee, lastprivate, collapse; through the pfc_ ABI in the
 * shape of generated code and through pf_loop_*; each against a serial
 * run under PFOR_WORKERS 1-4, every schedule, and injected worker crashes
 * (with retries: exact; without: the loop fails and the storage is as it
 * was). */
#include <limits.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

#include "loop_internal.h"
#include "pftest.h"

/* ---- injected crashes ---- */

/* Shared with the workers: a worker reaching iteration `target` while
 * `armed` kills itself with SIGKILL (once: the exchange disarms it). */
typedef struct chaos {
    int armed;
    unsigned long long target;
} chaos_t;

static chaos_t *chaos;
static pid_t loop_parent; /* the process that runs the loops */

static inline void chaos_point(unsigned long long k)
{
    if (chaos->armed && k == chaos->target && getpid() != loop_parent &&
        __atomic_exchange_n(&chaos->armed, 0, __ATOMIC_SEQ_CST))
        raise(SIGKILL);
}

static void chaos_open(void)
{
    chaos = pf__map_shared(sizeof *chaos);
    CU_ASSERT_PTR_NOT_NULL_FATAL(chaos);
    loop_parent = getpid();
}

static void chaos_close(void)
{
    pf__unmap_shared(chaos, sizeof *chaos);
    chaos = NULL;
}

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
    unsetenv("PFOR_WRITESET");
}

/* ---- the lowering, as pfor_abi.h draws it ----
 *
 * Every shape below is the code pforc emits for
 *
 *   #pragma pfor parallel for collect(...) schedule(runtime) retries(r)
 *   for (T i = lo; i CMP hi; i += step) body
 *
 * with the cursor stored per iteration (the exact variant) and
 * chaos_point() first in the body.  The first shape is written out; the
 * others use these macros, which expand to the same text. */

#define LOWERED_BEGIN(line, T, lo, hi, step, cmp)                              \
    {                                                                          \
        pfc_loop_t *__pf_loop = pfc_loop_new("shapes.c", line);                \
        typedef T __pf_iv_t;                                                   \
        PFC_RANGE(__pf_loop, __pf_iv_t, lo, hi, step, cmp);                    \
        pfc_loop_schedule(__pf_loop, PFC_SCHED_RUNTIME, (long)(0));            \
        pfc_loop_retries(__pf_loop, (long)(retries));

#define LOWERED_BODY(i)                                                        \
    pfc_loop_start(__pf_loop);                                                 \
    {                                                                          \
        volatile unsigned long long *__pf_cursor = pfc_loop_cursor(__pf_loop); \
        unsigned long long __pf_k, __pf_end;                                   \
        while (pfc_loop_next(__pf_loop, &__pf_k, &__pf_end)) {                 \
            for (; __pf_k < __pf_end; __pf_k++) {                              \
                *__pf_cursor = __pf_k;                                         \
                __pf_iv_t i = PFC_IV(__pf_loop, __pf_iv_t, __pf_k);            \
                (void)i;                                                       \
                chaos_point(__pf_k);

#define LOWERED_END                                                            \
    }                                                                          \
    }                                                                          \
    }                                                                          \
    pfc_loop_end(__pf_loop);                                                   \
    }

/* ---- the shapes ---- */

typedef struct region {
    void *p;
    size_t n;
} region_t;

typedef struct shape {
    const char *name;
    int line;                 /* the pfc_loop_new line ("shapes.c:line") */
    unsigned long long trips; /* iterations (the crash point is one) */
    void (*reset)(void);      /* the storage as it is before the loop */
    void (*run)(long retries);
    void (*serial)(void);        /* the same loop, plain C */
    int (*regions)(region_t *r); /* the storage the loop writes */
    const char *(*value)(unsigned long long k); /* loop value of k */
} shape_t;

static char value_text[64];

static const char *plain_value(unsigned long long k)
{
    snprintf(value_text, sizeof value_text, "%llu", k);
    return value_text;
}

/* A: mirrored writes, cov[i][j] and cov[j][i] (covariance). */
#define MN 72
static double cov[MN][MN];

static void mirrored_iteration(int i)
{
    for (int j = i; j < MN; j++) {
        double v = (double)(i * MN + j) * 0.25;
        cov[i][j] = v;
        cov[j][i] = v;
    }
}

static void mirrored_reset(void)
{
    for (int i = 0; i < MN; i++)
        for (int j = 0; j < MN; j++)
            cov[i][j] = -1;
}

static void mirrored_run(long retries)
{
    {
        pfc_loop_t *__pf_loop = pfc_loop_new("shapes.c", 101);
        typedef int __pf_iv_t;
        PFC_RANGE(__pf_loop, __pf_iv_t, 0, MN, 1, PFC_LT);
        pfc_loop_schedule(__pf_loop, PFC_SCHED_RUNTIME, (long)(0));
        pfc_loop_retries(__pf_loop, (long)(retries));
        pfc_loop_collect_bytes(__pf_loop, &(cov)[0], sizeof(cov));
        pfc_loop_start(__pf_loop);
        {
            volatile unsigned long long *__pf_cursor =
                pfc_loop_cursor(__pf_loop);
            unsigned long long __pf_k, __pf_end;
            while (pfc_loop_next(__pf_loop, &__pf_k, &__pf_end)) {
                for (; __pf_k < __pf_end; __pf_k++) {
                    *__pf_cursor = __pf_k;
                    __pf_iv_t i = PFC_IV(__pf_loop, __pf_iv_t, __pf_k);
                    (void)i;
                    chaos_point(__pf_k);
                    mirrored_iteration(i);
                }
            }
        }
        pfc_loop_end(__pf_loop);
    }
}

static void mirrored_serial(void)
{
    for (int i = 0; i < MN; i++)
        mirrored_iteration(i);
}

static int mirrored_regions(region_t *r)
{
    r[0] = (region_t){cov, sizeof cov};
    return 1;
}

/* B: column writes, colm[i][j] inside the loop over j (trmm): every page
 * is written by every worker. */
#define CR 150
#define CC 40
static double colm[CR][CC];

static void column_reset(void)
{
    memset(colm, 0, sizeof colm);
}

static void column_run(long retries)
{
    LOWERED_BEGIN(102, int, 0, CC, 1, PFC_LT)
    pfc_loop_collect_bytes(__pf_loop, &(colm)[0], sizeof(colm));
    LOWERED_BODY(j)
    for (int i = 0; i < CR; i++)
        colm[i][j] = i * 1000.0 + j;
    LOWERED_END
}

static void column_serial(void)
{
    for (int j = 0; j < CC; j++)
        for (int i = 0; i < CR; i++)
            colm[i][j] = i * 1000.0 + j;
}

static int column_regions(region_t *r)
{
    r[0] = (region_t){colm, sizeof colm};
    return 1;
}

/* C: a flat 2-D array, flat[i * cols + j] (srad). */
#define FR 90
#define FC 70
static float flat[FR * FC];

static void flat_reset(void)
{
    for (int j = 0; j < FR * FC; j++)
        flat[j] = 0.5f;
}

static void flat_run(long retries)
{
    LOWERED_BEGIN(103, long, 0, FR, 1, PFC_LT)
    pfc_loop_collect_bytes(__pf_loop, &(flat)[0], sizeof(flat));
    LOWERED_BODY(i)
    for (long j = 0; j < FC; j++)
        flat[i * FC + j] = (float)(i - j) / 3.0f;
    LOWERED_END
}

static void flat_serial(void)
{
    for (long i = 0; i < FR; i++)
        for (long j = 0; j < FC; j++)
            flat[i * FC + j] = (float)(i - j) / 3.0f;
}

static int flat_regions(region_t *r)
{
    r[0] = (region_t){flat, sizeof flat};
    return 1;
}

/* D: an offset, a[i - 1] in a 1-based loop; a guard right after the
 * array in the same struct (and page) must keep its value. */
#define ON 700
static struct {
    double a[ON];
    long guard;
} off;

static void offset_reset(void)
{
    memset(off.a, 0, sizeof off.a);
    off.guard = 12345;
}

static void offset_run(long retries)
{
    LOWERED_BEGIN(104, long, 1, ON, 1, PFC_LE)
    pfc_loop_collect_bytes(__pf_loop, &(off.a)[0], sizeof(off.a));
    LOWERED_BODY(i)
    off.a[i - 1] = (double)i * 0.5;
    LOWERED_END
}

static void offset_serial(void)
{
    for (long i = 1; i <= ON; i++)
        off.a[i - 1] = (double)i * 0.5;
}

static int offset_regions(region_t *r)
{
    r[0] = (region_t){&off, sizeof off};
    return 1;
}

static const char *offset_value(unsigned long long k)
{
    snprintf(value_text, sizeof value_text, "%llu", k + 1);
    return value_text;
}

/* E: rows of row pointers, rows[r][i] (each row registered as a byte
 * range: collect(rows[0:RN][0:RM])); iteration i writes column i. */
#define RN 30
#define RM 500
static double *rows[RN];

static void rows_reset(void)
{
    for (int r = 0; r < RN; r++) {
        if (rows[r] == NULL)
            rows[r] = malloc(RM * sizeof *rows[r]);
        CU_ASSERT_PTR_NOT_NULL_FATAL(rows[r]);
        for (int i = 0; i < RM; i++)
            rows[r][i] = -2;
    }
}

static void rows_run(long retries)
{
    LOWERED_BEGIN(105, int, 0, RM, 1, PFC_LT)
    for (long __pf_r = 0; __pf_r < RN; __pf_r++)
        pfc_loop_collect_bytes(__pf_loop, &(rows)[__pf_r][0],
                               (size_t)(RM) * sizeof(rows)[__pf_r][0]);
    LOWERED_BODY(i)
    for (int r = 0; r < RN; r++)
        rows[r][i] = r * 1e4 + i;
    LOWERED_END
}

static void rows_serial(void)
{
    for (int i = 0; i < RM; i++)
        for (int r = 0; r < RN; r++)
            rows[r][i] = r * 1e4 + i;
}

static int rows_regions(region_t *reg)
{
    for (int r = 0; r < RN; r++)
        reg[r] = (region_t){rows[r], RM * sizeof *rows[r]};
    return RN;
}

/* F: a called function writes, at an index the body never names. */
#define CN 997
static int callee_out[CN];

__attribute__((noinline)) static void store_square(long i)
{
    callee_out[(i * 7) % CN] = (int)(i * i % 100003);
}

static void callee_reset(void)
{
    memset(callee_out, 0xff, sizeof callee_out);
}

static void callee_run(long retries)
{
    LOWERED_BEGIN(106, long, 0, CN, 1, PFC_LT)
    pfc_loop_collect_bytes(__pf_loop, &(callee_out)[0], sizeof(callee_out));
    LOWERED_BODY(i)
    store_square(i);
    LOWERED_END
}

static void callee_serial(void)
{
    for (long i = 0; i < CN; i++)
        store_square(i);
}

static int callee_regions(region_t *r)
{
    r[0] = (region_t){callee_out, sizeof callee_out};
    return 1;
}

/* G: a global counted by a called function, reduced (the variable
 * itself: identity and deposit take its address). */
#define GN 3001
static long counted;

__attribute__((noinline)) static void count_it(long i)
{
    counted += i % 5 + (i == 77 ? 1000 : 0);
}

static void global_reset(void)
{
    counted = 1000;
}

static void global_run(long retries)
{
    {
        pfc_loop_t *__pf_loop = pfc_loop_new("shapes.c", 107);
        typedef long __pf_iv_t;
        PFC_RANGE(__pf_loop, __pf_iv_t, 0, GN, 1, PFC_LT);
        pfc_loop_schedule(__pf_loop, PFC_SCHED_RUNTIME, (long)(0));
        pfc_loop_retries(__pf_loop, (long)(retries));
        pfc_loop_reduce(__pf_loop, PF_OP_ADD, PF_TYPE_OF(counted), &counted, 1);
        pfc_loop_start(__pf_loop);
        {
            volatile unsigned long long *__pf_cursor =
                pfc_loop_cursor(__pf_loop);
            unsigned long long __pf_k, __pf_end;
            while (pfc_loop_next(__pf_loop, &__pf_k, &__pf_end)) {
                pfc_loop_identity(__pf_loop, 0, &counted);
                for (; __pf_k < __pf_end; __pf_k++) {
                    *__pf_cursor = __pf_k;
                    __pf_iv_t i = PFC_IV(__pf_loop, __pf_iv_t, __pf_k);
                    chaos_point(__pf_k);
                    count_it(i);
                }
                pfc_loop_deposit(__pf_loop, 0, &counted);
            }
        }
        pfc_loop_end(__pf_loop);
    }
}

static void global_serial(void)
{
    for (long i = 0; i < GN; i++)
        count_it(i);
}

static int global_regions(region_t *r)
{
    r[0] = (region_t){&counted, sizeof counted};
    return 1;
}

/* I: collapse(2), a negative step in the inner loop:
 *   for (int i = 19; i >= 0; i -= 3) for (long j = 8; j >= 0; j -= 2) */
static double c2[20][9];

static void collapse2_reset(void)
{
    memset(c2, 0, sizeof c2);
}

static void collapse2_run(long retries)
{
    {
        pfc_loop_t *__pf_loop = pfc_loop_new("shapes.c", 108);
        typedef int __pf_iv0_t;
        typedef long __pf_iv1_t;
        PFC_DIM(__pf_loop, 0, __pf_iv0_t, 19, 0, -3, PFC_GE);
        PFC_DIM(__pf_loop, 1, __pf_iv1_t, 8, 0, -2, PFC_GE);
        pfc_loop_schedule(__pf_loop, PFC_SCHED_RUNTIME, (long)(0));
        pfc_loop_retries(__pf_loop, (long)(retries));
        pfc_loop_collect_bytes(__pf_loop, &(c2)[0], sizeof(c2));
        const unsigned long long __pf_t1 = pfc_loop_dim_trips(__pf_loop, 1);
        pfc_loop_start(__pf_loop);
        {
            volatile unsigned long long *__pf_cursor =
                pfc_loop_cursor(__pf_loop);
            unsigned long long __pf_k, __pf_end;
            while (pfc_loop_next(__pf_loop, &__pf_k, &__pf_end)) {
                for (; __pf_k < __pf_end; __pf_k++) {
                    *__pf_cursor = __pf_k;
                    __pf_iv0_t i = (__pf_iv0_t)pfc_loop_dim_value(
                        __pf_loop, 0, __pf_k / __pf_t1);
                    __pf_iv1_t j = (__pf_iv1_t)pfc_loop_dim_value(
                        __pf_loop, 1, __pf_k % __pf_t1);
                    chaos_point(__pf_k);
                    c2[i][j] = i * 100.0 + (double)j;
                }
            }
        }
        pfc_loop_end(__pf_loop);
    }
}

static void collapse2_serial(void)
{
    for (int i = 19; i >= 0; i -= 3)
        for (long j = 8; j >= 0; j -= 2)
            c2[i][j] = i * 100.0 + (double)j;
}

static int collapse2_regions(region_t *r)
{
    r[0] = (region_t){c2, sizeof c2};
    return 1;
}

static const char *collapse2_value(unsigned long long k)
{
    snprintf(value_text, sizeof value_text, "(%d, %ld)", 19 - 3 * (int)(k / 5),
             8 - 2 * (long)(k % 5));
    return value_text;
}

/* I': collapse(3), three types, steps down and up:
 *   for (unsigned char a = 5; a > 0; a--)
 *     for (int b = -4; b < 1; b += 2)
 *       for (unsigned long long c = 0; c <= 3; c++) */
static short c3[6][5][4];

static void collapse3_reset(void)
{
    memset(c3, 0, sizeof c3);
}

static void collapse3_run(long retries)
{
    {
        pfc_loop_t *__pf_loop = pfc_loop_new("shapes.c", 109);
        typedef unsigned char __pf_iv0_t;
        typedef int __pf_iv1_t;
        typedef unsigned long long __pf_iv2_t;
        PFC_DIM(__pf_loop, 0, __pf_iv0_t, 5, 0, -1, PFC_GT);
        PFC_DIM(__pf_loop, 1, __pf_iv1_t, -4, 1, 2, PFC_LT);
        PFC_DIM(__pf_loop, 2, __pf_iv2_t, 0, 3, 1, PFC_LE);
        pfc_loop_schedule(__pf_loop, PFC_SCHED_RUNTIME, (long)(0));
        pfc_loop_retries(__pf_loop, (long)(retries));
        pfc_loop_collect_bytes(__pf_loop, &(c3)[0], sizeof(c3));
        const unsigned long long __pf_t1 = pfc_loop_dim_trips(__pf_loop, 1);
        const unsigned long long __pf_t2 = pfc_loop_dim_trips(__pf_loop, 2);
        pfc_loop_start(__pf_loop);
        {
            volatile unsigned long long *__pf_cursor =
                pfc_loop_cursor(__pf_loop);
            unsigned long long __pf_k, __pf_end;
            while (pfc_loop_next(__pf_loop, &__pf_k, &__pf_end)) {
                for (; __pf_k < __pf_end; __pf_k++) {
                    *__pf_cursor = __pf_k;
                    __pf_iv0_t a = (__pf_iv0_t)pfc_loop_dim_value(
                        __pf_loop, 0, __pf_k / (__pf_t1 * __pf_t2));
                    __pf_iv1_t b = (__pf_iv1_t)pfc_loop_dim_value(
                        __pf_loop, 1, __pf_k / __pf_t2 % __pf_t1);
                    __pf_iv2_t c = (__pf_iv2_t)pfc_loop_dim_value(
                        __pf_loop, 2, __pf_k % __pf_t2);
                    chaos_point(__pf_k);
                    c3[a][b + 4][c] = (short)(a * 100 + b * 10 + (int)c);
                }
            }
        }
        pfc_loop_end(__pf_loop);
    }
}

static void collapse3_serial(void)
{
    for (unsigned char a = 5; a > 0; a--)
        for (int b = -4; b < 1; b += 2)
            for (unsigned long long c = 0; c <= 3; c++)
                c3[a][b + 4][c] = (short)(a * 100 + b * 10 + (int)c);
}

static int collapse3_regions(region_t *r)
{
    r[0] = (region_t){c3, sizeof c3};
    return 1;
}

static const char *collapse3_value(unsigned long long k)
{
    snprintf(value_text, sizeof value_text, "(%d, %d, %llu)", 5 - (int)(k / 12),
             -4 + 2 * (int)(k / 4 % 3), k % 4);
    return value_text;
}

/* J: two workers (or more) writing different bytes of one page. */
#define PBN (2 * 4096 + 100)
static _Alignas(4096) unsigned char page_bytes[PBN];

static void pages_reset(void)
{
    memset(page_bytes, 0, sizeof page_bytes);
}

static void pages_run(long retries)
{
    LOWERED_BEGIN(110, int, 0, PBN, 1, PFC_LT)
    pfc_loop_collect_bytes(__pf_loop, &(page_bytes)[0], sizeof(page_bytes));
    LOWERED_BODY(i)
    page_bytes[i] = (unsigned char)(i * 7 + 1);
    LOWERED_END
}

static void pages_serial(void)
{
    for (int i = 0; i < PBN; i++)
        page_bytes[i] = (unsigned char)(i * 7 + 1);
}

static int pages_regions(region_t *r)
{
    r[0] = (region_t){page_bytes, sizeof page_bytes};
    return 1;
}

static const shape_t shapes[] = {
    {"mirrored", 101, MN, mirrored_reset, mirrored_run, mirrored_serial,
     mirrored_regions, plain_value},
    {"column", 102, CC, column_reset, column_run, column_serial, column_regions,
     plain_value},
    {"flat", 103, FR, flat_reset, flat_run, flat_serial, flat_regions,
     plain_value},
    {"offset", 104, ON, offset_reset, offset_run, offset_serial, offset_regions,
     offset_value},
    {"rows", 105, RM, rows_reset, rows_run, rows_serial, rows_regions,
     plain_value},
    {"callee", 106, CN, callee_reset, callee_run, callee_serial, callee_regions,
     plain_value},
    {"global", 107, GN, global_reset, global_run, global_serial, global_regions,
     plain_value},
    {"collapse2", 108, 35, collapse2_reset, collapse2_run, collapse2_serial,
     collapse2_regions, collapse2_value},
    {"collapse3", 109, 60, collapse3_reset, collapse3_run, collapse3_serial,
     collapse3_regions, collapse3_value},
    {"pages", 110, PBN, pages_reset, pages_run, pages_serial, pages_regions,
     plain_value},
};
#define NSHAPES (sizeof shapes / sizeof shapes[0])

/* The shape's storage, concatenated (malloc'd). */
static unsigned char *snapshot(const shape_t *s, size_t *size)
{
    region_t r[RN + 1];
    int n = s->regions(r);
    size_t total = 0;
    for (int j = 0; j < n; j++)
        total += r[j].n;
    unsigned char *copy = malloc(total);
    CU_ASSERT_PTR_NOT_NULL_FATAL(copy);
    size_t at = 0;
    for (int j = 0; j < n; j++) {
        memcpy(copy + at, r[j].p, r[j].n);
        at += r[j].n;
    }
    *size = total;
    return copy;
}

static bool same_as(const shape_t *s, const unsigned char *ref)
{
    size_t size;
    unsigned char *now = snapshot(s, &size);
    bool same = memcmp(now, ref, size) == 0;
    free(now);
    return same;
}

/* The reference: the plain serial loop's result. */
static unsigned char *reference(const shape_t *s)
{
    size_t size;
    s->reset();
    s->serial();
    return snapshot(s, &size);
}

/* Every shape, every worker count 1-4, every schedule: exact; then with a
 * worker killed at a random (seeded) iteration and retries: exact. */
static void check_shapes(const char *writeset, int w_lo, int w_hi)
{
    chaos_open();
    uint64_t seed = 20251201;
    int runs = 0, bad = 0, crashes = 0;
    for (size_t si = 0; si < NSHAPES; si++) {
        const shape_t *s = &shapes[si];
        unsigned char *ref = reference(s);
        for (int w = w_lo; w <= w_hi; w++)
            for (size_t k = 0; k < NSCHED; k++) {
                set_env(w, schedules[k]);
                if (writeset)
                    setenv("PFOR_WRITESET", writeset, 1);
                s->reset();
                s->run(0);
                runs++;
                if (!same_as(s, ref)) {
                    bad++;
                    fprintf(stderr, "%s: %d workers, %s: wrong\n", s->name, w,
                            schedules[k]);
                }
                s->reset();
                chaos->target = pf_random_u64(seed, (uint64_t)runs) % s->trips;
                chaos->armed = 1;
                s->run(3);
                crashes += chaos->armed == 0;
                chaos->armed = 0;
                if (!same_as(s, ref)) {
                    bad++;
                    fprintf(stderr,
                            "%s: %d workers, %s, crash at %llu retried: "
                            "wrong\n",
                            s->name, w, schedules[k], chaos->target);
                }
            }
        free(ref);
    }
    clear_env();
    chaos_close();
    CU_ASSERT_EQUAL(bad, 0);
    /* With retries the parent only supervises: a worker always ran the
     * crash point, so every armed run crashed once. */
    CU_ASSERT_EQUAL(crashes, runs);
}

static void test_shapes(void)
{
    check_shapes(NULL, 1, 4);
}

/* The fallback (a copy compared) gives the same results. */
static void test_shapes_copy_fallback(void)
{
    check_shapes("copy", 2, 3);
}

/* Without retries a crash fails the loop: the program stops with the
 * worker's status (128 + SIGKILL), the message names the loop, the worker
 * and the iteration, and the storage is exactly as it was (checked at
 * exit, after the message). */
static const shape_t *failing_shape;
static unsigned char *failing_before;

static void check_unchanged_at_exit(void)
{
    fprintf(stderr, "\nstorage %s\n",
            same_as(failing_shape, failing_before) ? "UNCHANGED" : "CHANGED");
}

/* An odd iteration: never the first of a dynamic,2 chunk, so the cursor
 * stored per iteration names it exactly. */
static unsigned long long fail_point(const shape_t *s)
{
    return s->trips / 2 | 1;
}

static int fail_child(void *arg)
{
    const shape_t *s = arg;
    size_t size;
    s->reset();
    failing_shape = s;
    failing_before = snapshot(s, &size);
    atexit(check_unchanged_at_exit);
    loop_parent = getpid();
    chaos->target = fail_point(s);
    chaos->armed = 1;
    s->run(0);
    return 0; /* not reached: the loop fails */
}

static void test_shapes_fail(void)
{
    chaos_open();
    setenv("PFOR_WORKERS", "3", 1);
    setenv("PFOR_SCHEDULE", "dynamic,2", 1);
    for (size_t si = 0; si < NSHAPES; si++) {
        const shape_t *s = &shapes[si];
        if (s->run == global_run)
            continue; /* no collect: the parent works (test_loop_faults) */
        char err[2048], want[128];
        int status = pftest_capture(fail_child, (void *)s, err, sizeof err);
        CU_ASSERT_EQUAL(status, 128 + SIGKILL);
        snprintf(want, sizeof want,
                 "pfor: shapes.c:%d: pfor loop failed: worker", s->line);
        CU_ASSERT_PTR_NOT_NULL(strstr(err, want));
        CU_ASSERT_PTR_NOT_NULL(strstr(err, "was killed by signal 9"));
        snprintf(want, sizeof want, "at iteration %s", s->value(fail_point(s)));
        CU_ASSERT_PTR_NOT_NULL(strstr(err, want));
        CU_ASSERT_PTR_NOT_NULL(strstr(err, "0 retries used of 0"));
        CU_ASSERT_PTR_NOT_NULL(strstr(err, "storage UNCHANGED"));
        if (strstr(err, want) == NULL || status != 128 + SIGKILL ||
            !strstr(err, "UNCHANGED"))
            fprintf(stderr, "%s (status %d): %s\n", s->name, status, err);
    }
    clear_env();
    chaos_close();
}

/* ---- the guard: nothing outside the collected storage is written ---- */

static struct {
    int a[1000];
    long guard; /* same struct, same page */
} guarded;
static long after_global; /* whatever the linker put next */

static void test_guard(void)
{
    for (int w = 1; w <= 4; w++) {
        set_env(w, "static,7");
        for (int j = 0; j < 1000; j++)
            guarded.a[j] = -1;
        guarded.guard = 777;
        after_global = 888;
        /* The body writes the guard too: that write is not collected, so
         * it must not reach the parent (with 1 worker the parent runs the
         * loop itself and its own writes stay: skip that case). */
        {
            pfc_loop_t *__pf_loop = pfc_loop_new("guard.c", 1);
            typedef int __pf_iv_t;
            PFC_RANGE(__pf_loop, __pf_iv_t, 1, 1000, 1, PFC_LE);
            pfc_loop_schedule(__pf_loop, PFC_SCHED_RUNTIME, (long)(0));
            pfc_loop_collect_bytes(__pf_loop, &(guarded.a)[0],
                                   sizeof(guarded.a));
            pfc_loop_start(__pf_loop);
            {
                unsigned long long __pf_k, __pf_end;
                while (pfc_loop_next(__pf_loop, &__pf_k, &__pf_end)) {
                    for (; __pf_k < __pf_end; __pf_k++) {
                        __pf_iv_t i = PFC_IV(__pf_loop, __pf_iv_t, __pf_k);
                        guarded.a[i - 1] = i;
                        if (w > 1) {
                            guarded.guard = -i;
                            after_global = -i;
                        }
                    }
                }
            }
            pfc_loop_end(__pf_loop);
        }
        int bad = 0;
        for (int j = 0; j < 1000; j++)
            bad += guarded.a[j] != j + 1;
        CU_ASSERT_EQUAL(bad, 0);
        CU_ASSERT_EQUAL(guarded.guard, 777);
        CU_ASSERT_EQUAL(after_global, 888);

        /* Older generated code: pfc_loop_collect(&a[0], sizeof a[0]) on a
         * 1-based loop names the elements a[1..1000], one past the end:
         * nothing is written there (only changed bytes are), and a[0],
         * outside what it named, is not brought back. */
        for (int j = 0; j < 1000; j++)
            guarded.a[j] = -1;
        {
            pfc_loop_t *__pf_loop = pfc_loop_new("guard.c", 2);
            typedef int __pf_iv_t;
            PFC_RANGE(__pf_loop, __pf_iv_t, 1, 1000, 1, PFC_LE);
            pfc_loop_schedule(__pf_loop, PFC_SCHED_RUNTIME, (long)(0));
            pfc_loop_collect(__pf_loop, &(guarded.a)[0], sizeof(guarded.a)[0]);
            pfc_loop_start(__pf_loop);
            {
                unsigned long long __pf_k, __pf_end;
                while (pfc_loop_next(__pf_loop, &__pf_k, &__pf_end)) {
                    for (; __pf_k < __pf_end; __pf_k++) {
                        __pf_iv_t i = PFC_IV(__pf_loop, __pf_iv_t, __pf_k);
                        guarded.a[i - 1] = i;
                    }
                }
            }
            pfc_loop_end(__pf_loop);
        }
        CU_ASSERT_EQUAL(guarded.guard, 777);
        bad = 0;
        for (int j = 1; j < 1000; j++)
            bad += guarded.a[j] != j + 1;
        CU_ASSERT_EQUAL(bad, 0);
        if (w > 1)
            CU_ASSERT(guarded.a[0] == -1 || guarded.a[0] == 1);
    }
    clear_env();
}

/* ---- lastprivate ---- */

#define LN 500
static long last_x;
static pid_t last_pid;
static pid_t ran_by[LN];

static void lastprivate_run(long n, long retries, int kind_index)
{
    static const pfc_schedule_t kinds[] = {PFC_SCHED_STATIC, PFC_SCHED_STATIC,
                                           PFC_SCHED_DYNAMIC, PFC_SCHED_GUIDED};
    static const long chunk[] = {0, 7, 3, 0};
    {
        pfc_loop_t *__pf_loop = pfc_loop_new("last.c", 1);
        typedef long __pf_iv_t;
        PFC_RANGE(__pf_loop, __pf_iv_t, 0, n, 1, PFC_LT);
        pfc_loop_schedule(__pf_loop, kinds[kind_index],
                          (long)(chunk[kind_index]));
        pfc_loop_retries(__pf_loop, (long)(retries));
        pfc_loop_collect_bytes(__pf_loop, &(ran_by)[0], sizeof(ran_by));
        pfc_loop_lastprivate(__pf_loop, &last_x, sizeof(last_x));
        pfc_loop_lastprivate(__pf_loop, &last_pid, sizeof(last_pid));
        pfc_loop_start(__pf_loop);
        {
            volatile unsigned long long *__pf_cursor =
                pfc_loop_cursor(__pf_loop);
            unsigned long long __pf_k, __pf_end;
            while (pfc_loop_next(__pf_loop, &__pf_k, &__pf_end)) {
                *__pf_cursor = __pf_k;
                for (; __pf_k < __pf_end; __pf_k++) {
                    __pf_iv_t i = PFC_IV(__pf_loop, __pf_iv_t, __pf_k);
                    chaos_point(__pf_k);
                    last_x = i * 3 + 7;
                    last_pid = getpid();
                    ran_by[i] = getpid();
                }
            }
        }
        pfc_loop_end(__pf_loop);
    }
}

static void test_lastprivate(void)
{
    chaos_open();
    int bad = 0, by_worker = 0;
    for (int w = 1; w <= 4; w++)
        for (int kind = 0; kind < 4; kind++)
            for (int crash = 0; crash < 2; crash++) {
                set_env(w, "static");
                memset(ran_by, 0, sizeof ran_by);
                last_x = -5;
                last_pid = 0;
                if (crash) {
                    chaos->target = LN - 1; /* the last iteration itself */
                    chaos->armed = 1;
                }
                lastprivate_run(LN, crash ? 2 : 0, kind);
                chaos->armed = 0;
                bad += last_x != (LN - 1) * 3 + 7;
                bad += last_pid != ran_by[LN - 1] || last_pid == 0;
                by_worker += last_pid != getpid();
            }
    CU_ASSERT_EQUAL(bad, 0);
    CU_ASSERT(by_worker > 0); /* the value came from a worker */
    /* A zero-trip loop leaves the variables alone. */
    last_x = -5;
    lastprivate_run(0, 0, 0);
    CU_ASSERT_EQUAL(last_x, -5);
    clear_env();
    chaos_close();
}

/* ---- reductions on the variable itself, and the serial paths ---- */

static double weight;

__attribute__((noinline)) static void weigh(long i)
{
    weight += 1.0 / (double)(i + 1) * (i % 3 ? 1.0 : -0.5);
}

/* reduction(+:weight) with the body calling weigh(); workers w (0:
 * default), `cond` for the if clause. */
static double weight_run(long n, long w, int cond)
{
    weight = 0.125;
    {
        pfc_loop_t *__pf_loop = pfc_loop_new("weight.c", 1);
        typedef long __pf_iv_t;
        PFC_RANGE(__pf_loop, __pf_iv_t, 0, n, 1, PFC_LT);
        pfc_loop_workers(__pf_loop, (long)(w));
        pfc_loop_if(__pf_loop, !!(cond));
        pfc_loop_reduce(__pf_loop, PF_OP_ADD, PF_TYPE_OF(weight), &weight, 1);
        pfc_loop_start(__pf_loop);
        {
            unsigned long long __pf_k, __pf_end;
            while (pfc_loop_next(__pf_loop, &__pf_k, &__pf_end)) {
                pfc_loop_identity(__pf_loop, 0, &weight);
                for (; __pf_k < __pf_end; __pf_k++) {
                    __pf_iv_t i = PFC_IV(__pf_loop, __pf_iv_t, __pf_k);
                    weigh(i);
                }
                pfc_loop_deposit(__pf_loop, 0, &weight);
            }
        }
        pfc_loop_end(__pf_loop);
    }
    return weight;
}

static void body_weight_in_worker(long long i, void *ctx, void *const *partial)
{
    (void)partial;
    double *out = ctx;
    out[i] = weight_run(20000, 4, 1); /* a loop inside a worker: serial */
}

static void test_reduce_variable_itself(void)
{
    double forked = weight_run(20000, 4, 1);
    double plain = 0.125;
    for (long i = 0; i < 20000; i++)
        plain += 1.0 / (double)(i + 1) * (i % 3 ? 1.0 : -0.5);
    CU_ASSERT(forked > plain - 1e-9 && forked < plain + 1e-9);
    /* The serial paths give the same bits: if false, 1 worker, ... */
    double if_false = weight_run(20000, 4, 0);
    double one = weight_run(20000, 1, 1);
    CU_ASSERT(memcmp(&if_false, &forked, sizeof forked) == 0);
    CU_ASSERT(memcmp(&one, &forked, sizeof forked) == 0);
    for (long w = 2; w <= 4; w++) {
        double again = weight_run(20000, w, 1);
        CU_ASSERT(memcmp(&again, &forked, sizeof forked) == 0);
    }
    /* ... inside a worker ... */
    double inner[2] = {0, 0};
    pf_loop_t *loop;
    PFTEST_OK(pf_loop_new(0, 2, 1, &loop));
    PFTEST_OK(pf_loop_collect(loop, inner, sizeof inner[0]));
    pf_loop_options_t opt = {.workers = 2};
    PFTEST_OK(pf_loop_run(loop, body_weight_in_worker, inner, &opt));
    pf_loop_free(loop);
    CU_ASSERT(memcmp(&inner[0], &forked, sizeof forked) == 0);
    CU_ASSERT(memcmp(&inner[1], &forked, sizeof forked) == 0);
    /* ... and a loop of one chunk (one iteration: one block). */
    double single = weight_run(1, 4, 1);
    CU_ASSERT_EQUAL(single, 0.125 - 0.5);
}

/* ---- collapse: final values, zero trips, overflow ---- */

static void test_collapse_edges(void)
{
    /* Final values of the nest, as generated code computes them. */
    pfc_loop_t *loop = pfc_loop_new("nest.c", 1);
    typedef int T0;
    typedef unsigned T1;
    PFC_DIM(loop, 0, T0, 19, 0, -3, PFC_GE);
    PFC_DIM(loop, 1, T1, 0, 10, 4, PFC_LT);
    CU_ASSERT_EQUAL(pfc_loop_dim_trips(loop, 0), 7);
    CU_ASSERT_EQUAL(pfc_loop_dim_trips(loop, 1), 3);
    CU_ASSERT_EQUAL(pfc_loop_trips(loop), 21);
    CU_ASSERT_EQUAL((T0)pfc_loop_dim_value(loop, 0, 7), -2);
    CU_ASSERT_EQUAL((T1)pfc_loop_dim_value(loop, 1, 3), 12);
    pfc_loop_if(loop, 0); /* all in this process, to count them */
    pfc_loop_start(loop);
    unsigned long long k, end, seen = 0;
    while (pfc_loop_next(loop, &k, &end))
        seen += end - k;
    pfc_loop_end(loop);
    CU_ASSERT_EQUAL(seen, 21);

    /* A loop of the nest with zero trips: the nest has none. */
    loop = pfc_loop_new("nest.c", 2);
    PFC_DIM(loop, 0, T0, 0, 1000000, 1, PFC_LT);
    PFC_DIM(loop, 1, T1, 5, 5, 1, PFC_LT);
    CU_ASSERT_EQUAL(pfc_loop_trips(loop), 0);
    pfc_loop_start(loop);
    CU_ASSERT_EQUAL(pfc_loop_next(loop, &k, &end), 0);
    pfc_loop_end(loop);
}

/* The flat space passing 2^64 - 1 stops the program with a message. */
static int overflow_child(void *arg)
{
    (void)arg;
    pfc_loop_t *loop = pfc_loop_new("nest.c", 3);
    typedef unsigned long long T;
    PFC_DIM(loop, 0, T, 0, 1ULL << 40, 1, PFC_LT);
    PFC_DIM(loop, 1, T, 0, 1ULL << 30, 1, PFC_LT);
    pfc_loop_start(loop);
    return 0;
}

static int endless_dim_child(void *arg)
{
    (void)arg;
    pfc_loop_t *loop = pfc_loop_new("nest.c", 4);
    typedef int T;
    PFC_DIM(loop, 0, T, 0, 10, 1, PFC_LT);
    PFC_DIM(loop, 1, T, 0, 10, -1, PFC_LT);
    return 0;
}

static void test_collapse_errors(void)
{
    char err[512];
    CU_ASSERT_EQUAL(pftest_capture(overflow_child, NULL, err, sizeof err), 1);
    CU_ASSERT_PTR_NOT_NULL(strstr(err, "nest.c:3:"));
    CU_ASSERT_PTR_NOT_NULL(
        strstr(err, "1099511627776 x 1073741824 iterations, more than 2^64"));
    CU_ASSERT_EQUAL(pftest_capture(endless_dim_child, NULL, err, sizeof err),
                    1);
    CU_ASSERT_PTR_NOT_NULL(
        strstr(err, "loop 2 of the collapsed nest never ends"));
}

/* ---- the same shapes by hand (pfor/loop.h) ---- */

typedef struct hand_ctx {
    int shape; /* 0 mirrored, 1 column, 2 offset (+guard), 3 rows, 4 pages */
} hand_ctx_t;

static void hand_body(long long i, void *ctx, void *const *partial)
{
    (void)partial;
    int shape = ((hand_ctx_t *)ctx)->shape;
    chaos_point(shape == 2 ? (unsigned long long)i - 1 : (unsigned long long)i);
    switch (shape) {
    case 0:
        mirrored_iteration((int)i);
        break;
    case 1:
        for (int r = 0; r < CR; r++)
            colm[r][i] = r * 1000.0 + (double)i;
        break;
    case 2:
        off.a[i - 1] = (double)i * 0.5;
        break;
    case 3:
        for (int r = 0; r < RN; r++)
            rows[r][i] = r * 1e4 + (double)i;
        break;
    default:
        page_bytes[i] = (unsigned char)(i * 7 + 1);
    }
}

/* Build shape `which`'s loop by hand. */
static pf_loop_t *hand_loop(int which)
{
    pf_loop_t *loop = NULL;
    long long lo = which == 2 ? 1 : 0;
    long long hi = which == 0   ? MN
                   : which == 1 ? CC
                   : which == 2 ? ON + 1
                   : which == 3 ? RM
                                : PBN;
    PFTEST_OK(pf_loop_new(lo, hi, 1, &loop));
    switch (which) {
    case 0:
        PFTEST_OK(pf_loop_collect_bytes(loop, cov, sizeof cov));
        break;
    case 1:
        PFTEST_OK(pf_loop_collect_bytes(loop, colm, sizeof colm));
        break;
    case 2:
        PFTEST_OK(pf_loop_collect_bytes(loop, off.a, sizeof off.a));
        break;
    case 3:
        for (int r = 0; r < RN; r++)
            PFTEST_OK(
                pf_loop_collect_bytes(loop, rows[r], RM * sizeof *rows[r]));
        break;
    default:
        PFTEST_OK(pf_loop_collect_bytes(loop, page_bytes, sizeof page_bytes));
    }
    return loop;
}

static void test_shapes_by_hand(void)
{
    static const int shape_of[] = {0, 1, 3, 4, 9};
    static const pf_schedule_t kinds[] = {PF_SCHED_STATIC, PF_SCHED_DYNAMIC,
                                          PF_SCHED_GUIDED, PF_SCHED_AUTO};
    chaos_open();
    int bad = 0;
    for (int which = 0; which < 5; which++) {
        const shape_t *s = &shapes[shape_of[which]];
        unsigned char *ref = reference(s);
        hand_ctx_t ctx = {which};
        for (int w = 1; w <= 4; w++)
            for (int k = 0; k < 4; k++) {
                pf_loop_options_t opt = {.workers = w,
                                         .schedule = kinds[k],
                                         .chunk = k == 1 ? 3 : 0};
                s->reset();
                pf_loop_t *loop = hand_loop(which);
                PFTEST_OK(pf_loop_run(loop, hand_body, &ctx, &opt));
                bad += !same_as(s, ref);
                /* A crash at a seeded iteration, retried. */
                s->reset();
                chaos->target =
                    pf_random_u64(7, (uint64_t)(w * 10 + k)) % s->trips;
                chaos->armed = 1;
                opt.retries = 2;
                PFTEST_OK(pf_loop_run(loop, hand_body, &ctx, &opt));
                CU_ASSERT_EQUAL(chaos->armed, 0);
                chaos->armed = 0;
                bad += !same_as(s, ref);
                /* Without retries: PF_EWORKER and the storage untouched. */
                if (w > 1) {
                    s->reset();
                    size_t size;
                    unsigned char *before = snapshot(s, &size);
                    chaos->target = s->trips - 1;
                    chaos->armed = 1;
                    opt.retries = 0;
                    PFTEST_EXPECT(PF_EWORKER,
                                  pf_loop_run(loop, hand_body, &ctx, &opt));
                    chaos->armed = 0;
                    bad += !same_as(s, before);
                    CU_ASSERT_PTR_NOT_NULL(strstr(pf_loop_error(loop),
                                                  "pf_loop_run: pfor loop "
                                                  "failed: worker"));
                    free(before);
                }
                pf_loop_free(loop);
            }
        free(ref);
    }
    CU_ASSERT_EQUAL(bad, 0);
    chaos_close();
}

/* The by-hand lastprivate: the last iteration's value, from a worker. */
typedef struct hand_last {
    long x;
    pid_t pid;
} hand_last_t;

static void hand_last_body(long long i, void *ctx, void *const *partial)
{
    (void)partial;
    hand_last_t *l = ctx;
    l->x = i * 2 + 1;
    l->pid = getpid();
}

static void test_lastprivate_by_hand(void)
{
    for (int w = 1; w <= 4; w++)
        for (int k = 0; k < 3; k++) {
            hand_last_t l = {-1, 0};
            pf_loop_t *loop;
            PFTEST_OK(pf_loop_new(100, -100, -3, &loop));
            PFTEST_OK(pf_loop_lastprivate(loop, &l, sizeof l));
            pf_loop_options_t opt = {
                .workers = w,
                .schedule = k == 0   ? PF_SCHED_STATIC
                            : k == 1 ? PF_SCHED_DYNAMIC
                                     : PF_SCHED_GUIDED,
                .retries = 1}; /* the parent supervises: a worker sets it */
            PFTEST_OK(pf_loop_run(loop, hand_last_body, &l, &opt));
            pf_loop_free(loop);
            CU_ASSERT_EQUAL(l.x, -98 * 2 + 1); /* last value: -98 */
            CU_ASSERT(l.pid != 0 && l.pid != getpid());
        }
    pf_loop_t *loop;
    PFTEST_EXPECT(PF_EINVAL, pf_loop_new(0, 1, 1, NULL));
    PFTEST_OK(pf_loop_new(0, 1, 1, &loop));
    PFTEST_EXPECT(PF_EINVAL, pf_loop_lastprivate(loop, NULL, 4));
    PFTEST_EXPECT(PF_EINVAL, pf_loop_collect_bytes(loop, NULL, 4));
    PFTEST_OK(pf_loop_collect_bytes(loop, NULL, 0));
    pf_loop_free(loop);
}

void pftest_main(void)
{
    /* These tests look at the engine's workers: the adaptive rule (which
     * would run their small loops serially) is tested in
     * test_loop_adapt.c. */
    setenv("PFOR_ADAPT", "0", 1);
    pftest_suite("loop_collect");
    pftest_add("shapes", test_shapes);
    pftest_add("shapes_copy_fallback", test_shapes_copy_fallback);
    pftest_add("shapes_fail", test_shapes_fail);
    pftest_add("guard", test_guard);
    pftest_add("lastprivate", test_lastprivate);
    pftest_add("reduce_variable_itself", test_reduce_variable_itself);
    pftest_add("collapse_edges", test_collapse_edges);
    pftest_add("collapse_errors", test_collapse_errors);
    pftest_add("shapes_by_hand", test_shapes_by_hand);
    pftest_add("lastprivate_by_hand", test_lastprivate_by_hand);
}
