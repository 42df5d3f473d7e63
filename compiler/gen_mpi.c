/* gen_mpi.c - the mpi backend: the process backend's lowering with the
 * ABI of libpfor_mpi (runtime/include/pfor_mpi_abi.h mirrors pfor_abi.h
 * call for call: pfm_ for pfc_, PFM_ for PFC_), so every construct and
 * clause lowers on both the same way (docs/lowering.md, docs/mpi.md);
 * map ... pool(p) as the process backend lowers it (each rank maps onto
 * its own pool with pfc_pool_map).  Prints only: every judgement was made
 * by check.c. */
#include "pforc.h"

void pf_gen_mpi(gen_t *g, const construct_t *c)
{
    const char *saved = g->abi;
    g->abi = c->kind == C_MAP && c->first[CL_POOL] >= 0 ? NULL : "pfm";
    pf_gen_process(g, c);
    g->abi = saved;
}
