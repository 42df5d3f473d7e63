/* shapes: writes made by a called function (md's dist, particlefilter's
 * randu): the body calls fill(), which writes three elements per
 * iteration through a pointer.
 * crash at: 150
 */
#include <stdio.h>

#include "../ports/port.h"
#include "crash_once.h"

#define NP 200

static void fill(double *f, int k)
{
    for (int d = 0; d < 3; d++)
        f[3 * k + d] = k * 0.5 + d;
}

int main(void)
{
    static double force[3 * NP];
#pragma pfor parallel for collect(force) schedule(guided) retries(2)
    for (int k = 0; k < NP; k++) {
        crash_once(k);
        fill(force, k);
    }
    port_doubles("force", force, 3 * NP, 3);
    return 0;
}
