/* pftest.c - main() and the per-test leak check shared by the test suites. */
#include <CUnit/Basic.h>
#include <dirent.h>
#include <errno.h>
#include <signal.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "internal.h"
#include "pftest.h"

#if defined(__SANITIZE_ADDRESS__)
#define PFTEST_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define PFTEST_ASAN 1
#endif
#endif
#ifndef PFTEST_ASAN
#define PFTEST_ASAN 0
#endif

static CU_pSuite current_suite;
static int fds_before, threads_before;

int pftest_count_fds(void)
{
    return pf__count_fds();
}

pid_t pftest_spawn(int (*fn)(void *), void *arg)
{
    pid_t pid = pf__fork(0);
    if (pid == 0)
        _exit(fn(arg));
    CU_ASSERT_FATAL(pid > 0);
    return pid;
}

int pftest_capture(int (*fn)(void *), void *arg, char *err, size_t size)
{
    int fds[2];
    if (pipe(fds) != 0)
        return -1;
    pid_t pid = pf__fork(0);
    if (pid == 0) {
        close(fds[0]);
        dup2(fds[1], 2);
        close(fds[1]);
        _exit(fn(arg));
    }
    close(fds[1]);
    if (pid < 0) {
        close(fds[0]);
        return -1;
    }
    size_t got = 0;
    ssize_t r;
    while (got + 1 < size && (r = read(fds[0], err + got, size - 1 - got)) != 0)
        if (r > 0)
            got += (size_t)r;
        else if (errno != EINTR)
            break;
    if (size > 0)
        err[got] = '\0';
    close(fds[0]);
    return pftest_reap(pid);
}

int pftest_reap(pid_t pid)
{
    int status;
    while (waitpid(pid, &status, 0) != pid)
        if (errno != EINTR)
            return -1;
    if (WIFSIGNALED(status))
        return PFTEST_SIGNALLED + WTERMSIG(status);
    return WEXITSTATUS(status);
}

/* Calls fn(pid) for every child listed in /proc/self/task/ * /children;
 * returns how many there were. */
static int for_each_child(void (*fn)(pid_t))
{
    int count = 0;
    DIR *tasks = opendir("/proc/self/task");
    if (!tasks)
        return 0;
    struct dirent *t;
    while ((t = readdir(tasks)) != NULL) {
        if (t->d_name[0] == '.')
            continue;
        char path[300];
        snprintf(path, sizeof path, "/proc/self/task/%s/children", t->d_name);
        FILE *f = fopen(path, "r");
        if (!f)
            continue;
        long pid;
        while (fscanf(f, "%ld", &pid) == 1) {
            count++;
            if (fn)
                fn((pid_t)pid);
        }
        fclose(f);
    }
    closedir(tasks);
    return count;
}

int pftest_count_children(void)
{
    return for_each_child(NULL);
}

int pftest_count_threads(void)
{
    DIR *dir = opendir("/proc/self/task");
    if (!dir)
        return -1;
    int count = 0;
    struct dirent *e;
    while ((e = readdir(dir)) != NULL)
        if (e->d_name[0] != '.')
            count++;
    closedir(dir);
    return count;
}

int pftest_count_maps(void)
{
    FILE *f = fopen("/proc/self/maps", "re");
    if (!f)
        return -1;
    int count = 0;
    char line[512];
    while (fgets(line, sizeof line, f)) {
        unsigned long lo, hi;
        char perms[8];
        if (sscanf(line, "%lx-%lx %7s", &lo, &hi, perms) != 3)
            continue;
        /* What pfor maps: shared memory, memfds, and reservations of
         * address space (not malloc's or the sanitizers' own, which come
         * and go with their caches; ASan carves its allocator out of huge
         * PROT_NONE reservations, so those are not counted under it). */
        bool reservation = strncmp(perms, "---", 3) == 0 &&
                           hi - lo >= (1ul << 30) && !strstr(line, "[");
        if (perms[3] == 's' || strstr(line, "memfd:") ||
            (reservation && !PFTEST_ASAN))
            count++;
    }
    fclose(f);
    return count;
}

void pftest_snapshot(pftest_resources_t *r)
{
    r->fds = pftest_count_fds();
    r->children = pftest_count_children();
    r->threads = pftest_count_threads();
    r->maps = pftest_count_maps();
}

int pftest_same_resources(const pftest_resources_t *before, const char *what)
{
    pftest_resources_t now;
    for (int i = 0;; i++) {
        pftest_snapshot(&now);
        if (now.fds == before->fds && now.children == before->children &&
            now.threads == before->threads && now.maps == before->maps)
            return 1;
        if (i == 200)
            break;
        usleep(10000);
    }
    fprintf(stderr,
            "\n  %s: fds %d -> %d, children %d -> %d, threads %d -> %d, "
            "mappings %d -> %d\n",
            what, before->fds, now.fds, before->children, now.children,
            before->threads, now.threads, before->maps, now.maps);
    return 0;
}

static void kill_and_reap(pid_t pid)
{
    kill(pid, SIGKILL);
    waitpid(pid, NULL, 0);
}

static void before_test(void)
{
    fds_before = pftest_count_fds();
    threads_before = pftest_count_threads();
}

static void after_test(void)
{
    /* A child that is exiting right now may still be listed: give it a
     * moment before calling it a leak. */
    int children = pftest_count_children();
    for (int i = 0; i < 100 && children > 0; i++) {
        usleep(10000);
        children = pftest_count_children();
    }
    if (children > 0) {
        fprintf(stderr, "\n  leak check: %d child process(es) left behind\n",
                children);
        for_each_child(kill_and_reap);
    }
    CU_ASSERT_EQUAL(children, 0);
    int fds_after = pftest_count_fds();
    if (fds_after != fds_before)
        fprintf(stderr, "\n  leak check: %d descriptors before, %d after\n",
                fds_before, fds_after);
    CU_ASSERT_EQUAL(fds_after, fds_before);
    int threads = pftest_count_threads();
    for (int i = 0; i < 100 && threads > threads_before; i++) {
        usleep(10000); /* a joined thread may still be leaving */
        threads = pftest_count_threads();
    }
    if (threads != threads_before)
        fprintf(stderr, "\n  leak check: %d threads before, %d after\n",
                threads_before, threads);
    CU_ASSERT_EQUAL(threads, threads_before);
}

void pftest_suite(const char *name)
{
    current_suite = CU_add_suite_with_setup_and_teardown(
        name, NULL, NULL, before_test, after_test);
    if (!current_suite) {
        fprintf(stderr, "cannot add suite %s: %s\n", name, CU_get_error_msg());
        exit(2);
    }
}

void pftest_add(const char *name, void (*fn)(void))
{
    if (!current_suite)
        pftest_suite("default");
    if (!CU_add_test(current_suite, name, fn)) {
        fprintf(stderr, "cannot add test %s: %s\n", name, CU_get_error_msg());
        exit(2);
    }
}

int main(void)
{
    /* Output of tests and of forked children must not be interleaved with
     * stale buffers. */
    setvbuf(stdout, NULL, _IOLBF, 0);
    if (CU_initialize_registry() != CUE_SUCCESS) {
        fprintf(stderr, "CUnit: %s\n", CU_get_error_msg());
        return 2;
    }
    pftest_main();
    CU_basic_set_mode(CU_BRM_VERBOSE);
    CU_basic_run_tests();
    unsigned failed =
        CU_get_number_of_failures() + CU_get_number_of_tests_failed();
    unsigned run = CU_get_number_of_tests_run();
    CU_cleanup_registry();
    printf("\n");
    if (run == 0) {
        fprintf(stderr, "no test ran\n");
        return 1;
    }
    return failed ? 1 : 0;
}
