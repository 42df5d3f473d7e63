/* loop_adapt.c - adaptive loops (DESIGN.md principle 6): per loop site,
 * run a loop serially in the parent when its workers cannot pay for
 * themselves. */
#include "loop_internal.h"

bool pf__adapt_decide(pfc_loop_t *loop, long workers)
{
    (void)loop;
    (void)workers;
    return false;
}

void pf__adapt_record(pfc_loop_t *loop)
{
    (void)loop;
}
