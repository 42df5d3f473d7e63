/* reduce.c - reductions across ranks: the process engine's block rule,
 * its fixed combination tree split into the subtrees each rank can
 * combine alone, and the MPI operator for each integer type. */
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "mpi_internal.h"

/*
 * Bitwise identity with the process backend.  The process engine cuts the
 * iterations into `blocks` fixed blocks, keeps one partial per block and
 * combines them in one tree: for w = 1, 2, 4, ...: p[j] = p[j] op p[j+w]
 * for j = 0, 2w, 4w, ... (j + w < blocks), then var = var op p[0].  Call
 * node(j, L) the value p[j] holds after the level with w = 2^(L-1): the
 * combination of blocks [j, j + 2^L) (clipped to the blocks), with
 * node(j, L+1) = node(j, L) op node(j + 2^L, L) when j + 2^L < blocks,
 * else node(j, L).  A rank that ran every block of a node can compute it
 * alone, with exactly the operations the engine does.  So each rank sends
 * the maximal nodes of the blocks it ran (for a static schedule about
 * 2 log2(blocks) of them, whatever the block count) and every rank
 * rebuilds the root from the nodes of all: the same operations on the
 * same values in the same order, so the same bits, and a payload that does
 * not grow with the number of blocks.
 */

/* prefix[b] = owned blocks below b, so ownership of a node is O(1). */
static uint32_t *prefix_of(const uint64_t *owned, unsigned long long blocks)
{
    uint32_t *prefix = malloc((size_t)(blocks + 1) * sizeof *prefix);
    if (prefix == NULL)
        pfm__fatal("out of memory for the reduction tree");
    prefix[0] = 0;
    for (unsigned long long b = 0; b < blocks; b++)
        prefix[b + 1] = prefix[b] + (uint32_t)(owned[b / 64] >> (b % 64) & 1);
    return prefix;
}

/* Blocks of [j, end): 2 all owned, 1 some, 0 none. */
static int ownership(const uint32_t *prefix, unsigned long long j,
                     unsigned long long end)
{
    uint32_t n = prefix[end] - prefix[j];
    return n == end - j ? 2 : n > 0;
}

static int top_level(unsigned long long blocks)
{
    int L = 0;
    while ((1ULL << L) < blocks)
        L++;
    return L;
}

static unsigned long long node_end(const pfm__tree_t *t, unsigned long long j,
                                   int L)
{
    unsigned long long e = j + (1ULL << L);
    return e < t->blocks ? e : t->blocks;
}

/* Combine node(j, L) into partials[j] from the stored nodes below it. */
static void resolve(pfm__tree_t *t, unsigned long long j, int L,
                    pfm__combine_fn *combine, void *ctx)
{
    if (t->level[j] == L)
        return;
    if (L == 0)
        return; /* a block nobody stored: cannot happen for a full cover */
    unsigned long long half = 1ULL << (L - 1);
    resolve(t, j, L - 1, combine, ctx);
    if (j + half < t->blocks) {
        resolve(t, j + half, L - 1, combine, ctx);
        combine(ctx, t->partials + j * t->record,
                t->partials + (j + half) * t->record);
    }
    t->level[j] = (signed char)L;
}

static void emit(pfm__tree_t *t, const uint32_t *owned, unsigned long long j,
                 int L, pfm__combine_fn *combine, void *ctx, pfm__buf_t *out)
{
    int own = ownership(owned, j, node_end(t, j, L));
    if (own == 0)
        return;
    if (own == 2) {
        /* Leaves are the deposited blocks: level 0. */
        for (unsigned long long b = j; b < node_end(t, j, L); b++)
            t->level[b] = 0;
        resolve(t, j, L, combine, ctx);
        pfm__entry_t e = {PFM__E_NODE, (uint32_t)L, j, t->record};
        pfm__buf_put(out, &e, sizeof e);
        pfm__buf_put(out, t->partials + j * t->record, t->record);
        static const unsigned char zero[8];
        pfm__buf_put(out, zero, PFM__PAD8(t->record) - t->record);
        return;
    }
    unsigned long long half = 1ULL << (L - 1);
    emit(t, owned, j, L - 1, combine, ctx, out);
    if (j + half < t->blocks)
        emit(t, owned, j + half, L - 1, combine, ctx, out);
}

void pfm__tree_nodes(pfm__tree_t *t, const uint64_t *owned,
                     pfm__combine_fn *combine, void *ctx, pfm__buf_t *out)
{
    if (t->blocks == 0)
        return;
    uint32_t *prefix = prefix_of(owned, t->blocks);
    emit(t, prefix, 0, top_level(t->blocks), combine, ctx, out);
    free(prefix);
}

static unsigned long long count(unsigned long long blocks,
                                const uint32_t *owned, unsigned long long j,
                                int L)
{
    unsigned long long e = j + (1ULL << L);
    if (e > blocks)
        e = blocks;
    int own = ownership(owned, j, e);
    if (own != 1)
        return own == 2;
    unsigned long long half = 1ULL << (L - 1);
    return count(blocks, owned, j, L - 1) +
           (j + half < blocks ? count(blocks, owned, j + half, L - 1) : 0);
}

unsigned long long pfm__tree_count(unsigned long long blocks,
                                   const uint64_t *owned)
{
    if (blocks == 0)
        return 0;
    uint32_t *prefix = prefix_of(owned, blocks);
    unsigned long long n = count(blocks, prefix, 0, top_level(blocks));
    free(prefix);
    return n;
}

void pfm__tree_put(pfm__tree_t *t, const pfm__entry_t *e,
                   const unsigned char *bytes)
{
    if (e->b >= t->blocks || e->len != t->record)
        pfm__fatal("internal error: a reduction node out of place");
    memcpy(t->partials + e->b * t->record, bytes, t->record);
    t->level[e->b] = (signed char)e->a;
}

void pfm__tree_root(pfm__tree_t *t, pfm__combine_fn *combine, void *ctx)
{
    if (t->blocks > 0)
        resolve(t, 0, top_level(t->blocks), combine, ctx);
}

/* ---- integer reductions with MPI_Allreduce ---- */

/*
 * pf__red_combine does + and * in unsigned arithmetic (modular), so the
 * same-size unsigned MPI type gives the same bits; & | ^ && || likewise
 * (bits and truth values do not care about the sign).  min and max
 * compare, so they take the signed type.  _Bool: + is ||, * is &&, the
 * values are 0 and 1 in one byte (MPI_UNSIGNED_CHAR).  Every integer
 * operator is associative and commutative, so MPI's order of combination
 * cannot change the result.
 */
static MPI_Datatype int_type(pf_type_t type, bool is_signed)
{
    /* By size, as fixed-width MPI types: Open MPI 4.1.4 (Debian 12) gets
     * MPI_MIN on MPI_UNSIGNED_LONG wrong (ULONG_MAX wins: it compares as
     * signed), while MPI_UINT64_T is right; tests/mpi checks every type. */
    bool type_signed = type == PF_TYPE_SCHAR || type == PF_TYPE_SHORT ||
                       type == PF_TYPE_INT || type == PF_TYPE_LONG ||
                       type == PF_TYPE_LLONG ||
                       (type == PF_TYPE_CHAR && CHAR_MIN < 0);
    bool s = is_signed && type_signed;
    switch (pf__type_size(type)) {
    case 1:
        return s ? MPI_INT8_T : MPI_UINT8_T;
    case 2:
        return s ? MPI_INT16_T : MPI_UINT16_T;
    case 4:
        return s ? MPI_INT32_T : MPI_UINT32_T;
    case 8:
        return s ? MPI_INT64_T : MPI_UINT64_T;
    default:
        return MPI_DATATYPE_NULL;
    }
}

bool pfm__mpi_op(pf_op_t op, pf_type_t type, MPI_Datatype *dt, MPI_Op *mop)
{
    if (type == PF_TYPE_FLOAT || type == PF_TYPE_DOUBLE ||
        type == PF_TYPE_LDOUBLE || pf__type_size(type) == 0)
        return false;
    bool boolean = type == PF_TYPE_BOOL;
    switch (op) {
    case PF_OP_ADD:
    case PF_OP_SUB:
        *mop = boolean ? MPI_LOR : MPI_SUM;
        break;
    case PF_OP_MUL:
        *mop = boolean ? MPI_LAND : MPI_PROD;
        break;
    case PF_OP_BAND:
        *mop = MPI_BAND;
        break;
    case PF_OP_BOR:
        *mop = MPI_BOR;
        break;
    case PF_OP_BXOR:
        *mop = MPI_BXOR;
        break;
    case PF_OP_LAND:
        *mop = MPI_LAND;
        break;
    case PF_OP_LOR:
        *mop = MPI_LOR;
        break;
    case PF_OP_MIN:
        *mop = MPI_MIN;
        break;
    case PF_OP_MAX:
        *mop = MPI_MAX;
        break;
    default:
        return false;
    }
    *dt = int_type(type, op == PF_OP_MIN || op == PF_OP_MAX);
    return *dt != MPI_DATATYPE_NULL;
}
