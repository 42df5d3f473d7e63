/* io.c - waiting on descriptors and whole-buffer writes with deadlines,
 * free of SIGPIPE. */
#include <dirent.h>
#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <sys/socket.h>
#include <unistd.h>

#include "internal.h"

int pf__wait_fd(int fd, short events, pf__deadline_t d)
{
    for (;;) {
        struct pollfd p = {.fd = fd, .events = events, .revents = 0};
        int rc = poll(&p, 1, pf__deadline_poll_ms(d));
        if (rc > 0)
            return 1;
        if (rc == 0)
            return 0;
        if (errno != EINTR)
            return pf__from_errno(errno);
    }
}

/* One write that cannot raise SIGPIPE: send(MSG_NOSIGNAL) on sockets; on
 * other descriptors SIGPIPE is blocked in this thread for the call and a
 * SIGPIPE it caused is consumed before the mask is restored. */
static ssize_t write_nosignal(int fd, const void *buf, size_t len)
{
    ssize_t n = send(fd, buf, len, MSG_NOSIGNAL);
    if (n >= 0 || errno != ENOTSOCK)
        return n;
    sigset_t pipe_set, old;
    sigemptyset(&pipe_set);
    sigaddset(&pipe_set, SIGPIPE);
    pthread_sigmask(SIG_BLOCK, &pipe_set, &old);
    n = write(fd, buf, len);
    int saved = errno;
    if (n < 0 && saved == EPIPE) {
        struct timespec zero = {0, 0};
        sigset_t pending;
        sigpending(&pending);
        if (sigismember(&pending, SIGPIPE) && !sigismember(&old, SIGPIPE))
            sigtimedwait(&pipe_set, NULL, &zero);
    }
    pthread_sigmask(SIG_SETMASK, &old, NULL);
    errno = saved;
    return n;
}

int pf__write_all(int fd, const void *buf, size_t len, pf__deadline_t d)
{
    const char *p = buf;
    while (len > 0) {
        ssize_t n = write_nosignal(fd, p, len);
        if (n > 0) {
            p += n;
            len -= (size_t)n;
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
            int rc = pf__wait_fd(fd, POLLOUT, d);
            if (rc == 0)
                return PF_ETIMEDOUT;
            if (rc < 0)
                return rc;
            continue;
        }
        if (n < 0 && (errno == EPIPE || errno == ECONNRESET))
            return PF_EPIPE;
        return n < 0 ? pf__from_errno(errno) : PF_ESYS;
    }
    return 0;
}

void pf__close(int fd)
{
    if (fd >= 0) {
        int saved = errno;
        close(fd);
        errno = saved;
    }
}

int pf__count_fds(void)
{
    DIR *dir = opendir("/proc/self/fd");
    if (!dir)
        return -1;
    int count = 0;
    struct dirent *e;
    while ((e = readdir(dir)) != NULL)
        if (e->d_name[0] != '.')
            count++;
    closedir(dir);
    return count - 1; /* the directory's own descriptor */
}
