/* fork.c - the one place pfor forks: flush, fork, tie the child's life to
 * its parent. */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
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

pid_t pf__fork(int flags)
{
    fflush(NULL);
    pid_t parent = getpid();
    pid_t pid = pf__inject_hit(PF__INJECT_FORK) ? -1 : fork();
    if (pid < 0)
        return pf__from_errno(errno);
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
