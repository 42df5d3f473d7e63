/* 003_b255cf522e5fcd6b.txt: Factorial into a Value + Lock (In [10]). */
/*
 * The same four ranges; each process computes its partial product
 * privately and multiplies it into the shared Value once, under the lock:
 * always 100! (about 9.3326215443944e+157; the last digit may
 * vary with the order the partials are multiplied in).  Here the Value's own
 * lock is used (pf_value_get_lock), as Value.get_lock() would be; a separate
 * Lock, as in the seed, works the same.  See 003_factorial_pragma.c for the
 * loop as a parallel reduction.
 */
#include <pfor.h>
#include <stdio.h>
#include <stdlib.h>

#include "sample.h"

struct part {
    int start, end;
    pf_value_t *shared_result;
};

static int factorial_part(void *arg)
{
    struct part *p = arg;
    double result = 1;
    for (int i = p->start; i < p->end; i++)
        result *= i;
    pf_rlock_t *lock = pf_value_get_lock(p->shared_result);
    CHECK(pf_rlock_acquire(lock, PF_FOREVER));
    *(double *)pf_value_ptr(p->shared_result) *= result;
    CHECK(pf_rlock_release(lock));
    return 0;
}

int main(void)
{
    enum { num_processes = 4 };
    int n = 100;
    int range_per_process = n / num_processes;
    pf_value_t *shared_result;
    struct part parts[num_processes];
    pf_process_t *processes[num_processes];

    CHECK(pf_value_new('d', NULL, &shared_result));
    CHECK(pf_value_set_double(shared_result, 1.0));
    for (int i = 0; i < num_processes; i++) {
        parts[i] =
            (struct part){i * range_per_process + 1,
                          (i + 1) * range_per_process + 1, shared_result};
        CHECK(pf_process_new(factorial_part, &parts[i], NULL, &processes[i]));
    }
    for (int i = 0; i < num_processes; i++)
        CHECK(pf_process_start(processes[i]));
    for (int i = 0; i < num_processes; i++) {
        CHECK(pf_process_join(processes[i], PF_FOREVER));
        pf_process_free(processes[i]);
    }

    double v;
    CHECK(pf_value_get_double(shared_result, &v));
    printf("%.15g\n", v);
    pf_value_free(shared_result);
    return 0;
}
