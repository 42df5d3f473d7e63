/* bench_collect.c - what collect costs: how a worker finds the pages it
 * wrote (pagemap bit 56, userfaultfd write-protect + PAGEMAP_SCAN, a copy
 * compared), how they reach the parent (a memfd, process_vm_readv, a
 * shared staging mapping), and the per-loop cost against bytes written
 * and storage size, before (main's engine, another build of this file)
 * and after.
 * Usage: bench_collect [--quick] [--before PROGRAM]
 *        bench_collect --one MB ALL   (one loop case; prints seconds) */
#include <errno.h>
#include <fcntl.h>
#include <linux/userfaultfd.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <sys/wait.h>
#include <unistd.h>

#include "benchutil.h"
#include "pfor_abi.h"

#define PAGE 4096

/* What Debian 12's headers (Linux 6.1) lack: userfaultfd's asynchronous
 * write-protect mode and the PAGEMAP_SCAN ioctl (Linux 6.7). */
#ifndef UFFD_FEATURE_WP_UNPOPULATED
#define UFFD_FEATURE_WP_UNPOPULATED (1 << 13)
#endif
#ifndef UFFD_FEATURE_WP_ASYNC
#define UFFD_FEATURE_WP_ASYNC (1 << 15)
#endif
#ifndef PAGEMAP_SCAN
struct page_region {
    uint64_t start, end, categories;
};
struct pm_scan_arg {
    uint64_t size, flags, start, end, walk_end, vec, vec_len, max_pages,
        category_inverted, category_mask, category_anyof_mask, return_mask;
};
#define PAGEMAP_SCAN _IOWR('f', 16, struct pm_scan_arg)
#define PAGE_IS_WRITTEN (1 << 1)
#endif

static volatile double sink;

static double median_of(double *t, int n)
{
    return bench_median(t, (size_t)n);
}

/* ---- (1) detection, in a forked child ---- */

enum { DETECT_PAGEMAP, DETECT_UFFD, DETECT_COPY };

/* Pages of [a, a + size) the pagemap reports exclusively mapped. */
static size_t scan_pagemap(const char *a, size_t size)
{
    int fd = open("/proc/self/pagemap", O_RDONLY);
    if (fd < 0)
        return 0;
    static uint64_t buf[8192];
    size_t found = 0, pages = size / PAGE;
    uintptr_t first = (uintptr_t)a / PAGE;
    for (size_t p = 0; p < pages; p += 8192) {
        size_t n = pages - p < 8192 ? pages - p : 8192;
        if (pread(fd, buf, n * 8, (off_t)((first + p) * 8)) != (ssize_t)(n * 8))
            break;
        for (size_t j = 0; j < n; j++)
            found += (buf[j] >> 56) & 1;
    }
    close(fd);
    return found;
}

/* Write-protect [a, a + size) in asynchronous mode (the kernel clears the
 * bit on the first write, no fault reaches us).  Returns the uffd or -1. */
static int uffd_protect(char *a, size_t size)
{
    int u = (int)syscall(SYS_userfaultfd, O_CLOEXEC | O_NONBLOCK | 1);
    if (u < 0)
        return -1;
    struct uffdio_api api = {.api = UFFD_API,
                             .features = UFFD_FEATURE_WP_ASYNC |
                                         UFFD_FEATURE_WP_UNPOPULATED};
    struct uffdio_register reg = {.range = {(uintptr_t)a, size},
                                  .mode = UFFDIO_REGISTER_MODE_WP};
    struct uffdio_writeprotect wp = {.range = {(uintptr_t)a, size},
                                     .mode = UFFDIO_WRITEPROTECT_MODE_WP};
    if (ioctl(u, UFFDIO_API, &api) || ioctl(u, UFFDIO_REGISTER, &reg) ||
        ioctl(u, UFFDIO_WRITEPROTECT, &wp)) {
        close(u);
        return -1;
    }
    return u;
}

static size_t scan_uffd(char *a, size_t size)
{
    int fd = open("/proc/self/pagemap", O_RDONLY);
    if (fd < 0)
        return 0;
    static struct page_region vec[4096];
    size_t found = 0;
    uint64_t start = (uintptr_t)a, end = start + size;
    while (start < end) {
        struct pm_scan_arg arg = {.size = sizeof arg,
                                  .start = start,
                                  .end = end,
                                  .vec = (uintptr_t)vec,
                                  .vec_len = 4096,
                                  .category_mask = PAGE_IS_WRITTEN,
                                  .return_mask = PAGE_IS_WRITTEN};
        long n = ioctl(fd, PAGEMAP_SCAN, &arg);
        if (n < 0)
            break;
        for (long j = 0; j < n; j++)
            found += (vec[j].end - vec[j].start) / PAGE;
        start = arg.walk_end;
        if (n < 4096)
            break;
    }
    close(fd);
    return found;
}

/* In a child: set up, write `written` pages (spread out), find them.
 * Sends back {setup + find time, pages found}. */
static void detect_child(char *a, size_t size, size_t written, int how, int out)
{
    double t0 = bench_now();
    int u = -1;
    char *copy = NULL;
    if (how == DETECT_UFFD)
        u = uffd_protect(a, size);
    if (how == DETECT_COPY) {
        copy = malloc(size);
        if (copy)
            memcpy(copy, a, size);
    }
    double t1 = bench_now();
    size_t pages = size / PAGE, step = pages / written;
    for (size_t j = 0; j < written; j++)
        a[j * step * PAGE + 5] ^= 1;
    double t2 = bench_now();
    size_t found = 0;
    if (how == DETECT_PAGEMAP)
        found = scan_pagemap(a, size);
    else if (how == DETECT_UFFD && u >= 0)
        found = scan_uffd(a, size);
    else if (copy)
        for (size_t p = 0; p < pages; p++)
            found += memcmp(a + p * PAGE, copy + p * PAGE, PAGE) != 0;
    double t3 = bench_now();
    double msg[2] = {(t1 - t0) + (t3 - t2), (double)found};
    if (u < 0 && how == DETECT_UFFD)
        msg[0] = -1;
    if (write(out, msg, sizeof msg) != (ssize_t)sizeof msg)
        _exit(1);
    _exit(0);
}

static double detect_once(char *a, size_t size, size_t written, int how,
                          size_t *found)
{
    int p[2];
    if (pipe(p) != 0)
        return -1;
    fflush(NULL);
    pid_t pid = fork();
    if (pid == 0) {
        close(p[0]);
        detect_child(a, size, written, how, p[1]);
    }
    close(p[1]);
    double msg[2] = {-1, 0};
    if (read(p[0], msg, sizeof msg) != (ssize_t)sizeof msg)
        msg[0] = -1;
    close(p[0]);
    waitpid(pid, NULL, 0);
    *found = (size_t)msg[1];
    return msg[0];
}

static void detection(int quick)
{
    static const size_t mbs[] = {10, 100, 1024};
    static const char *const names[] = {"pagemap bit 56", "uffd WP + SCAN",
                                        "copy + compare"};
    printf("(1) finding the written pages in a worker (setup + scan, "
           "median)\n");
    printf("  %-10s %-10s %16s %16s %16s\n", "storage", "written", names[0],
           names[1], names[2]);
    for (size_t s = 0; s < sizeof mbs / sizeof mbs[0]; s++) {
        size_t size = mbs[s] << 20;
        char *a = aligned_alloc(PAGE, size);
        if (a == NULL)
            continue;
        memset(a, 1, size);
        for (int all = 0; all < 2; all++) {
            size_t written = all ? size / PAGE : 1;
            double t[3][9];
            int reps = quick ? 3 : 7;
            size_t found[3] = {0, 0, 0};
            for (int r = 0; r < reps; r++)
                for (int how = 0; how < 3; how++)
                    t[how][r] = detect_once(a, size, written, how, &found[how]);
            char col[3][32];
            for (int how = 0; how < 3; how++) {
                double m = median_of(t[how], reps);
                if (m < 0)
                    snprintf(col[how], sizeof col[how], "unavailable");
                else
                    snprintf(col[how], sizeof col[how], "%9.0f us%s", m * 1e6,
                             found[how] == written ? "" : " (!)");
            }
            char w[32];
            snprintf(w, sizeof w, "%s", all ? "all" : "1 page");
            printf("  %7zu MB %-10s %16s %16s %16s\n", mbs[s], w, col[0],
                   col[1], col[2]);
        }
        free(a);
    }
}

/* ---- (2) transport ---- */

enum { VIA_MEMFD, VIA_PVR, VIA_STAGING };

/* A child writes `written` pages of a (spread out) and its pages reach
 * the parent's a: through a memfd (child pwritev, parent preadv straight
 * into place), process_vm_readv (the parent pulls while the child
 * waits), or a shared NORESERVE staging mapping (child copies in, parent
 * copies out).  Returns seconds from fork to merged. */
static double transport_once(char *a, size_t size, size_t written, int via)
{
    size_t pages = size / PAGE, step = pages / written;
    uintptr_t *idx = mmap(NULL, written * sizeof *idx, PROT_READ | PROT_WRITE,
                          MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    char *stage = via == VIA_STAGING
                      ? mmap(NULL, size, PROT_READ | PROT_WRITE,
                             MAP_SHARED | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0)
                      : NULL;
    int mfd = via == VIA_MEMFD ? memfd_create("bench", MFD_CLOEXEC) : -1;
    int ready[2];
    if (idx == MAP_FAILED || stage == MAP_FAILED || pipe(ready) != 0)
        return -1;
    fflush(NULL);
    double t0 = bench_now();
    pid_t pid = fork();
    if (pid == 0) {
        for (size_t j = 0; j < written; j++) {
            a[j * step * PAGE + 7] ^= 1;
            idx[j] = (uintptr_t)(a + j * step * PAGE);
        }
        if (via == VIA_MEMFD) {
            struct iovec iov[1024];
            off_t off = 0;
            for (size_t j = 0; j < written; j += 1024) {
                int n = (int)(written - j < 1024 ? written - j : 1024);
                for (int k = 0; k < n; k++)
                    iov[k] = (struct iovec){(void *)idx[j + (size_t)k], PAGE};
                ssize_t w = pwritev(mfd, iov, n, off);
                if (w != (ssize_t)n * PAGE)
                    _exit(1);
                off += w;
            }
            _exit(0);
        }
        if (via == VIA_STAGING) {
            for (size_t j = 0; j < written; j++)
                memcpy(stage + (idx[j] - (uintptr_t)a), (void *)idx[j], PAGE);
            _exit(0);
        }
        char c = 1;
        if (write(ready[1], &c, 1) != 1)
            _exit(1);
        for (;;)
            pause();
    }
    if (via == VIA_MEMFD) {
        waitpid(pid, NULL, 0);
        struct iovec iov[1024];
        for (size_t j = 0; j < written; j += 1024) {
            int n = (int)(written - j < 1024 ? written - j : 1024);
            for (int k = 0; k < n; k++)
                iov[k] = (struct iovec){(void *)idx[j + (size_t)k], PAGE};
            if (preadv(mfd, iov, n, (off_t)(j * PAGE)) != (ssize_t)n * PAGE)
                break;
        }
    } else if (via == VIA_STAGING) {
        waitpid(pid, NULL, 0);
        for (size_t j = 0; j < written; j++)
            memcpy((void *)idx[j], stage + (idx[j] - (uintptr_t)a), PAGE);
    } else {
        char c;
        if (read(ready[0], &c, 1) == 1) {
            struct iovec l[1024];
            for (size_t j = 0; j < written; j += 1024) {
                int n = (int)(written - j < 1024 ? written - j : 1024);
                for (int k = 0; k < n; k++)
                    l[k] = (struct iovec){(void *)idx[j + (size_t)k], PAGE};
                if (process_vm_readv(pid, l, (unsigned long)n, l,
                                     (unsigned long)n, 0) != (ssize_t)n * PAGE)
                    break;
            }
        }
        kill(pid, SIGKILL);
        waitpid(pid, NULL, 0);
    }
    double t = bench_now() - t0;
    if (mfd >= 0)
        close(mfd);
    if (stage)
        munmap(stage, size);
    munmap(idx, written * sizeof *idx);
    close(ready[0]);
    close(ready[1]);
    return t;
}

static void transport(int quick)
{
    size_t size = (size_t)100 << 20;
    char *a = aligned_alloc(PAGE, size);
    if (a == NULL)
        return;
    memset(a, 1, size);
    printf("(2) sending the written pages of 100 MB storage to the parent "
           "(fork to merged, median)\n");
    printf("  %-12s %14s %18s %16s\n", "written", "memfd", "process_vm_readv",
           "shared staging");
    static const size_t fractions[] = {0, 100, 1}; /* 1 page, 1%, all */
    for (size_t f = 0; f < 3; f++) {
        size_t written = fractions[f] == 0 ? 1 : size / PAGE / fractions[f];
        double t[3][9];
        int reps = quick ? 3 : 7;
        for (int r = 0; r < reps; r++)
            for (int via = 0; via < 3; via++)
                t[via][r] = transport_once(a, size, written, via);
        char w[32];
        snprintf(w, sizeof w, "%s", f == 0 ? "1 page" : f == 1 ? "1%" : "all");
        printf("  %-12s %11.2f ms %15.2f ms %13.2f ms\n", w,
               median_of(t[0], reps) * 1e3, median_of(t[1], reps) * 1e3,
               median_of(t[2], reps) * 1e3);
    }
    free(a);
}

/* ---- (3) collect per loop ---- */

/* #pragma pfor parallel for collect(a) workers(2) [retries(1)]
 * for (long i = 0; i < n; i++) if (all || i == 7) a[i] = i + 0.5;
 * With collect == 0 the same loop without collect and with retries(1):
 * the same processes (the parent supervises 2 workers), no collect. */
static void collect_loop(double *a, long n, int all, int collect)
{
    {
        pfc_loop_t *__pf_loop = pfc_loop_new("bench_collect.c", 1);
        typedef long __pf_iv_t;
        PFC_RANGE(__pf_loop, __pf_iv_t, 0, n, 1, PFC_LT);
        pfc_loop_workers(__pf_loop, (long)(2));
        if (collect)
            pfc_loop_collect(__pf_loop, &(a)[0], sizeof(a)[0]);
        else
            pfc_loop_retries(__pf_loop, (long)(1));
        pfc_loop_start(__pf_loop);
        {
            unsigned long long __pf_k, __pf_end;
            while (pfc_loop_next(__pf_loop, &__pf_k, &__pf_end)) {
                for (; __pf_k < __pf_end; __pf_k++) {
                    __pf_iv_t i = PFC_IV(__pf_loop, __pf_iv_t, __pf_k);
                    if (all || i == 7)
                        a[i] = (double)i + 0.5;
                }
            }
        }
        pfc_loop_end(__pf_loop);
    }
}

/* Median seconds of a loop with collect and of the same loop without,
 * for storage of mb MB of which 1 element or all are written. */
static void collect_case(size_t mb, int all, int reps, double *with,
                         double *without)
{
    long n = (long)((mb << 20) / sizeof(double));
    double *a = malloc((size_t)n * sizeof *a);
    if (a == NULL) {
        *with = *without = -1;
        return;
    }
    memset(a, 0, (size_t)n * sizeof *a);
    double tw[15], to[15];
    for (int r = 0; r < reps; r++) {
        double t0 = bench_now();
        collect_loop(a, n, all, (r & 1) == 0);
        double t1 = bench_now();
        collect_loop(a, n, all, (r & 1) != 0);
        double t2 = bench_now();
        tw[r] = (r & 1) == 0 ? t1 - t0 : t2 - t1;
        to[r] = (r & 1) == 0 ? t2 - t1 : t1 - t0;
    }
    sink = a[7] + a[n - 1];
    if (a[7] != 7.5 || (all && a[n - 1] != (double)(n - 1) + 0.5))
        fprintf(stderr, "bench_collect: WRONG result (%zu MB)\n", mb);
    *with = median_of(tw, reps);
    *without = median_of(to, reps);
    free(a);
}

/* The same case run by another build of this program (main's engine):
 * "--one MB ALL" prints "with without" on its last line. */
static int run_before(const char *program, size_t mb, int all, double *with,
                      double *without)
{
    char cmd[1024];
    snprintf(cmd, sizeof cmd, "%s --one %zu %d", program, mb, all);
    fflush(NULL);
    FILE *p = popen(cmd, "r");
    if (p == NULL)
        return -1;
    char line[256], last[256] = "";
    while (fgets(line, sizeof line, p))
        memcpy(last, line, sizeof last);
    int status = pclose(p);
    return status == 0 && sscanf(last, "%lf %lf", with, without) == 2 ? 0 : -1;
}

static void per_loop(int quick, const char *before)
{
    static const size_t mbs[] = {4, 10, 100, 1024};
    printf("(3) collect per loop, 2 workers: loop with collect, the same "
           "loop without it, difference (median ms)\n");
    printf("  %-8s %-6s | %-28s | %-28s | %s\n", "storage", "write",
           "after: pagemap", "after: copy fallback",
           before ? "before: main's engine" : "(before: --before PROGRAM)");
    for (size_t s = 0; s < sizeof mbs / sizeof mbs[0]; s++)
        for (int all = 0; all < 2; all++) {
            if (quick && mbs[s] > 100)
                continue;
            int reps = mbs[s] >= 1024 ? 3 : mbs[s] >= 100 ? 5 : 11;
            double w[3] = {-1, -1, -1}, o[3] = {-1, -1, -1};
            setenv("PFOR_WRITESET", "pagemap", 1);
            collect_case(mbs[s], all, reps, &w[0], &o[0]);
            setenv("PFOR_WRITESET", "copy", 1);
            collect_case(mbs[s], all, reps, &w[1], &o[1]);
            unsetenv("PFOR_WRITESET");
            if (before && run_before(before, mbs[s], all, &w[2], &o[2]) != 0)
                w[2] = o[2] = -1;
            char col[3][40];
            for (int j = 0; j < 3; j++) {
                if (w[j] < 0)
                    snprintf(col[j], sizeof col[j], "-");
                else
                    snprintf(col[j], sizeof col[j], "%8.2f %8.2f %8.2f",
                             w[j] * 1e3, o[j] * 1e3, (w[j] - o[j]) * 1e3);
            }
            printf("  %5zu MB %-6s | %-28s | %-28s | %s\n", mbs[s],
                   all ? "all" : "1 elem", col[0], col[1], col[2]);
        }
}

int main(int argc, char **argv)
{
    if (argc == 4 && strcmp(argv[1], "--one") == 0) {
        double with, without;
        size_t mb = strtoul(argv[2], NULL, 10);
        collect_case(mb, atoi(argv[3]),
                     mb >= 1024  ? 3
                     : mb >= 100 ? 5
                                 : 11,
                     &with, &without);
        printf("%.9f %.9f\n", with, without);
        return with < 0;
    }
    const char *env = getenv("PFOR_BENCH_QUICK");
    int quick = env && *env && strcmp(env, "0") != 0;
    const char *before = NULL;
    for (int j = 1; j < argc; j++) {
        if (strcmp(argv[j], "--quick") == 0 || strcmp(argv[j], "quick") == 0)
            quick = 1;
        else if (strcmp(argv[j], "--before") == 0 && j + 1 < argc)
            before = argv[++j];
    }
    printf("bench_collect%s (timings on a shared machine: medians; compare "
           "within a row)\n",
           quick ? " (quick)" : "");
    detection(quick);
    transport(quick);
    per_loop(quick, before);
    return 0;
}
