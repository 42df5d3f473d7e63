/* inject.c - failure injection: tests make the Nth call of a kind fail. */
#include <errno.h>
#include <unistd.h>

#include "internal.h"

int pf__inject_armed;

static pthread_mutex_t inject_lock = PTHREAD_MUTEX_INITIALIZER;
static pid_t armed_by; /* the process whose calls fail */

static struct {
    unsigned first, last; /* fail calls first..last (1-based); 0: off */
    unsigned calls;       /* calls counted since armed */
    unsigned failed;
    int err;
} slots[PF__INJECT_KINDS];

void pf__inject(pf__inject_kind_t kind, unsigned nth, unsigned count, int err)
{
    if ((unsigned)kind >= PF__INJECT_KINDS)
        return;
    pthread_mutex_lock(&inject_lock);
    slots[kind].first = nth;
    slots[kind].last = nth == 0 ? 0 : count == 0 ? ~0u : nth + count - 1;
    slots[kind].calls = 0;
    slots[kind].failed = 0;
    slots[kind].err = err ? err : EAGAIN;
    bool any = false;
    for (int k = 0; k < PF__INJECT_KINDS; k++)
        any |= slots[k].first != 0;
    armed_by = getpid();
    __atomic_store_n(&pf__inject_armed, any, __ATOMIC_RELAXED);
    pthread_mutex_unlock(&inject_lock);
}

void pf__inject_reset(void)
{
    pthread_mutex_lock(&inject_lock);
    for (int k = 0; k < PF__INJECT_KINDS; k++)
        slots[k].first = slots[k].last = 0;
    __atomic_store_n(&pf__inject_armed, 0, __ATOMIC_RELAXED);
    pthread_mutex_unlock(&inject_lock);
}

unsigned pf__inject_calls(pf__inject_kind_t kind)
{
    pthread_mutex_lock(&inject_lock);
    unsigned n = (unsigned)kind < PF__INJECT_KINDS ? slots[kind].calls : 0;
    pthread_mutex_unlock(&inject_lock);
    return n;
}

unsigned pf__inject_failed(pf__inject_kind_t kind)
{
    pthread_mutex_lock(&inject_lock);
    unsigned n = (unsigned)kind < PF__INJECT_KINDS ? slots[kind].failed : 0;
    pthread_mutex_unlock(&inject_lock);
    return n;
}

bool pf__inject_hit_slow(pf__inject_kind_t kind)
{
    /* getpid(), not the cached pf__pid(): this may run between fork and
     * the atfork handlers that refresh the cache. */
    if ((unsigned)kind >= PF__INJECT_KINDS ||
        (getpid() != armed_by && kind != PF__INJECT_PAGEMAP))
        return false;
    pthread_mutex_lock(&inject_lock);
    bool hit = false;
    if (slots[kind].first != 0) {
        unsigned n = ++slots[kind].calls;
        hit = n >= slots[kind].first && n <= slots[kind].last;
        if (hit) {
            slots[kind].failed++;
            errno = slots[kind].err;
        }
    }
    int e = errno;
    pthread_mutex_unlock(&inject_lock);
    errno = e;
    return hit;
}
