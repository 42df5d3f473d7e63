/* 003_b255cf522e5fcd6b.txt: Manager: Lists (In [11]). */
/*
 * Four processes each append 0..4 to one manager list: manager.list() is
 * pf_manager_list, append is pf_list_append (atomic: nothing is lost).
 * The 20 items arrive in whatever order the processes ran.  (The notebook
 * printed [] because its children could not run.)
 */
#include <pfor.h>
#include <stdio.h>
#include <stdlib.h>

#include "sample.h"

static int append_to_list(void *arg)
{
    pf_list_t *shared_list = arg;
    for (int i = 0; i < 5; i++)
        CHECK(pf_list_append(shared_list, &i, sizeof i));
    return 0;
}

int main(void)
{
    pf_manager_t *manager;
    pf_list_t *shared_list;
    pf_process_t *processes[4];

    CHECK(pf_manager_new(NULL, &manager));
    CHECK(pf_manager_list(manager, &shared_list));
    for (int i = 0; i < 4; i++)
        CHECK(pf_process_new(append_to_list, shared_list, NULL, &processes[i]));
    for (int i = 0; i < 4; i++)
        CHECK(pf_process_start(processes[i]));
    for (int i = 0; i < 4; i++) {
        CHECK(pf_process_join(processes[i], PF_FOREVER));
        pf_process_free(processes[i]);
    }

    long n = pf_list_len(shared_list);
    CHECK(n);
    printf("[");
    for (long i = 0; i < n; i++) {
        int v;
        CHECK(pf_list_get(shared_list, i, &v, sizeof v, NULL));
        printf("%s%d", i ? ", " : "", v);
    }
    printf("]\n");
    pf_manager_free(manager);
    return 0;
}
