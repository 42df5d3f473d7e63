/* guard.c - storage next to a collected array is never written by the
 * merge: the loop writes the collected s.a and, as a lost write (pforc
 * warns about it), s.guard right after it on the same page.  After the
 * loop the parent's s.a holds every write and s.guard its old value.
 * retries(1) makes even one worker a forked one (the parent only
 * supervises), so the guard write is lost with any number.  Not compared
 * with a serial run (serially the guard write happens): the
 * program checks itself and exits 1 on a difference. */
#include <stdio.h>

#define N 333
static struct {
    int before;
    int a[N];
    int guard[3];
} s;

int main(void)
{
    s.before = 7;
    s.guard[0] = s.guard[1] = s.guard[2] = 42;
#pragma pfor parallel for collect(s.a) schedule(dynamic, 10) retries(1)
    for (int i = 0; i < N; i++) {
        s.a[i] = 3 * i;
        s.guard[i % 3] = -i; /* lost: not collected */
    }
    int bad = s.before != 7;
    for (int i = 0; i < N; i++)
        bad |= s.a[i] != 3 * i;
    for (int k = 0; k < 3; k++)
        bad |= s.guard[k] != 42;
    printf("%s\n", bad ? "guard touched or writes lost" : "ok");
    return bad;
}
