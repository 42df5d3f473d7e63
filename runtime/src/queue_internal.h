/* queue_internal.h - views into a pf_queue's state for the tests. */
#ifndef PFOR_QUEUE_INTERNAL_H
#define PFOR_QUEUE_INTERNAL_H

#include <stdint.h>

#include "pfor.h"

/* Bytes published in the ring and not yet consumed (chunk headers
 * included).  Any process; a snapshot. */
uint64_t pf__queue_ring_used(const pf_queue_t *q);
/* Bytes still to come of the message a consumer is in the middle of
 * receiving, or 0.  Any process; a snapshot. */
uint64_t pf__queue_receiving(const pf_queue_t *q);

#endif /* PFOR_QUEUE_INTERNAL_H */
