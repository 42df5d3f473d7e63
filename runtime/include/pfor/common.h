/* pfor/common.h - conventions and types shared by every part of the API. */
#ifndef PFOR_COMMON_H
#define PFOR_COMMON_H

/*
 * Timeouts are doubles in seconds, as in Python's multiprocessing:
 * a negative value (PF_FOREVER) waits without limit, 0 only polls, and a
 * positive value waits at most that long.  Every blocking call takes one.
 */
#define PF_FOREVER (-1.0)

/* The arithmetic types pfor can reduce, share and transport. */
typedef enum pf_type {
    PF_TYPE_BOOL = 1, /* _Bool */
    PF_TYPE_CHAR,     /* char */
    PF_TYPE_SCHAR,    /* signed char */
    PF_TYPE_UCHAR,    /* unsigned char */
    PF_TYPE_SHORT,
    PF_TYPE_USHORT,
    PF_TYPE_INT,
    PF_TYPE_UINT,
    PF_TYPE_LONG,
    PF_TYPE_ULONG,
    PF_TYPE_LLONG,
    PF_TYPE_ULLONG,
    PF_TYPE_FLOAT,
    PF_TYPE_DOUBLE,
    PF_TYPE_LDOUBLE
} pf_type_t;

/* The pf_type_t of an expression's type, chosen at compile time. */
#define PF_TYPE_OF(x)                                                         \
    _Generic((x),                                                             \
        _Bool: PF_TYPE_BOOL,                                                  \
        char: PF_TYPE_CHAR,                                                   \
        signed char: PF_TYPE_SCHAR,                                           \
        unsigned char: PF_TYPE_UCHAR,                                         \
        short: PF_TYPE_SHORT,                                                 \
        unsigned short: PF_TYPE_USHORT,                                       \
        int: PF_TYPE_INT,                                                     \
        unsigned int: PF_TYPE_UINT,                                           \
        long: PF_TYPE_LONG,                                                   \
        unsigned long: PF_TYPE_ULONG,                                         \
        long long: PF_TYPE_LLONG,                                             \
        unsigned long long: PF_TYPE_ULLONG,                                   \
        float: PF_TYPE_FLOAT,                                                 \
        double: PF_TYPE_DOUBLE,                                               \
        long double: PF_TYPE_LDOUBLE)

/* Reduction operators, OpenMP's set.  SUB combines partials with +, as
 * OpenMP does.  MIN and MAX are the C comparisons (a NaN partial loses). */
typedef enum pf_op {
    PF_OP_ADD = 1, /* +  identity 0 */
    PF_OP_MUL,     /* *  identity 1 */
    PF_OP_SUB,     /* -  identity 0, partials added */
    PF_OP_BAND,    /* &  identity ~0 (integers only) */
    PF_OP_BOR,     /* |  identity 0 (integers only) */
    PF_OP_BXOR,    /* ^  identity 0 (integers only) */
    PF_OP_LAND,    /* && identity 1 */
    PF_OP_LOR,     /* || identity 0 */
    PF_OP_MIN,     /* min identity: the type's largest value */
    PF_OP_MAX      /* max identity: the type's smallest value */
} pf_op_t;

#endif /* PFOR_COMMON_H */
