/* pftest.h - the CUnit harness every pfor test program shares: one main(),
 * and a leak check around every test (descriptors and child processes). */
#ifndef PFTEST_H
#define PFTEST_H

#include <CUnit/CUnit.h>
#include <stdio.h>
#include <sys/types.h>

#include "pfor.h"

/* Each test program defines this; it calls pftest_suite() and pftest_add()
 * to register its tests.  main() is in pftest.c. */
void pftest_main(void);

/* Start a new suite; the tests added after it belong to it. */
void pftest_suite(const char *name);
/* Add a test to the current suite.  Around it, the harness checks that the
 * test left no descriptor open (/proc/self/fd), no child process alive or
 * unreaped and no thread running; a leak fails the test (and leaked
 * children are killed). */
void pftest_add(const char *name, void (*fn)(void));

/* Assert that a pfor call returned `expected`; on failure print both codes
 * by name so the log says what happened. */
#define PFTEST_EXPECT(expected, expr)                                          \
    do {                                                                       \
        int pftest_rc_ = (expr);                                               \
        if (pftest_rc_ != (expected))                                          \
            fprintf(stderr, "%s:%d: %s returned %s (%d), expected %s\n",       \
                    __FILE__, __LINE__, #expr, pf_err_name(pftest_rc_),        \
                    pftest_rc_, pf_err_name(expected));                        \
        CU_ASSERT_EQUAL(pftest_rc_, (expected));                               \
    } while (0)
#define PFTEST_OK(expr) PFTEST_EXPECT(0, expr)

/* Exit-status offset pftest_reap adds to a terminating signal's number. */
#define PFTEST_SIGNALLED 1000

/* Fork (through pfor's fork: stdio flushed, child dies with its parent) a
 * child that runs fn(arg) and _exits with its result (0..255).  Fails the
 * test fatally when the fork fails. */
pid_t pftest_spawn(int (*fn)(void *), void *arg);
/* Wait for a child: its exit status, PFTEST_SIGNALLED + the signal number
 * when a signal ended it, or -1 when it is not our child. */
int pftest_reap(pid_t pid);

/* Run fn(arg) in a forked child whose standard error is captured into
 * `err` (NUL-terminated, at most size - 1 bytes); the child _exits with
 * fn's result.  Returns what pftest_reap says of the child. */
int pftest_capture(int (*fn)(void *), void *arg, char *err, size_t size);

/* Number of open descriptors of this process. */
int pftest_count_fds(void);
/* Number of child processes of this process (alive or zombie). */
int pftest_count_children(void);
/* Number of threads of this process (/proc/self/task). */
int pftest_count_threads(void);
/* Number of mappings of the kinds pfor makes (shared ones, memfds,
 * reservations of 1 GiB or more) in /proc/self/maps; malloc's and the
 * sanitizers' private mappings come and go with their caches. */
int pftest_count_maps(void);

/* What a process holds that an error path must give back. */
typedef struct pftest_resources {
    int fds, children, threads, maps;
} pftest_resources_t;
void pftest_snapshot(pftest_resources_t *r);
/* 1 when the process holds what `before` recorded, else 0 after printing
 * the difference (prefixed by `what`).  Children and threads that are
 * exiting right now get up to two seconds to go. */
int pftest_same_resources(const pftest_resources_t *before, const char *what);

#endif /* PFTEST_H */
