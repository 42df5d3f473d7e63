/* macros.c - pfcc test: pragmas seen after preprocessing, as OpenMP
 * compilers see them: _Pragma inside a #define, a schedule kind and a
 * worker count given by macros, #if around pragmas, _PFOR. */
#include <stdio.h>
#include <unistd.h>

#define N 64
#define NW 2
#define MY_SCHEDULE dynamic
/* The pragma and the loop on lines of their own. */
/* clang-format off */
#define PFOR_LOOP(i, n)                                                        \
    _Pragma("pfor parallel for collect(pids) workers(NW)")                     \
    for (int i = 0; i < (n); i++)
/* clang-format on */

static int pids[N];

/* How many iterations ran in a process other than this one. */
static int forked(void)
{
    int pid = (int)getpid(), n = 0;
    for (int i = 0; i < N; i++)
        n += pids[i] != pid;
    return n;
}

int main(void)
{
    long s = 0;

    PFOR_LOOP(i, N) pids[i] = (int)getpid();
    printf("_Pragma in a macro: %s\n", forked() ? "forked" : "serial");

#pragma pfor parallel for reduction(+ : s) schedule(MY_SCHEDULE, 4) workers(NW)
    for (int i = 0; i < N; i++)
        s += i;
    printf("schedule(MY_SCHEDULE): %ld\n", s);

#if 0
#pragma pfor parallel for no_such_clause(1)
#endif
#if defined(_PFOR) && _PFOR >= 202612 && defined(_PFOR_BACKEND_PROCESS)
#pragma pfor parallel for collect(pids)
#endif
    for (int i = 0; i < N; i++)
        pids[i] = (int)getpid();
    printf("#if around pragmas: %s\n", forked() ? "forked" : "serial");
    return 0;
}
