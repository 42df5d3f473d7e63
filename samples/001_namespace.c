/* 001_cea31294124c9188.txt: Namespaces (producer / consumer). */
/*
 * A producer sets an attribute of a manager Namespace and an event; the
 * consumer reads the attribute before and after the event.  mgr.Namespace()
 * is pf_manager_namespace; ns.value = '...' is pf_namespace_set_string;
 * reading an attribute never set gives PF_ENOENT, Python's AttributeError.
 * As in the seed, the consumer starts first, so it normally reads before
 * the producer writes (not guaranteed: the two race).
 */
#include <pfor.h>
#include <stdio.h>
#include <stdlib.h>

#include "sample.h"

struct shared {
    pf_namespace_t *ns;
    pf_event_t *event;
};

static int producer(void *arg)
{
    struct shared *sh = arg;
    CHECK(pf_namespace_set_string(sh->ns, "value", "This is the value"));
    CHECK(pf_event_set(sh->event));
    return 0;
}

static int consumer(void *arg)
{
    struct shared *sh = arg;
    char value[64];

    int rc =
        pf_namespace_get_string(sh->ns, "value", value, sizeof value, NULL);
    if (rc == PF_ENOENT)
        printf("Before event, consumer got: %s\n", pf_strerror(rc));
    else if (rc == 0)
        printf("Before event, consumer got: %s\n", value);
    else
        CHECK(rc);
    CHECK(pf_event_wait(sh->event, PF_FOREVER));
    CHECK(pf_namespace_get_string(sh->ns, "value", value, sizeof value, NULL));
    printf("After event, consumer got: %s\n", value);
    return 0;
}

int main(void)
{
    pf_manager_t *mgr;
    struct shared sh;
    pf_process_t *p, *c;

    setvbuf(stdout, NULL, _IOLBF, 0);
    CHECK(pf_manager_new(NULL, &mgr));
    CHECK(pf_manager_namespace(mgr, &sh.ns));
    CHECK(pf_event_new(&sh.event));
    CHECK(pf_process_new(producer, &sh, NULL, &p));
    CHECK(pf_process_new(consumer, &sh, NULL, &c));

    CHECK(pf_process_start(c));
    CHECK(pf_process_start(p));

    CHECK(pf_process_join(c, PF_FOREVER));
    CHECK(pf_process_join(p, PF_FOREVER));
    pf_process_free(c);
    pf_process_free(p);
    pf_event_free(sh.event);
    pf_manager_free(mgr);
    return 0;
}
