/* 004_fa963c81bf38f4c0.txt: Joblib Parallel(n_jobs=2) (In [25], [26]). */
/*
 * joblib's one-liner, Parallel(n_jobs=2)(delayed(f)(x) for x in range(10)),
 * is a map of f over a range on two workers with the results in order.
 * In pfor it is an annotated loop: `#pragma pfor map workers(2)` over
 * out[x] = f(x).  The calls are spread over 2 worker processes in dynamic
 * chunks and out[] comes back in iteration order.  The first list is the
 * plain serial loop (the list comprehension); both print the same.
 */
#include <stdio.h>

static int f(int x)
{
    return x * x;
}

static void print_list(const int *a, int n)
{
    printf("[");
    for (int i = 0; i < n; i++)
        printf("%s%d", i ? ", " : "", a[i]);
    printf("]\n");
}

int main(void)
{
    enum { N = 10 };
    int serial[N], parallel[N];

    /* [f(x) for x in range(10)] */
    for (int x = 0; x < N; x++)
        serial[x] = f(x);
    print_list(serial, N);

    /* Parallel(n_jobs=2)(delayed(f)(x) for x in range(10)) */
#pragma pfor map workers(2)
    for (int x = 0; x < N; x++)
        parallel[x] = f(x);
    print_list(parallel, N);
    return 0;
}
