/* 003_b255cf522e5fcd6b.txt: sum_of_squares without a lock. */
/*
 * Four processes add the squares of their quarter of 0..99 into one shared
 * Value, each addition an unprotected read-modify-write: updates can be
 * lost, so the result is at most the true sum 328350 and may be less.
 * See 003_sum_squares_lock.c for the fix and 003_sum_squares_pragma.c for
 * the loop written as a parallel reduction.
 */
#include <pfor.h>
#include <stdio.h>
#include <stdlib.h>

#include "sample.h"

struct part {
    pf_value_t *shared_sum;
    int start, end;
};

static int sum_of_squares(void *arg)
{
    struct part *p = arg;
    for (int i = p->start; i < p->end; i++) {
        long long v; /* shared_sum.value += i * i */
        CHECK(pf_value_get_ll(p->shared_sum, &v));
        CHECK(pf_value_set_ll(p->shared_sum, v + i * i));
    }
    return 0;
}

int main(void)
{
    pf_value_t *shared_sum;
    enum { num_processes = 4 };
    int range_per_process = 100 / num_processes;
    struct part parts[num_processes];
    pf_process_t *processes[num_processes];

    CHECK(pf_value_new('i', NULL, &shared_sum));
    for (int i = 0; i < num_processes; i++) {
        parts[i] = (struct part){shared_sum, i * range_per_process,
                                 (i + 1) * range_per_process};
        CHECK(pf_process_new(sum_of_squares, &parts[i], NULL, &processes[i]));
    }
    for (int i = 0; i < num_processes; i++)
        CHECK(pf_process_start(processes[i]));
    for (int i = 0; i < num_processes; i++) {
        CHECK(pf_process_join(processes[i], PF_FOREVER));
        pf_process_free(processes[i]);
    }

    long long v;
    CHECK(pf_value_get_ll(shared_sum, &v));
    printf("%lld\n", v);
    pf_value_free(shared_sum);
    return 0;
}
