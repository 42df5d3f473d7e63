/* macros.c - a pragma inside a macro, a worker count from CMake (NW). */
#include <stdio.h>
#include <unistd.h>

#define PARALLEL_FOR _Pragma("pfor parallel for collect(pid) workers(NW)")

int main(void)
{
    static int pid[64];
    int others = 0;
    PARALLEL_FOR
    for (int i = 0; i < 64; i++)
        pid[i] = (int)getpid();
    for (int i = 0; i < 64; i++)
        others += pid[i] != (int)getpid();
    printf("%s\n", others ? "forked" : "serial");
    return 0;
}
