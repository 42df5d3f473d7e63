/* llvm_lastprivate: LLVM OpenMP runtime test omp_parallel_for_lastprivate
 * on pfor.
 *
 * Origin: llvm-project, openmp/runtime/test/worksharing/for/
 *   omp_parallel_for_lastprivate.c (read from the copy in
 *   github.com/carbon-language/carbon-lang at commit
 *   16d75a3e5e5f5bee758e856313818ff9ea7de734).
 * Licence: Apache License v2.0 with LLVM Exceptions (SPDX: Apache-2.0 WITH
 *   LLVM-exception), part of the LLVM Project; the openmp tree's legacy
 *   code is also under the University of Illinois/NCSA and MIT licences,
 *   Copyright (c) 1997-2019 Intel Corporation. Texts: LICENSES (section 4)
 *   and LICENSE.Apache-2.0. This file is modified from the original.
 * Port: the test loop and its clauses as there, omp -> pfor. LOOPCOUNT and
 *   REPETITIONS (from the suite's omp_testsuite.h) are ours; main prints
 *   the values as well as the pass count.
 * Shapes: reduction(+: sum) with schedule(static, 7), private(i) of the
 *   loop variable, lastprivate(i0) set in the body; a 1-based loop.
 */
#include <stdio.h>

#define LOOPCOUNT 1000
#define REPETITIONS 10

static int last_sum, last_i0;

static int test_omp_parallel_for_lastprivate(void)
{
    int sum;
    int i;
    int i0;
    int known_sum;

    sum = 0;
    i0 = -1;

#pragma pfor parallel for reduction(+:sum) \
    schedule(static,7) private(i) lastprivate(i0)
    for (i = 1; i <= LOOPCOUNT; i++) {
        sum = sum + i;
        i0 = i;
    } /* end of parallel for */

    known_sum = (LOOPCOUNT * (LOOPCOUNT + 1)) / 2;
    last_sum = sum;
    last_i0 = i0;
    return ((known_sum == sum) && (i0 == LOOPCOUNT));
} /* end of check_parallel_for_lastprivate */

int main(void)
{
    int i;
    int num_failed = 0;

    for (i = 0; i < REPETITIONS; i++) {
        if (!test_omp_parallel_for_lastprivate()) {
            num_failed++;
        }
        printf("repetition %d: sum %d i0 %d\n", i, last_sum, last_i0);
    }
    printf("failed %d\n", num_failed);
    return num_failed;
}
