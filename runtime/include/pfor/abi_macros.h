/* pfor/abi_macros.h - the macros pforc's generated code uses, apart from
 * the declarations (pfor_abi.h, which includes this file): pfcc compiles
 * a file that was preprocessed with pfor_abi.h already, adding only
 * `-include pfor/abi_macros.h`, so nothing is declared twice.  This file
 * includes no system header and defines no type. */
#ifndef PFOR_ABI_MACROS_H
#define PFOR_ABI_MACROS_H

/* Choose the range call by the signedness of the loop variable's type T;
 * each argument is evaluated exactly once. */
#define PFC_RANGE(loop, T, lo, hi, step, cmp)                                  \
    (((T)-1 < (T)1) /* signed T ("< (T)0" warns when unsigned) */              \
         ? pfc_loop_range_signed_width((loop), (long long)(T)(lo),             \
                                       (long long)(T)(hi), (long long)(step),  \
                                       (cmp), sizeof(T))                       \
         : pfc_loop_range_unsigned_width((loop), (unsigned long long)(T)(lo),  \
                                         (unsigned long long)(T)(hi),          \
                                         (long long)(step), (cmp), sizeof(T)))

/* collapse(n): dimension d of the nest instead of the range (pfor_abi.h,
 * pfc_loop_dim_*), picked by the signedness of T like PFC_RANGE. */
#define PFC_DIM(loop, d, T, lo, hi, step, cmp)                                 \
    (((T)-1 < (T)1)                                                            \
         ? pfc_loop_dim_signed_width((loop), (d), (long long)(T)(lo),          \
                                     (long long)(T)(hi), (long long)(step),    \
                                     (cmp), sizeof(T))                         \
         : pfc_loop_dim_unsigned_width((loop), (d),                            \
                                       (unsigned long long)(T)(lo),            \
                                       (unsigned long long)(T)(hi),            \
                                       (long long)(step), (cmp), sizeof(T)))

/* The loop variable's value at normalised iteration k (pfor_abi.h,
 * pfc_loop_value_inline). */
#define PFC_IV(loop, T, k) ((T)pfc_loop_value_inline((loop), (k)))

/* A reduction block's bracket (pfor_abi.h): the inline forms copy one
 * object of 8 bytes themselves, so they are told its size. */
#define pfc_loop_identity(loop, slot, partial)                                 \
    pfc_loop_identity_sized((loop), (slot), (partial), sizeof *(partial))
#define pfc_loop_deposit(loop, slot, partial)                                  \
    pfc_loop_deposit_sized((loop), (slot), (partial), sizeof *(partial))

/* The same range call, the user's expressions first (pforc puts them at
 * their own columns, before the rest of the call), T the loop variable's
 * type. */
#define PFC_BOUNDS(lo, hi, step, cmp, loop, T)                                 \
    PFC_RANGE(loop, T, lo, hi, step, cmp)

#define PFC_DIM_BOUNDS(lo, hi, step, cmp, loop, d, T)                          \
    PFC_DIM(loop, d, T, lo, hi, step, cmp)

/* Register the reduction of scalar v, or of the section a[lo:len] (lo and
 * len already evaluated), and a collected array.  The user's expression
 * comes first and is named once, so that a compiler reports a mistake in
 * it once, where pforc put it: at its column in the pragma. */
#define PFC_REDUCE(v, op, loop)                                                \
    pfc_loop_reduce((loop), (op), PF_TYPE_OF(v), &(v), 1)
#define PFC_REDUCE_SECTION(a, lo, len, op, loop)                               \
    pfc_loop_reduce((loop), (op), PF_TYPE_OF((a)[0]), &(a)[lo], (len))
#define PFC_COLLECT(a, loop) pfc_loop_collect((loop), &(a)[0], sizeof(a)[0])

/* The same for the openmp backend's reduction plan (pfor_abi.h, pfo_). */
#define PFO_REDUCE(v, op, red) pfo_red_add((red), (op), PF_TYPE_OF(v), &(v), 1)
#define PFO_REDUCE_SECTION(a, lo, len, op, red)                                \
    pfo_red_add((red), (op), PF_TYPE_OF((a)[0]), &(a)[lo], (len))

/* The mpi backend's (pfor_mpi_abi.h, pfm_): the same codes and the same
 * range, dimension and value macros on libpfor_mpi's calls. */
#define PFM_LT PFC_LT
#define PFM_LE PFC_LE
#define PFM_GT PFC_GT
#define PFM_GE PFC_GE
#define PFM_SCHED_DEFAULT PFC_SCHED_DEFAULT
#define PFM_SCHED_STATIC PFC_SCHED_STATIC
#define PFM_SCHED_DYNAMIC PFC_SCHED_DYNAMIC
#define PFM_SCHED_GUIDED PFC_SCHED_GUIDED
#define PFM_SCHED_RUNTIME PFC_SCHED_RUNTIME

#define PFM_RANGE(loop, T, lo, hi, step, cmp)                                  \
    (((T)-1 < (T)1)                                                            \
         ? pfm_loop_range_signed_width((loop), (long long)(T)(lo),             \
                                       (long long)(T)(hi), (long long)(step),  \
                                       (cmp), sizeof(T))                       \
         : pfm_loop_range_unsigned_width((loop), (unsigned long long)(T)(lo),  \
                                         (unsigned long long)(T)(hi),          \
                                         (long long)(step), (cmp), sizeof(T)))
#define PFM_DIM(loop, d, T, lo, hi, step, cmp)                                 \
    (((T)-1 < (T)1)                                                            \
         ? pfm_loop_dim_signed_width((loop), (d), (long long)(T)(lo),          \
                                     (long long)(T)(hi), (long long)(step),    \
                                     (cmp), sizeof(T))                         \
         : pfm_loop_dim_unsigned_width((loop), (d),                            \
                                       (unsigned long long)(T)(lo),            \
                                       (unsigned long long)(T)(hi),            \
                                       (long long)(step), (cmp), sizeof(T)))
#define PFM_IV(loop, T, k) ((T)pfm_loop_value_inline((loop), (k)))
#define PFM_BOUNDS(lo, hi, step, cmp, loop, T)                                 \
    PFM_RANGE(loop, T, lo, hi, step, cmp)
#define PFM_DIM_BOUNDS(lo, hi, step, cmp, loop, d, T)                          \
    PFM_DIM(loop, d, T, lo, hi, step, cmp)
#define PFM_REDUCE(v, op, loop)                                                \
    pfm_loop_reduce((loop), (op), PF_TYPE_OF(v), &(v), 1)
#define PFM_REDUCE_SECTION(a, lo, len, op, loop)                               \
    pfm_loop_reduce((loop), (op), PF_TYPE_OF((a)[0]), &(a)[lo], (len))

/* Around generated declarations that shadow the user's names on purpose
 * (the private partial of a reduction variable, an enclosing loop's
 * descriptor): no -Wshadow for them.  Generated code closes the region
 * before the user's own body. */
#define PFC_SHADOW_BEGIN                                                       \
    _Pragma("GCC diagnostic push")                                             \
        _Pragma("GCC diagnostic ignored \"-Wshadow\"")
#define PFC_SHADOW_END _Pragma("GCC diagnostic pop")

/* The pf_type_t of an expression's type (the same text as pfor/common.h's,
 * under its own guard, so either may come first). */
/* clang-format off */
#ifndef PF_TYPE_OF
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
#endif
/* clang-format on */

#endif /* PFOR_ABI_MACROS_H */
