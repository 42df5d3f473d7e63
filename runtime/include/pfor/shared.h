/* pfor/shared.h - shared memory: pf_shared_alloc, typed pf_value, pf_array. */
#ifndef PFOR_SHARED_H
#define PFOR_SHARED_H

#include <stdbool.h>
#include <stddef.h>

#include "common.h"
#include "errors.h"

struct pf_rlock; /* pfor/sync.h */

/*
 * Raw shared memory.  The block is zeroed and shared with every process
 * forked after the call (an anonymous MAP_SHARED mapping: nothing to unlink,
 * nothing left behind when the processes exit).  Create it in the parent
 * before starting workers, as with multiprocessing.
 *
 * pf_shared_alloc returns 0 and sets *out, PF_EINVAL for a size <= 0 or a
 * NULL out, PF_ENOMEM when the mapping fails.  The block is aligned to 64
 * bytes (a cache line).  pf_shared_free(p) unmaps it in the calling process
 * only (other processes keep their view until they free it or exit); NULL
 * is ignored.  pf_shared_size(p) is the size asked for, or 0 for a pointer
 * that pf_shared_alloc did not return.
 */
int pf_shared_alloc(ptrdiff_t size, void **out);
void pf_shared_free(void *p);
size_t pf_shared_size(const void *p);

/*
 * Type codes, multiprocessing's (which are the array module's):
 *   'c' char   'b' signed char   'B' unsigned char
 *   'h' short  'H' unsigned short  'i' int  'I' unsigned int
 *   'l' long   'L' unsigned long   'q' long long  'Q' unsigned long long
 *   'f' float  'd' double
 * pf_type_from_code sets *out to the pf_type_t and returns 0, or returns
 * PF_EINVAL for any other code.  pf_type_size is the C size of a type
 * (0 for an unknown one).
 */
int pf_type_from_code(char code, pf_type_t *out);
size_t pf_type_size(pf_type_t type);

/*
 * Options of pf_value_new / pf_array_new; NULL or all-zero gives
 * multiprocessing's default, a synchronized object with its own rlock.
 *   raw:  no lock at all (multiprocessing's lock=False / RawValue);
 *         pf_value_get_lock then returns NULL.
 *   lock: use this rlock instead of a new one (lock=<an RLock>); several
 *         values may share one.  It must outlive the value.
 * Setting both is PF_EINVAL.
 */
typedef struct pf_shared_options {
    bool raw;
    struct pf_rlock *lock;
} pf_shared_options_t;

typedef struct pf_value pf_value_t;
typedef struct pf_array pf_array_t;

/*
 * A typed scalar in shared memory (multiprocessing.Value), zero at first.
 * Create it before forking; every process forked afterwards sees the same
 * value.  pf_value_new returns 0, PF_EINVAL for an unknown type code or bad
 * options, PF_ENOMEM.  pf_value_free unmaps it in the calling process (and
 * its own lock, not a lock given in the options); NULL is ignored.
 *
 * Access, from any process:
 *   pf_value_ptr       the raw pointer (cast it to the code's C type): no
 *                      lock taken, the fastest way, for use under
 *                      pf_value_get_lock or for single-writer data.
 *   pf_value_get_lock  the rlock (NULL for a raw value), to make a
 *                      read-modify-write atomic:
 *                          pf_rlock_acquire(pf_value_get_lock(v), PF_FOREVER);
 *                          *(int *)pf_value_ptr(v) += 1;
 *                          pf_rlock_release(pf_value_get_lock(v));
 *   get/set/add        typed helpers converting from/to long long or
 *                      double; each takes the lock (when there is one) for
 *                      the duration of the call, so _add is an atomic
 *                      increment.  Integer stores wrap to the code's width
 *                      as ctypes does; a double that does not fit an
 *                      integer type gives PF_ERANGE.  They return 0, or
 *                      PF_EINVAL for a NULL argument, or PF_EOWNERDEAD when
 *                      the lock's previous owner died (the operation is
 *                      still done and the lock released).
 */
int pf_value_new(char code, const pf_shared_options_t *opt, pf_value_t **out);
void pf_value_free(pf_value_t *v);
void *pf_value_ptr(pf_value_t *v);
struct pf_rlock *pf_value_get_lock(pf_value_t *v);
/* The value's pf_type_t, or PF_EINVAL for NULL. */
int pf_value_type(const pf_value_t *v);
int pf_value_get_ll(pf_value_t *v, long long *out);
int pf_value_set_ll(pf_value_t *v, long long x);
int pf_value_add_ll(pf_value_t *v, long long delta);
int pf_value_get_double(pf_value_t *v, double *out);
int pf_value_set_double(pf_value_t *v, double x);
int pf_value_add_double(pf_value_t *v, double delta);

/*
 * A typed array in shared memory (multiprocessing.Array), zeroed, of
 * `length` >= 1 elements (0 or negative is PF_EINVAL).  Same options, lock
 * and helpers as pf_value; an index outside 0..length-1 gives PF_ERANGE.
 * pf_array_length returns the length (PF_EINVAL for NULL).
 */
int pf_array_new(char code, ptrdiff_t length, const pf_shared_options_t *opt,
                 pf_array_t **out);
void pf_array_free(pf_array_t *a);
void *pf_array_ptr(pf_array_t *a);
struct pf_rlock *pf_array_get_lock(pf_array_t *a);
int pf_array_type(const pf_array_t *a);
ptrdiff_t pf_array_length(const pf_array_t *a);
int pf_array_get_ll(pf_array_t *a, ptrdiff_t i, long long *out);
int pf_array_set_ll(pf_array_t *a, ptrdiff_t i, long long x);
int pf_array_get_double(pf_array_t *a, ptrdiff_t i, double *out);
int pf_array_set_double(pf_array_t *a, ptrdiff_t i, double x);

#endif /* PFOR_SHARED_H */
