/* pfor.h - the one header pfor's users include: the whole runtime API. */
#ifndef PFOR_H
#define PFOR_H

#include "pfor/common.h"
#include "pfor/errors.h"
#include "pfor/version.h"
#include "pfor/process.h"
#include "pfor/pipe.h"
#include "pfor/queue.h"
#include "pfor/shared.h"
#include "pfor/sync.h"
#include "pfor/loop.h"
#include "pfor/random.h"
#include "pfor/pool.h"
#include "pfor/manager.h"

#endif /* PFOR_H */
