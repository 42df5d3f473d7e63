/* loop_env.c - the loop engine's settings from the environment
 * (PFOR_VERBOSE, PFOR_DISPLAY_ENV) and its failure injection for tests. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "loop_internal.h"

/* "", "0", "false", "off", "no" and unset mean no. */
static bool env_flag(const char *name)
{
    const char *v = getenv(name);
    if (v == NULL || *v == '\0')
        return false;
    return strcmp(v, "0") != 0 && strcasecmp(v, "false") != 0 &&
           strcasecmp(v, "off") != 0 && strcasecmp(v, "no") != 0;
}

bool pf__loop_verbose(void)
{
    return env_flag("PFOR_VERBOSE");
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
    if (!env_flag("PFOR_DISPLAY_ENV"))
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
