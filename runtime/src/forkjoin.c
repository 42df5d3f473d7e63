/* forkjoin.c - the worker processes of one fork-join: fork them, wait for
 * them (pidfds and deadlines), kill them, and say in words how one ended.
 * Nothing here knows about iterations: the loop engine and, later, a
 * persistent team use it as it is. */
#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include "loop_internal.h"

/* pidfd_open(2), or -1 where the kernel or libc lacks it (everything then
 * works by pid, polled every few milliseconds). */
static int pidfd_open_compat(pid_t pid)
{
#ifdef SYS_pidfd_open
    return (int)syscall(SYS_pidfd_open, pid, 0);
#else
    (void)pid;
    errno = ENOSYS;
    return -1;
#endif
}

int pf__crew_init(pf__crew_t *crew, int nslots)
{
    crew->nslots = nslots;
    crew->pids = calloc((size_t)nslots, sizeof *crew->pids);
    crew->pidfds = malloc((size_t)nslots * sizeof *crew->pidfds);
    crew->deadline_ns = calloc((size_t)nslots, sizeof *crew->deadline_ns);
    if (!crew->pids || !crew->pidfds || !crew->deadline_ns) {
        free(crew->pids);
        free(crew->pidfds);
        free(crew->deadline_ns);
        *crew = (pf__crew_t){0};
        return PF_ENOMEM;
    }
    for (int s = 0; s < nslots; s++)
        crew->pidfds[s] = -1;
    return 0;
}

/* Empty slot s (its worker was reaped).  Parent only. */
static void clear_slot(pf__crew_t *crew, int s)
{
    crew->pids[s] = 0;
    if (crew->pidfds[s] >= 0)
        pf__close(crew->pidfds[s]);
    crew->pidfds[s] = -1;
}

/* Reap slot s's worker, waiting through EINTR.  Parent only.  Returns its
 * wait status, or PF__STATUS_UNKNOWN when something else reaped it. */
static int reap(pf__crew_t *crew, int s)
{
    int status = 0;
    while (waitpid(crew->pids[s], &status, 0) < 0) {
        if (errno != EINTR) {
            status = PF__STATUS_UNKNOWN;
            break;
        }
    }
    clear_slot(crew, s);
    return status;
}

void pf__crew_kill(pf__crew_t *crew)
{
    if (crew->pids == NULL)
        return;
    for (int s = 1; s < crew->nslots; s++)
        if (crew->pids[s] > 0)
            kill(crew->pids[s], SIGKILL);
    for (int s = 1; s < crew->nslots; s++)
        if (crew->pids[s] > 0)
            reap(crew, s);
}

void pf__crew_free(pf__crew_t *crew)
{
    pf__crew_kill(crew);
    free(crew->pids);
    free(crew->pidfds);
    free(crew->deadline_ns);
    *crew = (pf__crew_t){0};
}

void pf__crew_forget(pf__crew_t *crew)
{
    for (int s = 0; s < crew->nslots; s++) {
        if (crew->pidfds[s] >= 0)
            close(crew->pidfds[s]);
        crew->pidfds[s] = -1;
        crew->pids[s] = 0;
    }
}

int pf__crew_fork(pf__crew_t *crew, int slot, double timeout)
{
    pid_t pid = pf__loop_inject_hit(PF__LOOP_INJECT_FORK)
                    ? pf__from_errno(errno)
                    : pf__fork(PF__FORK_WORKER);
    if (pid < 0)
        return (int)pid;
    if (pid == 0) {
        pf__crew_forget(crew);
        return 1;
    }
    crew->pids[slot] = pid;
    crew->pidfds[slot] = pidfd_open_compat(pid);
    crew->deadline_ns[slot] =
        timeout > 0 ? pf__deadline_in(timeout).ns : INT64_MAX;
    return 0;
}

int pf__crew_alive(const pf__crew_t *crew)
{
    int n = 0;
    for (int s = 1; s < crew->nslots; s++)
        n += crew->pids[s] > 0;
    return n;
}

/* Look at each worker once, without waiting: the first that ended or ran
 * past its deadline (killed and reaped then).  Parent only.  Returns 1
 * (slot, pid, status, timed_out set; the slot emptied) or 0. */
static int check_workers(pf__crew_t *crew, int *slot, pid_t *pid, int *status,
                         bool *timed_out)
{
    int64_t now = pf__now_ns();
    for (int s = 1; s < crew->nslots; s++) {
        if (crew->pids[s] <= 0)
            continue;
        int st = 0;
        pid_t r = waitpid(crew->pids[s], &st, WNOHANG);
        if (r == crew->pids[s] || (r < 0 && errno == ECHILD)) {
            *pid = crew->pids[s];
            clear_slot(crew, s);
            *slot = s;
            *status = r < 0 ? PF__STATUS_UNKNOWN : st;
            *timed_out = false;
            return 1;
        }
        if (crew->deadline_ns[s] <= now) {
            *pid = crew->pids[s];
            kill(crew->pids[s], SIGKILL);
            *status = reap(crew, s);
            *slot = s;
            *timed_out = true;
            return 1;
        }
    }
    return 0;
}

int pf__crew_wait(pf__crew_t *crew, int max_ms, int *slot, pid_t *pid,
                  int *status, bool *timed_out)
{
    struct pollfd fds[crew->nslots > 0 ? crew->nslots : 1];
    if (check_workers(crew, slot, pid, status, timed_out))
        return 1;
    int n = 0;
    bool fallback = false;
    int64_t next_deadline = INT64_MAX;
    for (int s = 1; s < crew->nslots; s++) {
        if (crew->pids[s] <= 0)
            continue;
        if (crew->deadline_ns[s] < next_deadline)
            next_deadline = crew->deadline_ns[s];
        if (crew->pidfds[s] >= 0)
            fds[n++] = (struct pollfd){crew->pidfds[s], POLLIN, 0};
        else
            fallback = true;
    }
    int ms = pf__deadline_poll_ms((pf__deadline_t){next_deadline});
    if (fallback && (ms < 0 || ms > 5))
        ms = 5;
    if (max_ms >= 0 && (ms < 0 || ms > max_ms))
        ms = max_ms;
    int rc = poll(fds, (nfds_t)n, ms);
    if (rc < 0 && errno != EINTR && errno != EAGAIN)
        return pf__from_errno(errno);
    return check_workers(crew, slot, pid, status, timed_out);
}

void pf__crew_describe(int status, bool timed_out, double timeout, char *buf,
                       size_t size)
{
    if (timed_out) {
        snprintf(buf, size,
                 "ran past the loop's timeout of %g s and was killed", timeout);
    } else if (status == PF__STATUS_UNKNOWN) {
        /* Say who reaped it: the kernel (SIGCHLD ignored) or the
         * program's own SIGCHLD handler. */
        struct sigaction sa;
        bool ignored =
            sigaction(SIGCHLD, NULL, &sa) == 0 &&
            (sa.sa_handler == SIG_IGN || (sa.sa_flags & SA_NOCLDWAIT) != 0);
        snprintf(buf, size,
                 "ended before finishing its iterations (its exit status "
                 "is unknown: %s)",
                 ignored ? "SIGCHLD is ignored, so the kernel reaped it"
                         : "something else in this process reaped it, "
                           "such as a SIGCHLD handler");
    } else if (WIFSIGNALED(status)) {
        snprintf(buf, size, "was killed by signal %d (%s)", WTERMSIG(status),
                 strsignal(WTERMSIG(status)));
    } else if (WIFEXITED(status) && WEXITSTATUS(status) != 0) {
        snprintf(buf, size, "exited with status %d", WEXITSTATUS(status));
    } else {
        snprintf(buf, size,
                 "exited with status 0 before finishing its iterations");
    }
}

int pf__crew_exit_status(int status, bool timed_out)
{
    if (timed_out)
        return 128 + SIGKILL;
    if (status == PF__STATUS_UNKNOWN)
        return 1;
    if (WIFSIGNALED(status))
        return 128 + WTERMSIG(status);
    if (WIFEXITED(status) && WEXITSTATUS(status) != 0)
        return WEXITSTATUS(status);
    return 1;
}
