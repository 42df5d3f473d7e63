/* 003_b255cf522e5fcd6b.txt: Factorial ranges into a Value (In [8]). */
/*
 * 100! split into four ranges, one process each; each multiplies its
 * partial product into a shared double without a lock (a read, then a
 * write).  Two processes finishing at the same moment can lose one
 * partial.  The seed multiplies inside its loop (an indentation slip that
 * multiplies every running product in); this sample multiplies once per
 * range, the evident intent.  The notebook printed 1.0 because its
 * children could not run; here it prints 100! (about 9.3326215443944e+157),
 * unless a partial was lost.  See 003_factorial_value_lock.c.
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
    double v; /* shared_result.value *= result */
    CHECK(pf_value_get_double(p->shared_result, &v));
    CHECK(pf_value_set_double(p->shared_result, v * result));
    return 0;
}

int main(void)
{
    enum { num_processes = 4 };
    int n = 100; /* large number for factorial calculation */
    int range_per_process = n / num_processes;
    pf_value_t *shared_result;
    struct part parts[num_processes];
    pf_process_t *processes[num_processes];

    /* 'd' for double to handle large numbers */
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
