/* 001_cea31294124c9188.txt: Managers: mgr.dict() from 10 workers. */
/*
 * Ten processes each store one item in a dict that a manager shares:
 * d[key] = value is pf_dict_set.  Keys are strings in pfor, values bytes
 * (a long long here), so the parent prints the dict the way Python does.
 */
#include <pfor.h>
#include <stdio.h>
#include <stdlib.h>

#include "sample.h"

struct job {
    pf_dict_t *d;
    int key;
    long long value;
};

static int worker(void *arg)
{
    struct job *job = arg;
    char key[16];
    snprintf(key, sizeof key, "%d", job->key);
    CHECK(pf_dict_set(job->d, key, &job->value, sizeof job->value));
    return 0;
}

int main(void)
{
    pf_manager_t *mgr;
    pf_dict_t *d;
    struct job args[10];
    pf_process_t *jobs[10];

    CHECK(pf_manager_new(NULL, &mgr));
    CHECK(pf_manager_dict(mgr, &d));
    for (int i = 0; i < 10; i++) {
        args[i] = (struct job){d, i, i * 2};
        CHECK(pf_process_new(worker, &args[i], NULL, &jobs[i]));
    }
    for (int i = 0; i < 10; i++)
        CHECK(pf_process_start(jobs[i]));
    for (int i = 0; i < 10; i++) {
        CHECK(pf_process_join(jobs[i], PF_FOREVER));
        pf_process_free(jobs[i]);
    }

    printf("Results: {");
    for (int i = 0; i < 10; i++) {
        char key[16];
        long long value;
        snprintf(key, sizeof key, "%d", i);
        CHECK(pf_dict_get(d, key, &value, sizeof value, NULL));
        printf("%s%d: %lld", i ? ", " : "", i, value);
    }
    printf("}\n");
    pf_manager_free(mgr);
    return 0;
}
