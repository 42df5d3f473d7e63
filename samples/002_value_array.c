/* 002_080be87aa659a7f4.txt: Shared Value / Array (In [6]). */
/*
 * A child writes a shared double and fills a shared int array; the parent
 * reads both after join.  Value('d', 0.0) is pf_value_new('d', ...) and
 * Array('i', 10) is pf_array_new('i', 10, ...) (same type codes); the
 * input list reaches the child as an ordinary array, copied by fork.
 */
#include <pfor.h>
#include <stdio.h>
#include <stdlib.h>

#include "sample.h"

struct ipc_args {
    const int *input_arr;
    int n;
    pf_array_t *result_arr;
    pf_value_t *val;
};

static int ipc(void *arg)
{
    struct ipc_args *a = arg;

    /* val.value = 3.14 */
    CHECK(pf_value_set_double(a->val, 3.14));
    /* result_arr[idx] = num ** 2 */
    for (int idx = 0; idx < a->n; idx++)
        CHECK(pf_array_set_ll(a->result_arr, idx,
                              a->input_arr[idx] * a->input_arr[idx]));
    return 0;
}

int main(void)
{
    int input_num[10];
    pf_array_t *result;
    pf_value_t *val;
    pf_process_t *p;

    for (int i = 0; i < 10; i++)
        input_num[i] = i;
    CHECK(pf_array_new('i', 10, NULL, &result));
    CHECK(pf_value_new('d', NULL, &val));

    struct ipc_args args = {input_num, 10, result, val};
    CHECK(pf_process_new(ipc, &args, NULL, &p));
    CHECK(pf_process_start(p));
    CHECK(pf_process_join(p, PF_FOREVER));
    pf_process_free(p);

    double v;
    CHECK(pf_value_get_double(val, &v));
    printf("Value: %g\n", v);
    printf("Array: [");
    const int *r = pf_array_ptr(result); /* result[:] */
    for (int i = 0; i < pf_array_length(result); i++)
        printf("%s%d", i ? ", " : "", r[i]);
    printf("]\n");

    pf_value_free(val);
    pf_array_free(result);
    return 0;
}
