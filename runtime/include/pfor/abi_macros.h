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

/* The loop variable's value at normalised iteration k (pfor_abi.h,
 * pfc_loop_value_inline). */
#define PFC_IV(loop, T, k) ((T)pfc_loop_value_inline((loop), (k)))

/* The pf_type_t of an expression's type (the same text as pfor/common.h's,
 * under its own guard, so either may come first). */
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

#endif /* PFOR_ABI_MACROS_H */
