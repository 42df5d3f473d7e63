/* lines.c - pfcc test: what the compiler and gdb say about code above,
 * inside and below a pfor loop must name this file and its lines. */
#include <stdio.h>

static const char *above_file = __FILE__;

static int above(int x)
{
    int unused_above; /* line 9: the warning pfcc must place here */
    return x + 1;     /* line 10: a breakpoint */
}

int main(void)
{
    long s = 0;
#pragma pfor parallel for reduction(+ : s)
    for (int i = 0; i < 100; i++)
        s += above(i); /* line 18: the loop body */
    int unused_below;  /* line 19: a warning below the loop */
    printf("%ld %s %s\n", s, above_file, __FILE__);
    return 0;
}
