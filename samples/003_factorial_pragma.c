/* 003_b255cf522e5fcd6b.txt: Factorial ranges as a reduction. */
/*
 * 100! as one annotated loop with a `*` reduction, instead of four
 * processes reducing through a locked Value (003_factorial_value_lock.c)
 * or through pipes (003_factorial_pipes.c).  pfor splits the range, each
 * worker multiplies its own partial product, and the partials are combined
 * in a fixed order, so the double printed is the same for any number of
 * workers.  With a plain cc the pragma is ignored and the loop runs
 * serially (the last digit may then differ: another order of roundings).
 */
#include <stdio.h>

int main(void)
{
    int n = 100;
    double factorial = 1.0;

#pragma pfor parallel for reduction(* : factorial) workers(4)
    for (int i = 1; i <= n; i++)
        factorial *= i;

    printf("%.15e\n", factorial);
    return 0;
}
