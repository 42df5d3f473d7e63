/* 003_b255cf522e5fcd6b.txt: Manager: Dictionaries (In [12]). */
/*
 * Four processes each set d[i] = i * i for i in 0..4 in one manager dict
 * (they write the same items, so the dict ends with five).  Keys are
 * strings, values bytes (an int).
 */
#include <pfor.h>
#include <stdio.h>
#include <stdlib.h>

#include "sample.h"

static int update_dict(void *arg)
{
    pf_dict_t *shared_dict = arg;
    for (int i = 0; i < 5; i++) {
        char key[16];
        int value = i * i;
        snprintf(key, sizeof key, "%d", i);
        CHECK(pf_dict_set(shared_dict, key, &value, sizeof value));
    }
    return 0;
}

int main(void)
{
    pf_manager_t *manager;
    pf_dict_t *shared_dict;
    pf_process_t *processes[4];

    CHECK(pf_manager_new(NULL, &manager));
    CHECK(pf_manager_dict(manager, &shared_dict));
    for (int i = 0; i < 4; i++)
        CHECK(pf_process_new(update_dict, shared_dict, NULL, &processes[i]));
    for (int i = 0; i < 4; i++)
        CHECK(pf_process_start(processes[i]));
    for (int i = 0; i < 4; i++) {
        CHECK(pf_process_join(processes[i], PF_FOREVER));
        pf_process_free(processes[i]);
    }

    printf("{");
    for (int i = 0; i < pf_dict_len(shared_dict); i++) {
        char key[16];
        int value;
        snprintf(key, sizeof key, "%d", i);
        CHECK(pf_dict_get(shared_dict, key, &value, sizeof value, NULL));
        printf("%s%d: %d", i ? ", " : "", i, value);
    }
    printf("}\n");
    pf_manager_free(manager);
    return 0;
}
