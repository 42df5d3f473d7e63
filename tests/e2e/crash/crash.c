/* crash.c - a worker dies at iteration 37: the program must stop with the
 * engine's message naming the loop (file:line) and, through the cursor the
 * generated code keeps, the exact iteration; retries are used first. */
#include <signal.h>
#include <stdio.h>

int main(void)
{
    static int a[100];
    /* timeout: every chunk runs in a worker, none in the parent. */
#pragma pfor parallel for collect(a) schedule(static, 10) timeout(120) retries(1)
    for (int i = 0; i < 100; i++) {
        if (i == 37)
            raise(SIGSEGV);
        a[i] = i;
    }
    printf("not reached %d\n", a[5]);
    return 0;
}
