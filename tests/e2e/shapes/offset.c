/* shapes: an offset write, a[i-1] in a 1-based loop; the storage right
 * after the collected array (same page) is never touched by the merge.
 * crash at: 500
 */
#include <stdio.h>

#include "../ports/port.h"
#include "crash_once.h"

#define N 1000
static struct {
    double before[4];
    double a[N];
    double after[4];
} s;

int main(void)
{
    for (int k = 0; k < 4; k++)
        s.before[k] = s.after[k] = -1;
#pragma pfor parallel for collect(s.a) schedule(static, 64) retries(2)
    for (int i = 1; i <= N; i++) {
        crash_once(i);
        s.a[i - 1] = i * 0.25;
    }
    port_doubles("a", s.a, N, 0);
    port_doubles("before", s.before, 4, 0);
    port_doubles("after", s.after, 4, 0);
    return 0;
}
