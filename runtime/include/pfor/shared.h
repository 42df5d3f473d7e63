/* pfor/shared.h - shared memory: pf_shared_alloc, typed pf_value and pf_array. */
#ifndef PFOR_SHARED_H
#define PFOR_SHARED_H

#include "common.h"
#include "errors.h"

#endif /* PFOR_SHARED_H */
