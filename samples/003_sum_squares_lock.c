/* 003_b255cf522e5fcd6b.txt: sum_of_squares with a Lock (In [7]). */
/*
 * The same sum over 1..100, each addition under a Lock (`with lock:` is
 * pf_lock_acquire / pf_lock_release), so nothing is lost: always 338350.
 */
#include <pfor.h>
#include <stdio.h>
#include <stdlib.h>

#include "sample.h"

struct part {
    int start, end;
    pf_value_t *shared_result;
    pf_lock_t *lock;
};

static int sum_of_squares(void *arg)
{
    struct part *p = arg;
    for (int i = p->start; i < p->end; i++) {
        long long v;
        CHECK(pf_lock_acquire(p->lock, PF_FOREVER));
        CHECK(pf_value_get_ll(p->shared_result, &v));
        CHECK(pf_value_set_ll(p->shared_result, v + i * i));
        CHECK(pf_lock_release(p->lock));
    }
    return 0;
}

int main(void)
{
    enum { num_processes = 4 };
    int range_per_process = 100 / num_processes;
    pf_value_t *shared_result;
    pf_lock_t *lock;
    struct part parts[num_processes];
    pf_process_t *processes[num_processes];

    CHECK(pf_value_new('i', NULL, &shared_result));
    CHECK(pf_lock_new(&lock));
    for (int i = 0; i < num_processes; i++) {
        parts[i] =
            (struct part){i * range_per_process + 1,
                          (i + 1) * range_per_process + 1, shared_result, lock};
        CHECK(pf_process_new(sum_of_squares, &parts[i], NULL, &processes[i]));
    }
    for (int i = 0; i < num_processes; i++)
        CHECK(pf_process_start(processes[i]));
    for (int i = 0; i < num_processes; i++) {
        CHECK(pf_process_join(processes[i], PF_FOREVER));
        pf_process_free(processes[i]);
    }

    long long v;
    CHECK(pf_value_get_ll(shared_result, &v));
    printf("%lld\n", v);
    pf_lock_free(lock);
    pf_value_free(shared_result);
    return 0;
}
