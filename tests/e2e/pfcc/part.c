/* part.c - second translation unit of the pfcc test program. */
#include "part.h"

long part_sum(int n)
{
    long s = 0;
#pragma pfor parallel for reduction(+ : s)
    for (int i = 0; i < n; i++)
        s += (long)i * i;
    return s;
}
