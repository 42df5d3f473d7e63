/* clock.c - monotonic time and the deadlines every blocking call uses. */
#include <limits.h>

#include "internal.h"

int64_t pf__now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

pf__deadline_t pf__deadline_in(double timeout)
{
    pf__deadline_t d = {INT64_MAX};
    /* NaN and anything beyond ~290 years count as "never". */
    if (timeout >= 0 && timeout < 9.0e9)
        d.ns = pf__now_ns() + (int64_t)(timeout * 1e9);
    return d;
}

bool pf__deadline_passed(pf__deadline_t d)
{
    return d.ns != INT64_MAX && pf__now_ns() >= d.ns;
}

int pf__deadline_poll_ms(pf__deadline_t d)
{
    if (d.ns == INT64_MAX)
        return -1;
    int64_t left = d.ns - pf__now_ns();
    if (left <= 0)
        return 0;
    int64_t ms = (left + 999999) / 1000000;
    return ms > INT_MAX ? INT_MAX : (int)ms;
}

struct timespec pf__deadline_timespec(pf__deadline_t d)
{
    struct timespec ts;
    ts.tv_sec = (time_t)(d.ns / 1000000000);
    ts.tv_nsec = (long)(d.ns % 1000000000);
    return ts;
}
