/* crash_once.h - crash injection for the write-shape programs.  With
 * PFOR_E2E_CRASH=<iteration>:<marker file> in the environment, the first
 * process to run that iteration (the marker does not exist yet) creates
 * the marker and kills itself with SIGKILL, mid-loop; the loop's
 * retries(2) runs its chunk again in a new worker forked from the pristine
 * parent, so the output must still be the serial run's.  Without the
 * variable (the serial reference, and the plain runs) it does nothing. */
#ifndef CRASH_ONCE_H
#define CRASH_ONCE_H

#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <unistd.h>

static void crash_once(long long i)
{
    static int parsed;
    static long long at = -1;
    static const char *marker;
    if (!parsed) {
        const char *e = getenv("PFOR_E2E_CRASH");
        char *end;
        parsed = 1;
        if (e) {
            at = strtoll(e, &end, 10);
            marker = *end == ':' ? end + 1 : NULL;
        }
    }
    if (i != at || !marker)
        return;
    int fd = open(marker, O_CREAT | O_EXCL | O_WRONLY, 0600);
    if (fd < 0)
        return; /* crashed once already: the retry goes through */
    close(fd);
    kill(getpid(), SIGKILL);
}

#endif
