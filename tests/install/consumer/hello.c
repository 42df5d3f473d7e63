/* hello.c - a small annotated program built against the installed pfor. */
#include <stdio.h>

#include "hello.h"

int main(void)
{
    long sum = 0;
    static int sq[HELLO_N];
#pragma pfor parallel for reduction(+ : sum) collect(sq)
    for (int i = 0; i < HELLO_N; i++) {
        sq[i] = i * i;
        sum += sq[i];
    }
    printf("hello %ld %d\n", sum, sq[HELLO_N - 1]);
    return 0;
}
