/* 003_b255cf522e5fcd6b.txt: Value: 10 processes increment (In [6]). */
/*
 * Ten processes each add 1 to a shared int.  Value('i', 0) is
 * pf_value_new('i', NULL, ...); shared_num.value += 1 is a read and a
 * write (pf_value_get_ll, pf_value_set_ll), not one atomic step, so an
 * increment can be lost when two processes overlap: the result is 10 most
 * of the time, and may be less.  (The notebook printed 0 because its
 * children could not run.)  pf_value_add_ll is the atomic increment.
 */
#include <pfor.h>
#include <stdio.h>
#include <stdlib.h>

#include "sample.h"

static int increment(void *arg)
{
    pf_value_t *shared_num = arg;
    long long v;
    CHECK(pf_value_get_ll(shared_num, &v));
    CHECK(pf_value_set_ll(shared_num, v + 1));
    return 0;
}

int main(void)
{
    pf_value_t *shared_num;
    pf_process_t *processes[10];
    long long v;

    CHECK(pf_value_new('i', NULL, &shared_num)); /* 'i' for int */
    for (int i = 0; i < 10; i++)
        CHECK(pf_process_new(increment, shared_num, NULL, &processes[i]));
    for (int i = 0; i < 10; i++)
        CHECK(pf_process_start(processes[i]));
    for (int i = 0; i < 10; i++) {
        CHECK(pf_process_join(processes[i], PF_FOREVER));
        pf_process_free(processes[i]);
    }
    CHECK(pf_value_get_ll(shared_num, &v));
    printf("%lld\n", v);
    pf_value_free(shared_num);
    return 0;
}
