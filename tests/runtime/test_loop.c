/* test_loop.c - the by-hand loop API (pfor/loop.h): every schedule, every
 * reduction operator on every type, trip counts, steps, collect, faults
 * (crash, exit, hang, retries), stdio, PFOR_SCHEDULE/PFOR_WORKERS. */
#include <fcntl.h>
#include <limits.h>
#include <math.h>
#include <signal.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

#include "loop_internal.h"
#include "pftest.h"

static const long worker_counts[] = {1, 2, 3, 7};
#define NWORKERS 4
static const pf_schedule_t schedules[] = {PF_SCHED_DEFAULT, PF_SCHED_STATIC,
                                          PF_SCHED_DYNAMIC, PF_SCHED_GUIDED};
#define NSCHEDULES 4
/* Chunk per schedule: even blocks, block-cyclic 5, dynamic 3, guided 2. */
static const long chunks[] = {0, 5, 3, 2};

static const pf_op_t all_ops[] = {PF_OP_ADD, PF_OP_MUL,  PF_OP_SUB,  PF_OP_BAND,
                                  PF_OP_BOR, PF_OP_BXOR, PF_OP_LAND, PF_OP_LOR,
                                  PF_OP_MIN, PF_OP_MAX};

#define U(x) ((unsigned long long)(x))

/* ---- every operator on every type, against the serial loop ---- */

typedef struct op_ctx {
    pf_op_t op;
} op_ctx_t;

/* The value iteration i contributes for operator op (small, so float sums
 * and products are exact and independent of the order). */
#define VALUE(T, op, i)                                                        \
    ((op) == PF_OP_ADD || (op) == PF_OP_SUB   ? (T)((i) % 7)                   \
     : (op) == PF_OP_MUL                      ? (T)((i) % 17 == 0 ? 2 : 1)     \
     : (op) == PF_OP_LAND                     ? (T)((i) != 37)                 \
     : (op) == PF_OP_LOR                      ? (T)((i) == 37)                 \
     : (op) == PF_OP_MIN || (op) == PF_OP_MAX ? (T)(((i)*7919) % 1000 - 500)   \
                                              : (T)0)

#define BITS(T, op, i)                                                         \
    ((op) == PF_OP_BAND  ? (T) ~(1ULL << ((i) % 13))                           \
     : (op) == PF_OP_BOR ? (T)(1ULL << ((i) % 13))                             \
                         : (T)(U(i) * 2654435761ULL))

/* p = p op v, the way a loop body writes it (integers wrap). */
#define APPLY(T, FLT, op, p, v)                                                \
    do {                                                                       \
        switch (op) {                                                          \
        case PF_OP_ADD:                                                        \
            p = FLT ? (T)(p + v) : (T)(U(p) + U(v));                           \
            break;                                                             \
        case PF_OP_SUB:                                                        \
            p = FLT ? (T)(p - v) : (T)(U(p) - U(v));                           \
            break;                                                             \
        case PF_OP_MUL:                                                        \
            p = FLT ? (T)(p * v) : (T)(U(p) * U(v));                           \
            break;                                                             \
        case PF_OP_LAND:                                                       \
            p = (T)(p && v);                                                   \
            break;                                                             \
        case PF_OP_LOR:                                                        \
            p = (T)(p || v);                                                   \
            break;                                                             \
        case PF_OP_MIN:                                                        \
            p = v < p ? v : p;                                                 \
            break;                                                             \
        case PF_OP_MAX:                                                        \
            p = v > p ? v : p;                                                 \
            break;                                                             \
        default:                                                               \
            break;                                                             \
        }                                                                      \
    } while (0)

#define APPLY_BITS(T, op, p, v)                                                \
    do {                                                                       \
        if ((op) == PF_OP_BAND)                                                \
            p = (T)(U(p) & U(v));                                              \
        else if ((op) == PF_OP_BOR)                                            \
            p = (T)(U(p) | U(v));                                              \
        else                                                                   \
            p = (T)(U(p) ^ U(v));                                              \
    } while (0)

#define IS_BITWISE(op)                                                         \
    ((op) == PF_OP_BAND || (op) == PF_OP_BOR || (op) == PF_OP_BXOR)

/* Defines body_<name> and check_<name>(op, workers, schedule, chunk). */
#define TYPE_TEST(name, T, FLT)                                                \
    static void body_##name(long long i, void *ctx, void *const *partial)      \
    {                                                                          \
        pf_op_t op = ((op_ctx_t *)ctx)->op;                                    \
        T *p = partial[0];                                                     \
        if (!FLT && IS_BITWISE(op)) {                                          \
            T v = BITS(T, op, i);                                              \
            APPLY_BITS(T, op, *p, v);                                          \
        } else {                                                               \
            T v = VALUE(T, op, i);                                             \
            APPLY(T, FLT, op, *p, v);                                          \
        }                                                                      \
    }                                                                          \
    static int check_##name(pf_op_t op, long n, long w, int s)                 \
    {                                                                          \
        T init = (T)(op == PF_OP_MUL ? 3 : op == PF_OP_MIN ? 100 : 5);         \
        T serial = init, var = init;                                           \
        for (long i = 0; i < n; i++) {                                         \
            if (!FLT && IS_BITWISE(op)) {                                      \
                T v = BITS(T, op, i);                                          \
                APPLY_BITS(T, op, serial, v);                                  \
            } else {                                                           \
                T v = VALUE(T, op, i);                                         \
                APPLY(T, FLT, op, serial, v);                                  \
            }                                                                  \
        }                                                                      \
        pf_loop_t *loop;                                                       \
        PFTEST_OK(pf_loop_new(0, n, 1, &loop));                                \
        PFTEST_EXPECT(0, pf_loop_reduce(loop, op, PF_TYPE_OF(var), &var, 1));  \
        op_ctx_t ctx = {op};                                                   \
        pf_loop_options_t opt = {                                              \
            .workers = w, .schedule = schedules[s], .chunk = chunks[s]};       \
        PFTEST_OK(pf_loop_run(loop, body_##name, &ctx, &opt));                 \
        pf_loop_free(loop);                                                    \
        int ok =                                                               \
            memcmp(&var, &serial, sizeof var) == 0 || (FLT && var == serial);  \
        if (!ok)                                                               \
            fprintf(stderr,                                                    \
                    "%s op %d n %ld workers %ld sched %d: got %Lg "            \
                    "want %Lg\n",                                              \
                    #name, (int)op, n, w, s, (long double)var,                 \
                    (long double)serial);                                      \
        return ok;                                                             \
    }

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wint-in-bool-context"
#pragma GCC diagnostic ignored "-Wbool-operation"
#pragma GCC diagnostic ignored "-Wfloat-conversion"
TYPE_TEST(bool, _Bool, 0)
TYPE_TEST(char, char, 0)
TYPE_TEST(schar, signed char, 0)
TYPE_TEST(uchar, unsigned char, 0)
TYPE_TEST(short, short, 0)
TYPE_TEST(ushort, unsigned short, 0)
TYPE_TEST(int, int, 0)
TYPE_TEST(uint, unsigned, 0)
TYPE_TEST(long, long, 0)
TYPE_TEST(ulong, unsigned long, 0)
TYPE_TEST(llong, long long, 0)
TYPE_TEST(ullong, unsigned long long, 0)
TYPE_TEST(float, float, 1)
TYPE_TEST(double, double, 1)
TYPE_TEST(ldouble, long double, 1)
#pragma GCC diagnostic pop

typedef int (*check_fn)(pf_op_t, long, long, int);
static const struct {
    check_fn fn;
    bool floating;
} type_checks[] = {{check_bool, 0},  {check_char, 0},   {check_schar, 0},
                   {check_uchar, 0}, {check_short, 0},  {check_ushort, 0},
                   {check_int, 0},   {check_uint, 0},   {check_long, 0},
                   {check_ulong, 0}, {check_llong, 0},  {check_ullong, 0},
                   {check_float, 1}, {check_double, 1}, {check_ldouble, 1}};

static void test_operators_types_schedules(void)
{
    int failures = 0;
    for (size_t t = 0; t < sizeof type_checks / sizeof type_checks[0]; t++)
        for (size_t o = 0; o < sizeof all_ops / sizeof all_ops[0]; o++) {
            if (type_checks[t].floating && IS_BITWISE(all_ops[o]))
                continue;
            for (int s = 0; s < NSCHEDULES; s++)
                for (int w = 0; w < NWORKERS; w++)
                    failures += !type_checks[t].fn(all_ops[o], 150,
                                                   worker_counts[w], s);
        }
    CU_ASSERT_EQUAL(failures, 0);
}

static void test_trip_counts(void)
{
    long trips[] = {0, 1, 2, 3, 6, 1000, 1000003};
    int failures = 0;
    for (size_t t = 0; t < sizeof trips / sizeof trips[0]; t++)
        for (int s = 0; s < NSCHEDULES; s++)
            for (int w = 0; w < NWORKERS; w++)
                failures +=
                    !check_llong(PF_OP_ADD, trips[t], worker_counts[w], s) +
                    !check_double(PF_OP_MAX, trips[t], worker_counts[w], s);
    CU_ASSERT_EQUAL(failures, 0);
}

/* ---- steps ---- */

static void body_sum_i(long long i, void *ctx, void *const *partial)
{
    (void)ctx;
    *(unsigned long long *)partial[0] += (unsigned long long)i;
    *(unsigned long long *)partial[1] ^= (unsigned long long)i * 0x9e37ULL;
}

static void test_steps(void)
{
    struct {
        long long lo, hi, step;
    } ranges[] = {{0, 100, 1},
                  {100, 0, -1},
                  {-50, 50, 7},
                  {50, -50, -7},
                  {10, 10, 1},
                  {10, 11, -1},
                  {LLONG_MIN, LLONG_MIN + 1000000, 3},
                  {LLONG_MAX, LLONG_MAX - 10000, -9},
                  {0, 1000, 1000},
                  {5, -5, -1000}};
    for (size_t r = 0; r < sizeof ranges / sizeof ranges[0]; r++) {
        long long lo = ranges[r].lo, hi = ranges[r].hi, st = ranges[r].step;
        unsigned long long sum = 0, x = 0;
        unsigned long long n = 0;
        for (long long i = lo; st > 0 ? i < hi : i > hi; i += st) {
            sum += (unsigned long long)i;
            x ^= (unsigned long long)i * 0x9e37ULL;
            n++;
            if (st > 0 ? i > hi - st : i < hi - st)
                break; /* the next step would overflow */
        }
        for (int s = 0; s < NSCHEDULES; s++)
            for (int w = 0; w < NWORKERS; w++) {
                pf_loop_t *loop;
                PFTEST_OK(pf_loop_new(lo, hi, st, &loop));
                CU_ASSERT_EQUAL(pf_loop_trips(loop), n);
                unsigned long long gs = 0, gx = 0;
                CU_ASSERT_EQUAL(
                    pf_loop_reduce(loop, PF_OP_ADD, PF_TYPE_ULLONG, &gs, 1), 0);
                CU_ASSERT_EQUAL(
                    pf_loop_reduce(loop, PF_OP_BXOR, PF_TYPE_ULLONG, &gx, 1),
                    1);
                pf_loop_options_t opt = {.workers = worker_counts[w],
                                         .schedule = schedules[s],
                                         .chunk = chunks[s]};
                PFTEST_OK(pf_loop_run(loop, body_sum_i, NULL, &opt));
                CU_ASSERT_EQUAL(gs, sum);
                CU_ASSERT_EQUAL(gx, x);
                pf_loop_free(loop);
            }
    }
}

/* ---- reproducible floating-point reductions ---- */

typedef struct float_ctx {
    uint64_t seed;
} float_ctx_t;

static void body_float_sum(long long i, void *ctx, void *const *partial)
{
    uint64_t seed = ((float_ctx_t *)ctx)->seed;
    double v = (pf_random_double(seed, (uint64_t)i) - 0.5) *
               exp2((double)(i % 40) - 20);
    *(double *)partial[0] += v;
    *(float *)partial[1] += (float)v;
}

static void body_pi(long long i, void *ctx, void *const *partial)
{
    pf_random_t r = pf_random_stream(((float_ctx_t *)ctx)->seed, (uint64_t)i);
    double x = pf_random_next_double(&r), y = pf_random_next_double(&r);
    *(long *)partial[0] += x * x + y * y < 1.0;
    *(double *)partial[1] += sqrt(x * x + y * y);
}

static void test_reproducible_bits(void)
{
    float_ctx_t ctx = {12345};
    double ref_d = 0, ref_pi = 0;
    float ref_f = 0;
    long ref_hits = 0;
    bool have_ref = false;
    int mismatches = 0;
    static const int sched3[] = {1, 2, 3}; /* static, dynamic, guided */
    for (int w = 0; w < NWORKERS; w++)
        for (int s = 0; s < 3; s++)
            for (int run = 0; run < 20; run++) {
                double d = 1.0;
                float f = 1.0f;
                long hits = 0;
                double dist = 0;
                pf_loop_options_t opt = {.workers = worker_counts[w],
                                         .schedule = schedules[sched3[s]],
                                         .chunk = run % 2 ? 0 : 17 + run};
                pf_loop_t *loop;
                PFTEST_OK(pf_loop_new(0, 20011, 1, &loop));
                pf_loop_reduce(loop, PF_OP_ADD, PF_TYPE_DOUBLE, &d, 1);
                pf_loop_reduce(loop, PF_OP_ADD, PF_TYPE_FLOAT, &f, 1);
                PFTEST_OK(pf_loop_run(loop, body_float_sum, &ctx, &opt));
                pf_loop_free(loop);
                PFTEST_OK(pf_loop_new(0, 30011, 1, &loop));
                pf_loop_reduce(loop, PF_OP_ADD, PF_TYPE_LONG, &hits, 1);
                pf_loop_reduce(loop, PF_OP_ADD, PF_TYPE_DOUBLE, &dist, 1);
                PFTEST_OK(pf_loop_run(loop, body_pi, &ctx, &opt));
                pf_loop_free(loop);
                if (!have_ref) {
                    ref_d = d;
                    ref_f = f;
                    ref_hits = hits;
                    ref_pi = dist;
                    have_ref = true;
                }
                mismatches += memcmp(&d, &ref_d, sizeof d) != 0 ||
                              memcmp(&f, &ref_f, sizeof f) != 0 ||
                              hits != ref_hits ||
                              memcmp(&dist, &ref_pi, sizeof dist) != 0;
            }
    CU_ASSERT_EQUAL(mismatches, 0);
    double pi = 4.0 * (double)ref_hits / 30011.0;
    CU_ASSERT(fabs(pi - M_PI) < 0.05);
}

/* ---- array sections (histograms) ---- */

static void body_histogram(long long i, void *ctx, void *const *partial)
{
    (void)ctx;
    uint64_t r = pf_random_u64(7, (uint64_t)i);
    ((long *)partial[0])[r % 64]++;
    ((double *)partial[1])[r % 5] += 0.5;
}

static void test_array_section(void)
{
    long expect[64] = {0};
    double dexpect[5] = {0};
    for (long i = 0; i < 50000; i++) {
        uint64_t r = pf_random_u64(7, (uint64_t)i);
        expect[r % 64]++;
        dexpect[r % 5] += 0.5;
    }
    for (int s = 0; s < NSCHEDULES; s++)
        for (int w = 0; w < NWORKERS; w++) {
            long hist[64] = {0};
            double dh[5] = {0};
            hist[3] = 100;
            pf_loop_t *loop;
            PFTEST_OK(pf_loop_new(0, 50000, 1, &loop));
            pf_loop_reduce(loop, PF_OP_ADD, PF_TYPE_LONG, hist, 64);
            pf_loop_reduce(loop, PF_OP_ADD, PF_TYPE_DOUBLE, dh, 5);
            pf_loop_options_t opt = {.workers = worker_counts[w],
                                     .schedule = schedules[s],
                                     .chunk = chunks[s] * 100};
            PFTEST_OK(pf_loop_run(loop, body_histogram, NULL, &opt));
            pf_loop_free(loop);
            int bad = hist[3] != expect[3] + 100;
            for (int j = 0; j < 64; j++)
                bad += j != 3 && hist[j] != expect[j];
            for (int j = 0; j < 5; j++)
                bad += dh[j] != dexpect[j];
            CU_ASSERT_EQUAL(bad, 0);
        }
}

/* A large array section (8 MB of doubles) gets few blocks, so its partials
 * stay within the memory bound; the result is still bitwise the same for
 * any workers and schedule. */
#define BIG_SECTION (1 << 20)
static void body_big_section(long long i, void *ctx, void *const *partial)
{
    (void)ctx;
    ((double *)partial[0])[(i * 7919) % BIG_SECTION] +=
        pf_random_double(11, (uint64_t)i) * 1e-3;
}

static void test_big_section(void)
{
    double *ref = calloc(BIG_SECTION, sizeof *ref);
    double *got = calloc(BIG_SECTION, sizeof *got);
    int mismatches = 0;
    for (int w = 0; w < NWORKERS; w++)
        for (int s = 0; s < NSCHEDULES; s += 2) {
            double *v = w == 0 && s == 0 ? ref : got;
            for (int j = 0; j < BIG_SECTION; j++)
                v[j] = 1.0;
            pf_loop_t *loop;
            PFTEST_OK(pf_loop_new(0, 3 * BIG_SECTION, 1, &loop));
            pf_loop_reduce(loop, PF_OP_ADD, PF_TYPE_DOUBLE, v, BIG_SECTION);
            pf_loop_options_t opt = {.workers = worker_counts[w],
                                     .schedule = schedules[s]};
            PFTEST_OK(pf_loop_run(loop, body_big_section, NULL, &opt));
            pf_loop_free(loop);
            if (v == got)
                mismatches += memcmp(got, ref, BIG_SECTION * sizeof *ref) != 0;
        }
    CU_ASSERT_EQUAL(mismatches, 0);
    CU_ASSERT(ref[0] > 1.0);
    free(ref);
    free(got);
}

/* ---- collect ---- */

typedef struct point {
    int id;
    char tag;
    double x, y;
} point_t;

#define COLS 7
typedef struct collect_ctx {
    double *d;
    point_t *p;
    double (*rows)[COLS];
    pid_t *pids;
} collect_ctx_t;

static void body_collect(long long i, void *ctx, void *const *partial)
{
    (void)partial;
    collect_ctx_t *c = ctx;
    c->d[i] = (double)i * 1.5;
    c->p[i] = (point_t){(int)i, (char)('a' + i % 26), (double)i, -(double)i};
    for (int j = 0; j < COLS; j++)
        c->rows[i][j] = (double)(i * COLS + j);
    c->pids[i] = getpid();
}

static void test_collect(void)
{
    long n = 30000;
    collect_ctx_t c = {calloc((size_t)n, sizeof(double)),
                       calloc((size_t)n, sizeof(point_t)),
                       calloc((size_t)n, sizeof(double[COLS])),
                       calloc((size_t)n, sizeof(pid_t))};
    long long steps[] = {1, 3, -1};
    for (size_t st = 0; st < 3; st++)
        for (int s = 0; s < NSCHEDULES; s++)
            for (int w = 0; w < NWORKERS; w++) {
                memset(c.d, 0, (size_t)n * sizeof(double));
                memset(c.p, 0, (size_t)n * sizeof(point_t));
                memset(c.rows, 0, (size_t)n * sizeof(double[COLS]));
                memset(c.pids, 0, (size_t)n * sizeof(pid_t));
                long long step = steps[st];
                long long lo = step > 0 ? 0 : n - 1, hi = step > 0 ? n : -1;
                pf_loop_t *loop;
                PFTEST_OK(pf_loop_new(lo, hi, step, &loop));
                pf_loop_collect(loop, c.d, sizeof c.d[0]);
                pf_loop_collect(loop, c.p, sizeof c.p[0]);
                pf_loop_collect(loop, c.rows, sizeof c.rows[0]);
                pf_loop_collect(loop, c.pids, sizeof c.pids[0]);
                pf_loop_options_t opt = {.workers = worker_counts[w],
                                         .schedule = schedules[s],
                                         .chunk = chunks[s] * 50};
                PFTEST_OK(pf_loop_run(loop, body_collect, &c, &opt));
                pf_loop_free(loop);
                int bad = 0, others = 0;
                for (long i = 0; i < n; i++) {
                    bool ran = i % step == 0 || step < 0;
                    if (!ran) {
                        bad += c.d[i] != 0 || c.pids[i] != 0;
                        continue;
                    }
                    bad += c.d[i] != (double)i * 1.5;
                    bad += c.p[i].id != i || c.p[i].tag != 'a' + i % 26 ||
                           c.p[i].x != (double)i || c.p[i].y != -(double)i;
                    for (int j = 0; j < COLS; j++)
                        bad += c.rows[i][j] != (double)(i * COLS + j);
                    others += c.pids[i] != getpid();
                }
                CU_ASSERT_EQUAL(bad, 0);
                /* Workers really ran some of it (a static share; under
                 * dynamic the parent may take every chunk first). */
                if (worker_counts[w] > 1 && s < 2) {
                    CU_ASSERT(others > 0);
                } else if (worker_counts[w] == 1) {
                    CU_ASSERT_EQUAL(others, 0);
                }
            }
    free(c.d);
    free(c.p);
    free(c.rows);
    free(c.pids);
}

/* An array of 10^8 bytes comes back whole. */
static void body_big(long long i, void *ctx, void *const *partial)
{
    (void)partial;
    ((double *)ctx)[i] = (double)i + 0.25;
}

static void test_collect_large(void)
{
    long n = 12500000; /* 10^8 bytes of doubles */
    double *a = malloc((size_t)n * sizeof *a);
    CU_ASSERT_FATAL(a != NULL);
    for (int v = 0; v < 2; v++) {
        memset(a, 0, (size_t)n * sizeof *a);
        pf_loop_t *loop;
        PFTEST_OK(pf_loop_new(0, n, 1, &loop));
        pf_loop_collect(loop, a, sizeof *a);
        pf_loop_options_t opt = {.workers = v ? 3 : 2,
                                 .schedule =
                                     v ? PF_SCHED_DYNAMIC : PF_SCHED_STATIC,
                                 .chunk = v ? 100000 : 0};
        PFTEST_OK(pf_loop_run(loop, body_big, a, &opt));
        pf_loop_free(loop);
        long bad = 0;
        for (long i = 0; i < n; i++)
            bad += a[i] != (double)i + 0.25;
        CU_ASSERT_EQUAL(bad, 0);
    }
    free(a);
}

/* if(false) and loops inside a worker run in the caller. */
static void body_pid(long long i, void *ctx, void *const *partial)
{
    (void)partial;
    ((pid_t *)ctx)[i] = getpid();
}

static void body_nested(long long i, void *ctx, void *const *partial)
{
    (void)partial;
    pid_t inner[50];
    pf_loop_t *loop;
    pf_loop_new(0, 50, 1, &loop);
    pf_loop_collect(loop, inner, sizeof inner[0]);
    pf_loop_options_t opt = {.workers = 4};
    memset(inner, 0, sizeof inner);
    int rc = pf_loop_run(loop, body_pid, inner, &opt);
    pf_loop_free(loop);
    int same = 0;
    for (int j = 0; j < 50; j++)
        same += inner[j] == getpid();
    /* In a worker the inner loop runs serially; in the parent it forks. */
    bool ok = rc == 0 && (pf__is_worker() ? same == 50 : same < 50);
    ((int *)ctx)[i] = ok ? 1 : -1;
}

static void test_serial_cases(void)
{
    pid_t pids[100];
    pf_loop_t *loop;
    PFTEST_OK(pf_loop_new(0, 100, 1, &loop));
    pf_loop_collect(loop, pids, sizeof pids[0]);
    pf_loop_options_t opt = {.workers = 4, .serial = 1};
    PFTEST_OK(pf_loop_run(loop, body_pid, pids, &opt));
    int mine = 0;
    for (int j = 0; j < 100; j++)
        mine += pids[j] == getpid();
    CU_ASSERT_EQUAL(mine, 100);
    pf_loop_free(loop);

    int ok[8] = {0};
    PFTEST_OK(pf_loop_new(0, 8, 1, &loop));
    pf_loop_collect(loop, ok, sizeof ok[0]);
    opt = (pf_loop_options_t){.workers = 3};
    PFTEST_OK(pf_loop_run(loop, body_nested, ok, &opt));
    pf_loop_free(loop);
    for (int j = 0; j < 8; j++)
        CU_ASSERT_EQUAL(ok[j], 1);
}

/* ---- faults ---- */

typedef struct fault_ctx {
    pid_t parent;
    long long at;        /* iteration that misbehaves */
    int how;             /* 0 crash, 1 exit(3), 2 hang, 3 exit(0) */
    volatile int *first; /* shared: misbehave only while *first != 0 */
    double *out;
} fault_ctx_t;

static void body_fault(long long i, void *ctx, void *const *partial)
{
    fault_ctx_t *f = ctx;
    if (i == f->at && getpid() != f->parent &&
        (f->first == NULL ||
         __atomic_exchange_n(f->first, 0, __ATOMIC_SEQ_CST))) {
        if (f->how == 0) {
            signal(SIGSEGV, SIG_DFL); /* past ASan's handler */
            raise(SIGSEGV);
        } else if (f->how == 1)
            exit(3);
        else if (f->how == 2)
            for (;;)
                pause();
        else
            exit(0);
    }
    f->out[i] = (double)i;
    *(double *)partial[0] += 1.0;
}

/* Run 1000 iterations on 2 workers (static, in reduction blocks of 16
 * iterations: worker 2 has blocks 31..62, iterations 496..999). */
static int run_fault(fault_ctx_t *f, long retries, double timeout, double *sum,
                     char *msg, size_t size)
{
    pf_loop_t *loop;
    PFTEST_OK(pf_loop_new(0, 1000, 1, &loop));
    pf_loop_reduce(loop, PF_OP_ADD, PF_TYPE_DOUBLE, sum, 1);
    pf_loop_collect(loop, f->out, sizeof f->out[0]);
    pf_loop_options_t opt = {.workers = 2,
                             .retries = retries,
                             .timeout = timeout,
                             .file = "fault.c",
                             .line = 42};
    int rc = pf_loop_run(loop, body_fault, f, &opt);
    snprintf(msg, size, "%s", pf_loop_error(loop));
    pf_loop_free(loop);
    return rc;
}

static void test_crash_fails(void)
{
    double out[1000] = {0}, sum = 7;
    fault_ctx_t f = {getpid(), 777, 0, NULL, out};
    char msg[1024];
    PFTEST_EXPECT(PF_EWORKER, run_fault(&f, 0, 0, &sum, msg, sizeof msg));
    CU_ASSERT_EQUAL(sum, 7);
    for (int i = 496; i < 1000; i++)
        CU_ASSERT_EQUAL_FATAL(out[i], 0);
    CU_ASSERT_PTR_NOT_NULL(strstr(msg, "fault.c:42"));
    CU_ASSERT_PTR_NOT_NULL(strstr(msg, "worker 2")); /* collect: 2 forks */
    CU_ASSERT_PTR_NOT_NULL(strstr(msg, "iterations 496 to 999"));
    CU_ASSERT_PTR_NOT_NULL(strstr(msg, "signal 11"));
    /* by hand, the cursor is stored before each body call: exact */
    CU_ASSERT_PTR_NOT_NULL(strstr(msg, "at iteration 777"));
    if (strstr(msg, "at iteration 777") == NULL)
        fprintf(stderr, "message: %s\n", msg);

    f.how = 1;
    PFTEST_EXPECT(PF_EWORKER, run_fault(&f, 0, 0, &sum, msg, sizeof msg));
    CU_ASSERT_PTR_NOT_NULL(strstr(msg, "exited with status 3"));
    f.how = 3;
    PFTEST_EXPECT(PF_EWORKER, run_fault(&f, 0, 0, &sum, msg, sizeof msg));
    CU_ASSERT_PTR_NOT_NULL(strstr(msg, "before finishing"));
    CU_ASSERT_EQUAL(sum, 7);
}

static void test_crash_retried(void)
{
    volatile int *first = pf__map_shared(sizeof(int));
    CU_ASSERT_PTR_NOT_NULL_FATAL(first);
    for (int how = 0; how < 2; how++) {
        double out[1000] = {0}, sum = 7;
        *first = 1;
        fault_ctx_t f = {getpid(), 777, how, first, out};
        char msg[1024];
        PFTEST_OK(run_fault(&f, 1, 0, &sum, msg, sizeof msg));
        CU_ASSERT_EQUAL(*first, 0); /* it did fail once */
        CU_ASSERT_EQUAL(sum, 7 + 1000);
        int bad = 0;
        for (int i = 0; i < 1000; i++)
            bad += out[i] != (double)i;
        CU_ASSERT_EQUAL(bad, 0);
        /* A crash every time uses the retry up and fails. */
        f.first = NULL;
        sum = 7;
        PFTEST_EXPECT(PF_EWORKER, run_fault(&f, 1, 0, &sum, msg, sizeof msg));
        CU_ASSERT_PTR_NOT_NULL(strstr(msg, "1 retry used of 1"));
        CU_ASSERT_EQUAL(sum, 7);
    }
    pf__unmap_shared((void *)first, sizeof(int));
}

static void test_timeout(void)
{
    double out[1000] = {0}, sum = 7;
    fault_ctx_t f = {getpid(), 123, 2, NULL, out};
    char msg[1024];
    PFTEST_EXPECT(PF_ETIMEDOUT, run_fault(&f, 0, 0.5, &sum, msg, sizeof msg));
    CU_ASSERT_EQUAL(sum, 7);
    CU_ASSERT_PTR_NOT_NULL(strstr(msg, "timeout"));
    CU_ASSERT_PTR_NOT_NULL(strstr(msg, "at iteration 123"));
    /* Hangs only once: the retry finishes it. */
    volatile int *first = pf__map_shared(sizeof(int));
    *first = 1;
    f.first = first;
    PFTEST_OK(run_fault(&f, 1, 0.5, &sum, msg, sizeof msg));
    CU_ASSERT_EQUAL(sum, 7 + 1000);
    pf__unmap_shared((void *)first, sizeof(int));
}

/* Dynamic and guided chunks with reductions and collect: several one-shot
 * crashes, each retried on a new worker that resumes mid-chunk; results as
 * serial. */
typedef struct multi_ctx {
    pid_t parent;
    volatile int *armed; /* shared: armed[j] for crash point j */
    double *out;
} multi_ctx_t;

static const long long crash_points[] = {13, 400, 401, 2999, 4000};

static void body_multi(long long i, void *ctx, void *const *partial)
{
    multi_ctx_t *m = ctx;
    for (int j = 0; j < 5; j++)
        if (i == crash_points[j] && getpid() != m->parent &&
            __atomic_exchange_n(&m->armed[j], 0, __ATOMIC_SEQ_CST)) {
            signal(SIGSEGV, SIG_DFL);
            raise(j % 2 ? SIGSEGV : SIGKILL);
        }
    m->out[i] = (double)i * 2;
    *(double *)partial[0] += 1.0 / (double)(i + 1);
    ((long *)partial[1])[i % 3] += 1;
}

static void test_retries_mid_chunk(void)
{
    enum { N = 5000 };
    double ref = 0;
    long hist_ref[3] = {0};
    {
        pf_loop_t *loop;
        pf_loop_new(0, N, 1, &loop);
        pf_loop_reduce(loop, PF_OP_ADD, PF_TYPE_DOUBLE, &ref, 1);
        pf_loop_reduce(loop, PF_OP_ADD, PF_TYPE_LONG, hist_ref, 3);
        double *out = calloc(N, sizeof *out);
        multi_ctx_t m = {getpid(), NULL, out};
        static int zero[5];
        m.armed = zero;
        pf_loop_options_t opt = {.serial = 1};
        PFTEST_OK(pf_loop_run(loop, body_multi, &m, &opt));
        pf_loop_free(loop);
        free(out);
    }
    volatile int *armed = pf__map_shared(5 * sizeof(int));
    double *out = calloc(N, sizeof *out);
    for (int v = 0; v < 3; v++) {
        for (int j = 0; j < 5; j++)
            armed[j] = 1;
        memset(out, 0, N * sizeof *out);
        double sum = 0;
        long hist[3] = {0};
        pf_loop_t *loop;
        PFTEST_OK(pf_loop_new(0, N, 1, &loop));
        pf_loop_reduce(loop, PF_OP_ADD, PF_TYPE_DOUBLE, &sum, 1);
        pf_loop_reduce(loop, PF_OP_ADD, PF_TYPE_LONG, hist, 3);
        pf_loop_collect(loop, out, sizeof *out);
        multi_ctx_t m = {getpid(), armed, out};
        pf_loop_options_t opt = {
            .workers = 3,
            .schedule = v == 0   ? PF_SCHED_DYNAMIC
                        : v == 1 ? PF_SCHED_GUIDED
                                 : PF_SCHED_STATIC,
            .chunk = v == 2 ? 0 : 7,
            .retries = 3}; /* per chunk: a guided chunk may hold 3 */
        PFTEST_OK(pf_loop_run(loop, body_multi, &m, &opt));
        pf_loop_free(loop);
        CU_ASSERT(memcmp(&sum, &ref, sizeof sum) == 0);
        CU_ASSERT(memcmp(hist, hist_ref, sizeof hist) == 0);
        int bad = 0;
        for (int i = 0; i < N; i++)
            bad += out[i] != (double)i * 2;
        CU_ASSERT_EQUAL(bad, 0);
    }
    free(out);
    pf__unmap_shared((void *)armed, 5 * sizeof(int));
}

/* pf_loop_run_ranges: one call per stretch. */
static void range_body(long long first, unsigned long long count,
                       long long step, void *ctx, void *const *partial)
{
    (void)ctx;
    for (unsigned long long j = 0; j < count; j++)
        *(long long *)partial[0] += first + (long long)j * step;
}

static void test_run_ranges(void)
{
    for (int s = 0; s < NSCHEDULES; s++) {
        long long sum = 0;
        pf_loop_t *loop;
        PFTEST_OK(pf_loop_new(1000, -1000, -3, &loop));
        pf_loop_reduce(loop, PF_OP_ADD, PF_TYPE_LLONG, &sum, 1);
        pf_loop_options_t opt = {
            .workers = 3, .schedule = schedules[s], .chunk = chunks[s]};
        PFTEST_OK(pf_loop_run_ranges(loop, range_body, NULL, &opt));
        pf_loop_free(loop);
        long long want = 0;
        for (long long i = 1000; i > -1000; i -= 3)
            want += i;
        CU_ASSERT_EQUAL(sum, want);
    }
}

/* ---- stdio, environment, bad arguments ---- */

static void body_nothing(long long i, void *ctx, void *const *partial)
{
    (void)i;
    (void)ctx;
    *(long *)partial[0] += 1;
}

static void test_stdout_once(void)
{
    char path[] = "/tmp/pfor_loop_stdout_XXXXXX";
    int fd = mkstemp(path);
    CU_ASSERT_FATAL(fd >= 0);
    pid_t pid = fork();
    if (pid == 0) {
        dup2(fd, 1);
        printf("before the loop;");
        long n = 0;
        pf_loop_t *loop;
        pf_loop_new(0, 100, 1, &loop);
        pf_loop_reduce(loop, PF_OP_ADD, PF_TYPE_LONG, &n, 1);
        pf_loop_options_t opt = {.workers = 3};
        int rc = pf_loop_run(loop, body_nothing, NULL, &opt);
        printf("after %ld", n);
        _exit(rc == 0 ? 0 : 1);
    }
    int status;
    waitpid(pid, &status, 0);
    CU_ASSERT(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    char buf[256] = {0};
    ssize_t got = pread(fd, buf, sizeof buf - 1, 0);
    CU_ASSERT(got > 0);
    CU_ASSERT_STRING_EQUAL(buf, "before the loop;after 100");
    close(fd);
    unlink(path);
}

/* A program that ignores SIGCHLD (its children are reaped by the kernel)
 * still gets its loops' results and failures. */
static void test_sigchld_ignored(void)
{
    pid_t pid = fork();
    if (pid == 0) {
        signal(SIGCHLD, SIG_IGN);
        long n = 0;
        pf_loop_t *loop;
        pf_loop_new(0, 1000, 1, &loop);
        pf_loop_reduce(loop, PF_OP_ADD, PF_TYPE_LONG, &n, 1);
        pf_loop_options_t opt = {.workers = 3};
        int rc = pf_loop_run(loop, body_nothing, NULL, &opt);
        pf_loop_free(loop);
        double out[1000] = {0}, sum = 0;
        fault_ctx_t f = {getpid(), 777, 0, NULL, out};
        char msg[1024];
        int rc2 = run_fault(&f, 0, 0, &sum, msg, sizeof msg);
        _exit(rc == 0 && n == 1000 && rc2 == PF_EWORKER ? 0 : 1);
    }
    int status;
    waitpid(pid, &status, 0);
    CU_ASSERT(WIFEXITED(status) && WEXITSTATUS(status) == 0);
}

/* pf__env follows every way a program changes its environment between
 * loops, as getenv would. */
static void test_env_follows(void)
{
    unsetenv("PFOR_WORKERS");
    unsetenv("PFOR_VERBOSE");
    CU_ASSERT_PTR_NULL(pf__env(PF__ENV_WORKERS));
    setenv("PFOR_WORKERS", "3", 1); /* a new name: appended */
    CU_ASSERT_STRING_EQUAL(pf__env(PF__ENV_WORKERS), "3");
    setenv("PFOR_WORKERS", "5", 1); /* replaced in its slot */
    CU_ASSERT_STRING_EQUAL(pf__env(PF__ENV_WORKERS), "5");
    setenv("PFOR_VERBOSE", "1", 1);
    CU_ASSERT_STRING_EQUAL(pf__env(PF__ENV_VERBOSE), "1");
    CU_ASSERT_STRING_EQUAL(pf__env(PF__ENV_WORKERS), "5");
    unsetenv("PFOR_WORKERS"); /* the slots after it shift */
    CU_ASSERT_PTR_NULL(pf__env(PF__ENV_WORKERS));
    CU_ASSERT_STRING_EQUAL(pf__env(PF__ENV_VERBOSE), "1");
    static char entry[] = "PFOR_WORKERS=7";
    putenv(entry);
    CU_ASSERT_STRING_EQUAL(pf__env(PF__ENV_WORKERS), "7");
    setenv("PFOR_UNRELATED_NAME", "x", 1); /* a name it does not read */
    CU_ASSERT_STRING_EQUAL(pf__env(PF__ENV_WORKERS), "7");
    unsetenv("PFOR_UNRELATED_NAME");
    unsetenv("PFOR_WORKERS");
    /* one name removed, then one of its names added: same length */
    setenv("PFOR_UNRELATED_NAME", "x", 1);
    CU_ASSERT_PTR_NULL(pf__env(PF__ENV_SCHEDULE));
    unsetenv("PFOR_UNRELATED_NAME");
    setenv("PFOR_SCHEDULE", "dynamic", 1);
    CU_ASSERT_STRING_EQUAL(pf__env(PF__ENV_SCHEDULE), "dynamic");
    unsetenv("PFOR_SCHEDULE");
    unsetenv("PFOR_VERBOSE");
    CU_ASSERT_PTR_NULL(pf__env(PF__ENV_WORKERS));
    CU_ASSERT_PTR_NULL(pf__env(PF__ENV_VERBOSE));
    /* a loop reads the value in force at its start */
    long w = 0;
    for (int j = 1; j <= 3; j++) {
        char text[8];
        snprintf(text, sizeof text, "%d", j);
        setenv("PFOR_WORKERS", text, 1);
        w += pf__loop_default_workers(0);
    }
    CU_ASSERT_EQUAL(w, 1 + 2 + 3);
    unsetenv("PFOR_WORKERS");
}

static void test_environment(void)
{
    static const char *bad[] = {"dynamic,",  "fast",      "dynamic,0",
                                "static,-3", "guided,4x", ""};
    static const char *good[] = {"dynamic,64", " guided , 3 ", "STATIC",
                                 "static,1"};
    pfc_schedule_t kind;
    long chunk;
    for (size_t j = 0; j < sizeof bad / sizeof bad[0]; j++)
        PFTEST_EXPECT(PF_ESCHEDULE,
                      pf__loop_parse_schedule(bad[j], &kind, &chunk));
    PFTEST_OK(pf__loop_parse_schedule("dynamic,64", &kind, &chunk));
    CU_ASSERT_EQUAL(kind, PFC_SCHED_DYNAMIC);
    CU_ASSERT_EQUAL(chunk, 64);

    for (size_t j = 0; j < sizeof good / sizeof good[0] + 1; j++) {
        const char *text = j < 4 ? good[j] : bad[1];
        setenv("PFOR_SCHEDULE", text, 1);
        long n = 0;
        pf_loop_t *loop;
        pf_loop_new(0, 1000, 1, &loop);
        pf_loop_reduce(loop, PF_OP_ADD, PF_TYPE_LONG, &n, 1);
        pf_loop_options_t opt = {.workers = 2, .schedule = PF_SCHED_RUNTIME};
        int rc = pf_loop_run(loop, body_nothing, NULL, &opt);
        if (j < 4) {
            PFTEST_OK(rc);
            CU_ASSERT_EQUAL(n, 1000);
        } else {
            PFTEST_EXPECT(PF_ESCHEDULE, rc);
            CU_ASSERT_PTR_NOT_NULL(strstr(pf_loop_error(loop), "fast"));
            CU_ASSERT_EQUAL(n, 0);
        }
        pf_loop_free(loop);
    }
    unsetenv("PFOR_SCHEDULE");

    setenv("PFOR_WORKERS", "two", 1);
    long n = 0;
    pf_loop_t *loop;
    pf_loop_new(0, 10, 1, &loop);
    pf_loop_reduce(loop, PF_OP_ADD, PF_TYPE_LONG, &n, 1);
    PFTEST_EXPECT(PF_EINVAL, pf_loop_run(loop, body_nothing, NULL, NULL));
    setenv("PFOR_WORKERS", "3", 1);
    PFTEST_OK(pf_loop_run(loop, body_nothing, NULL, NULL));
    CU_ASSERT_EQUAL(n, 10);
    unsetenv("PFOR_WORKERS");
    pf_loop_free(loop);
    CU_ASSERT(pf_cpu_count() >= 1);
}

static void test_bad_arguments(void)
{
    pf_loop_t *loop;
    PFTEST_EXPECT(PF_EINVAL, pf_loop_new(0, 10, 1, NULL));
    PFTEST_EXPECT(PF_EINVAL, pf_loop_new(0, 10, 0, &loop));
    PFTEST_OK(pf_loop_new(0, 10, -1, &loop)); /* zero trips */
    pf_loop_free(loop);
    PFTEST_OK(pf_loop_new(10, 0, 1, &loop)); /* zero trips */
    CU_ASSERT_EQUAL(pf_loop_trips(loop), 0);
    double d = 0;
    PFTEST_EXPECT(PF_EINVAL,
                  pf_loop_reduce(loop, PF_OP_BXOR, PF_TYPE_DOUBLE, &d, 1));
    PFTEST_EXPECT(PF_EINVAL, pf_loop_reduce(loop, PF_OP_ADD, 99, &d, 1));
    PFTEST_EXPECT(PF_EINVAL,
                  pf_loop_reduce(loop, PF_OP_ADD, PF_TYPE_DOUBLE, NULL, 1));
    PFTEST_EXPECT(PF_EINVAL, pf_loop_collect(loop, NULL, 8));
    PFTEST_EXPECT(PF_EINVAL, pf_loop_collect(loop, &d, 0));
    PFTEST_EXPECT(PF_EINVAL, pf_loop_run(loop, NULL, NULL, NULL));
    PFTEST_EXPECT(PF_EINVAL, pf_loop_run(NULL, body_nothing, NULL, NULL));
    PFTEST_OK(pf_loop_reduce(loop, PF_OP_ADD, PF_TYPE_DOUBLE, &d, 1));
    PFTEST_OK(pf_loop_run(loop, body_nothing, NULL, NULL));
    CU_ASSERT_STRING_EQUAL(pf_loop_error(loop), "");
    pf_loop_free(loop);
    pf_loop_free(NULL);
}

void pftest_main(void)
{
    /* These tests look at the engine's workers: the adaptive rule (which
     * would run their small loops serially) is tested in
     * test_loop_adapt.c. */
    setenv("PFOR_ADAPT", "0", 1);
    pftest_suite("loop");
    pftest_add("operators_types_schedules", test_operators_types_schedules);
    pftest_add("trip_counts", test_trip_counts);
    pftest_add("steps", test_steps);
    pftest_add("reproducible_bits", test_reproducible_bits);
    pftest_add("array_section", test_array_section);
    pftest_add("big_section", test_big_section);
    pftest_add("collect", test_collect);
    pftest_add("collect_large", test_collect_large);
    pftest_add("serial_cases", test_serial_cases);
    pftest_add("crash_fails", test_crash_fails);
    pftest_add("crash_retried", test_crash_retried);
    pftest_add("timeout", test_timeout);
    pftest_add("retries_mid_chunk", test_retries_mid_chunk);
    pftest_add("run_ranges", test_run_ranges);
    pftest_add("stdout_once", test_stdout_once);
    pftest_add("sigchld_ignored", test_sigchld_ignored);
    pftest_add("environment", test_environment);
    pftest_add("env_follows", test_env_follows);
    pftest_add("bad_arguments", test_bad_arguments);
}
