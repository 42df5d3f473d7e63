/* 001_cea31294124c9188.txt: Event with wait(timeout). */
/*
 * Two processes wait for an event: "block" without limit, "non-block" with
 * a timeout that runs out before the parent sets the event.  Event() is
 * pf_event_new; e.wait(t) is pf_event_wait(e, t), which returns
 * PF_ETIMEDOUT where Python's returns quietly (the seed then checks
 * is_set(), so does this).  Times are scaled down: timeout 0.2 s, the
 * parent sets the event after 2 s (2 s and 3 s in the seed; the wide gap
 * keeps the timeout first on a busy machine).
 */
#include <pfor.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "sample.h"

/* Wait for the event to be set before doing anything. */
static int wait_for_event(void *arg)
{
    pf_event_t *e = arg;
    printf("wait_for_event: starting\n");
    CHECK(pf_event_wait(e, PF_FOREVER));
    printf("wait_for_event: e.is_set()-> %s\n",
           pf_event_is_set(e) ? "True" : "False");
    return 0;
}

/* Wait t seconds and then time out. */
static int wait_for_event_timeout(void *arg)
{
    pf_event_t *e = arg;
    printf("wait_for_event_timeout: starting\n");
    int rc = pf_event_wait(e, 0.2);
    if (rc != 0 && rc != PF_ETIMEDOUT)
        CHECK(rc);
    printf("wait_for_event_timeout: e.is_set()-> %s\n",
           pf_event_is_set(e) ? "True" : "False");
    return 0;
}

int main(void)
{
    pf_event_t *e;
    pf_process_t *w1, *w2;

    setvbuf(stdout, NULL, _IOLBF, 0);
    CHECK(pf_event_new(&e));
    CHECK(pf_process_new(wait_for_event, e,
                         &(pf_process_options_t){.name = "block"}, &w1));
    CHECK(pf_process_start(w1));
    CHECK(pf_process_new(wait_for_event_timeout, e,
                         &(pf_process_options_t){.name = "non-block"}, &w2));
    CHECK(pf_process_start(w2));

    printf("main: waiting before calling Event.set()\n");
    sleep(2);
    CHECK(pf_event_set(e));
    printf("main: event is set\n");

    CHECK(pf_process_join(w1, PF_FOREVER));
    CHECK(pf_process_join(w2, PF_FOREVER));
    pf_process_free(w1);
    pf_process_free(w2);
    pf_event_free(e);
    return 0;
}
