/* 002_080be87aa659a7f4.txt: Queue of squares (In [7]). */
/*
 * A child puts the squares of a list on a queue; the parent joins it and
 * then empties the queue.  q.put / q.get / q.empty() are pf_queue_put,
 * pf_queue_get and pf_queue_empty.  Joining before getting is safe here:
 * a pf_queue holds the messages in shared memory, the child does not wait
 * for a reader (Python's feeder thread may, for large amounts).
 */
#include <pfor.h>
#include <stdio.h>
#include <stdlib.h>

#include "sample.h"

struct square_args {
    const int *input_arr;
    int n;
    pf_queue_t *q;
};

static int calc_square_q(void *arg)
{
    struct square_args *a = arg;
    for (int i = 0; i < a->n; i++) {
        int square = a->input_arr[i] * a->input_arr[i];
        CHECK(pf_queue_put(a->q, &square, sizeof square, PF_FOREVER));
    }
    return 0;
}

int main(void)
{
    int input_num[10];
    pf_queue_t *q;
    pf_process_t *p;

    for (int i = 0; i < 10; i++)
        input_num[i] = i;
    CHECK(pf_queue_new(NULL, &q));
    struct square_args args = {input_num, 10, q};
    CHECK(pf_process_new(calc_square_q, &args, NULL, &p));
    CHECK(pf_process_start(p));
    CHECK(pf_process_join(p, PF_FOREVER));

    while (!pf_queue_empty(q)) {
        int square;
        CHECK(pf_queue_get(q, &square, sizeof square, NULL, PF_FOREVER));
        printf("%d ", square);
    }
    printf("\n");
    pf_process_free(p);
    pf_queue_free(q);
    return 0;
}
