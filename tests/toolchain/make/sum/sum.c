/* sum.c - the second annotated file, in a directory of its own. */
#include "sum.h"

long sum_to(int n)
{
    long s = 0;
#pragma pfor parallel for reduction(+ : s)
    for (int i = 0; i < n; i++)
        s += i + SUM_OFFSET;
    return s;
}
