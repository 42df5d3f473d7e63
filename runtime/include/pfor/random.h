/* pfor/random.h - pf_random: counter-based random numbers for parallel loops. */
#ifndef PFOR_RANDOM_H
#define PFOR_RANDOM_H

#include "common.h"
#include "errors.h"

#endif /* PFOR_RANDOM_H */
