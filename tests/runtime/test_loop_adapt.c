/* test_loop_adapt.c - the adaptive rule (DESIGN.md principle 6), checked
 * through the engine's state and PFOR_VERBOSE, never through time: a tiny
 * loop in a 10,000-step time loop runs serially in the parent, a heavy
 * loop keeps all its workers, a site turns parallel again when its loop
 * grows, PFOR_ADAPT=0 turns the rule off, loops with retries are never
 * adaptive, the serial run gives the same bits and reports a crash in
 * the parent's words. */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "loop_internal.h"
#include "pftest.h"
#include "test_team_lowered.h"

/* Shared with the workers: how many iterations ran outside the parent. */
static long *away;
static pid_t parent;

static void open_counter(void)
{
    away = pf__map_shared(sizeof *away);
    CU_ASSERT_PTR_NOT_NULL_FATAL(away);
    parent = getpid();
}

static void close_counter(void)
{
    pf__unmap_shared(away, sizeof *away);
}

static inline void count_where(void)
{
    if (getpid() != parent)
        __atomic_fetch_add(away, 1, __ATOMIC_RELAXED);
}

/* A plain `parallel for` at adapt.c:`line` over n iterations of `spin`
 * multiply-adds each, reducing into *sum; `retries` on the loop. */
static double work_loop(int line, long n, long spin, long retries)
{
    double sum = 0;
    PFOR_BEGIN("adapt.c", line, long, 0, n, 1, PFC_LT)
    pfc_loop_retries(__pf_loop, (long)(retries));
    pfc_loop_reduce(__pf_loop, PF_OP_ADD, PF_TYPE_OF(sum), &sum, 1);
    FOR_RBODY(i, sum)
    count_where();
    double x = (double)i;
    for (long r = 0; r < spin; r++)
        x = x * 0.999999 + 1e-9;
    sum += x;
    FOR_REND(sum)
    return sum;
}

static void test_tiny_loop_serial(void)
{
    setenv("PFOR_WORKERS", "2", 1);
    unsetenv("PFOR_ADAPT");
    open_counter();
    double first = 0, later = 0;
    for (int step = 0; step < 10000; step++) {
        double s = work_loop(10, 8, 0, 0);
        if (step == 0)
            first = s;
        if (step == 9999)
            later = s;
        if (step == 0)
            *away = 0; /* the first run measures on the workers */
    }
    /* after its first run the site ran in the parent */
    CU_ASSERT_EQUAL(pf__adapt_mode_of("adapt.c", 10), PF__ADAPT_SERIAL);
    CU_ASSERT(*away < 8 * 10); /* at most a few probes, if any */
    CU_ASSERT(memcmp(&first, &later, sizeof first) == 0);
    close_counter();
    unsetenv("PFOR_WORKERS");
}

static void test_heavy_loop_parallel(void)
{
    setenv("PFOR_WORKERS", "2", 1);
    unsetenv("PFOR_ADAPT");
    open_counter();
    work_loop(20, 64, 200000, 0); /* ~25 ms of work per run */
    /* its first run started serially and handed the rest to workers */
    CU_ASSERT(*away > 0);
    *away = 0;
    for (int run = 0; run < 3; run++)
        work_loop(20, 64, 200000, 0);
    CU_ASSERT_EQUAL(pf__adapt_mode_of("adapt.c", 20), PF__ADAPT_PARALLEL);
    CU_ASSERT(*away >= 3 * 32); /* then a worker ran its half each time */
    close_counter();
    unsetenv("PFOR_WORKERS");
}

/* The same site, small then large: serial, then parallel again (the
 * decision follows the size of each run). */
static void test_follows_size(void)
{
    setenv("PFOR_WORKERS", "2", 1);
    unsetenv("PFOR_ADAPT");
    open_counter();
    for (int run = 0; run < 20; run++)
        work_loop(30, 4, 10, 0);
    CU_ASSERT_EQUAL(pf__adapt_mode_of("adapt.c", 30), PF__ADAPT_SERIAL);
    for (int run = 0; run < 3; run++)
        work_loop(30, 400, 100000, 0); /* ~40 ms of work per run */
    CU_ASSERT_EQUAL(pf__adapt_mode_of("adapt.c", 30), PF__ADAPT_PARALLEL);
    close_counter();
    unsetenv("PFOR_WORKERS");
}

static void test_off_and_retries(void)
{
    setenv("PFOR_WORKERS", "2", 1);
    open_counter();
    setenv("PFOR_ADAPT", "0", 1);
    for (int run = 0; run < 30; run++)
        work_loop(40, 8, 0, 0);
    CU_ASSERT_EQUAL(*away, 30 * 4); /* every run forked */
    CU_ASSERT_EQUAL(pf__adapt_mode_of("adapt.c", 40), PF__ADAPT_OFF);
    unsetenv("PFOR_ADAPT");
    *away = 0;
    for (int run = 0; run < 30; run++)
        work_loop(41, 8, 0, 1); /* retries(1): the parent supervises */
    CU_ASSERT_EQUAL(*away, 30 * 8);
    CU_ASSERT_EQUAL(pf__adapt_mode_of("adapt.c", 41), PF__ADAPT_OFF);
    close_counter();
    unsetenv("PFOR_WORKERS");
}

/* A first run that starts serially and hands the rest to workers gives
 * what the loop gives on workers: the collected writes of both parts, the
 * reduction's bits (the serial part's block partials travel with it). */
#define EN 96
static long last_i;

static double escalated_loop(int line, const char *schedule, double *out)
{
    setenv("PFOR_SCHEDULE", schedule, 1);
    double sum = 0.125;
    last_i = -1;
    PFOR_BEGIN("adapt.c", line, long, 0, EN, 1, PFC_LT)
    pfc_loop_reduce(__pf_loop, PF_OP_ADD, PF_TYPE_OF(sum), &sum, 1);
    pfc_loop_collect_bytes(__pf_loop, &(out)[0], (size_t)EN * sizeof out[0]);
    pfc_loop_lastprivate(__pf_loop, &last_i, sizeof last_i);
    FOR_RBODY(i, sum)
    count_where();
    double x = 1.0 / ((double)i + 3.0);
    for (long r = 0; r < 2000; r++)
        x = x * 0.9999999 + 1e-12;
    out[i] = x;
    sum += x;
    last_i = i * 3;
    FOR_REND(sum)
    unsetenv("PFOR_SCHEDULE");
    return sum;
}

static void test_escalated_results(void)
{
    setenv("PFOR_WORKERS", "2", 1);
    open_counter();
    const char *scheds[] = {"static", "dynamic,3", "guided"};
    for (int k = 0; k < 3; k++) {
        double ref[EN], got[EN];
        memset(ref, 0, sizeof ref);
        memset(got, 0, sizeof got);
        setenv("PFOR_ADAPT", "0", 1);
        double want = escalated_loop(70 + k, scheds[k], ref);
        unsetenv("PFOR_ADAPT");
        *away = 0;
        /* a first run, which escalates after its first stretch */
        pf__adapt_test_budget(1);
        double have = escalated_loop(80 + k, scheds[k], got);
        pf__adapt_test_budget(0);
        CU_ASSERT(*away > 0 && *away < EN); /* both parts ran */
        CU_ASSERT(memcmp(&have, &want, sizeof have) == 0);
        CU_ASSERT(memcmp(got, ref, sizeof ref) == 0);
        CU_ASSERT_EQUAL(last_i, (EN - 1) * 3);
    }
    close_counter();
    unsetenv("PFOR_WORKERS");
}

/* PFOR_VERBOSE reports the decisions, one line each. */
static int verbose_child(void *arg)
{
    (void)arg;
    setenv("PFOR_WORKERS", "2", 1);
    setenv("PFOR_VERBOSE", "1", 1);
    open_counter();
    for (int run = 0; run < 50; run++)
        work_loop(50, 8, 0, 0);
    return 0;
}

static void test_verbose(void)
{
    char err[4096];
    CU_ASSERT_EQUAL(pftest_capture(verbose_child, NULL, err, sizeof err), 0);
    CU_ASSERT_PTR_NOT_NULL(strstr(err, "pfor: adapt.c:50: adaptive: runs "
                                       "serially in the parent (first run: "
                                       "serial until it has run as long as "
                                       "forking would cost: 8 iterations; "
                                       "forking and collecting is estimated "
                                       "at "));
    if (strstr(err, "adaptive:") == NULL)
        fprintf(stderr, "%s", err);
    /* Nothing is measured before the first run: no figure of 0 ns. */
    CU_ASSERT_PTR_NULL(strstr(err, " 0 ns"));
    int lines = 0;
    for (const char *p = err; (p = strstr(p, "adaptive:")) != NULL; p++)
        lines++;
    CU_ASSERT_EQUAL(lines, 1);
}

/* A crash in the serial run is the parent's, reported as such. */
static int crash_child(void *arg)
{
    (void)arg;
    setenv("PFOR_WORKERS", "2", 1);
    for (int run = 0; run < 20; run++) {
        int a[8];
        PFOR_BEGIN("crash.c", 60, int, 0, 8, 1, PFC_LT)
        pfc_loop_collect_bytes(__pf_loop, &(a)[0], sizeof(a));
        FOR_BODY(i)
        *__pf_cursor = __pf_k;
        if (run == 19 && i == 5)
            raise(SIGSEGV);
        a[i] = i;
        FOR_END
    }
    return 0;
}

static void test_serial_crash(void)
{
    char err[4096];
    int status = pftest_capture(crash_child, NULL, err, sizeof err);
    CU_ASSERT_EQUAL(status, PFTEST_SIGNALLED + SIGSEGV);
    CU_ASSERT_PTR_NOT_NULL(strstr(err, "pfor: crash.c:60: pfor loop failed: "
                                       "the parent process (pid "));
    CU_ASSERT_PTR_NOT_NULL(strstr(err, "was killed by signal 11 (Segmentation "
                                       "fault) at iteration 5"));
}

/* The serial path's inline reduction calls (pfor_abi.h: one 8-byte
 * object per slot, up to PFC_FAST_REDS slots) and the library's (other
 * sizes, sections, more slots) give the bits the loop gives on workers.
 * Sums whose value depends on the order of the additions. */
#define MN 150
static double term(long i)
{
    return (i % 3 ? 1e-7 : 1e9) * (1.0 + (double)i / 7.0);
}

typedef struct sums {
    double d;
    long l;
    float f;
    long double ld;
    double sec[3];
    double d2, d3;
} sums_t;

/* Three 8-byte slots (inline), or all seven kinds (the library's). */
static sums_t mixed_loop(int line, bool all)
{
    sums_t r = {0.5, 3, 0.25f, 0.75L, {1, 2, 3}, 0, -1};
    PFOR_BEGIN("adapt.c", line, long, 0, MN, 1, PFC_LT)
    pfc_loop_reduce(__pf_loop, PF_OP_ADD, PF_TYPE_OF(r.d), &r.d, 1);
    pfc_loop_reduce(__pf_loop, PF_OP_ADD, PF_TYPE_OF(r.l), &r.l, 1);
    pfc_loop_reduce(__pf_loop, PF_OP_ADD, PF_TYPE_OF(r.d2), &r.d2, 1);
    if (all) {
        pfc_loop_reduce(__pf_loop, PF_OP_MAX, PF_TYPE_OF(r.d3), &r.d3, 1);
        pfc_loop_reduce(__pf_loop, PF_OP_ADD, PF_TYPE_OF(r.f), &r.f, 1);
        pfc_loop_reduce(__pf_loop, PF_OP_ADD, PF_TYPE_OF(r.ld), &r.ld, 1);
        pfc_loop_reduce(__pf_loop, PF_OP_ADD, PF_TYPE_DOUBLE, &r.sec[0], 3);
    }
    pfc_loop_start(__pf_loop);
    {
        volatile unsigned long long *__pf_cursor = pfc_loop_cursor(__pf_loop);
        unsigned long long __pf_k, __pf_end;
        while (pfc_loop_next(__pf_loop, &__pf_k, &__pf_end)) {
            *__pf_cursor = __pf_k;
            pfc_loop_identity(__pf_loop, 0, &r.d);
            pfc_loop_identity(__pf_loop, 1, &r.l);
            pfc_loop_identity(__pf_loop, 2, &r.d2);
            if (all) {
                pfc_loop_identity(__pf_loop, 3, &r.d3);
                pfc_loop_identity(__pf_loop, 4, &r.f);
                pfc_loop_identity(__pf_loop, 5, &r.ld);
                pfc_loop_identity(__pf_loop, 6, &r.sec[0]);
            }
            for (; __pf_k < __pf_end; __pf_k++) {
                long i = PFC_IV(__pf_loop, long, __pf_k);
                count_where();
                r.d += term(i);
                r.l += i * i;
                r.d2 += term(i + 1) / 3.0;
                if (all) {
                    if (term(i) > r.d3)
                        r.d3 = term(i);
                    r.f += (float)term(i);
                    r.ld += (long double)term(i);
                    for (int j = 0; j < 3; j++)
                        r.sec[j] += term(i + j);
                }
            }
            pfc_loop_deposit(__pf_loop, 0, &r.d);
            pfc_loop_deposit(__pf_loop, 1, &r.l);
            pfc_loop_deposit(__pf_loop, 2, &r.d2);
            if (all) {
                pfc_loop_deposit(__pf_loop, 3, &r.d3);
                pfc_loop_deposit(__pf_loop, 4, &r.f);
                pfc_loop_deposit(__pf_loop, 5, &r.ld);
                pfc_loop_deposit(__pf_loop, 6, &r.sec[0]);
            }
        }
    }
    pfc_loop_end(__pf_loop);
    }
    return r;
}

static bool same_sums(const sums_t *a, const sums_t *b)
{
    return memcmp(&a->d, &b->d, sizeof a->d) == 0 && a->l == b->l &&
           memcmp(&a->f, &b->f, sizeof a->f) == 0 && a->ld == b->ld &&
           memcmp(a->sec, b->sec, sizeof a->sec) == 0 &&
           memcmp(&a->d2, &b->d2, sizeof a->d2) == 0 &&
           memcmp(&a->d3, &b->d3, sizeof a->d3) == 0;
}

static void test_serial_bits(void)
{
    open_counter();
    for (int all = 0; all < 2; all++) {
        /* on three workers, every run forked */
        setenv("PFOR_WORKERS", "3", 1);
        setenv("PFOR_ADAPT", "0", 1);
        *away = 0;
        sums_t want = mixed_loop(90 + all, all);
        CU_ASSERT(*away > 0);
        unsetenv("PFOR_ADAPT");
        /* the same site run serially by the rule: its first runs, timed
         * and untimed runs, the inline window */
        for (int run = 0; run < 40; run++) {
            sums_t have = mixed_loop(92 + all, all);
            CU_ASSERT(same_sums(&have, &want));
        }
        CU_ASSERT_EQUAL(pf__adapt_mode_of("adapt.c", 92 + all),
                        PF__ADAPT_SERIAL);
        /* one worker: serial from the start, no rule */
        setenv("PFOR_WORKERS", "1", 1);
        sums_t one = mixed_loop(94 + all, all);
        CU_ASSERT(same_sums(&one, &want));
    }
    /* the sum depends on the order: a plain left-to-right loop differs */
    double plain = 0.5;
    for (long i = 0; i < MN; i++)
        plain += term(i);
    sums_t tree = mixed_loop(94, false);
    CU_ASSERT(memcmp(&plain, &tree.d, sizeof plain) != 0);
    close_counter();
    unsetenv("PFOR_WORKERS");
}

/* A crash in a unit the inline pfc_loop_next handed out is reported
 * with that unit's iteration. */
static int crash_inline_child(void *arg)
{
    (void)arg;
    setenv("PFOR_WORKERS", "2", 1);
    for (int run = 0; run < 30; run++) {
        double sum = 0;
        PFOR_BEGIN("crash.c", 70, int, 0, 64, 1, PFC_LT)
        pfc_loop_reduce(__pf_loop, PF_OP_ADD, PF_TYPE_OF(sum), &sum, 1);
        FOR_RBODY(i, sum)
        if (run == 29 && i == 37)
            raise(SIGSEGV);
        sum += i;
        FOR_REND(sum)
    }
    return 0;
}

static void test_serial_crash_inline(void)
{
    char err[4096];
    int status = pftest_capture(crash_inline_child, NULL, err, sizeof err);
    CU_ASSERT_EQUAL(status, PFTEST_SIGNALLED + SIGSEGV);
    CU_ASSERT_PTR_NOT_NULL(strstr(err, "pfor: crash.c:70: pfor loop failed: "
                                       "the parent process (pid "));
    CU_ASSERT_PTR_NOT_NULL(strstr(err, "running iterations 37 to 37, was "
                                       "killed by signal 11 (Segmentation "
                                       "fault) at iteration 37"));
    if (strstr(err, "iterations 37 to 37") == NULL)
        fprintf(stderr, "%s", err);
}

void pftest_main(void)
{
    pftest_suite("loop_adapt");
    pftest_add("tiny_loop_serial", test_tiny_loop_serial);
    pftest_add("heavy_loop_parallel", test_heavy_loop_parallel);
    pftest_add("follows_size", test_follows_size);
    pftest_add("off_and_retries", test_off_and_retries);
    pftest_add("escalated_results", test_escalated_results);
    pftest_add("verbose", test_verbose);
    pftest_add("serial_crash", test_serial_crash);
    pftest_add("serial_bits", test_serial_bits);
    pftest_add("serial_crash_inline", test_serial_crash_inline);
}
