/* pfor/sync.h - locks, semaphores, events, conditions and barriers across fork. */
#ifndef PFOR_SYNC_H
#define PFOR_SYNC_H

#include "common.h"
#include "errors.h"

#endif /* PFOR_SYNC_H */
