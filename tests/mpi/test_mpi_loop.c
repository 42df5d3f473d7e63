/* test_mpi_loop.c - the pfm_ calls, written in the shape pforc
 * --backend=mpi generates (pfor_mpi_abi.h), under mpirun -np 1, 2 and 3:
 * schedules, every reduction operator on every type (bits compared with
 * the process engine's pfc_ result in the same program), sections,
 * collected storage of every write shape with a guard that must not move,
 * lastprivate, map order, collapse, nesting, regions, communicators, and
 * libpfor's own tools inside a rank. */
#include <float.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "pfor_mpi_abi.h"
#include "pftest.h"

static const pfc_schedule_t schedules[] = {PFC_SCHED_DEFAULT, PFC_SCHED_STATIC,
                                           PFC_SCHED_DYNAMIC, PFC_SCHED_GUIDED};
static const long chunks[] = {0, 1, 7};
static const long sizes[] = {0, 1, 2, 5, 1000, 100003};
#define N_OF(a) (sizeof(a) / sizeof((a)[0]))

/* ---- the process engine's result, for bit comparison ---- */

/* #pragma pfor parallel for reduction(+:sum) workers(w)
 * for (long i = 0; i < n; i++) sum += 1.0 / (i + 1);   (pfc_, old shape) */
static double pfc_sum(long n, long w)
{
    double sum = 0.25;
    pfc_loop_t *__pf_loop = pfc_loop_new("test_mpi_loop.c", 30);
    typedef long __pf_iv_t;
    PFC_RANGE(__pf_loop, __pf_iv_t, 0, n, 1, PFC_LT);
    pfc_loop_workers(__pf_loop, w);
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
    return sum;
}

/* The same loop on the ranks, with collect(out) elements and the loop
 * variable's final value (new shape: the variable itself is reduced). */
static double pfm_sum(long n, pfc_schedule_t kind, long chunk, double *out,
                      long *final_i)
{
    double sum = 0.25;
    long i;
    {
        pfm_loop_t *__pf_loop = pfm_loop_new("test_mpi_loop.c", 60);
        typedef long __pf_iv_t;
        PFM_RANGE(__pf_loop, __pf_iv_t, 0, n, 1, PFM_LT);
        pfm_loop_schedule(__pf_loop, kind, chunk);
        pfm_loop_reduce(__pf_loop, PF_OP_ADD, PF_TYPE_OF(sum), &sum, 1);
        pfm_loop_collect_elems(__pf_loop, &out[0], sizeof out[0]);
        pfm_loop_start(__pf_loop);
        {
            volatile unsigned long long *__pf_cursor =
                pfm_loop_cursor(__pf_loop);
            unsigned long long __pf_k, __pf_end;
            while (pfm_loop_next(__pf_loop, &__pf_k, &__pf_end)) {
                *__pf_cursor = __pf_k;
                pfm_loop_identity(__pf_loop, 0, &sum);
                for (; __pf_k < __pf_end; __pf_k++) {
                    __pf_iv_t i = PFM_IV(__pf_loop, __pf_iv_t, __pf_k);
                    out[i] = (double)i * 0.5;
                    sum += 1.0 / (double)(i + 1);
                }
                pfm_loop_deposit(__pf_loop, 0, &sum);
            }
        }
        i = PFM_IV(__pf_loop, __pf_iv_t, pfm_loop_trips(__pf_loop));
        pfm_loop_end(__pf_loop);
    }
    *final_i = i;
    return sum;
}

static void test_schedules_bits(void)
{
    for (size_t s = 0; s < N_OF(sizes); s++) {
        long n = sizes[s];
        double ref = pfc_sum(n, 1);
        double forked = pfc_sum(n, 3); /* libpfor forks inside a rank */
        CU_ASSERT_EQUAL(memcmp(&ref, &forked, sizeof ref), 0);
        double *out = calloc((size_t)n + 1, sizeof *out);
        for (size_t k = 0; k < N_OF(schedules); k++)
            for (size_t c = 0; c < N_OF(chunks); c++) {
                memset(out, 0, ((size_t)n + 1) * sizeof *out);
                out[n] = -1; /* past the end: must not move */
                long fi = -7;
                double got = pfm_sum(n, schedules[k], chunks[c], out, &fi);
                CU_ASSERT_EQUAL(memcmp(&got, &ref, sizeof got), 0);
                if (memcmp(&got, &ref, sizeof got) != 0)
                    fprintf(stderr,
                            "n=%ld sched=%d chunk=%ld: %.17g vs %.17g\n", n,
                            (int)schedules[k], chunks[c], got, ref);
                CU_ASSERT_EQUAL(fi, n);
                int bad = 0;
                for (long i = 0; i < n; i++)
                    bad += out[i] != (double)i * 0.5;
                CU_ASSERT_EQUAL(bad, 0);
                CU_ASSERT_EQUAL(out[n], -1);
            }
        free(out);
    }
}

/* schedule(runtime) reads PFOR_SCHEDULE on every rank. */
static void test_runtime_schedule(void)
{
    const char *texts[] = {"dynamic,3", "guided", "static,5", "static"};
    double out[1000];
    double ref = pfc_sum(1000, 1);
    for (size_t t = 0; t < N_OF(texts); t++) {
        setenv("PFOR_SCHEDULE", texts[t], 1);
        long fi;
        double got = pfm_sum(1000, PFC_SCHED_RUNTIME, 0, out, &fi);
        CU_ASSERT_EQUAL(memcmp(&got, &ref, sizeof got), 0);
        CU_ASSERT_EQUAL(out[999], 999 * 0.5);
    }
    unsetenv("PFOR_SCHEDULE");
}

/* ---- every operator on every type ---- */

/* The value iteration i contributes, per operator, chosen so no signed
 * operation overflows (UBSan watches) and floating sums and products are
 * sensitive to the order of combination. */
#define IS_FLT(T) ((T)0.5 != 0)
#define VALUE(T, op, i)                                                        \
    ((op) == PF_OP_MUL                                                         \
         ? (IS_FLT(T) ? (T)(1 + (((i) % 7) - 3) * 1e-3)                        \
                      : (T)((i) % 13 == 0 && (T)-1 < (T)1 ? -1 : 1))           \
     : ((op) == PF_OP_LAND || (op) == PF_OP_LOR) ? (T)((i) % 97 != 3)          \
     : ((op) == PF_OP_MIN || (op) == PF_OP_MAX)                                \
         ? (T)((long)((((i)*2654435761u) >> 7) % 100) -                        \
               ((T)-1 < (T)1 ? 50 : 0))                                        \
     : ((op) == PF_OP_BAND || (op) == PF_OP_BOR || (op) == PF_OP_BXOR)         \
         ? (T)(((unsigned long long)(i)*2654435761u) >> 5)                     \
     : IS_FLT(T) ? (T)(1.0 / ((i) + 1.0))                                      \
                 : (T)((long)((((i)*40503u) >> 3) % 41) - 20))

#define BITS_INT(T, op, acc, v)                                                \
    acc = (T)((op) == PF_OP_BAND  ? (acc & (v))                                \
              : (op) == PF_OP_BOR ? (acc | (v))                                \
                                  : (acc ^ (v)))
#define BITS_FLT(T, op, acc, v) (void)0

/* Whether n objects of `size` bytes agree; a long double's padding (6
 * of its 16 bytes on x86-64) is garbage, only its 10 value bytes count. */
static int same_values(const void *a, const void *b, size_t size, size_t n,
                       int is_ldouble)
{
    size_t value = is_ldouble && LDBL_MANT_DIG == 64 ? 10 : size;
    for (size_t j = 0; j < n; j++)
        if (memcmp((const char *)a + j * size, (const char *)b + j * size,
                   value) != 0)
            return 0;
    return 1;
}

/* One reduction of `count` objects (a scalar when count is 1, else the
 * section a[1:count-1]... of an array of count+2) with op, through pfm_
 * (kind, chunk) and through pfc_; returns whether the bytes agree. */
#define DEFINE_RED(T, NAME, BITS_MACRO)                                        \
    static int red_##NAME(pf_op_t op, long n, size_t count,                    \
                          pfc_schedule_t kind, long chunk)                     \
    {                                                                          \
        T mine[8], ref[8];                                                     \
        for (size_t j = 0; j < count + 2; j++)                                 \
            mine[j] = ref[j] = (T)(op == PF_OP_MUL || op == PF_OP_LAND ? 1     \
                                   : op == PF_OP_BAND ? (T)~0ULL               \
                                                      : (T)(j + 1));           \
        {                                                                      \
            pfm_loop_t *L = pfm_loop_new("test_mpi_loop.c", 170);              \
            typedef long __pf_iv_t;                                            \
            PFM_RANGE(L, __pf_iv_t, 0, n, 1, PFM_LT);                          \
            pfm_loop_schedule(L, kind, chunk);                                 \
            pfm_loop_reduce(L, op, PF_TYPE_OF(mine[0]), &mine[1], count);      \
            pfm_loop_start(L);                                                 \
            unsigned long long k, end;                                         \
            while (pfm_loop_next(L, &k, &end)) {                               \
                pfm_loop_identity(L, 0, &mine[1]);                             \
                for (; k < end; k++) {                                         \
                    long i = PFM_IV(L, long, k);                               \
                    for (size_t j = 1; j <= count; j++) {                      \
                        T v = VALUE(T, op, i + (long)j);                       \
                        STEP_B(T, op, mine[j], v, BITS_MACRO);                 \
                    }                                                          \
                }                                                              \
                pfm_loop_deposit(L, 0, &mine[1]);                              \
            }                                                                  \
            pfm_loop_end(L);                                                   \
        }                                                                      \
        {                                                                      \
            pfc_loop_t *L = pfc_loop_new("test_mpi_loop.c", 190);              \
            PFC_RANGE(L, long, 0, n, 1, PFC_LT);                               \
            pfc_loop_workers(L, 1); /* same bits for any workers */            \
            pfc_loop_reduce(L, op, PF_TYPE_OF(ref[0]), &ref[1], count);        \
            pfc_loop_start(L);                                                 \
            T part[8];                                                         \
            unsigned long long k, end;                                         \
            while (pfc_loop_next(L, &k, &end)) {                               \
                pfc_loop_identity(L, 0, &part[1]);                             \
                for (; k < end; k++) {                                         \
                    long i = PFC_IV(L, long, k);                               \
                    for (size_t j = 1; j <= count; j++) {                      \
                        T v = VALUE(T, op, i + (long)j);                       \
                        STEP_B(T, op, part[j], v, BITS_MACRO);                 \
                    }                                                          \
                }                                                              \
                pfc_loop_deposit(L, 0, &part[1]);                              \
            }                                                                  \
            pfc_loop_end(L);                                                   \
        }                                                                      \
        if (getenv("PFOR_TEST_DEBUG") &&                                       \
            !same_values(mine, ref, sizeof(T), count + 2, 0))                  \
            for (size_t j = 0; j < count + 2; j++)                             \
                fprintf(stderr, "  [%zu] %.17Lg vs %.17Lg\n", j,               \
                        (long double)mine[j], (long double)ref[j]);            \
        return same_values(mine, ref, sizeof(T), count + 2,                    \
                           IS_FLT(T) && sizeof(T) == sizeof(long double));     \
    }

#define STEP_B(T, op, acc, v, BM)                                              \
    do {                                                                       \
        _Pragma("GCC diagnostic push");                                        \
        _Pragma("GCC diagnostic ignored \"-Wfloat-equal\"");                   \
        if ((op) == PF_OP_BAND || (op) == PF_OP_BOR || (op) == PF_OP_BXOR) {   \
            BM(T, op, acc, v);                                                 \
        } else {                                                               \
            STEP_NB(T, op, acc, v);                                            \
        }                                                                      \
        _Pragma("GCC diagnostic pop");                                         \
    } while (0)
#define STEP_NB(T, op, acc, v)                                                 \
    switch (op) {                                                              \
    case PF_OP_ADD:                                                            \
        acc = (T)(acc + (v));                                                  \
        break;                                                                 \
    case PF_OP_MUL:                                                            \
        acc = (T)(acc * (v));                                                  \
        break;                                                                 \
    case PF_OP_SUB:                                                            \
        acc = (T)(acc - (v));                                                  \
        break;                                                                 \
    case PF_OP_LAND:                                                           \
        acc = (T)(acc && (v));                                                 \
        break;                                                                 \
    case PF_OP_LOR:                                                            \
        acc = (T)(acc || (v));                                                 \
        break;                                                                 \
    case PF_OP_MIN:                                                            \
        acc = (v) < acc ? (v) : acc;                                           \
        break;                                                                 \
    default:                                                                   \
        acc = (v) > acc ? (v) : acc;                                           \
        break;                                                                 \
    }

/* X(T, name, is floating) */
#define TYPES(X)                                                               \
    X(_Bool, boolean, 0)                                                       \
    X(char, char, 0)                                                           \
    X(signed char, schar, 0)                                                   \
    X(unsigned char, uchar, 0)                                                 \
    X(short, short, 0)                                                         \
    X(unsigned short, ushort, 0)                                               \
    X(int, int, 0)                                                             \
    X(unsigned int, uint, 0)                                                   \
    X(long, long, 0)                                                           \
    X(unsigned long, ulong, 0)                                                 \
    X(long long, llong, 0)                                                     \
    X(unsigned long long, ullong, 0)                                           \
    X(float, float, 1)                                                         \
    X(double, double, 1)                                                       \
    X(long double, ldouble, 1)

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wfloat-equal"
#pragma GCC diagnostic ignored "-Wint-in-bool-context"
#pragma GCC diagnostic ignored "-Wbool-operation"
#pragma GCC diagnostic ignored "-Wconversion"
#pragma GCC diagnostic ignored "-Wtype-limits"
#if defined(__clang__)
#pragma GCC diagnostic ignored "-Wtautological-constant-out-of-range-compare"
#pragma GCC diagnostic ignored "-Wconstant-conversion"
#pragma GCC diagnostic ignored "-Wimplicit-const-int-float-conversion"
#pragma GCC diagnostic ignored "-Wliteral-conversion"
#else
#pragma GCC diagnostic ignored "-Woverflow"
#endif
#define DEF(T, name, fl) DEFINE_RED(T, name, BITS_##fl)
#define BITS_0 BITS_INT
#define BITS_1 BITS_FLT
TYPES(DEF)
#pragma GCC diagnostic pop

typedef int red_fn(pf_op_t, long, size_t, pfc_schedule_t, long);
static const struct {
    const char *name;
    red_fn *fn;
    int floating;
} red_types[] = {
#define ENTRY(T, name, fl) {#T, red_##name, fl},
    TYPES(ENTRY)
#undef ENTRY
};

static void test_every_operator_and_type(void)
{
    static const char *ops[] = {"",  "+",  "*",  "-",   "&",  "|",
                                "^", "&&", "||", "min", "max"};
    const long ns[] = {0, 1, 37, 5000};
    for (size_t t = 0; t < N_OF(red_types); t++)
        for (int op = PF_OP_ADD; op <= PF_OP_MAX; op++) {
            if (red_types[t].floating &&
                (op == PF_OP_BAND || op == PF_OP_BOR || op == PF_OP_BXOR))
                continue;
            for (size_t s = 0; s < N_OF(ns); s++)
                for (size_t count = 1; count <= 5; count += 4)
                    for (size_t k = 0; k < N_OF(schedules); k++) {
                        int ok = red_types[t].fn((pf_op_t)op, ns[s], count,
                                                 schedules[k], k == 3 ? 2 : 0);
                        if (!ok)
                            fprintf(stderr,
                                    "reduction(%s) on %s, n=%ld, %zu "
                                    "object(s), schedule %d differs from "
                                    "the process engine\n",
                                    ops[op], red_types[t].name, ns[s], count,
                                    (int)schedules[k]);
                        CU_ASSERT(ok);
                    }
        }
}

/* min and max on doubles with NaNs and signed zeros: the tree keeps the
 * process engine's choice (bits compared), which MPI_MIN would not. */
static void test_min_max_nan_zero(void)
{
    for (int op = PF_OP_MIN; op <= PF_OP_MAX; op++) {
        double mine = 0.0, ref = 0.0;
        const long n = 9000;
        pfm_loop_t *L = pfm_loop_new("test_mpi_loop.c", 300);
        PFM_RANGE(L, long, 0, n, 1, PFM_LT);
        pfm_loop_schedule(L, PFC_SCHED_DYNAMIC, 5);
        pfm_loop_reduce(L, (pf_op_t)op, PF_TYPE_DOUBLE, &mine, 1);
        pfm_loop_start(L);
        unsigned long long k, end;
        while (pfm_loop_next(L, &k, &end)) {
            pfm_loop_identity(L, 0, &mine);
            for (; k < end; k++) {
                double v = k % 3 == 0 ? NAN : k % 3 == 1 ? -0.0 : 0.0;
                if (op == PF_OP_MIN ? v < mine : v > mine)
                    mine = v;
            }
            pfm_loop_deposit(L, 0, &mine);
        }
        pfm_loop_end(L);
        pfc_loop_t *C = pfc_loop_new("test_mpi_loop.c", 320);
        PFC_RANGE(C, long, 0, n, 1, PFC_LT);
        pfc_loop_reduce(C, (pf_op_t)op, PF_TYPE_DOUBLE, &ref, 1);
        pfc_loop_start(C);
        double part;
        while (pfc_loop_next(C, &k, &end)) {
            pfc_loop_identity(C, 0, &part);
            for (; k < end; k++) {
                double v = k % 3 == 0 ? NAN : k % 3 == 1 ? -0.0 : 0.0;
                if (op == PF_OP_MIN ? v < part : v > part)
                    part = v;
            }
            pfc_loop_deposit(C, 0, &part);
        }
        pfc_loop_end(C);
        CU_ASSERT_EQUAL(memcmp(&mine, &ref, sizeof mine), 0);
    }
}

/* A global updated by a called function is reduced (the variable itself). */
static long global_count;
static void count_it(long i)
{
    global_count += i % 3 == 0;
}

static void test_reduce_global_through_callee(void)
{
    global_count = 10;
    pfm_loop_t *L = pfm_loop_new("test_mpi_loop.c", 350);
    PFM_RANGE(L, long, 0, 3000, 1, PFM_LT);
    pfm_loop_schedule(L, PFC_SCHED_DYNAMIC, 3);
    pfm_loop_reduce(L, PF_OP_ADD, PF_TYPE_OF(global_count), &global_count, 1);
    pfm_loop_start(L);
    unsigned long long k, end;
    while (pfm_loop_next(L, &k, &end)) {
        pfm_loop_identity(L, 0, &global_count);
        for (; k < end; k++)
            count_it(PFM_IV(L, long, k));
        pfm_loop_deposit(L, 0, &global_count);
    }
    pfm_loop_end(L);
    CU_ASSERT_EQUAL(global_count, 10 + 1000);
}

/* ---- collected storage ---- */

#define R 37
#define C 53
static struct {
    double m[R][R];
    double guard; /* right after the array: must never change */
} mirrored;
static struct {
    double before;
    float flat[R * C];
    double after;
} flat;

/* One pfm loop over i in [lo, hi) whose body is `fn(i)`, collecting the
 * given byte ranges; schedule kind/chunk. */
typedef void body_fn(long i, void *ctx);
static void run_collect(long lo, long hi, pfc_schedule_t kind, long chunk,
                        body_fn *fn, void *ctx, void *const *bases,
                        const size_t *bytes, int n)
{
    pfm_loop_t *L = pfm_loop_new("test_mpi_loop.c", 390);
    PFM_RANGE(L, long, lo, hi, 1, PFM_LT);
    pfm_loop_schedule(L, kind, chunk);
    for (int j = 0; j < n; j++)
        pfm_loop_collect_bytes(L, bases[j], bytes[j]);
    pfm_loop_start(L);
    unsigned long long k, end;
    while (pfm_loop_next(L, &k, &end))
        for (; k < end; k++)
            fn(PFM_IV(L, long, k), ctx);
    pfm_loop_end(L);
}

static void mirror_body(long i, void *ctx)
{
    (void)ctx;
    for (long j = 0; j <= i; j++) {
        mirrored.m[i][j] = (double)(i * 100 + j);
        mirrored.m[j][i] = mirrored.m[i][j]; /* the column, too */
    }
}

static void flat_body(long i, void *ctx)
{
    (void)ctx;
    for (long j = 0; j < C; j++)
        flat.flat[j * R + i] = (float)(i - j); /* strided: a column */
}

static double *offset_arr;
static void offset_body(long i, void *ctx)
{
    (void)ctx;
    offset_arr[i - 1] = (double)i * 3; /* a 1-based loop */
}

static void rows_body(long i, void *ctx)
{
    double **rows = ctx;
    for (long j = 0; j < C - 1; j++)
        rows[i][j] = (double)(i * 1000 + j);
    if (i > 0)
        rows[i - 1][C - 1] = -(double)i; /* a neighbour's row too */
}

static void check_collect_shapes(void)
{
    for (size_t k = 0; k < N_OF(schedules); k++) {
        /* mirrored and column writes */
        memset(&mirrored, 0, sizeof mirrored);
        mirrored.guard = 42.0;
        void *b1[] = {mirrored.m};
        size_t s1[] = {sizeof mirrored.m};
        run_collect(0, R, schedules[k], 2, mirror_body, NULL, b1, s1, 1);
        int bad = 0;
        for (long i = 0; i < R; i++)
            for (long j = 0; j <= i; j++)
                bad += mirrored.m[i][j] != (double)(i * 100 + j) ||
                       mirrored.m[j][i] != (double)(i * 100 + j);
        CU_ASSERT_EQUAL(bad, 0);
        CU_ASSERT_EQUAL(mirrored.guard, 42.0);

        /* flat, strided */
        flat.before = 1.5;
        flat.after = 2.5;
        memset(flat.flat, 0, sizeof flat.flat);
        void *b2[] = {flat.flat};
        size_t s2[] = {sizeof flat.flat};
        run_collect(0, R, schedules[k], 0, flat_body, NULL, b2, s2, 1);
        bad = 0;
        for (long i = 0; i < R; i++)
            for (long j = 0; j < C; j++)
                bad += flat.flat[j * R + i] != (float)(i - j);
        CU_ASSERT_EQUAL(bad, 0);
        CU_ASSERT_EQUAL(flat.before, 1.5);
        CU_ASSERT_EQUAL(flat.after, 2.5);

        /* offset: a[i-1] for i in 1..n; a guard after the section */
        long n = 3001;
        offset_arr = malloc((size_t)(n + 1) * sizeof *offset_arr);
        for (long i = 0; i <= n; i++)
            offset_arr[i] = -1;
        void *b3[] = {offset_arr};
        size_t s3[] = {(size_t)n * sizeof *offset_arr};
        run_collect(1, n + 1, schedules[k], 5, offset_body, NULL, b3, s3, 1);
        bad = 0;
        for (long i = 1; i <= n; i++)
            bad += offset_arr[i - 1] != (double)i * 3;
        CU_ASSERT_EQUAL(bad, 0);
        CU_ASSERT_EQUAL(offset_arr[n], -1); /* outside the section */
        free(offset_arr);

        /* rows of row pointers, each row registered as a byte range */
        double **rows = malloc(R * sizeof *rows);
        void *b4[R];
        size_t s4[R];
        for (long i = 0; i < R; i++) {
            rows[i] = calloc(C + 1, sizeof **rows);
            rows[i][C] = 7; /* one past the registered bytes */
            b4[i] = rows[i];
            s4[i] = C * sizeof **rows;
        }
        run_collect(0, R, schedules[k], 1, rows_body, rows, b4, s4, R);
        bad = 0;
        for (long i = 0; i < R; i++)
            for (long j = 0; j < C; j++) {
                double want = (double)(i * 1000 + j);
                if (j == C - 1)
                    want = i + 1 < R ? -(double)(i + 1) : 0;
                bad += rows[i][j] != want;
                bad += rows[i][C] != 7;
            }
        CU_ASSERT_EQUAL(bad, 0);
        for (long i = 0; i < R; i++)
            free(rows[i]);
        free(rows);
    }
}

static void test_collect_shapes(void)
{
    check_collect_shapes();
    /* Again: the shadows made by the first round are reused now. */
    check_collect_shapes();
}

/* A large array, one element written per loop, many loops: exercises the
 * shadow's incremental sync (serial writes between loops must not be
 * taken for loop writes). */
static void test_collect_sparse_repeated(void)
{
    size_t n = (size_t)1 << 20;
    double *a = calloc(n, sizeof *a);
    for (int step = 0; step < 20; step++) {
        a[(size_t)step * 4099 % n] += 100; /* serial, on every rank */
        pfm_loop_t *L = pfm_loop_new("test_mpi_loop.c", 500);
        PFM_RANGE(L, long, 0, 4, 1, PFM_LT);
        pfm_loop_collect_bytes(L, a, n * sizeof *a);
        pfm_loop_start(L);
        unsigned long long k, end;
        while (pfm_loop_next(L, &k, &end))
            for (; k < end; k++) {
                long i = PFM_IV(L, long, k);
                a[(size_t)(step * 7 + i * 65537) % n] += (double)(i + 1);
            }
        pfm_loop_end(L);
    }
    double *b = calloc(n, sizeof *b);
    for (int step = 0; step < 20; step++) {
        b[(size_t)step * 4099 % n] += 100;
        for (long i = 0; i < 4; i++)
            b[(size_t)(step * 7 + i * 65537) % n] += (double)(i + 1);
    }
    CU_ASSERT_EQUAL(memcmp(a, b, n * sizeof *a), 0);
    free(a);
    free(b);
}

/* ---- lastprivate, map, collapse, nesting, if ---- */

static void test_lastprivate(void)
{
    for (size_t k = 0; k < N_OF(schedules); k++) {
        double x = -1;
        int tag = 0;
        pfm_loop_t *L = pfm_loop_new("test_mpi_loop.c", 540);
        PFM_RANGE(L, long, 10, 0, -1, PFM_GT); /* counts down: last is 1 */
        pfm_loop_schedule(L, schedules[k], 3);
        pfm_loop_lastprivate(L, &x, sizeof x);
        pfm_loop_lastprivate(L, &tag, sizeof tag);
        pfm_loop_start(L);
        unsigned long long kk, end;
        while (pfm_loop_next(L, &kk, &end))
            for (; kk < end; kk++) {
                long i = PFM_IV(L, long, kk);
                x = (double)i * 1.5;
                tag = (int)i + 100 * pfm_rank();
            }
        pfm_loop_end(L);
        CU_ASSERT_EQUAL(x, 1.5);
        CU_ASSERT_EQUAL(tag % 100, 1);
    }
}

/* #pragma pfor map: out[i] = f(i), dynamic chunks, results in order on
 * every rank; also a step of 3 and a negative step. */
static long square(long i)
{
    return i * i + 1;
}

static void test_map_order(void)
{
    const long steps[] = {1, 3, -1, -2};
    for (size_t s = 0; s < N_OF(steps); s++)
        for (long chunk = 0; chunk <= 4; chunk += 4) {
            long n = 1001, out[1002];
            for (long i = 0; i < 1002; i++)
                out[i] = -5;
            long st = steps[s];
            long lo = st > 0 ? 0 : n - 1, hi = st > 0 ? n : -1;
            pfm_loop_t *L = pfm_loop_new("test_mpi_loop.c", 580);
            PFM_RANGE(L, long, lo, hi, st, st > 0 ? PFM_LT : PFM_GT);
            pfm_loop_schedule(L, PFC_SCHED_DYNAMIC, chunk);
            pfm_loop_collect_elems(L, &out[0], sizeof out[0]);
            pfm_loop_start(L);
            unsigned long long k, end;
            while (pfm_loop_next(L, &k, &end))
                for (; k < end; k++) {
                    long i = PFM_IV(L, long, k);
                    out[i] = square(i);
                }
            pfm_loop_end(L);
            int bad = 0;
            for (long i = 0; i < n; i++) {
                bool hit = st > 0 ? i % st == 0 : (n - 1 - i) % -st == 0;
                bad += out[i] != (hit ? square(i) : -5);
            }
            CU_ASSERT_EQUAL(bad, 0);
            CU_ASSERT_EQUAL(out[n], -5);
        }
}

/* collapse(2) with a reduction: dims, the flat index, and the result. */
static void test_collapse(void)
{
    static int grid[20][30];
    memset(grid, 0, sizeof grid);
    long total = 0;
    pfm_loop_t *L = pfm_loop_new("test_mpi_loop.c", 610);
    PFM_DIM(L, 0, int, 0, 20, 1, PFM_LT);
    PFM_DIM(L, 1, int, 29, -1, -1, PFM_GT);
    pfm_loop_schedule(L, PFC_SCHED_GUIDED, 0);
    pfm_loop_reduce(L, PF_OP_ADD, PF_TYPE_OF(total), &total, 1);
    pfm_loop_collect_bytes(L, grid, sizeof grid);
    pfm_loop_start(L);
    unsigned long long k, end;
    while (pfm_loop_next(L, &k, &end)) {
        pfm_loop_identity(L, 0, &total);
        for (; k < end; k++) {
            unsigned long long t1 = pfm_loop_dim_trips(L, 1);
            int i = (int)pfm_loop_dim_value(L, 0, k / t1);
            int j = (int)pfm_loop_dim_value(L, 1, k % t1);
            grid[i][j] = i * 100 + j;
            total += i + j;
        }
        pfm_loop_deposit(L, 0, &total);
    }
    pfm_loop_end(L);
    int bad = 0;
    for (int i = 0; i < 20; i++)
        for (int j = 0; j < 30; j++)
            bad += grid[i][j] != i * 100 + j;
    CU_ASSERT_EQUAL(bad, 0);
    CU_ASSERT_EQUAL(total, 30 * (19 * 20 / 2) + 20 * (29 * 30 / 2));
}

/* A parallel for in a loop's body runs whole on the rank; if(0) too. */
static void test_nested_and_if(void)
{
    static long rows[12][9];
    memset(rows, 0, sizeof rows);
    pfm_loop_t *L = pfm_loop_new("test_mpi_loop.c", 650);
    PFM_RANGE(L, long, 0, 12, 1, PFM_LT);
    pfm_loop_collect_bytes(L, rows, sizeof rows);
    pfm_loop_start(L);
    unsigned long long k, end;
    while (pfm_loop_next(L, &k, &end))
        for (; k < end; k++) {
            long i = PFM_IV(L, long, k);
            long s = 0;
            pfm_loop_t *M = pfm_loop_new("test_mpi_loop.c", 660);
            PFM_RANGE(M, long, 0, 9, 1, PFM_LT);
            pfm_loop_reduce(M, PF_OP_ADD, PF_TYPE_OF(s), &s, 1);
            pfm_loop_start(M);
            unsigned long long k2, e2;
            while (pfm_loop_next(M, &k2, &e2)) {
                pfm_loop_identity(M, 0, &s);
                for (; k2 < e2; k2++) {
                    long j = PFM_IV(M, long, k2);
                    rows[i][j] = i * j;
                    s += j;
                }
                pfm_loop_deposit(M, 0, &s);
            }
            pfm_loop_end(M);
            rows[i][0] = s; /* 36 */
        }
    pfm_loop_end(L);
    int bad = 0;
    for (long i = 0; i < 12; i++)
        for (long j = 0; j < 9; j++)
            bad += rows[i][j] != (j == 0 ? 36 : i * j);
    CU_ASSERT_EQUAL(bad, 0);

    /* if(0): every rank runs it all; the result is local and complete. */
    long count = 0;
    pfm_loop_t *F = pfm_loop_new("test_mpi_loop.c", 690);
    PFM_RANGE(F, long, 0, 100, 1, PFM_LT);
    pfm_loop_if(F, 0);
    pfm_loop_reduce(F, PF_OP_ADD, PF_TYPE_OF(count), &count, 1);
    pfm_loop_start(F);
    while (pfm_loop_next(F, &k, &end)) {
        pfm_loop_identity(F, 0, &count);
        for (; k < end; k++)
            count++;
        pfm_loop_deposit(F, 0, &count);
    }
    pfm_loop_end(F);
    CU_ASSERT_EQUAL(count, 100);
}

/* ---- regions ---- */

/* #pragma pfor parallel
 * { for loops; single copyprivate; master; barrier; nested parallel for } */
static void test_region(void)
{
    static double a[500], b[500];
    for (int i = 0; i < 500; i++)
        a[i] = i;
    double norm = 0;
    int picked = -1, master_ran = 0;
    pfm_team_t *T = pfm_team_new("test_mpi_loop.c", 720);
    while (pfm_team_run(T)) {
        for (int step = 0; step < 3; step++) {
            pfm_loop_t *L = pfm_for_new("test_mpi_loop.c", 723);
            PFM_RANGE(L, int, 1, 499, 1, PFM_LT);
            pfm_loop_collect_bytes(L, b, sizeof b);
            pfm_loop_start(L);
            unsigned long long k, end;
            while (pfm_loop_next(L, &k, &end))
                for (; k < end; k++) {
                    int i = PFM_IV(L, int, k);
                    b[i] = (a[i - 1] + a[i + 1]) / 2;
                }
            pfm_loop_end(L);
            L = pfm_for_new("test_mpi_loop.c", 733);
            PFM_RANGE(L, int, 1, 499, 1, PFM_LT);
            pfm_loop_collect_bytes(L, a, sizeof a);
            pfm_loop_reduce(L, PF_OP_ADD, PF_TYPE_OF(norm), &norm, 1);
            pfm_loop_start(L);
            while (pfm_loop_next(L, &k, &end)) {
                pfm_loop_identity(L, 0, &norm);
                for (; k < end; k++) {
                    int i = PFM_IV(L, int, k);
                    a[i] = b[i];
                    norm += a[i];
                }
                pfm_loop_deposit(L, 0, &norm);
            }
            pfm_loop_end(L);
        }
        if (pfm_single_begin("test_mpi_loop.c", 748))
            picked = 1000 + pfm_rank();
        pfm_single_copy(&picked, sizeof picked);
        pfm_single_end();
        if (pfm_master())
            master_ran = 1;
        pfm_barrier("test_mpi_loop.c", 754);
        /* a parallel for nested in the region runs whole on each rank */
        long whole = 0;
        pfm_loop_t *N = pfm_loop_new("test_mpi_loop.c", 757);
        PFM_RANGE(N, long, 0, 10, 1, PFM_LT);
        pfm_loop_reduce(N, PF_OP_ADD, PF_TYPE_OF(whole), &whole, 1);
        pfm_loop_start(N);
        unsigned long long k, end;
        while (pfm_loop_next(N, &k, &end)) {
            pfm_loop_identity(N, 0, &whole);
            for (; k < end; k++)
                whole++;
            pfm_loop_deposit(N, 0, &whole);
        }
        pfm_loop_end(N);
        CU_ASSERT_EQUAL(whole, 10);
    }
    pfm_team_end(T);
    /* The serial computation. */
    double sa[500], sb[500], snorm = 0;
    for (int i = 0; i < 500; i++)
        sa[i] = i;
    for (int step = 0; step < 3; step++) {
        for (int i = 1; i < 499; i++)
            sb[i] = (sa[i - 1] + sa[i + 1]) / 2;
        for (int i = 1; i < 499; i++)
            sa[i] = sb[i];
    }
    for (int i = 1; i < 499; i++)
        snorm += sa[i];
    CU_ASSERT_EQUAL(memcmp(a, sa, sizeof a), 0);
    CU_ASSERT(fabs(norm - 3 * snorm) < 1e-6 * fabs(snorm) + 10);
    CU_ASSERT_EQUAL(picked, 1000); /* rank 0's value, everywhere */
    CU_ASSERT_EQUAL(master_ran, pfm_rank() == 0);
}

/* ---- another communicator ---- */

static void test_set_comm(void)
{
    int world = pfm_rank();
    MPI_Comm half;
    MPI_Comm_split(MPI_COMM_WORLD, world % 2, world, &half);
    pfm_set_comm(half);
    int hsize;
    MPI_Comm_size(half, &hsize);
    CU_ASSERT_EQUAL(pfm_size(), hsize);
    long sum = 0;
    pfm_loop_t *L = pfm_loop_new("test_mpi_loop.c", 800);
    PFM_RANGE(L, long, 0, 1000, 1, PFM_LT);
    pfm_loop_schedule(L, PFC_SCHED_DYNAMIC, 7);
    pfm_loop_reduce(L, PF_OP_ADD, PF_TYPE_OF(sum), &sum, 1);
    pfm_loop_start(L);
    unsigned long long k, end;
    while (pfm_loop_next(L, &k, &end)) {
        pfm_loop_identity(L, 0, &sum);
        for (; k < end; k++)
            sum += PFM_IV(L, long, k) + world % 2; /* differs per half */
        pfm_loop_deposit(L, 0, &sum);
    }
    pfm_loop_end(L);
    CU_ASSERT_EQUAL(sum, 999 * 1000 / 2 + (world % 2) * 1000);
    pfm_set_comm(MPI_COMM_NULL);
    MPI_Comm_free(&half);
    CU_ASSERT_EQUAL(pfm_rank(), world);
}

/* ---- libpfor inside a rank ---- */

static int double_it(const void *in, void *out, void *ctx)
{
    (void)ctx;
    *(long *)out = *(const long *)in * 2;
    return 0;
}

static void test_libpfor_in_rank(void)
{
    pf_queue_t *q;
    PFTEST_OK(pf_queue_new(NULL, &q));
    long v = 41, got = 0;
    size_t len = 0;
    PFTEST_OK(pf_queue_put(q, &v, sizeof v, PF_FOREVER));
    PFTEST_OK(pf_queue_get(q, &got, sizeof got, &len, PF_FOREVER));
    CU_ASSERT_EQUAL(got, 41);
    pf_queue_free(q);

    pf_pool_t *pool;
    pf_pool_options_t opts = {.workers = 2};
    PFTEST_OK(pf_pool_new(&opts, &pool));
    long in[100], out[100];
    for (int i = 0; i < 100; i++)
        in[i] = i;
    pfc_pool_map(pool, "test_mpi_loop.c", 850, double_it, in, 100, sizeof in[0],
                 out, sizeof out[0], 0, 0, 0);
    int bad = 0;
    for (int i = 0; i < 100; i++)
        bad += out[i] != 2 * i;
    CU_ASSERT_EQUAL(bad, 0);
    pf_pool_close(pool);
    pf_pool_join(pool, PF_FOREVER);
    pf_pool_free(pool);
}

void pftest_main(void)
{
    /* MPI first, and one loop of each kind, so the descriptors MPI opens
     * on first use (TCP connections to each peer, shared memory) are open
     * before the leak check starts counting. */
    (void)pfm_rank();
    double warm[64];
    long fi;
    for (size_t k = 0; k < N_OF(schedules); k++)
        (void)pfm_sum(64, schedules[k], 0, warm, &fi);
    MPI_Barrier(MPI_COMM_WORLD);
    pftest_suite("mpi loops");
    pftest_add("every schedule, bits of the process engine",
               test_schedules_bits);
    pftest_add("schedule(runtime)", test_runtime_schedule);
    pftest_add("every operator on every type", test_every_operator_and_type);
    pftest_add("min/max with NaN and signed zeros", test_min_max_nan_zero);
    pftest_add("a global reduced through a callee",
               test_reduce_global_through_callee);
    pftest_add("collect: mirrored, column, flat, offset, row pointers",
               test_collect_shapes);
    pftest_add("collect: sparse writes, many loops",
               test_collect_sparse_repeated);
    pftest_add("lastprivate", test_lastprivate);
    pftest_add("map order", test_map_order);
    pftest_add("collapse", test_collapse);
    pftest_add("nested loops and if(0)", test_nested_and_if);
    pftest_suite("mpi regions");
    pftest_add("for, single copyprivate, master, barrier", test_region);
    pftest_add("pfm_set_comm", test_set_comm);
    pftest_suite("libpfor in a rank");
    pftest_add("queue and pool map", test_libpfor_in_rank);
}
