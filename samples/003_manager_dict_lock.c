/* 003_b255cf522e5fcd6b.txt, "Dictionary with a lock". */
/*
 * Five processes each set one item under a Lock.  A single pf_dict_set is
 * already atomic, so the lock matters only for several calls that must
 * go together; pf_manager_lock / pf_manager_unlock is the manager's own
 * lock for that.  The dict is printed in key order, by iterating over a
 * snapshot (pf_dict_iter) and sorting its keys.
 */
#include <pfor.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sample.h"

struct item {
    pf_dict_t *shared_dict;
    pf_lock_t *lock;
    char key[8];
    int value;
};

static int update_dict(void *arg)
{
    struct item *it = arg;
    CHECK(pf_lock_acquire(it->lock, PF_FOREVER));
    CHECK(pf_dict_set(it->shared_dict, it->key, &it->value, sizeof it->value));
    CHECK(pf_lock_release(it->lock));
    return 0;
}

static int by_key(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

int main(void)
{
    pf_manager_t *manager;
    pf_dict_t *shared_dict;
    pf_lock_t *lock;
    struct item items[5];
    pf_process_t *processes[5];

    CHECK(pf_manager_new(NULL, &manager));
    CHECK(pf_manager_dict(manager, &shared_dict));
    CHECK(pf_lock_new(&lock));
    for (int i = 0; i < 5; i++) {
        items[i] = (struct item){shared_dict, lock, "", i * i};
        snprintf(items[i].key, sizeof items[i].key, "%d", i);
        CHECK(pf_process_new(update_dict, &items[i], NULL, &processes[i]));
    }
    for (int i = 0; i < 5; i++)
        CHECK(pf_process_start(processes[i]));
    for (int i = 0; i < 5; i++) {
        CHECK(pf_process_join(processes[i], PF_FOREVER));
        pf_process_free(processes[i]);
    }

    /* print(shared_dict): {'0': 0, '1': 1, ...} */
    pf_iter_t *it;
    const char *keys[5];
    size_t n = 0;
    const char *key;
    CHECK(pf_dict_iter(shared_dict, PF_ITER_KEYS, &it));
    while (n < 5 && pf_iter_next(it, &key, NULL, NULL) == 1)
        keys[n++] = key;
    qsort(keys, n, sizeof keys[0], by_key);
    printf("{");
    for (size_t i = 0; i < n; i++) {
        int value;
        CHECK(pf_dict_get(shared_dict, keys[i], &value, sizeof value, NULL));
        printf("%s'%s': %d", i ? ", " : "", keys[i], value);
    }
    printf("}\n");
    pf_iter_free(it);
    pf_lock_free(lock);
    pf_manager_free(manager);
    return 0;
}
