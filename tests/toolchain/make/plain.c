/* plain.c - a file without pragmas, built by pfcc like the others. */
#include "plain.h"

long plain_twice(long x)
{
    return 2 * x;
}
