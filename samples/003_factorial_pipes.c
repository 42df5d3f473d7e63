/* 003_b255cf522e5fcd6b.txt: Factorial ranges reduced through Pipes. */
/*
 * 100! in four ranges, one process and one pipe each: every child sends
 * its partial product back through its own pipe and the parent multiplies
 * the partials in order, so the result does not depend on timing.  The
 * seed builds the pipes with zip(*[Pipe() ...]) into parent_conns and
 * child_conns; in C that is two arrays filled by one loop (see
 * 003_zip_pipe_ends.c).  Python multiplies exact integers; a double is
 * exact to 15-16 digits here, so the printed value may differ from
 * Python's 9.332621544394415e+157 in the last two digits.
 */
#include <pfor.h>
#include <stdio.h>
#include <stdlib.h>

#include "sample.h"

struct part {
    int start, end;
    pf_conn_t *conn;
};

/* Calculate the factorial for a segment of the range. */
static int factorial_part(void *arg)
{
    struct part *p = arg;
    double result = 1;
    for (int i = p->start; i < p->end; i++)
        result *= i;
    /* Send the result through the pipe. */
    CHECK(pf_conn_send(p->conn, &result, sizeof result, PF_FOREVER));
    CHECK(pf_conn_close(p->conn));
    return 0;
}

int main(void)
{
    enum { NUM_OF_PROCESSES = 4 };
    int num_to_factor = 100;
    int range_per_process = num_to_factor / NUM_OF_PROCESSES;
    pf_conn_t *parent_conns[NUM_OF_PROCESSES], *child_conns[NUM_OF_PROCESSES];
    struct part parts[NUM_OF_PROCESSES];
    pf_process_t *processes[NUM_OF_PROCESSES];

    /* parent_conns, child_conns = zip(*[Pipe() for _ in range(N)]) */
    for (int i = 0; i < NUM_OF_PROCESSES; i++)
        CHECK(pf_pipe(true, &parent_conns[i], &child_conns[i]));

    for (int i = 0; i < NUM_OF_PROCESSES; i++) {
        parts[i] =
            (struct part){i * range_per_process + 1,
                          (i + 1) * range_per_process + 1, child_conns[i]};
        CHECK(pf_process_new(factorial_part, &parts[i], NULL, &processes[i]));
    }
    for (int i = 0; i < NUM_OF_PROCESSES; i++)
        CHECK(pf_process_start(processes[i]));
    for (int i = 0; i < NUM_OF_PROCESSES; i++)
        CHECK(pf_process_join(processes[i], PF_FOREVER));

    double factorial_result = 1;
    for (int i = 0; i < NUM_OF_PROCESSES; i++) {
        double partial;
        CHECK(pf_conn_recv(parent_conns[i], &partial, sizeof partial,
                           PF_FOREVER));
        factorial_result *= partial;
    }
    printf("%.15e\n", factorial_result);

    for (int i = 0; i < NUM_OF_PROCESSES; i++) {
        pf_process_free(processes[i]);
        pf_conn_free(parent_conns[i]);
        pf_conn_free(child_conns[i]);
    }
    return 0;
}
