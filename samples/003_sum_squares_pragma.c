/* 003_b255cf522e5fcd6b.txt: sum_of_squares as a reduction. */
/*
 * What 003_sum_squares_lock.c does with four processes, a shared Value and
 * a lock, written as one annotated loop: each worker adds into a private
 * partial sum and pfor combines the partials when the loop ends, so there
 * is no shared variable to lock at all.  Built through pforc (pfcc) it runs
 * on 4 worker processes; built by a plain cc the pragma is ignored and it
 * runs serially, with the same result: 338350.
 */
#include <stdio.h>

int main(void)
{
    long long total = 0;

#pragma pfor parallel for reduction(+ : total) workers(4)
    for (int i = 1; i <= 100; i++)
        total += (long long)i * i;

    printf("%lld\n", total);
    return 0;
}
