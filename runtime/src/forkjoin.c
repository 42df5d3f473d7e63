/* forkjoin.c - the worker processes of one fork-join: fork them, wait for
 * them (deadlines; child.c's pidfds, reaps and kills), kill them, and say
 * in words how one ended.
 * Nothing here knows about iterations: the loop engine and, later, a
 * persistent team use it as it is. */
#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "loop_internal.h"

int pf__crew_init(pf__crew_t *crew, int nslots)
{
    crew->nslots = nslots;
    crew->kids = calloc((size_t)nslots, sizeof *crew->kids);
    crew->deadline_ns = calloc((size_t)nslots, sizeof *crew->deadline_ns);
    if (!crew->kids || !crew->deadline_ns) {
        free(crew->kids);
        free(crew->deadline_ns);
        *crew = (pf__crew_t){0};
        return PF_ENOMEM;
    }
    for (int s = 0; s < nslots; s++)
        crew->kids[s] = (pf__child_t){0, -1};
    return 0;
}

void pf__crew_kill(pf__crew_t *crew)
{
    if (crew->kids == NULL)
        return;
    /* Every worker gets its SIGKILL before the first reap waits. */
    for (int s = 1; s < crew->nslots; s++)
        pf__child_signal(&crew->kids[s], SIGKILL);
    for (int s = 1; s < crew->nslots; s++)
        if (crew->kids[s].pid > 0)
            pf__child_kill(&crew->kids[s]);
}

void pf__crew_free(pf__crew_t *crew)
{
    pf__crew_kill(crew);
    free(crew->kids);
    free(crew->deadline_ns);
    *crew = (pf__crew_t){0};
}

void pf__crew_forget(pf__crew_t *crew)
{
    for (int s = 0; s < crew->nslots; s++)
        if (crew->kids[s].pid > 0 || crew->kids[s].pidfd >= 0)
            pf__child_forget(&crew->kids[s]);
}

int pf__crew_fork(pf__crew_t *crew, int slot, double timeout)
{
    pid_t pid = pf__child_fork(&crew->kids[slot], PF__FORK_WORKER);
    if (pid < 0)
        return (int)pid;
    if (pid == 0) {
        pf__crew_forget(crew);
        return 1;
    }
    crew->deadline_ns[slot] =
        timeout > 0 ? pf__deadline_in(timeout).ns : INT64_MAX;
    return 0;
}

int pf__crew_alive(const pf__crew_t *crew)
{
    int n = 0;
    for (int s = 1; s < crew->nslots; s++)
        n += crew->kids[s].pid > 0;
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
        pf__child_t *kid = &crew->kids[s];
        if (kid->pid <= 0)
            continue;
        pid_t was = kid->pid;
        if (pf__child_reap(kid, status) == 1) {
            *pid = was;
            *slot = s;
            *timed_out = false;
            return 1;
        }
        if (crew->deadline_ns[s] <= now) {
            *pid = was;
            *status = pf__child_kill(kid);
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
        if (crew->kids[s].pid <= 0)
            continue;
        if (crew->deadline_ns[s] < next_deadline)
            next_deadline = crew->deadline_ns[s];
        if (crew->kids[s].pidfd >= 0)
            fds[n++] = (struct pollfd){crew->kids[s].pidfd, POLLIN, 0};
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
