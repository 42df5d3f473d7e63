/* 001_cea31294124c9188.txt: Namespaces: mutation does not propagate. */
/*
 * The "namespace trap": reading an attribute hands back a copy, so
 * changing the copy (appending to a list held in the namespace) changes
 * nothing for the other processes.  Here the list is a small struct kept
 * as bytes (pf_namespace_set_bytes); the producer appends to its copy and,
 * like the seed, forgets to write it back: the consumer sees [] both
 * times.  The last lines show the fix: write the copy back.
 */
#include <pfor.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sample.h"

/* A tiny list of strings that can live in a namespace attribute. */
struct my_list {
    int n;
    char items[4][32];
};

struct shared {
    pf_namespace_t *ns;
    pf_event_t *event;
};

static void print_list(const char *what, pf_namespace_t *ns)
{
    struct my_list l;
    CHECK(pf_namespace_get_bytes(ns, "my_list", &l, sizeof l, NULL));
    printf("%s[", what);
    for (int i = 0; i < l.n; i++)
        printf("%s'%s'", i ? ", " : "", l.items[i]);
    printf("]\n");
}

static int producer(void *arg)
{
    struct shared *sh = arg;
    struct my_list l;
    CHECK(pf_namespace_get_bytes(sh->ns, "my_list", &l, sizeof l, NULL));
    strcpy(l.items[l.n++], "This is the value"); /* DOES NOT UPDATE GLOBAL */
    CHECK(pf_event_set(sh->event));
    return 0;
}

static int consumer(void *arg)
{
    struct shared *sh = arg;
    print_list("Before event, consumer got: ", sh->ns);
    CHECK(pf_event_wait(sh->event, PF_FOREVER));
    print_list("After event, consumer got: ", sh->ns);
    return 0;
}

int main(void)
{
    pf_manager_t *mgr;
    struct shared sh;
    struct my_list empty = {0};
    pf_process_t *p, *c;

    setvbuf(stdout, NULL, _IOLBF, 0);
    CHECK(pf_manager_new(NULL, &mgr));
    CHECK(pf_manager_namespace(mgr, &sh.ns));
    CHECK(pf_namespace_set_bytes(sh.ns, "my_list", &empty, sizeof empty));
    CHECK(pf_event_new(&sh.event));
    CHECK(pf_process_new(producer, &sh, NULL, &p));
    CHECK(pf_process_new(consumer, &sh, NULL, &c));

    CHECK(pf_process_start(c));
    CHECK(pf_process_start(p));
    CHECK(pf_process_join(c, PF_FOREVER));
    CHECK(pf_process_join(p, PF_FOREVER));

    /* The fix: change the copy, then store it back. */
    struct my_list l;
    CHECK(pf_namespace_get_bytes(sh.ns, "my_list", &l, sizeof l, NULL));
    strcpy(l.items[l.n++], "This is the value");
    CHECK(pf_namespace_set_bytes(sh.ns, "my_list", &l, sizeof l));
    print_list("After writing the copy back: ", sh.ns);

    pf_process_free(c);
    pf_process_free(p);
    pf_event_free(sh.event);
    pf_manager_free(mgr);
    return 0;
}
