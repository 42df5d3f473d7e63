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

/* pf_queue_new with an unbounded queue's ring allowed to grow to at most
 * max_ring bytes (0: no limit beyond the machine's), so that tests can
 * run it out of room. */
int pf__queue_new_limited(const pf_queue_options_t *opts, uint64_t max_ring,
                          pf_queue_t **out);
/* The ring's current capacity in bytes (an unbounded queue's grows and
 * shrinks).  Any process; a snapshot. */
uint64_t pf__queue_capacity(const pf_queue_t *q);

/* Tests only (NULL otherwise): called in a writer each time it reads the
 * ring's free space, with the value read, so that a test can let a reader
 * act at that very point. */
extern void (*pf__queue_free_hook)(pf_queue_t *q, uint64_t free_bytes);

#endif /* PFOR_QUEUE_INTERNAL_H */
