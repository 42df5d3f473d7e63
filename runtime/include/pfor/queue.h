/* pfor/queue.h - pf_queue: multi-producer multi-consumer queues across processes. */
#ifndef PFOR_QUEUE_H
#define PFOR_QUEUE_H

#include "common.h"
#include "errors.h"

#endif /* PFOR_QUEUE_H */
