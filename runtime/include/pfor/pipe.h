/* pfor/pipe.h - pf_pipe: framed duplex or one-way connections between processes. */
#ifndef PFOR_PIPE_H
#define PFOR_PIPE_H

#include "common.h"
#include "errors.h"

#endif /* PFOR_PIPE_H */
