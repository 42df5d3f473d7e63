/* test_team_faults.c - how regions fail: a member that crashes, exits or
 * is killed inside a loop or outside the loops (the report names the
 * loop's or the region's file:line, the member, the iterations; the exit
 * status is the member's), members waiting at a barrier for a dead one,
 * retries (the region runs again from its start on a new team: exact
 * results), members at different synchronisation points, a reduction
 * into shared storage, storage allocated inside the region, injected
 * failures (memfd, fork); after each, no member, descriptor, mapping or
 * thread is left. */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "pftest.h"
#include "team_internal.h"
#include "test_team_lowered.h"

/* Shared with the members: the member that reaches `target` while
 * `armed` fails (once: the exchange disarms it). */
typedef struct chaos {
    int armed;
    long target;
    int how;  /* 0 SIGSEGV, 1 exit(3), 2 SIGKILL, 3 exit(0) */
    int runs; /* attempts that started the region (member 0 counts) */
} chaos_t;

static chaos_t *chaos;

static void chaos_open(long target, int how)
{
    chaos = pf__map_shared(sizeof *chaos);
    CU_ASSERT_PTR_NOT_NULL_FATAL(chaos);
    *chaos = (chaos_t){1, target, how, 0};
}

static void chaos_close(void)
{
    pf__unmap_shared(chaos, sizeof *chaos);
    chaos = NULL;
}

static void fail_now(int how)
{
    if (how == 0) {
        signal(SIGSEGV, SIG_DFL);
        raise(SIGSEGV);
    } else if (how == 1) {
        exit(3);
    } else if (how == 2) {
        raise(SIGKILL);
    }
    _exit(0);
}

/* `once`: disarm on the first hit (a retry then succeeds). */
static inline void chaos_point(long k, int once)
{
    if (chaos->armed && k == chaos->target &&
        (!once || __atomic_exchange_n(&chaos->armed, 0, __ATOMIC_SEQ_CST)))
        fail_now(chaos->how);
}

static int count(const char *haystack, const char *needle)
{
    int n = 0;
    for (const char *p = haystack; (p = strstr(p, needle)) != NULL;
         p += strlen(needle))
        n++;
    return n;
}

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

static int count_threads(void)
{
    FILE *f = fopen("/proc/self/status", "re");
    if (f == NULL)
        return -1;
    char line[256];
    int n = -1;
    while (fgets(line, sizeof line, f))
        if (sscanf(line, "Threads: %d", &n) == 1)
            break;
    fclose(f);
    return n;
}

/* ---- the region every fault test runs ---- */

#define FN 2000
static double fa[FN];

/* A region of `workers` members with `retries`: one loop (at
 * faults.c:13) that calls chaos_point per iteration with the cursor
 * stored per iteration (so the report names it), `where` 1: a failure
 * before the loop instead (outside the loops; member 1 fails), 2: member
 * 1 fails while the others wait at a barrier.  Returns the sum of fa. */
static double fault_region(long workers, long retries, int where, int once)
{
    for (int i = 0; i < FN; i++)
        fa[i] = 0;
    REGION_BEGIN("faults.c", 10)
    pfc_team_workers(__pf_team, (long)(workers));
    pfc_team_retries(__pf_team, (long)(retries));
    REGION_BODY
    if (pfc_master())
        __atomic_fetch_add(&chaos->runs, 1, __ATOMIC_SEQ_CST);
    pfc_team_t *self = pf__team_current();
    int me = self && !self->serial ? self->me : 0;
    if (where == 1 && me == 1)
        chaos_point(chaos->target, once);
    if (where == 2) {
        if (me == 1) {
            usleep(100000); /* the others are asleep at the barrier */
            chaos_point(chaos->target, once);
        }
        pfc_barrier("faults.c", 12);
    }
    FOR_BEGIN("faults.c", 13, long, 0, FN, 1, PFC_LT)
    pfc_loop_collect_bytes(__pf_loop, &(fa)[0], sizeof(fa));
    FOR_BODY(i)
    *__pf_cursor = __pf_k;
    if (where == 0)
        chaos_point(i, once);
    fa[i] = (double)i;
    FOR_END
    REGION_END
    double s = 0;
    for (int i = 0; i < FN; i++)
        s += fa[i];
    return s;
}

static const double full_sum = (double)FN * (FN - 1) / 2;

typedef struct fault_args {
    long workers, retries, target;
    int where, how, once;
    int verbose;
} fault_args_t;

static int fault_child(void *arg)
{
    fault_args_t *a = arg;
    if (a->verbose)
        setenv("PFOR_VERBOSE", "1", 1);
    chaos_open(a->target, a->how);
    double s = fault_region(a->workers, a->retries, a->where, a->once);
    return s == full_sum ? 0 : 42;
}

/* ---- a member crashes, exits, is killed ---- */

static void test_crash_in_loop(void)
{
    char err[4096];
    fault_args_t a = {3, 0, 1777, 0, 0, 0, 0};
    int status = pftest_capture(fault_child, &a, err, sizeof err);
    CU_ASSERT_EQUAL(status, 128 + SIGSEGV);
    CU_ASSERT_PTR_NOT_NULL(strstr(err, "pfor: faults.c:13: pfor loop failed: "
                                       "member 2 (pid "));
    CU_ASSERT_PTR_NOT_NULL(strstr(err, "of the region at faults.c:10, running "
                                       "iterations 1333 to 1999, was killed by "
                                       "signal 11 (Segmentation fault) at "
                                       "iteration 1777; 0 retries of the "
                                       "region used of 0"));
    CU_ASSERT_EQUAL(count(err, "pfor:"), 1);
    if (status != 128 + SIGSEGV || !strstr(err, "iteration 1777"))
        fprintf(stderr, "status %d: %s\n", status, err);

    /* exit(3): its status; SIGKILL: 137; exit(0) inside: 1 */
    int hows[] = {1, 2, 3}, want[] = {3, 137, 1};
    const char *words[] = {"exited with status 3",
                           "was killed by signal 9 (Killed)",
                           "exited with status 0 before finishing"};
    for (int j = 0; j < 3; j++) {
        fault_args_t b = {2, 0, 10, 0, hows[j], 0, 0};
        status = pftest_capture(fault_child, &b, err, sizeof err);
        CU_ASSERT_EQUAL(status, want[j]);
        CU_ASSERT_PTR_NOT_NULL(strstr(err, words[j]));
        CU_ASSERT_PTR_NOT_NULL(strstr(err, "member 0 (pid "));
    }
}

static void test_crash_outside_loops(void)
{
    char err[4096];
    fault_args_t a = {3, 0, 0, 1, 0, 0, 0};
    int status = pftest_capture(fault_child, &a, err, sizeof err);
    CU_ASSERT_EQUAL(status, 128 + SIGSEGV);
    CU_ASSERT_PTR_NOT_NULL(strstr(err, "pfor: faults.c:10: pfor region failed: "
                                       "member 1 (pid "));
    CU_ASSERT_PTR_NOT_NULL(strstr(err, "outside the region's pfor for loops, "
                                       "was killed by signal 11"));
    /* member 1 dies while members 0 and 2 sleep at the barrier: they are
     * killed, the region fails (never a hang) */
    fault_args_t b = {3, 0, 0, 2, 0, 0, 0};
    status = pftest_capture(fault_child, &b, err, sizeof err);
    CU_ASSERT_EQUAL(status, 128 + SIGSEGV);
    CU_ASSERT_PTR_NOT_NULL(strstr(err, "member 1 (pid "));
    /* more members than CPUs (no spinning) */
    fault_args_t c = {6, 0, 0, 2, 2, 0, 0};
    status = pftest_capture(fault_child, &c, err, sizeof err);
    CU_ASSERT_EQUAL(status, 137);
}

/* ---- retries: a new team runs the region from its start ---- */

static void test_retries(void)
{
    int fds = pftest_count_fds();
    int maps = count_team_mappings();
    for (int where = 0; where <= 2; where++) {
        chaos_open(where == 0 ? 1500 : 0, where == 2 ? 2 : 0);
        double s = fault_region(3, 2, where, 1);
        CU_ASSERT(s == full_sum);
        /* the failure happened (once), and the next team's members ran
         * the region from its start (member 0 of the last team counted
         * it; member 0 of the killed team may have) */
        CU_ASSERT_EQUAL(chaos->armed, 0);
        CU_ASSERT(chaos->runs >= 1 && chaos->runs <= 2);
        chaos_close();
    }
    CU_ASSERT_EQUAL(pftest_count_children(), 0);
    CU_ASSERT_EQUAL(pftest_count_fds(), fds);
    CU_ASSERT_EQUAL(count_team_mappings(), maps);
    CU_ASSERT_EQUAL(count_threads(), 1);

    /* the retry is reported with PFOR_VERBOSE */
    char err[4096];
    fault_args_t a = {2, 1, 700, 0, 0, 1, 1};
    int status = pftest_capture(fault_child, &a, err, sizeof err);
    CU_ASSERT_EQUAL(status, 0);
    CU_ASSERT_PTR_NOT_NULL(strstr(err, "faults.c:13: member 0 (pid "));
    CU_ASSERT_PTR_NOT_NULL(strstr(err, "; running the region again on a new "
                                       "team (retry 1 of 1)"));
    /* a crash every time: the retries run out */
    fault_args_t b = {2, 2, 700, 0, 0, 0, 0};
    status = pftest_capture(fault_child, &b, err, sizeof err);
    CU_ASSERT_EQUAL(status, 128 + SIGSEGV);
    CU_ASSERT_PTR_NOT_NULL(strstr(err, "; 2 retries of the region used of 2"));
}

/* ---- what members must agree on ---- */

static int mismatch_child(void *arg)
{
    int which = *(int *)arg;
    static double sh[4096];
    double r = 0;
    setenv("PFOR_WORKERS", "3", 1);
    REGION_BEGIN("agree.c", 20)
    REGION_BODY
    if (which == 0 && pfc_master())
        pfc_barrier("agree.c", 22); /* only member 0 */
    if (which == 1 && pfc_master()) {
        FOR_BEGIN("agree.c", 24, int, 0, 10, 1, PFC_LT)
        pfc_loop_nowait(__pf_loop);
        FOR_BODY(i)
        FOR_END
    }
    if (which == 2) {
        FOR_BEGIN("agree.c", 29, int, 0, 4096, 1, PFC_LT)
        pfc_loop_collect_bytes(__pf_loop, &(sh)[0], sizeof(sh));
        FOR_BODY(i)
        sh[i] = i;
        FOR_END
        FOR_BEGIN("agree.c", 34, int, 0, 10, 1, PFC_LT)
        pfc_loop_reduce(__pf_loop, PF_OP_ADD, PF_TYPE_OF(sh[2048]), &sh[2048],
                        1);
        FOR_RBODY(i, sh[2048])
        sh[2048] += 1;
        FOR_REND(sh[2048])
    }
    if (which == 3) {
        /* each member allocates its own block: member 0's elsewhere */
        double *mine = malloc(64 * sizeof *mine + (pfc_master() ? 8192 : 0));
        FOR_BEGIN("agree.c", 42, int, 0, 64, 1, PFC_LT)
        pfc_loop_collect_bytes(__pf_loop, &(mine)[0], 64 * sizeof mine[0]);
        FOR_BODY(i)
        mine[i] = i;
        FOR_END
        free(mine);
    }
    FOR_BEGIN("agree.c", 48, int, 0, 10, 1, PFC_LT)
    pfc_loop_reduce(__pf_loop, PF_OP_ADD, PF_TYPE_OF(r), &r, 1);
    FOR_RBODY(i, r)
    r += 1;
    FOR_REND(r)
    REGION_END
    return 0;
}

static void test_members_agree(void)
{
    char err[4096];
    int which = 0;
    CU_ASSERT_EQUAL(pftest_capture(mismatch_child, &which, err, sizeof err), 1);
    CU_ASSERT_PTR_NOT_NULL(strstr(err, "pfor: agree.c:20: pfor region failed: "
                                       "its members reached different "
                                       "synchronisation points: member "));
    CU_ASSERT_PTR_NOT_NULL(strstr(err, "at agree.c:22 (a pfor barrier)"));
    CU_ASSERT_EQUAL(count(err, "pfor:"), 1);
    which = 1;
    CU_ASSERT_EQUAL(pftest_capture(mismatch_child, &which, err, sizeof err), 1);
    CU_ASSERT_PTR_NOT_NULL(strstr(err, "pfor: agree.c:48: pfor region failed: "
                                       "before the end of a pfor for loop its "
                                       "members ran different pfor for loops"));
    which = 2;
    CU_ASSERT_EQUAL(pftest_capture(mismatch_child, &which, err, sizeof err), 1);
    CU_ASSERT_PTR_NOT_NULL(strstr(err, "pfor: agree.c:34: pfor loop: its "
                                       "reduction variable 1 lies in storage "
                                       "that a loop of the region collected"));
    which = 3;
    CU_ASSERT_EQUAL(pftest_capture(mismatch_child, &which, err, sizeof err), 1);
    CU_ASSERT_PTR_NOT_NULL(strstr(err, "agree.c:42: pfor region failed: the "
                                       "loop's collected storage differs "
                                       "between member 0 and member "));
    CU_ASSERT_PTR_NOT_NULL(strstr(err, "storage allocated inside a region is "
                                       "each member's own"));
}

/* ---- injected failures: nothing is left behind ---- */

static void check_injected(pf__inject_kind_t kind, unsigned nth,
                           const char *words)
{
    setenv("PFOR_WORKERS", "3", 1);
    int fds = pftest_count_fds();
    pf__inject(kind, nth, 1, ENOMEM);
    pfc_team_t *t = pf__team_alloc("inject.c", 5);
    CU_ASSERT_PTR_NOT_NULL_FATAL(t);
    while (pf__team_run(t, 0)) {
        /* a member forked before the failure: it waits here until the
         * parent kills it */
        pfc_barrier("inject.c", 6);
    }
    pf__inject(kind, 0, 0, 0);
    const char *message;
    int status;
    CU_ASSERT_NOT_EQUAL(pf__team_error(t, &message, &status), 0);
    CU_ASSERT_PTR_NOT_NULL(strstr(message, words));
    CU_ASSERT_EQUAL(status, 1);
    pf__team_free(t);
    CU_ASSERT_EQUAL(pftest_count_fds(), fds);
    CU_ASSERT_EQUAL(pftest_count_children(), 0);
    CU_ASSERT_EQUAL(count_team_mappings(), 0);
    unsetenv("PFOR_WORKERS");
}

static void test_injected(void)
{
    check_injected(PF__INJECT_MEMFD, 1,
                   "inject.c:5: pfor region: no memory file for its team");
    check_injected(PF__INJECT_MMAP, 1,
                   "inject.c:5: pfor region: cannot map its team's memory");
    check_injected(PF__INJECT_FORK, 2,
                   "inject.c:5: pfor region could not fork member 1");
}

void pftest_main(void)
{
    pftest_suite("team_faults");
    pftest_add("crash_in_loop", test_crash_in_loop);
    pftest_add("crash_outside_loops", test_crash_outside_loops);
    pftest_add("retries", test_retries);
    pftest_add("members_agree", test_members_agree);
    pftest_add("injected", test_injected);
}
