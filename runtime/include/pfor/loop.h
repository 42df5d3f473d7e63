/* pfor/loop.h - the loop engine: fork-join parallel loops, by hand. */
#ifndef PFOR_LOOP_H
#define PFOR_LOOP_H

#include "common.h"
#include "errors.h"

#endif /* PFOR_LOOP_H */
