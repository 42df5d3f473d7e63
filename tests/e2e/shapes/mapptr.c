/* shapes: a map whose function writes through its pointer argument
 * (OpenMP's atomic.4): collect(vals[0:N]) brings the writes back.
 * crash at: 321
 */
#include <stdio.h>

#include "../ports/port.h"
#include "crash_once.h"

#define N 500

static void calc(double *slot, int i)
{
    crash_once(i);
    *slot = (double)(i % 13) / 64.0 + i;
}

static double square(double x)
{
    return x * x;
}

int main(void)
{
    static double vals[N], sq[N];
#pragma pfor map collect(vals[0:N]) retries(2)
    for (int i = 0; i < N; i++)
        calc(&vals[i], i);
#pragma pfor map retries(2)
    for (int i = 0; i < N; i++)
        sq[i] = square(vals[i]);
    port_doubles("vals", vals, N, 0);
    port_doubles("sq", sq, N, 0);
    return 0;
}
