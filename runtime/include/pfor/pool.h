/* pfor/pool.h - pf_pool: persistent worker pools with map, apply and async results. */
#ifndef PFOR_POOL_H
#define PFOR_POOL_H

#include "common.h"
#include "errors.h"

#endif /* PFOR_POOL_H */
