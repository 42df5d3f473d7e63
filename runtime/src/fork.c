/* fork.c - the one place pfor forks: flush, fork with stdio held still,
 * tie the child's life to its parent. */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdio_ext.h>
#include <sys/prctl.h>
#include <unistd.h>

#include "internal.h"

/* Per-process state: a forked child inherits a copy and fixes it up in
 * pf__fork (or, for a fork pfor did not make, in the atfork handler), so
 * nothing here goes stale after fork. */
static bool in_worker;
static pid_t cached_pid; /* 0: not known in this process yet */

static void forget_pid(void)
{
    cached_pid = 0;
}

__attribute__((constructor)) static void register_fork_handler(void)
{
    pthread_atfork(NULL, NULL, forget_pid);
}

pid_t pf__pid(void)
{
    if (cached_pid == 0)
        cached_pid = getpid();
    return cached_pid;
}

/*
 * Stdio across fork.  A buffer flushed before fork but refilled by another
 * thread before the fork would be printed twice: by the parent and by the
 * child when it exits (issue 9: 100 loops with a printing thread printed
 * 30,659 lines twice).  So pf__fork holds stdout's and stderr's locks from
 * its flush until the fork, and the child drops whatever its copies of
 * their buffers hold (nothing, normally).  Lock order is glibc's own
 * (the list of streams, then a stream): fflush(NULL) and fork take the
 * list lock too, and another thread's fflush(NULL) holds it while it
 * waits for stdout.
 *
 * In the child, glibc resets the streams' locks itself when the parent had
 * other threads, and leaves them as they were (held by the forking thread,
 * that is by the child's only thread) when it had none; release_in_child
 * looks at the lock to tell which.  Other streams are flushed before the
 * fork but not held: what another thread writes to them in between may
 * still reach the file twice (docs/process.md).
 */
#ifdef __GLIBC__
extern void _IO_list_lock(void) __attribute__((weak));
extern void _IO_list_unlock(void) __attribute__((weak));
extern void _IO_list_resetlock(void) __attribute__((weak));

/* glibc's recursive stream lock (_IO_lock_t, unchanged since 2002). */
struct io_lock {
    int lock;
    int cnt;
    void *owner;
};

static void release_in_child(FILE *f)
{
    const struct io_lock *l = (const struct io_lock *)f->_lock;
    if (l && l->cnt > 0 && l->owner == (void *)pthread_self())
        funlockfile(f);
}
#else
static void release_in_child(FILE *f)
{
    funlockfile(f);
}
#endif

static void stdio_hold(void)
{
#ifdef __GLIBC__
    if (_IO_list_lock)
        _IO_list_lock();
#endif
    flockfile(stdout);
    flockfile(stderr);
    fflush(NULL);
}

static void stdio_release(bool child)
{
    if (child) {
        __fpurge(stdout);
        __fpurge(stderr);
        release_in_child(stderr);
        release_in_child(stdout);
#ifdef __GLIBC__
        if (_IO_list_resetlock)
            _IO_list_resetlock(); /* held or reset: free it either way */
#endif
        return;
    }
    funlockfile(stderr);
    funlockfile(stdout);
#ifdef __GLIBC__
    if (_IO_list_unlock)
        _IO_list_unlock();
#endif
}

pid_t pf__fork(int flags)
{
    pid_t parent = getpid();
    stdio_hold();
    pid_t pid = pf__inject_hit(PF__INJECT_FORK) ? -1 : fork();
    int e = errno;
    stdio_release(pid == 0);
    if (pid < 0)
        return pf__from_errno(e);
    if (pid == 0) {
        /* Die with the parent, and close the race where it died before
         * the request was made. */
        prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (getppid() != parent)
            _exit(127);
        if (flags & PF__FORK_WORKER)
            in_worker = true;
    }
    return pid;
}

bool pf__is_worker(void)
{
    return in_worker;
}

_Noreturn void pf__worker_exit(int status)
{
    fflush(NULL);
    _exit(status);
}
