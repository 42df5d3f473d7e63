/* test_loop_faults.c - how loops fail: storage unchanged after an error,
 * the exit status of a failed worker, a crash in an iteration the parent
 * runs (the fatal-signal handler), messages in words, a SIGCHLD handler
 * that reaps, the progress line, PFOR_VERBOSE, PFOR_DISPLAY_ENV, schedule
 * auto, and injected failures (fork, mmap, memfd, pagemap) leaving no
 * descriptor, mapping or process behind. */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "loop_internal.h"
#include "pftest.h"
#include "test_team_lowered.h"

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

/* Shared mappings (MAP_SHARED anonymous, memfds) of this process: the
 * engine's own kinds of mapping, so none may be left behind. */
static int count_shared_mappings(void)
{
    FILE *f = fopen("/proc/self/maps", "re");
    if (f == NULL)
        return -1;
    char line[512];
    int n = 0;
    while (fgets(line, sizeof line, f)) {
        char perms[8] = "";
        if (sscanf(line, "%*s %7s", perms) == 1 &&
            (perms[3] == 's' || strstr(line, "memfd:pfor")))
            n++;
    }
    fclose(f);
    return n;
}

static int count(const char *haystack, const char *needle)
{
    int n = 0;
    for (const char *p = haystack; (p = strstr(p, needle)) != NULL;
         p += strlen(needle))
        n++;
    return n;
}

/* ---- pf_loop_run leaves collected storage as it was on an error ---- */

typedef struct fault_ctx {
    pid_t parent;
    long long at;
    int how; /* 0 SIGSEGV, 1 exit(3), 2 hang */
    double *out;
} fault_ctx_t;

static void body_fault(long long i, void *ctx, void *const *partial)
{
    fault_ctx_t *f = ctx;
    if (i == f->at && getpid() != f->parent) {
        if (f->how == 0) {
            signal(SIGSEGV, SIG_DFL);
            raise(SIGSEGV);
        } else if (f->how == 1) {
            exit(3);
        }
        for (;;)
            pause();
    }
    f->out[i] = (double)i + 1;
    *(double *)partial[0] += 1;
}

/* Before: the parent ran iterations 0..499 itself and wrote them into the
 * caller's array, although the run failed. */
static void test_storage_unchanged_on_error(void)
{
    for (int how = 0; how < 3; how++) {
        static double out[1000];
        memset(out, 0, sizeof out);
        double sum = 7;
        fault_ctx_t f = {getpid(), 777, how, out};
        pf_loop_t *loop;
        PFTEST_OK(pf_loop_new(0, 1000, 1, &loop));
        pf_loop_reduce(loop, PF_OP_ADD, PF_TYPE_DOUBLE, &sum, 1);
        PFTEST_OK(pf_loop_collect(loop, out, sizeof out[0]));
        pf_loop_options_t opt = {.workers = 2,
                                 .timeout = how == 2 ? 0.3 : 0,
                                 .file = "unchanged.c",
                                 .line = 9};
        int rc = pf_loop_run(loop, body_fault, &f, &opt);
        PFTEST_EXPECT(how == 2 ? PF_ETIMEDOUT : PF_EWORKER, rc);
        int changed = 0;
        for (int i = 0; i < 1000; i++)
            changed += out[i] != 0;
        CU_ASSERT_EQUAL(changed, 0);
        CU_ASSERT_EQUAL(sum, 7);
        CU_ASSERT_PTR_NOT_NULL(strstr(pf_loop_error(loop), "unchanged.c:9: "));
        pf_loop_free(loop);
    }
}

/* ---- the exit status after a failed worker ---- */

static int exit_child(void *arg)
{
    int how = *(int *)arg;
    pid_t parent = getpid();
    static int a[100];
    {
        pfc_loop_t *__pf_loop = pfc_loop_new("status.c", 4);
        typedef int __pf_iv_t;
        PFC_RANGE(__pf_loop, __pf_iv_t, 0, 100, 1, PFC_LT);
        pfc_loop_workers(__pf_loop, (long)(2));
        pfc_loop_collect_bytes(__pf_loop, &(a)[0], sizeof(a));
        pfc_loop_start(__pf_loop);
        {
            unsigned long long __pf_k, __pf_end;
            while (pfc_loop_next(__pf_loop, &__pf_k, &__pf_end)) {
                for (; __pf_k < __pf_end; __pf_k++) {
                    __pf_iv_t i = PFC_IV(__pf_loop, __pf_iv_t, __pf_k);
                    if (i == 60 && getpid() != parent) {
                        if (how == 0)
                            exit(3);
                        if (how == 1)
                            _exit(0);
                        signal(SIGABRT, SIG_DFL);
                        abort();
                    }
                    a[i] = i;
                }
            }
        }
        pfc_loop_end(__pf_loop);
    }
    return 0;
}

/* Before: every failure ended the program with 1. */
static void test_exit_status(void)
{
    char err[1024];
    int how = 0;
    CU_ASSERT_EQUAL(pftest_capture(exit_child, &how, err, sizeof err), 3);
    CU_ASSERT_PTR_NOT_NULL(strstr(err, "exited with status 3"));
    how = 1; /* status 0 before finishing: 0 would say success, so 1 */
    CU_ASSERT_EQUAL(pftest_capture(exit_child, &how, err, sizeof err), 1);
    CU_ASSERT_PTR_NOT_NULL(strstr(err, "exited with status 0 before"));
    how = 2;
    CU_ASSERT_EQUAL(pftest_capture(exit_child, &how, err, sizeof err),
                    128 + SIGABRT);
    CU_ASSERT_PTR_NOT_NULL(strstr(err, "signal 6"));
}

/* ---- a crash in an iteration the parent runs ---- */

static volatile int *null_pointer;

/* if(0) (serial in the parent); the body stores the cursor per iteration
 * and crashes at iteration 5 with signal `sig`. */
static int serial_crash_child(void *arg)
{
    int sig = *(int *)arg;
    {
        pfc_loop_t *__pf_loop = pfc_loop_new("parent.c", 5);
        typedef int __pf_iv_t;
        PFC_RANGE(__pf_loop, __pf_iv_t, 0, 10, 1, PFC_LT);
        pfc_loop_if(__pf_loop, !!(0));
        pfc_loop_start(__pf_loop);
        {
            volatile unsigned long long *__pf_cursor =
                pfc_loop_cursor(__pf_loop);
            unsigned long long __pf_k, __pf_end;
            while (pfc_loop_next(__pf_loop, &__pf_k, &__pf_end)) {
                for (; __pf_k < __pf_end; __pf_k++) {
                    *__pf_cursor = __pf_k;
                    __pf_iv_t i = PFC_IV(__pf_loop, __pf_iv_t, __pf_k);
                    if (i == 5) {
                        if (sig == SIGSEGV)
                            *null_pointer = 1; /* a real fault */
                        else
                            raise(sig);
                    }
                }
            }
        }
        pfc_loop_end(__pf_loop);
    }
    return 0;
}

/* Before: a bare SIGSEGV with no message. */
static void test_parent_crash_serial(void)
{
    static const int sigs[] = {SIGSEGV, SIGFPE, SIGABRT, SIGBUS, SIGILL};
    static const char *const names[] = {"Segmentation fault",
                                        "Floating point exception", "Aborted",
                                        "Bus error", "Illegal instruction"};
    for (int j = 0; j < 5; j++) {
        char err[1024], want[160];
        int sig = sigs[j];
        int status = pftest_capture(serial_crash_child, &sig, err, sizeof err);
        CU_ASSERT_EQUAL(status, PFTEST_SIGNALLED + sig);
        snprintf(want, sizeof want,
                 "pfor: parent.c:5: pfor loop failed: the parent process "
                 "(pid ");
        CU_ASSERT_PTR_NOT_NULL(strstr(err, want));
        snprintf(want, sizeof want,
                 "), running iterations 0 to 9, was killed by signal %d (%s) "
                 "at iteration 5\n",
                 sig, names[j]);
        CU_ASSERT_PTR_NOT_NULL(strstr(err, want));
        CU_ASSERT_EQUAL(count(err, "pfor loop failed"), 1);
        if (!strstr(err, want))
            fprintf(stderr, "status %d: %s\n", status, err);
    }
}

/* A worker crashes deep in its claim of a reduction loop (stretches of
 * one iteration, most handed out by the inline pfc_loop_next): the
 * report still names the iteration, from the cursor. */
static int worker_red_crash_child(void *arg)
{
    (void)arg;
    setenv("PFOR_ADAPT", "0", 1);
    double sum = 0;
    static int untouched[4]; /* collected: the parent only supervises */
    PFOR_BEGIN("redcrash.c", 7, long, 0, 64, 1, PFC_LT)
    pfc_loop_workers(__pf_loop, (long)(2));
    pfc_loop_collect_bytes(__pf_loop, untouched, sizeof untouched);
    pfc_loop_reduce(__pf_loop, PF_OP_ADD, PF_TYPE_OF(sum), &sum, 1);
    FOR_RBODY(i, sum)
    if (i == 50) {
        signal(SIGSEGV, SIG_DFL); /* not the sanitizer's */
        raise(SIGSEGV);
    }
    sum += (double)i;
    FOR_REND(sum)
    return 0;
}

static void test_worker_crash_inline(void)
{
    char err[1024];
    int status = pftest_capture(worker_red_crash_child, NULL, err, sizeof err);
    CU_ASSERT_EQUAL(status, 128 + SIGSEGV);
    CU_ASSERT_PTR_NOT_NULL(strstr(err, "pfor: redcrash.c:7: pfor loop failed: "
                                       "worker 2 (pid "));
    CU_ASSERT_PTR_NOT_NULL(strstr(err, "running iterations 32 to 63, was "
                                       "killed by signal 11 (Segmentation "
                                       "fault) at iteration 50"));
    if (strstr(err, "at iteration 50") == NULL)
        fprintf(stderr, "status %d: %s\n", status, err);
}

/* The parent's share of a forked loop (2 workers, no collect: the parent
 * runs iterations 0..499); the worker records its pid and hangs. */
static pid_t *hung_worker;

static int share_crash_child(void *arg)
{
    (void)arg;
    pid_t parent = getpid();
    long hits = 0;
    {
        pfc_loop_t *__pf_loop = pfc_loop_new("share.c", 6);
        typedef long __pf_iv_t;
        PFC_RANGE(__pf_loop, __pf_iv_t, 0, 1000, 1, PFC_LT);
        pfc_loop_workers(__pf_loop, (long)(2));
        pfc_loop_reduce(__pf_loop, PF_OP_ADD, PF_TYPE_OF(hits), &hits, 1);
        pfc_loop_start(__pf_loop);
        {
            volatile unsigned long long *__pf_cursor =
                pfc_loop_cursor(__pf_loop);
            unsigned long long __pf_k, __pf_end;
            while (pfc_loop_next(__pf_loop, &__pf_k, &__pf_end)) {
                pfc_loop_identity(__pf_loop, 0, &hits);
                for (; __pf_k < __pf_end; __pf_k++) {
                    *__pf_cursor = __pf_k;
                    __pf_iv_t i = PFC_IV(__pf_loop, __pf_iv_t, __pf_k);
                    if (getpid() != parent) {
                        *hung_worker = getpid();
                        for (;;)
                            pause();
                    }
                    if (i == 3) {
                        /* Let the worker start hanging first. */
                        for (int t = 0; t < 10000 && *hung_worker == 0; t++)
                            usleep(1000);
                        *null_pointer = 1;
                    }
                    hits++;
                }
                pfc_loop_deposit(__pf_loop, 0, &hits);
            }
        }
        pfc_loop_end(__pf_loop);
    }
    return 0;
}

/* Whether process pid still runs (a zombie waiting for its reaper does
 * not). */
static bool running(pid_t pid)
{
    char path[64], stat[256];
    snprintf(path, sizeof path, "/proc/%d/stat", (int)pid);
    FILE *f = fopen(path, "re");
    if (f == NULL)
        return false;
    bool alive = fgets(stat, sizeof stat, f) != NULL;
    fclose(f);
    char *close_paren = strrchr(stat, ')');
    return alive && close_paren && close_paren[2] != 'Z' &&
           close_paren[2] != 'X';
}

static void test_parent_crash_share(void)
{
    hung_worker = pf__map_shared(sizeof *hung_worker);
    CU_ASSERT_PTR_NOT_NULL_FATAL(hung_worker);
    char err[1024];
    int status = pftest_capture(share_crash_child, NULL, err, sizeof err);
    CU_ASSERT_EQUAL(status, PFTEST_SIGNALLED + SIGSEGV);
    CU_ASSERT_PTR_NOT_NULL(
        strstr(err, "pfor: share.c:6: pfor loop failed: the parent process"));
    CU_ASSERT_PTR_NOT_NULL(strstr(err, "at iteration 3\n"));
    /* The worker was killed (not left hanging). */
    CU_ASSERT(*hung_worker > 0);
    bool alive = true;
    for (int t = 0; t < 300 && alive; t++) {
        alive = *hung_worker > 0 && running(*hung_worker);
        if (alive)
            usleep(10000);
    }
    CU_ASSERT(!alive);
    pf__unmap_shared(hung_worker, sizeof *hung_worker);
}

/* Outside a loop the handler does what the previous action would. */
static void user_segv(int sig)
{
    (void)sig;
    static const char text[] = "user handler\n";
    if (write(2, text, sizeof text - 1) < 0)
        _exit(43);
    _exit(42);
}

static int chain_child(void *arg)
{
    int with_user = *(int *)arg;
    if (with_user)
        signal(SIGSEGV, user_segv);
    long n = 0;
    {
        pfc_loop_t *__pf_loop = pfc_loop_new("chain.c", 7);
        typedef int __pf_iv_t;
        PFC_RANGE(__pf_loop, __pf_iv_t, 0, 10, 1, PFC_LT);
        pfc_loop_if(__pf_loop, !!(0));
        pfc_loop_reduce(__pf_loop, PF_OP_ADD, PF_TYPE_OF(n), &n, 1);
        pfc_loop_start(__pf_loop);
        {
            unsigned long long __pf_k, __pf_end;
            while (pfc_loop_next(__pf_loop, &__pf_k, &__pf_end)) {
                pfc_loop_identity(__pf_loop, 0, &n);
                for (; __pf_k < __pf_end; __pf_k++)
                    n++;
                pfc_loop_deposit(__pf_loop, 0, &n);
            }
        }
        pfc_loop_end(__pf_loop);
    }
    if (n != 10)
        return 2;
    *null_pointer = 1; /* outside any loop */
    return 0;
}

static void test_handler_chains(void)
{
    char err[4096];
    int with_user = 1;
    CU_ASSERT_EQUAL(pftest_capture(chain_child, &with_user, err, sizeof err),
                    42);
    CU_ASSERT_PTR_NOT_NULL(strstr(err, "user handler"));
    CU_ASSERT_PTR_NULL(strstr(err, "pfor loop failed"));
    with_user = 0;
    int status = pftest_capture(chain_child, &with_user, err, sizeof err);
    CU_ASSERT_PTR_NULL(strstr(err, "pfor loop failed"));
    if (UNDER_ASAN) { /* the previous action was ASan's own handler */
        CU_ASSERT_PTR_NOT_NULL(strstr(err, "AddressSanitizer"));
    } else {
        CU_ASSERT_EQUAL(status, PFTEST_SIGNALLED + SIGSEGV);
    }
}

/* ---- messages ---- */

static int bad_reduction_child(void *arg)
{
    int which = *(int *)arg;
    double d = 0;
    pfc_loop_t *loop = pfc_loop_new("words.c", 8);
    typedef int T;
    PFC_RANGE(loop, T, 0, 10, 1, PFC_LT);
    if (which == 0)
        pfc_loop_reduce(loop, PF_OP_BXOR, PF_TYPE_OF(d), &d, 1);
    else if (which == 1)
        pfc_loop_reduce(loop, PF_OP_ADD, (pf_type_t)99, &d, 1);
    else if (which == 2)
        pfc_loop_reduce(loop, (pf_op_t)42, PF_TYPE_OF(d), &d, 1);
    else
        pfc_loop_schedule(loop, (pfc_schedule_t)17, 0);
    return 0;
}

/* Before: "reduction 6 on type 14 is not valid". */
static void test_messages_in_words(void)
{
    static const char *const want[] = {
        "words.c:8: pfor loop: reduction '^' on double is not valid "
        "(bitwise operators need an integer type)",
        "words.c:8: pfor loop: reduction '+' on an unknown type (pf_type_t "
        "value 99)",
        "words.c:8: pfor loop: reduction with an unknown operator (pf_op_t "
        "value 42)",
        "words.c:8: pfor loop: unknown schedule kind (pfc_schedule_t value "
        "17)"};
    for (int which = 0; which < 4; which++) {
        char err[512];
        CU_ASSERT_EQUAL(
            pftest_capture(bad_reduction_child, &which, err, sizeof err), 1);
        CU_ASSERT_PTR_NOT_NULL(strstr(err, want[which]));
        if (!strstr(err, want[which]))
            fprintf(stderr, "got: %s\n", err);
    }
}

/* A by-hand loop's message names what it can: the options' file:line,
 * else the function. */
static void test_by_hand_names(void)
{
    static double out[1000];
    double sum = 0;
    fault_ctx_t f = {getpid(), 777, 1, out};
    pf_loop_t *loop;
    PFTEST_OK(pf_loop_new(0, 1000, 1, &loop));
    pf_loop_reduce(loop, PF_OP_ADD, PF_TYPE_DOUBLE, &sum, 1);
    pf_loop_options_t opt = {.workers = 2};
    PFTEST_EXPECT(PF_EWORKER, pf_loop_run(loop, body_fault, &f, &opt));
    CU_ASSERT_PTR_NOT_NULL(
        strstr(pf_loop_error(loop), "pf_loop_run: pfor loop failed: worker 1"));
    CU_ASSERT_PTR_NULL(strstr(pf_loop_error(loop), "pf_loop:0"));
    opt.file = "mine.c";
    PFTEST_EXPECT(PF_EWORKER, pf_loop_run(loop, body_fault, &f, &opt));
    CU_ASSERT_PTR_NOT_NULL(strstr(pf_loop_error(loop), "mine.c: pfor loop"));
    opt.line = 12;
    PFTEST_EXPECT(PF_EWORKER, pf_loop_run(loop, body_fault, &f, &opt));
    CU_ASSERT_PTR_NOT_NULL(strstr(pf_loop_error(loop), "mine.c:12: pfor"));
    pf_loop_free(loop);
}

/* A program whose SIGCHLD handler reaps every child: loops still work,
 * and a failure says the status is unknown because something else reaped
 * the worker (not that SIGCHLD is ignored). */
static void reap_all(int sig)
{
    (void)sig;
    int e = errno;
    while (waitpid(-1, NULL, WNOHANG) > 0)
        ;
    errno = e;
}

static int reaper_child(void *arg)
{
    int ignore = *(int *)arg;
    if (ignore) {
        signal(SIGCHLD, SIG_IGN);
    } else {
        struct sigaction sa;
        memset(&sa, 0, sizeof sa);
        sa.sa_handler = reap_all;
        sa.sa_flags = SA_RESTART;
        sigaction(SIGCHLD, &sa, NULL);
    }
    static double out[1000];
    double sum = 0;
    fault_ctx_t f = {getpid(), -1, 0, out};
    pf_loop_t *loop;
    pf_loop_new(0, 1000, 1, &loop);
    pf_loop_reduce(loop, PF_OP_ADD, PF_TYPE_DOUBLE, &sum, 1);
    pf_loop_collect(loop, out, sizeof out[0]);
    pf_loop_options_t opt = {.workers = 3};
    if (pf_loop_run(loop, body_fault, &f, &opt) != 0 || sum != 1000 ||
        out[999] != 1000)
        return 2;
    f.at = 777;
    if (pf_loop_run(loop, body_fault, &f, &opt) != PF_EWORKER)
        return 3;
    fprintf(stderr, "%s\n", pf_loop_error(loop));
    pf_loop_free(loop);
    return 0;
}

/* Before: "status unknown: SIGCHLD is ignored" whatever the cause. */
static void test_sigchld_reaped_elsewhere(void)
{
    char err[1024];
    int ignore = 0;
    CU_ASSERT_EQUAL(pftest_capture(reaper_child, &ignore, err, sizeof err), 0);
    CU_ASSERT_PTR_NOT_NULL(
        strstr(err, "its exit status is unknown: something else in this "
                    "process reaped it"));
    CU_ASSERT_PTR_NULL(strstr(err, "SIGCHLD is ignored"));
    ignore = 1;
    CU_ASSERT_EQUAL(pftest_capture(reaper_child, &ignore, err, sizeof err), 0);
    CU_ASSERT_PTR_NOT_NULL(strstr(err, "SIGCHLD is ignored"));
}

/* ---- the progress line: 100% once ---- */

static void test_progress_once(void)
{
    int master = posix_openpt(O_RDWR | O_NOCTTY);
    CU_ASSERT_FATAL(master >= 0);
    CU_ASSERT_FATAL(grantpt(master) == 0 && unlockpt(master) == 0);
    char *name = ptsname(master);
    CU_ASSERT_PTR_NOT_NULL_FATAL(name);
    fflush(NULL);
    pid_t pid = fork();
    if (pid == 0) {
        int slave = open(name, O_RDWR | O_NOCTTY);
        if (slave < 0)
            _exit(3);
        dup2(slave, 2);
        close(slave);
        close(master);
        long n = 0;
        {
            pfc_loop_t *__pf_loop = pfc_loop_new("progress.c", 9);
            typedef long __pf_iv_t;
            PFC_RANGE(__pf_loop, __pf_iv_t, 0, 300, 1, PFC_LT);
            pfc_loop_workers(__pf_loop, (long)(2));
            pfc_loop_schedule(__pf_loop, PFC_SCHED_DYNAMIC, (long)(0));
            pfc_loop_progress(__pf_loop, 1);
            pfc_loop_reduce(__pf_loop, PF_OP_ADD, PF_TYPE_OF(n), &n, 1);
            pfc_loop_start(__pf_loop);
            {
                unsigned long long __pf_k, __pf_end;
                while (pfc_loop_next(__pf_loop, &__pf_k, &__pf_end)) {
                    pfc_loop_identity(__pf_loop, 0, &n);
                    for (; __pf_k < __pf_end; __pf_k++) {
                        struct timespec ts = {0, 2000000};
                        nanosleep(&ts, NULL);
                        n++;
                    }
                    pfc_loop_deposit(__pf_loop, 0, &n);
                }
            }
            pfc_loop_end(__pf_loop);
        }
        _exit(n == 300 ? 0 : 2);
    }
    char out[8192];
    size_t got = 0;
    for (;;) {
        struct pollfd p = {master, POLLIN, 0};
        if (poll(&p, 1, 100) > 0) {
            ssize_t r = read(master, out + got, sizeof out - 1 - got);
            if (r > 0) {
                got += (size_t)r;
                continue;
            }
        }
        if (waitpid(pid, NULL, WNOHANG) == pid)
            break;
    }
    for (;;) { /* what is left after the child ended */
        struct pollfd p = {master, POLLIN, 0};
        if (poll(&p, 1, 50) <= 0)
            break;
        ssize_t r = read(master, out + got, sizeof out - 1 - got);
        if (r <= 0)
            break;
        got += (size_t)r;
    }
    out[got] = '\0';
    close(master);
    CU_ASSERT_EQUAL(count(out, "100%"), 1);
    CU_ASSERT_PTR_NOT_NULL(strstr(out, "progress.c:9: 100% (300/300"));
    if (count(out, "100%") != 1)
        fprintf(stderr, "progress output: %s\n", out);
}

/* ---- PFOR_VERBOSE ---- */

static volatile int *once;

static void body_once(long long i, void *ctx, void *const *partial)
{
    (void)partial;
    int how = *(int *)ctx;
    if (i == 42 && __atomic_exchange_n(once, 0, __ATOMIC_SEQ_CST)) {
        if (how == 0)
            raise(SIGKILL);
        for (;;)
            pause();
    }
}

static int verbose_child(void *arg)
{
    setenv("PFOR_VERBOSE", "1", 1);
    pf_loop_t *loop;
    pf_loop_new(0, 100, 1, &loop);
    int how = *(int *)arg;
    *once = 1;
    pf_loop_options_t opt = {.workers = 2,
                             .retries = how == 2 ? 0 : 2,
                             .timeout = how ? 0.3 : 0,
                             .file = "verbose.c",
                             .line = 10};
    int rc = pf_loop_run(loop, body_once, &how, &opt);
    pf_loop_free(loop);
    return how == 2 ? rc != PF_ETIMEDOUT : rc != 0;
}

static void test_verbose(void)
{
    once = pf__map_shared(sizeof *once);
    char err[2048];
    int how = 0; /* a crash, retried */
    CU_ASSERT_EQUAL(pftest_capture(verbose_child, &how, err, sizeof err), 0);
    CU_ASSERT_EQUAL(count(err, "\n"), 1);
    CU_ASSERT_PTR_NOT_NULL(strstr(err, "pfor: verbose.c:10: worker "));
    CU_ASSERT_PTR_NOT_NULL(strstr(err, "running iterations "));
    CU_ASSERT_PTR_NOT_NULL(strstr(err, "was killed by signal 9 (Killed)"));
    CU_ASSERT_PTR_NOT_NULL(strstr(err, "running its iterations again on a "
                                       "new worker (retry 1 of 2)"));
    how = 1; /* a timeout, retried */
    CU_ASSERT_EQUAL(pftest_capture(verbose_child, &how, err, sizeof err), 0);
    CU_ASSERT_EQUAL(count(err, "\n"), 1);
    CU_ASSERT_PTR_NOT_NULL(
        strstr(err, "ran past the loop's timeout of 0.3 s and was killed"));
    CU_ASSERT_PTR_NOT_NULL(strstr(err, "(retry 1 of 2)"));
    how = 2; /* a timeout, no retries left */
    CU_ASSERT_EQUAL(pftest_capture(verbose_child, &how, err, sizeof err), 0);
    CU_ASSERT_EQUAL(count(err, "\n"), 1);
    CU_ASSERT_PTR_NOT_NULL(strstr(err, "timeout of 0.3 s and was killed"));
    CU_ASSERT_PTR_NOT_NULL(strstr(err, "; no retries left\n"));
    pf__unmap_shared((void *)once, sizeof *once);
}

/* ---- PFOR_DISPLAY_ENV ---- */

static void body_count(long long i, void *ctx, void *const *partial)
{
    (void)i;
    (void)ctx;
    *(long *)partial[0] += 1;
}

static int display_child(void *arg)
{
    (void)arg;
    setenv("PFOR_DISPLAY_ENV", "1", 1);
    setenv("PFOR_WORKERS", "3", 1);
    setenv("PFOR_SCHEDULE", "dynamic,4", 1);
    unsetenv("PFOR_ADAPT"); /* the default shows */
    long n = 0;
    pf_loop_t *loop;
    pf_loop_new(0, 100, 1, &loop);
    pf_loop_reduce(loop, PF_OP_ADD, PF_TYPE_LONG, &n, 1);
    for (int j = 0; j < 3; j++)
        pf_loop_run(loop, body_count, NULL, NULL);
    pf_loop_free(loop);
    return n == 300 ? 0 : 2;
}

static void test_display_env(void)
{
    char err[2048], want[64];
    CU_ASSERT_EQUAL(pftest_capture(display_child, NULL, err, sizeof err), 0);
    CU_ASSERT_EQUAL(count(err, "PFOR DISPLAY ENVIRONMENT BEGIN\n"), 1);
    CU_ASSERT_EQUAL(count(err, "PFOR DISPLAY ENVIRONMENT END\n"), 1);
    CU_ASSERT_PTR_NOT_NULL(strstr(err, "  PFOR_BACKEND = 'process'\n"));
    CU_ASSERT_PTR_NOT_NULL(strstr(err, "  PFOR_WORKERS = '3'\n"));
    CU_ASSERT_PTR_NOT_NULL(strstr(err, "  PFOR_SCHEDULE = 'dynamic,4'\n"));
    CU_ASSERT_PTR_NOT_NULL(strstr(err, "  PFOR_ADAPT = '1'\n"));
    CU_ASSERT_PTR_NOT_NULL(strstr(err, "  PFOR_VERBOSE = '0'\n"));
    snprintf(want, sizeof want, "  PFOR_CPU_COUNT = '%d'\n", pf_cpu_count());
    CU_ASSERT_PTR_NOT_NULL(strstr(err, want));
    CU_ASSERT(strstr(err, "  PFOR_WRITESET = 'pagemap'\n") ||
              strstr(err, "  PFOR_WRITESET = 'copy'\n"));
    CU_ASSERT_PTR_NOT_NULL(strstr(err, "  PFOR_SPIN = '50'\n"));
    if (!strstr(err, "PFOR_WORKERS = '3'"))
        fprintf(stderr, "got: %s\n", err);
}

/* ---- schedule auto ---- */

static void body_fill(long long i, void *ctx, void *const *partial)
{
    (void)partial;
    ((int *)ctx)[i] = (int)i + 1;
}

static void test_schedule_auto(void)
{
    pfc_schedule_t kind;
    long chunk;
    PFTEST_OK(pf__loop_parse_schedule("auto", &kind, &chunk));
    CU_ASSERT_EQUAL(kind, PFC_SCHED_AUTO);
    PFTEST_OK(pf__loop_parse_schedule(" AUTO ", &kind, &chunk));
    CU_ASSERT_EQUAL(kind, PFC_SCHED_AUTO);
    for (int runtime = 0; runtime < 2; runtime++)
        for (int w = 1; w <= 4; w++) {
            setenv("PFOR_SCHEDULE", "auto", 1);
            static int out[5000];
            memset(out, 0, sizeof out);
            long n = 0;
            {
                pfc_loop_t *__pf_loop = pfc_loop_new("auto.c", 11);
                typedef int __pf_iv_t;
                PFC_RANGE(__pf_loop, __pf_iv_t, 0, 5000, 1, PFC_LT);
                pfc_loop_workers(__pf_loop, (long)(w));
                pfc_loop_schedule(__pf_loop,
                                  runtime ? PFC_SCHED_RUNTIME : PFC_SCHED_AUTO,
                                  (long)(0));
                pfc_loop_reduce(__pf_loop, PF_OP_ADD, PF_TYPE_OF(n), &n, 1);
                pfc_loop_collect_bytes(__pf_loop, &(out)[0], sizeof(out));
                pfc_loop_start(__pf_loop);
                {
                    unsigned long long __pf_k, __pf_end;
                    while (pfc_loop_next(__pf_loop, &__pf_k, &__pf_end)) {
                        pfc_loop_identity(__pf_loop, 0, &n);
                        for (; __pf_k < __pf_end; __pf_k++) {
                            __pf_iv_t i = PFC_IV(__pf_loop, __pf_iv_t, __pf_k);
                            out[i] = i + 1;
                            n += i;
                        }
                        pfc_loop_deposit(__pf_loop, 0, &n);
                    }
                }
                pfc_loop_end(__pf_loop);
            }
            CU_ASSERT_EQUAL(n, 4999L * 5000 / 2);
            int bad = 0;
            for (int i = 0; i < 5000; i++)
                bad += out[i] != i + 1;
            CU_ASSERT_EQUAL(bad, 0);
            /* Without a reduction auto is guided. */
            pf_loop_t *loop;
            PFTEST_OK(pf_loop_new(0, 5000, 1, &loop));
            PFTEST_OK(pf_loop_collect_bytes(loop, out, sizeof out));
            memset(out, 0, sizeof out);
            pf_loop_options_t opt = {.workers = w,
                                     .schedule = runtime ? PF_SCHED_RUNTIME
                                                         : PF_SCHED_AUTO};
            PFTEST_OK(pf_loop_run(loop, body_fill, out, &opt));
            pf_loop_free(loop);
            bad = 0;
            for (int i = 0; i < 5000; i++)
                bad += out[i] != i + 1;
            CU_ASSERT_EQUAL(bad, 0);
        }
    unsetenv("PFOR_SCHEDULE");
}

/* ---- injected failures ---- */

/* A by-hand loop of 3 workers with collect, with one kind of failure
 * armed: it must fail cleanly (storage unchanged), or for the pagemap
 * fall back and succeed. */
static void check_injected(pf__inject_kind_t kind, unsigned nth,
                           unsigned count_, int err, int expect,
                           const char *message)
{
    static int out[20000];
    memset(out, 0, sizeof out);
    int maps_before = count_shared_mappings();
    int fds_before = pftest_count_fds();
    pf_loop_t *loop;
    PFTEST_OK(pf_loop_new(0, 20000, 1, &loop));
    PFTEST_OK(pf_loop_collect_bytes(loop, out, sizeof out));
    pf_loop_options_t opt = {
        .workers = 3, .schedule = PF_SCHED_DYNAMIC, .chunk = 100};
    pf__inject(kind, nth, count_, err);
    int rc = pf_loop_run(loop, body_fill, out, &opt);
    pf__inject(kind, 0, 0, 0);
    PFTEST_EXPECT(expect, rc);
    int right = 0, zero = 0;
    for (int i = 0; i < 20000; i++) {
        right += out[i] == i + 1;
        zero += out[i] == 0;
    }
    if (expect == 0) {
        CU_ASSERT_EQUAL(right, 20000);
    } else {
        CU_ASSERT_EQUAL(zero, 20000);
    }
    if (message) {
        CU_ASSERT_PTR_NOT_NULL(strstr(pf_loop_error(loop), message));
        if (!strstr(pf_loop_error(loop), message))
            fprintf(stderr, "message: %s\n", pf_loop_error(loop));
    }
    pf_loop_free(loop);
    CU_ASSERT_EQUAL(count_shared_mappings(), maps_before);
    CU_ASSERT_EQUAL(pftest_count_fds(), fds_before);
    CU_ASSERT_EQUAL(pftest_count_children(), 0);
}

static void test_injected_failures(void)
{
    /* The second fork fails: the first worker is killed and reaped. */
    check_injected(PF__INJECT_FORK, 2, 1, EAGAIN, PF_EAGAIN,
                   "pf_loop_run: pfor loop could not fork worker 2");
    check_injected(PF__INJECT_FORK, 1, 1, ENOMEM, PF_ENOMEM,
                   "could not fork worker 1");
    check_injected(PF__INJECT_MMAP, 1, 1, ENOMEM, PF_ENOMEM,
                   "out of memory for its state");
    check_injected(PF__INJECT_MEMFD, 2, 1, EMFILE, PF_EMFILE,
                   "no memory file for worker 2's collected writes");
    /* Every worker's pagemap unreadable: they compare copies instead. */
    check_injected(PF__INJECT_PAGEMAP, 1, 0, EACCES, 0, NULL);
}

static int pagemap_fallback_child(void *arg)
{
    (void)arg;
    setenv("PFOR_VERBOSE", "1", 1);
    static int out[20000];
    pf_loop_t *loop;
    pf_loop_new(0, 20000, 1, &loop);
    pf_loop_collect_bytes(loop, out, sizeof out);
    pf_loop_options_t opt = {.workers = 2, .file = "fallback.c", .line = 12};
    pf__inject(PF__INJECT_PAGEMAP, 1, 0, EACCES);
    int rc = pf_loop_run(loop, body_fill, out, &opt);
    pf_loop_free(loop);
    for (int i = 0; i < 20000; i++)
        if (out[i] != i + 1)
            return 2;
    return rc == 0 ? 0 : 3;
}

static void test_pagemap_fallback_reported(void)
{
    char err[1024];
    CU_ASSERT_EQUAL(
        pftest_capture(pagemap_fallback_child, NULL, err, sizeof err), 0);
    CU_ASSERT_EQUAL(count(err, "could not read /proc/self/pagemap; it "
                               "compared a copy of the collected storage "
                               "instead"),
                    2);
    CU_ASSERT_PTR_NOT_NULL(strstr(err, "pfor: fallback.c:12: worker 1"));
}

/* pfc_: a failed fork stops the program with a message and status 1. */
static int fork_fail_child(void *arg)
{
    (void)arg;
    static int a[1000];
    pf__inject(PF__INJECT_FORK, 2, 1, EAGAIN);
    {
        pfc_loop_t *__pf_loop = pfc_loop_new("forkfail.c", 13);
        typedef int __pf_iv_t;
        PFC_RANGE(__pf_loop, __pf_iv_t, 0, 1000, 1, PFC_LT);
        pfc_loop_workers(__pf_loop, (long)(3));
        pfc_loop_collect_bytes(__pf_loop, &(a)[0], sizeof(a));
        pfc_loop_start(__pf_loop);
        {
            unsigned long long __pf_k, __pf_end;
            while (pfc_loop_next(__pf_loop, &__pf_k, &__pf_end))
                for (; __pf_k < __pf_end; __pf_k++)
                    a[__pf_k] = 1;
        }
        pfc_loop_end(__pf_loop);
    }
    return 0;
}

static void test_fork_fail_pfc(void)
{
    char err[512];
    CU_ASSERT_EQUAL(pftest_capture(fork_fail_child, NULL, err, sizeof err), 1);
    CU_ASSERT_PTR_NOT_NULL(
        strstr(err, "pfor: forkfail.c:13: pfor loop could not fork worker 2"));
}

void pftest_main(void)
{
    /* These tests look at the engine's workers: the adaptive rule (which
     * would run their small loops serially) is tested in
     * test_loop_adapt.c. */
    setenv("PFOR_ADAPT", "0", 1);
    /* The engine's once-per-process state (the fatal handler's signal
     * stack) is made here, before the leak checks look. */
    long n = 0;
    pf_loop_t *warm;
    pf_loop_new(0, 10, 1, &warm);
    pf_loop_reduce(warm, PF_OP_ADD, PF_TYPE_LONG, &n, 1);
    pf_loop_run(warm, body_count, NULL, NULL);
    pf_loop_free(warm);

    pftest_suite("loop_faults");
    pftest_add("storage_unchanged_on_error", test_storage_unchanged_on_error);
    pftest_add("exit_status", test_exit_status);
    pftest_add("parent_crash_serial", test_parent_crash_serial);
    pftest_add("parent_crash_share", test_parent_crash_share);
    pftest_add("worker_crash_inline", test_worker_crash_inline);
    pftest_add("handler_chains", test_handler_chains);
    pftest_add("messages_in_words", test_messages_in_words);
    pftest_add("by_hand_names", test_by_hand_names);
    pftest_add("sigchld_reaped_elsewhere", test_sigchld_reaped_elsewhere);
    pftest_add("progress_once", test_progress_once);
    pftest_add("verbose", test_verbose);
    pftest_add("display_env", test_display_env);
    pftest_add("schedule_auto", test_schedule_auto);
    pftest_add("injected_failures", test_injected_failures);
    pftest_add("pagemap_fallback_reported", test_pagemap_fallback_reported);
    pftest_add("fork_fail_pfc", test_fork_fail_pfc);
}
