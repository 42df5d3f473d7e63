/* 004_fa963c81bf38f4c0.txt: Shared memory: Value + Array (In [22]). */
/*
 * A child sets a shared double and negates a shared int array in place.
 * Value('d', 0.0) is pf_value_new('d', ...); Array('i', range(10)) is
 * pf_array_new('i', 10, ...) then filled.  The array is changed through
 * its raw pointer under its lock (one lock for the whole loop), the
 * fastest safe way to touch many elements.
 */
#include <pfor.h>
#include <stdio.h>
#include <stdlib.h>

#include "sample.h"

struct shared {
    pf_value_t *n;
    pf_array_t *a;
};

static int f(void *arg)
{
    struct shared *s = arg;
    CHECK(pf_value_set_double(s->n, 3.1415927));
    CHECK(pf_rlock_acquire(pf_array_get_lock(s->a), PF_FOREVER));
    int *a = pf_array_ptr(s->a);
    for (ptrdiff_t i = 0; i < pf_array_length(s->a); i++)
        a[i] = -a[i];
    CHECK(pf_rlock_release(pf_array_get_lock(s->a)));
    return 0;
}

int main(void)
{
    struct shared s;
    pf_process_t *p;

    CHECK(pf_value_new('d', NULL, &s.n));
    CHECK(pf_array_new('i', 10, NULL, &s.a));
    for (int i = 0; i < 10; i++)
        CHECK(pf_array_set_ll(s.a, i, i));

    CHECK(pf_process_new(f, &s, NULL, &p));
    CHECK(pf_process_start(p));
    CHECK(pf_process_join(p, PF_FOREVER));
    pf_process_free(p);

    double num;
    CHECK(pf_value_get_double(s.n, &num));
    printf("%.8g\n", num);
    printf("[");
    for (int i = 0; i < 10; i++) {
        long long v;
        CHECK(pf_array_get_ll(s.a, i, &v));
        printf("%s%lld", i ? ", " : "", v);
    }
    printf("]\n");
    pf_value_free(s.n);
    pf_array_free(s.a);
    return 0;
}
