/* shapes: lastprivate: after the loop each variable holds what the
 * sequentially last iteration gave it, whichever worker ran it; the loop
 * variable declared outside holds its serial final value.
 * crash at: 777
 */
#include <stdio.h>

#include "crash_once.h"

int main(void)
{
    static double a[777];
    double x = -1;
    int i, i0 = -1;
#pragma pfor parallel for lastprivate(x, i0) collect(a) schedule(static, 7) retries(2)
    for (i = 1; i <= 777; i++) {
        crash_once(i);
        x = i * 0.5;
        i0 = i;
        a[i - 1] = x;
    }
    printf("x %a i0 %d i %d a[776] %a\n", x, i0, i, a[776]);
    return 0;
}
