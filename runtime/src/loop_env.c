/* loop_env.c - the loop engine's settings from the environment
 * (PFOR_VERBOSE, PFOR_DISPLAY_ENV) and its failure injection for tests. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "loop_internal.h"

/* ---- the loop's variables, read without a scan per loop ----
 *
 * A loop reads PFOR_WORKERS, PFOR_ADAPT, PFOR_VERBOSE and PFOR_SCHEDULE
 * at its start, so a program may change them between loops (setenv);
 * getenv scans the whole environment each time, which a serial run of a
 * tiny loop pays for several times over.  Each thread keeps where in
 * `environ` it found them and checks, per call, that nothing moved that
 * could change the answer: `environ` itself, its length (setenv appends
 * a new name), the last entry (a name removed, then one added, keep the
 * length but not the last entry: setenv and putenv append), and the slot
 * of the variable asked for (setenv of an existing name replaces it;
 * unsetenv shifts the slots, and the length with them).  Only a change made by writing into a string already in the
 * environment (putenv's string edited in place) goes unseen. */
extern char **environ;

static const struct {
    const char *name;
    size_t len;
} env_names[PF__ENV_COUNT] = {
#define ENV_NAME(v, s) [v] = {s, sizeof s - 1}
    ENV_NAME(PF__ENV_WORKERS, "PFOR_WORKERS"),
    ENV_NAME(PF__ENV_ADAPT, "PFOR_ADAPT"),
    ENV_NAME(PF__ENV_VERBOSE, "PFOR_VERBOSE"),
    ENV_NAME(PF__ENV_SCHEDULE, "PFOR_SCHEDULE"),
#undef ENV_NAME
};

static _Thread_local struct {
    char **environ;
    size_t length;            /* entries before its NULL */
    const char *last;         /* the entry before it (NULL: none) */
    long slot[PF__ENV_COUNT]; /* -1: not there */
    const char *entry[PF__ENV_COUNT];
    const char *value[PF__ENV_COUNT]; /* after the '=' */
} env_seen;

static bool env_still(pf__env_t which)
{
    if (env_seen.environ == NULL || env_seen.environ != environ ||
        environ[env_seen.length] != NULL ||
        (env_seen.length > 0 && environ[env_seen.length - 1] != env_seen.last))
        return false;
    return env_seen.slot[which] < 0 ||
           environ[env_seen.slot[which]] == env_seen.entry[which];
}

const char *pf__env(pf__env_t which)
{
    if (environ == NULL)
        return NULL;
    if (!env_still(which)) {
        size_t n = 0;
        for (int v = 0; v < PF__ENV_COUNT; v++)
            env_seen.slot[v] = -1;
        for (; environ[n] != NULL; n++) {
            const char *e = environ[n];
            if (strncmp(e, "PFOR_", 5) != 0)
                continue;
            for (int v = 0; v < PF__ENV_COUNT; v++) {
                size_t len = env_names[v].len;
                if (env_seen.slot[v] < 0 &&
                    strncmp(e, env_names[v].name, len) == 0 && e[len] == '=') {
                    env_seen.slot[v] = (long)n;
                    env_seen.entry[v] = e;
                    env_seen.value[v] = e + len + 1;
                }
            }
        }
        env_seen.environ = environ;
        env_seen.length = n;
        env_seen.last = n > 0 ? environ[n - 1] : NULL;
    }
    return env_seen.slot[which] < 0 ? NULL : env_seen.value[which];
}

/* "", "0", "false", "off", "no" and unset mean no. */
static bool flag_of(const char *v)
{
    if (v == NULL || *v == '\0')
        return false;
    return strcmp(v, "0") != 0 && strcasecmp(v, "false") != 0 &&
           strcasecmp(v, "off") != 0 && strcasecmp(v, "no") != 0;
}

bool pf__loop_verbose(void)
{
    return flag_of(pf__env(PF__ENV_VERBOSE));
}

/* The displayed value of an environment variable: its text, or what is
 * in force without it. */
static const char *shown(const char *name, const char *otherwise)
{
    const char *v = getenv(name);
    return v && *v ? v : otherwise;
}

void pf__loop_display_env(void)
{
    /* Once per process (a forked copy of the program that starts loops of
     * its own shows them again); never in a worker. */
    static pid_t displayed_in;
    if (displayed_in == pf__pid() || pf__is_worker())
        return;
    displayed_in = pf__pid();
    if (!flag_of(getenv("PFOR_DISPLAY_ENV")))
        return;
    char workers[32], cpus[32];
    long w = pf__loop_default_workers(0);
    int n = pf_cpu_count();
    if (w > 0)
        snprintf(workers, sizeof workers, "%ld", w);
    else
        snprintf(workers, sizeof workers, "malformed");
    snprintf(cpus, sizeof cpus, "%d", n);
    fflush(stdout);
    fprintf(stderr,
            "PFOR DISPLAY ENVIRONMENT BEGIN\n"
            "  PFOR_VERSION = '%s'\n"
            "  PFOR_BACKEND = 'process'\n"
            "  PFOR_WORKERS = '%s'\n"
            "  PFOR_SCHEDULE = '%s'\n"
            "  PFOR_ADAPT = '%s'\n"
            "  PFOR_VERBOSE = '%s'\n"
            "  PFOR_CPU_COUNT = '%s'\n"
            "  PFOR_WRITESET = '%s'\n"
            "  PFOR_SPIN = '%s'\n"
            "PFOR DISPLAY ENVIRONMENT END\n",
            PFOR_VERSION_STRING, workers, shown("PFOR_SCHEDULE", "static"),
            shown("PFOR_ADAPT", "1"), pf__loop_verbose() ? "1" : "0", cpus,
            pf__ws_mechanism_name(pf__ws_mechanism()),
            shown("PFOR_SPIN", "50"));
    fflush(stderr);
}
