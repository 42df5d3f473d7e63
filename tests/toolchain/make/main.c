/* main.c - the Makefile project's annotated main file. */
#include <stdio.h>

#include "config.h"
#include "plain.h"
#include "sum.h"

int main(void)
{
    static long squares[N];
#pragma pfor parallel for collect(squares)
    for (int i = 0; i < N; i++)
        squares[i] = (long)i * i;
    printf("%ld %ld %ld\n", squares[N - 1], sum_to(N), plain_twice(N));
    return 0;
}
