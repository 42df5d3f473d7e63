/* pfor/manager.h - the manager: shared dict, list and namespace. */
#ifndef PFOR_MANAGER_H
#define PFOR_MANAGER_H

#include "common.h"
#include "errors.h"

#endif /* PFOR_MANAGER_H */
