/* 001_cea31294124c9188.txt: Condition (stage_1 / stage_2). */
/*
 * Two "stage 2" processes wait on a condition until "stage 1" is done.
 * Condition() is pf_condition_new(NULL, ...) (with its own rlock);
 * `with cond:` is pf_condition_acquire/release; notify_all and wait are
 * pf_condition_notify_all and pf_condition_wait_for.  The seed calls a bare
 * cond.wait() and relies on a 1 s sleep so that stage 2 is already waiting
 * when stage 1 notifies; a notification sent before anyone waits is lost.
 * Here stage 1 also sets a flag in shared memory and stage 2 waits for the
 * flag (wait_for), which is right whatever the timing.
 */
#include <pfor.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "sample.h"

struct stage {
    pf_condition_t *cond;
    int *stage_1_done; /* pfor shared memory */
};

static bool stage_1_is_done(void *arg)
{
    return *((struct stage *)arg)->stage_1_done;
}

/* Perform the first stage of work, then notify stage_2 to continue. */
static int stage_1(void *arg)
{
    struct stage *s = arg;
    const char *name = pf_current_process();
    printf("Starting %s\n", name);
    CHECK(pf_condition_acquire(s->cond, PF_FOREVER));
    printf("%s done and ready for stage 2\n", name);
    *s->stage_1_done = 1;
    CHECK(pf_condition_notify_all(s->cond));
    CHECK(pf_condition_release(s->cond));
    return 0;
}

/* Wait for the condition telling us stage_1 is done. */
static int stage_2(void *arg)
{
    struct stage *s = arg;
    const char *name = pf_current_process();
    printf("Starting %s\n", name);
    CHECK(pf_condition_acquire(s->cond, PF_FOREVER));
    CHECK(pf_condition_wait_for(s->cond, stage_1_is_done, s, PF_FOREVER));
    printf("%s running\n", name);
    CHECK(pf_condition_release(s->cond));
    return 0;
}

int main(void)
{
    struct stage s;
    pf_process_t *s1, *s2_clients[2];

    setvbuf(stdout, NULL, _IOLBF, 0);
    CHECK(pf_condition_new(NULL, &s.cond));
    CHECK(pf_shared_alloc(sizeof *s.stage_1_done, (void **)&s.stage_1_done));
    CHECK(pf_process_new(stage_1, &s, &(pf_process_options_t){.name = "s1"},
                         &s1));
    for (int i = 1; i <= 2; i++) {
        char name[16];
        snprintf(name, sizeof name, "stage_2[%d]", i);
        CHECK(pf_process_new(stage_2, &s, &(pf_process_options_t){.name = name},
                             &s2_clients[i - 1]));
    }

    for (int i = 0; i < 2; i++) {
        CHECK(pf_process_start(s2_clients[i]));
        usleep(200 * 1000);
    }
    CHECK(pf_process_start(s1));

    CHECK(pf_process_join(s1, PF_FOREVER));
    pf_process_free(s1);
    for (int i = 0; i < 2; i++) {
        CHECK(pf_process_join(s2_clients[i], PF_FOREVER));
        pf_process_free(s2_clients[i]);
    }
    pf_shared_free(s.stage_1_done);
    pf_condition_free(s.cond);
    return 0;
}
