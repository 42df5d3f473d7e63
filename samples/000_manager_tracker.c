/* 000_af678ed9c2489058.txt, "Managers" (In [15] and In [17]). */
/*
 * Five processes each record, in a manager dict, which pid worked their
 * job.  Manager() is pf_manager_new, manager.dict() is pf_manager_dict,
 * state.tracker[job] = pid is pf_dict_set.  The seed hangs the dict on a
 * Namespace (shared.tracker); in C the handles are plain pointers that
 * forked children inherit, so the "namespace" handed to the workers is a
 * struct holding the namespace and the dict, and the namespace keeps the
 * number of jobs.  Dict keys are strings, values bytes (here an int).
 */
#include <pfor.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "sample.h"

struct shared {
    pf_namespace_t *ns;
    pf_dict_t *tracker;
};

struct job {
    int number;
    struct shared *state;
};

static int work(void *arg)
{
    struct job *job = arg;
    char key[24];
    int pid = getpid();

    snprintf(key, sizeof key, "%d", job->number);
    CHECK(pf_dict_set(job->state->tracker, key, &pid, sizeof pid));
    return 0;
}

/* Print the tracker as Python prints a dict: {0: pid, 1: pid, ...}. */
static void print_tracker(struct shared *shared)
{
    long long jobs;
    const char *sep = "";

    CHECK(pf_namespace_get_int(shared->ns, "jobs", &jobs));
    printf("Job Worked By: {");
    for (long long i = 0; i < jobs; i++) {
        char key[24];
        int pid;
        snprintf(key, sizeof key, "%lld", i);
        if (pf_dict_get(shared->tracker, key, &pid, sizeof pid, NULL) == 0) {
            printf("%s%lld: %d", sep, i, pid);
            sep = ", ";
        }
    }
    printf("}\n");
}

int main(void)
{
    pf_manager_t *manager;
    struct shared shared;
    struct job jobs[5];
    pf_process_t *procs[5];

    setvbuf(stdout, NULL, _IOLBF, 0);
    CHECK(pf_manager_new(NULL, &manager));
    CHECK(pf_manager_namespace(manager, &shared.ns));
    CHECK(pf_manager_dict(manager, &shared.tracker));
    CHECK(pf_namespace_set_int(shared.ns, "jobs", 5));

    for (int i = 0; i < 5; i++) {
        jobs[i] = (struct job){i, &shared};
        CHECK(pf_process_new(work, &jobs[i], NULL, &procs[i]));
    }

    print_tracker(&shared);
    for (int i = 0; i < 5; i++)
        CHECK(pf_process_start(procs[i]));
    for (int i = 0; i < 5; i++) {
        CHECK(pf_process_join(procs[i], PF_FOREVER));
        pf_process_free(procs[i]);
    }
    print_tracker(&shared);

    pf_manager_free(manager);
    return 0;
}
