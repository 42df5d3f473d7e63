/* pfor/process.h - processes: start, join, terminate, names, cpu count. */
#ifndef PFOR_PROCESS_H
#define PFOR_PROCESS_H

#include "common.h"
#include "errors.h"

#endif /* PFOR_PROCESS_H */
