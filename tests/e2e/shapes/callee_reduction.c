/* shapes: a global counted by a called function (OpenMP: critical in the
 * callee): reduction(+: hits) reduces the variable itself, so the
 * callee's increments count.
 * crash at: 2500
 */
#include <stdio.h>

#include "crash_once.h"

static long hits;
static double total;

static void visit(int i)
{
    if (i % 3 == 0)
        hits++;
    total += i * 0.5;
}

int main(void)
{
    hits = 10;
#pragma pfor parallel for reduction(+: hits, total) retries(2)
    for (int i = 0; i < 3000; i++) {
        crash_once(i);
        visit(i);
    }
    printf("hits %ld total %a\n", hits, total);
    return 0;
}
