/* child.c - the one place pfor waits for, reaps and kills the children it
 * forked: pidfds, non-blocking reaps, SIGKILL-then-reap, one ECHILD rule. */
#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include "internal.h"

#ifndef P_PIDFD
#define P_PIDFD 3
#endif

int pf__pidfd_open(pid_t pid)
{
#ifdef SYS_pidfd_open
    if (pf__inject_hit(PF__INJECT_PIDFD))
        return -1;
    return (int)syscall(SYS_pidfd_open, pid, 0);
#else
    (void)pid;
    errno = ENOSYS;
    return -1;
#endif
}

pid_t pf__child_fork(pf__child_t *c, int flags)
{
    c->pid = 0;
    c->pidfd = -1;
    pid_t pid = pf__fork(flags);
    if (pid > 0) {
        c->pid = pid;
        c->pidfd = pf__pidfd_open(pid); /* -1: fall back to the pid */
    }
    return pid;
}

/* A wait status rebuilt from waitid's report of an ended child. */
static int status_of(const siginfo_t *info)
{
    switch (info->si_code) {
    case CLD_EXITED:
        return (info->si_status & 0xff) << 8;
    case CLD_KILLED:
        return info->si_status & 0x7f;
    case CLD_DUMPED:
        return (info->si_status & 0x7f) | 0x80;
    default:
        return PF__STATUS_UNKNOWN;
    }
}

/* The child has been reaped (by us or by someone else): forget it. */
static void emptied(pf__child_t *c)
{
    pf__close(c->pidfd);
    c->pidfd = -1;
    c->pid = 0;
}

/* One reap attempt: `options` is WNOHANG or 0.  Returns 1 reaped (status
 * set, c emptied), 0 still running (WNOHANG only). */
static int reap(pf__child_t *c, int options, int *status)
{
    for (;;) {
        siginfo_t info;
        info.si_pid = 0;
        int rc;
        if (c->pidfd >= 0)
            rc = waitid((idtype_t)P_PIDFD, (id_t)c->pidfd, &info,
                        WEXITED | options);
        else
            rc = waitid(P_PID, (id_t)c->pid, &info, WEXITED | options);
        if (rc == 0 && info.si_pid == 0)
            return 0; /* WNOHANG: still running */
        if (rc == 0) {
            *status = status_of(&info);
            emptied(c);
            return 1;
        }
        if (errno == EINTR)
            continue;
        /* ECHILD: reaped elsewhere (a SIGCHLD handler calling waitpid(-1),
         * or SIGCHLD ignored); anything else (EINVAL: a pidfd the kernel
         * does not take in waitid) is handled the same way, since no other
         * wait can succeed for it either. */
        if (errno == EINVAL && c->pidfd >= 0) {
            pf__close(c->pidfd); /* old kernel: retry by pid */
            c->pidfd = -1;
            continue;
        }
        *status = PF__STATUS_UNKNOWN;
        emptied(c);
        return 1;
    }
}

int pf__child_reap(pf__child_t *c, int *status)
{
    if (c->pid <= 0) {
        *status = PF__STATUS_UNKNOWN;
        return 1;
    }
    return reap(c, WNOHANG, status);
}

int pf__child_wait_exit(const pf__child_t *c, pf__deadline_t d)
{
    if (c->pid <= 0)
        return 1;
    int fd = c->pidfd;
    bool own = false;
    if (fd < 0) {
        fd = pf__pidfd_open(c->pid); /* may work now (fd limit lifted) */
        own = fd >= 0;
    }
    if (fd >= 0) {
        int rc = pf__wait_fd(fd, POLLIN, d); /* 1 exited, 0 deadline */
        if (own)
            pf__close(fd);
        if (rc >= 0 || !own)
            return rc;
    }
    /* No pidfd: look with waitid(WNOWAIT) and sleep in growing steps. */
    long pause_us = 100;
    for (;;) {
        siginfo_t info;
        info.si_pid = 0;
        int options = WEXITED | WNOWAIT;
        if (d.ns != INT64_MAX)
            options |= WNOHANG;
        if (waitid(P_PID, (id_t)c->pid, &info, options) < 0) {
            if (errno != EINTR)
                return 1; /* ECHILD: reaped elsewhere; the reap says so */
            continue;
        }
        if (info.si_pid == c->pid)
            return 1;
        if (pf__deadline_passed(d))
            return 0;
        usleep((useconds_t)pause_us);
        if (pause_us < 10000)
            pause_us *= 2;
    }
}

int pf__child_wait(pf__child_t *c, pf__deadline_t d, int *status)
{
    for (;;) {
        int rc = pf__child_reap(c, status);
        if (rc != 0)
            return rc;
        if (pf__deadline_passed(d))
            return 0;
        rc = pf__child_wait_exit(c, d);
        if (rc < 0)
            return rc;
        if (rc == 0)
            return 0;
    }
}

int pf__child_signal(const pf__child_t *c, int sig)
{
    if (c->pid <= 0)
        return 0;
#ifdef SYS_pidfd_send_signal
    if (c->pidfd >= 0) {
        /* Exact even if the pid was reaped elsewhere and reused. */
        if (syscall(SYS_pidfd_send_signal, c->pidfd, sig, NULL, 0) == 0 ||
            errno == ESRCH)
            return 0;
        if (errno != ENOSYS && errno != EINVAL)
            return pf__from_errno(errno);
    }
#endif
    if (kill(c->pid, sig) == 0 || errno == ESRCH)
        return 0;
    return pf__from_errno(errno);
}

int pf__child_kill(pf__child_t *c)
{
    if (c->pid <= 0)
        return PF__STATUS_UNKNOWN;
    pf__child_signal(c, SIGKILL);
    int status = PF__STATUS_UNKNOWN;
    reap(c, 0, &status);
    return status;
}

void pf__child_forget(pf__child_t *c)
{
    emptied(c);
}
