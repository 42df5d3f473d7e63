/* 004_fa963c81bf38f4c0.txt, "Server process" (Manager dict + list). */
/*
 * A child fills a manager dict and reverses a manager list; the parent
 * prints both.  Python's Manager is a server process reached through
 * proxies; pfor's manager is shared memory that every forked process maps
 * (no server, no round trips), with the same dict and list operations.
 * Python keys may be any object (1, '2', 0.25); pfor keys are strings, so
 * the key is the text Python would print, and the value its repr.
 */
#include <pfor.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sample.h"

struct shared {
    pf_dict_t *d;
    pf_list_t *l;
};

static void set(pf_dict_t *d, const char *key, const char *repr)
{
    CHECK(pf_dict_set(d, key, repr, strlen(repr) + 1));
}

static int f(void *arg)
{
    struct shared *s = arg;
    set(s->d, "1", "'1'");
    set(s->d, "'2'", "2");
    set(s->d, "0.25", "None");
    CHECK(pf_list_reverse(s->l));
    return 0;
}

int main(void)
{
    pf_manager_t *manager;
    struct shared s;
    pf_process_t *p;

    CHECK(pf_manager_new(NULL, &manager));
    CHECK(pf_manager_dict(manager, &s.d));
    CHECK(pf_manager_list(manager, &s.l));
    for (int i = 0; i < 10; i++) /* manager.list(range(10)) */
        CHECK(pf_list_append(s.l, &i, sizeof i));

    CHECK(pf_process_new(f, &s, NULL, &p));
    CHECK(pf_process_start(p));
    CHECK(pf_process_join(p, PF_FOREVER));
    pf_process_free(p);

    /* print(d), in the order the child inserted the keys */
    const char *keys[] = {"1", "'2'", "0.25"};
    printf("{");
    for (int i = 0; i < 3; i++) {
        char repr[16];
        CHECK(pf_dict_get(s.d, keys[i], repr, sizeof repr, NULL));
        printf("%s%s: %s", i ? ", " : "", keys[i], repr);
    }
    printf("}\n");
    /* print(l) */
    printf("[");
    for (long i = 0; i < pf_list_len(s.l); i++) {
        int v;
        CHECK(pf_list_get(s.l, i, &v, sizeof v, NULL));
        printf("%s%d", i ? ", " : "", v);
    }
    printf("]\n");
    pf_manager_free(manager);
    return 0;
}
