/* main.c - pfcc test program: two annotated files, a local header. */
#include <stdio.h>

#include "part.h"

int main(void)
{
    static int cube[100];
#pragma pfor parallel for collect(cube)
    for (int i = 0; i < 100; i++)
        cube[i] = i * i * i;
    printf("%ld %d\n", part_sum(1000), cube[99]);
    return 0;
}
