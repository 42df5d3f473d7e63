/* reduce.c - reduction operators on every arithmetic type: identities and
 * the combination of partials. */
#include <float.h>
#include <limits.h>
#include <math.h>
#include <string.h>

#include "loop_internal.h"

/* X(code, C type, smallest value, largest value, is floating) */
#define PF__TYPES(X)                                                           \
    X(PF_TYPE_BOOL, _Bool, 0, 1, 0)                                            \
    X(PF_TYPE_CHAR, char, CHAR_MIN, CHAR_MAX, 0)                               \
    X(PF_TYPE_SCHAR, signed char, SCHAR_MIN, SCHAR_MAX, 0)                     \
    X(PF_TYPE_UCHAR, unsigned char, 0, UCHAR_MAX, 0)                           \
    X(PF_TYPE_SHORT, short, SHRT_MIN, SHRT_MAX, 0)                             \
    X(PF_TYPE_USHORT, unsigned short, 0, USHRT_MAX, 0)                         \
    X(PF_TYPE_INT, int, INT_MIN, INT_MAX, 0)                                   \
    X(PF_TYPE_UINT, unsigned int, 0, UINT_MAX, 0)                              \
    X(PF_TYPE_LONG, long, LONG_MIN, LONG_MAX, 0)                               \
    X(PF_TYPE_ULONG, unsigned long, 0, ULONG_MAX, 0)                           \
    X(PF_TYPE_LLONG, long long, LLONG_MIN, LLONG_MAX, 0)                       \
    X(PF_TYPE_ULLONG, unsigned long long, 0, ULLONG_MAX, 0)                    \
    X(PF_TYPE_FLOAT, float, -INFINITY, INFINITY, 1)                            \
    X(PF_TYPE_DOUBLE, double, -INFINITY, INFINITY, 1)                          \
    X(PF_TYPE_LDOUBLE, long double, -INFINITY, INFINITY, 1)

size_t pf__type_size(pf_type_t type)
{
    switch (type) {
#define SIZE_CASE(code, T, lo, hi, fl)                                         \
    case code:                                                                 \
        return sizeof(T);
        PF__TYPES(SIZE_CASE)
#undef SIZE_CASE
    }
    return 0;
}

const char *pf__type_name(pf_type_t type)
{
    switch (type) {
#define NAME_CASE(code, T, lo, hi, fl)                                         \
    case code:                                                                 \
        return #T;
        PF__TYPES(NAME_CASE)
#undef NAME_CASE
    }
    return NULL;
}

const char *pf__op_name(pf_op_t op)
{
    static const char *const names[] = {"+", "*",  "-",  "&",   "|",
                                        "^", "&&", "||", "min", "max"};
    if (op < PF_OP_ADD || op > PF_OP_MAX)
        return NULL;
    return names[op - PF_OP_ADD];
}

static bool is_floating(pf_type_t type)
{
    return type == PF_TYPE_FLOAT || type == PF_TYPE_DOUBLE ||
           type == PF_TYPE_LDOUBLE;
}

bool pf__op_valid(pf_op_t op, pf_type_t type)
{
    if (pf__type_size(type) == 0 || op < PF_OP_ADD || op > PF_OP_MAX)
        return false;
    if (op == PF_OP_BAND || op == PF_OP_BOR || op == PF_OP_BXOR)
        return !is_floating(type);
    return true;
}

/* Integer + and * wrap through unsigned long long (modular, as the
 * hardware does) so a combination never executes a signed overflow. */
#define U(x) ((unsigned long long)(x))

#define IDENTITY_CASE(code, T, lo, hi, fl)                                     \
    case code: {                                                               \
        T id = 0, *d = dst;                                                    \
        switch (op) {                                                          \
        case PF_OP_MUL:                                                        \
        case PF_OP_LAND:                                                       \
            id = 1;                                                            \
            break;                                                             \
        case PF_OP_BAND:                                                       \
            id = (T)~U(0);                                                     \
            break;                                                             \
        case PF_OP_MIN:                                                        \
            id = (T)(hi);                                                      \
            break;                                                             \
        case PF_OP_MAX:                                                        \
            id = (T)(lo);                                                      \
            break;                                                             \
        default:                                                               \
            break;                                                             \
        }                                                                      \
        for (size_t j = 0; j < count; j++)                                     \
            d[j] = id;                                                         \
        return;                                                                \
    }

void pf__red_identity(pf_op_t op, pf_type_t type, void *dst, size_t count)
{
    switch (type) {
        PF__TYPES(IDENTITY_CASE)
    }
}

/* Float and integer arithmetic differ only in + and *: the integer kind
 * goes through unsigned arithmetic. */
#define ARITH_INT(T, a, b, o) ((T)(U(a) o U(b)))
#define ARITH_FLT(T, a, b, o) ((T)((a)o(b)))
#define BITS_INT(T, a, b, o) ((T)(U(a) o U(b)))
#define BITS_FLT(T, a, b, o) (a) /* never used: rejected by pf__op_valid */

#define COMBINE_LOOP(T, ARITH, BITS)                                           \
    {                                                                          \
        T *d = dst;                                                            \
        const T *s = src;                                                      \
        switch (op) {                                                          \
        case PF_OP_ADD:                                                        \
        case PF_OP_SUB:                                                        \
            for (size_t j = 0; j < count; j++)                                 \
                d[j] = ARITH(T, d[j], s[j], +);                                \
            break;                                                             \
        case PF_OP_MUL:                                                        \
            for (size_t j = 0; j < count; j++)                                 \
                d[j] = ARITH(T, d[j], s[j], *);                                \
            break;                                                             \
        case PF_OP_BAND:                                                       \
            for (size_t j = 0; j < count; j++)                                 \
                d[j] = BITS(T, d[j], s[j], &);                                 \
            break;                                                             \
        case PF_OP_BOR:                                                        \
            for (size_t j = 0; j < count; j++)                                 \
                d[j] = BITS(T, d[j], s[j], |);                                 \
            break;                                                             \
        case PF_OP_BXOR:                                                       \
            for (size_t j = 0; j < count; j++)                                 \
                d[j] = BITS(T, d[j], s[j], ^);                                 \
            break;                                                             \
        case PF_OP_LAND:                                                       \
            for (size_t j = 0; j < count; j++)                                 \
                d[j] = (T)(d[j] != 0 && s[j] != 0);                            \
            break;                                                             \
        case PF_OP_LOR:                                                        \
            for (size_t j = 0; j < count; j++)                                 \
                d[j] = (T)(d[j] != 0 || s[j] != 0);                            \
            break;                                                             \
        case PF_OP_MIN: /* a NaN loses against a number */                     \
            for (size_t j = 0; j < count; j++)                                 \
                if (s[j] < d[j] || d[j] != d[j])                               \
                    d[j] = s[j];                                               \
            break;                                                             \
        case PF_OP_MAX:                                                        \
            for (size_t j = 0; j < count; j++)                                 \
                if (s[j] > d[j] || d[j] != d[j])                               \
                    d[j] = s[j];                                               \
            break;                                                             \
        }                                                                      \
        return;                                                                \
    }

#define COMBINE_CASE(code, T, lo, hi, fl)                                      \
    case code:                                                                 \
        if (fl)                                                                \
            COMBINE_LOOP(T, ARITH_FLT, BITS_FLT)                               \
        else                                                                   \
            COMBINE_LOOP(T, ARITH_INT, BITS_INT)

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wfloat-equal"
#pragma GCC diagnostic ignored "-Wtautological-compare"
#pragma GCC diagnostic ignored "-Wint-in-bool-context"
void pf__red_combine(pf_op_t op, pf_type_t type, void *dst, const void *src,
                     size_t count)
{
    switch (type) {
        PF__TYPES(COMBINE_CASE)
    }
}

/* The fixed tree over `blocks` partials `stride` bytes apart: at width w
 * = 1, 2, 4, ..., partial j (j a multiple of 2w) becomes j op j + w.  The
 * same operations, in the same order, as pf__red_combine called on each
 * pair, with the dispatch on the type and operator done once. */
#define TREE_FOR(T, STMT)                                                      \
    for (unsigned long long w = 1; w < blocks; w *= 2)                         \
        for (unsigned long long j = 0; j + w < blocks; j += 2 * w) {           \
            T *d = (T *)(void *)(base + j * stride);                           \
            const T *s = (const T *)(const void *)(base + (j + w) * stride);   \
            (void)s;                                                           \
            for (size_t i = 0; i < count; i++)                                 \
                STMT;                                                          \
        }

#define TREE_LOOP(T, ARITH, BITS)                                              \
    {                                                                          \
        switch (op) {                                                          \
        case PF_OP_ADD:                                                        \
        case PF_OP_SUB:                                                        \
            TREE_FOR(T, d[i] = ARITH(T, d[i], s[i], +))                        \
            break;                                                             \
        case PF_OP_MUL:                                                        \
            TREE_FOR(T, d[i] = ARITH(T, d[i], s[i], *))                        \
            break;                                                             \
        case PF_OP_BAND:                                                       \
            TREE_FOR(T, d[i] = BITS(T, d[i], s[i], &))                         \
            break;                                                             \
        case PF_OP_BOR:                                                        \
            TREE_FOR(T, d[i] = BITS(T, d[i], s[i], |))                         \
            break;                                                             \
        case PF_OP_BXOR:                                                       \
            TREE_FOR(T, d[i] = BITS(T, d[i], s[i], ^))                         \
            break;                                                             \
        case PF_OP_LAND:                                                       \
            TREE_FOR(T, d[i] = (T)(d[i] != 0 && s[i] != 0))                    \
            break;                                                             \
        case PF_OP_LOR:                                                        \
            TREE_FOR(T, d[i] = (T)(d[i] != 0 || s[i] != 0))                    \
            break;                                                             \
        case PF_OP_MIN:                                                        \
            TREE_FOR(T, if (s[i] < d[i] || d[i] != d[i]) d[i] = s[i])          \
            break;                                                             \
        case PF_OP_MAX:                                                        \
            TREE_FOR(T, if (s[i] > d[i] || d[i] != d[i]) d[i] = s[i])          \
            break;                                                             \
        }                                                                      \
        return;                                                                \
    }

#define TREE_CASE(code, T, lo, hi, fl)                                         \
    case code:                                                                 \
        if (fl)                                                                \
            TREE_LOOP(T, ARITH_FLT, BITS_FLT)                                  \
        else                                                                   \
            TREE_LOOP(T, ARITH_INT, BITS_INT)

void pf__red_tree(pf_op_t op, pf_type_t type, unsigned char *base,
                  size_t stride, size_t count, unsigned long long blocks)
{
    switch (type) {
        PF__TYPES(TREE_CASE)
    }
}
#pragma GCC diagnostic pop

unsigned long long pf__red_block_iters(unsigned long long trips, size_t record)
{
    if (trips == 0)
        return 1;
    /* PF__RED_MIN_ITERS iterations a block, unless that leaves fewer
     * than PF__RED_MIN_BLOCKS blocks: a block is a stretch with a call
     * pair and a partial to combine, which a loop of tiny iterations
     * pays per block, while the workers of a loop with few, long
     * iterations need blocks to share (at least 64, or one iteration
     * each below that). */
    unsigned long long blocks = trips / PF__RED_MIN_ITERS;
    if (blocks < PF__RED_MIN_BLOCKS)
        blocks = PF__RED_MIN_BLOCKS;
    if (blocks > PF__RED_MAX_BLOCKS)
        blocks = PF__RED_MAX_BLOCKS;
    if (record > 0 && PF__RED_BUDGET / record < blocks)
        blocks = PF__RED_BUDGET / record;
    if (blocks < 1)
        blocks = 1;
    if (blocks > trips)
        blocks = trips;
    return trips / blocks + (trips % blocks != 0);
}
