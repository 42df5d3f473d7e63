/* pfor/manager.h - the manager: shared dict, list and namespace. */
#ifndef PFOR_MANAGER_H
#define PFOR_MANAGER_H

#include <stddef.h>

#include "common.h"
#include "errors.h"

/*
 * The C counterpart of multiprocessing.Manager(): a manager owns one shared
 * arena (a memfd that grows on demand, mapped at the same address in every
 * process forked after pf_manager_new) holding any number of dicts, lists
 * and namespaces.  Create the manager and its objects in the parent before
 * forking; every forked process may then read and write them at once.
 *
 * Every single call is atomic: it holds the manager's lock for its whole
 * length, and a process killed in the middle of one leaves the structure as
 * if the call had happened or had not (see docs/manager.md).  For an update
 * of several steps (read, compute, write back), hold the lock yourself with
 * pf_manager_lock / pf_manager_unlock around the calls; it is recursive, so
 * the calls inside work as usual.
 *
 * Values read out are copies: changing the copy does not change the shared
 * object; write it back (this is the "namespace trap" of the Python texts).
 */

typedef struct pf_manager pf_manager_t;
typedef struct pf_dict pf_dict_t;
typedef struct pf_list pf_list_t;
typedef struct pf_namespace pf_namespace_t;
/* A private snapshot of a dict's or list's contents, for iteration. */
typedef struct pf_iter pf_iter_t;

typedef struct pf_manager_options {
    /* Most bytes the arena may ever hold (address space reserved up front,
     * no memory committed).  0 = 64 GiB, or less when the system refuses
     * that much address space. */
    size_t max_bytes;
} pf_manager_options_t;

/* Create a manager (parent, before forking the processes that use it).
 * Returns 0, PF_EINVAL (out NULL), PF_ENOMEM or PF_ESYS. */
int pf_manager_new(const pf_manager_options_t *options, pf_manager_t **out);
/* Release the manager and every dict, list, namespace and iterator handle
 * made from it (not iterators: pf_iter_free those): the mapping, the
 * memfd, the lock.  In the creating process
 * this also destroys the shared state; in a forked process it only drops
 * that process's mapping and descriptor.  NULL-safe. */
void pf_manager_free(pf_manager_t *m);
/* Take the manager's lock (recursive, robust) for a multi-step update;
 * timeout in seconds (PF_FOREVER waits).  Returns 0; PF_ETIMEDOUT;
 * PF_EOWNERDEAD when the previous holder died with it held (the lock is
 * now yours and every structure was repaired to a consistent state, but a
 * multi-step update of the dead holder may be half done). */
int pf_manager_lock(pf_manager_t *m, double timeout);
/* Release one level of pf_manager_lock.  Returns 0 or PF_EPERM. */
int pf_manager_unlock(pf_manager_t *m);
/* Walk every structure of the manager and check it (offsets in range,
 * block headers, hash table, counts, free lists disjoint from live blocks).
 * Returns 0 when consistent, PF_ESTATE when not, or a lock error. */
int pf_manager_validate(pf_manager_t *m);
typedef struct pf_manager_stats {
    size_t used;         /* bytes in allocated blocks */
    size_t mapped;       /* bytes of arena (the memfd's size) */
    size_t reserved;     /* most the arena may grow to */
    size_t owner_deaths; /* times a process died holding the lock */
    size_t rollbacks;    /* of those, times a half-done call was undone */
} pf_manager_stats_t;
/* Figures about the manager's arena and its recoveries.  Returns 0 or
 * PF_E*. */
int pf_manager_stats(pf_manager_t *m, pf_manager_stats_t *out);

/* ---- dict: string keys (NUL-terminated, may be empty), byte values ---- */

/* A new empty dict in the manager.  Parent, before fork (the handle is a
 * pointer that forked processes inherit).  Freed with the manager. */
int pf_manager_dict(pf_manager_t *m, pf_dict_t **out);
/* d[key] = value (len bytes, len may be 0).  Returns 0 or PF_E*
 * (PF_ENOMEM when the arena cannot grow). */
int pf_dict_set(pf_dict_t *d, const char *key, const void *value, size_t len);
/* Copy d[key] into buf (cap bytes).  Returns 0 and *len = its size;
 * PF_ENOSPC with *len = the size needed (nothing copied) when cap is too
 * small; PF_ENOENT when the key is absent.  len may be NULL. */
int pf_dict_get(pf_dict_t *d, const char *key, void *buf, size_t cap,
                size_t *len);
/* d[key] into a fresh malloc'ed buffer (*value, free() it; one extra NUL
 * byte is added after the value so strings may be used directly).
 * Returns 0, PF_ENOENT or PF_ENOMEM. */
int pf_dict_get_alloc(pf_dict_t *d, const char *key, void **value, size_t *len);
/* del d[key].  Returns 0 or PF_ENOENT. */
int pf_dict_delete(pf_dict_t *d, const char *key);
/* key in d: returns 1, 0, or PF_E*. */
int pf_dict_contains(pf_dict_t *d, const char *key);
/* len(d), or PF_E*. */
long pf_dict_len(pf_dict_t *d);
/* d.clear().  Returns 0 or PF_E*. */
int pf_dict_clear(pf_dict_t *d);
/* d.update(src): every item of src set in d, atomically with respect to
 * other processes (both under the lock when they share a manager; src is
 * snapshotted first otherwise).  Returns 0 or PF_E*. */
int pf_dict_update(pf_dict_t *d, pf_dict_t *src);

/* ---- list: values of any length ---- */

/* Python semantics for indexes: negative counts from the end. */
int pf_manager_list(pf_manager_t *m, pf_list_t **out);
int pf_list_append(pf_list_t *l, const void *value, size_t len);
/* Append n values at once (atomic for other processes). */
int pf_list_extend(pf_list_t *l, const void *const *values, const size_t *lens,
                   size_t n);
/* Copy l[index] into buf; as pf_dict_get (PF_ERANGE for a bad index). */
int pf_list_get(pf_list_t *l, long index, void *buf, size_t cap, size_t *len);
int pf_list_get_alloc(pf_list_t *l, long index, void **value, size_t *len);
/* l[index] = value.  Returns 0 or PF_ERANGE. */
int pf_list_set(pf_list_t *l, long index, const void *value, size_t len);
/* l.insert(index, value): index clamped to [0, len] as Python does. */
int pf_list_insert(pf_list_t *l, long index, const void *value, size_t len);
/* l.pop(index): removes the item and, when value is not NULL, hands it
 * back malloc'ed (free() it).  Returns 0 or PF_ERANGE (empty list or bad
 * index). */
int pf_list_pop(pf_list_t *l, long index, void **value, size_t *len);
/* l.remove(value): removes the first item equal (same bytes) to value.
 * Returns 0 or PF_ENOENT. */
int pf_list_remove(pf_list_t *l, const void *value, size_t len);
/* Index of the first item equal to value, or PF_ENOENT. */
long pf_list_index(pf_list_t *l, const void *value, size_t len);
long pf_list_len(pf_list_t *l);
int pf_list_reverse(pf_list_t *l);
/* A comparison of two values: negative, zero or positive as for qsort. */
typedef int (*pf_list_cmp_fn)(const void *a, size_t alen, const void *b,
                              size_t blen, void *arg);
/* Sort in place with cmp (stable), which runs in the calling process with
 * the manager's lock held: it must not call the manager itself. */
int pf_list_sort(pf_list_t *l, pf_list_cmp_fn cmp, void *arg);
int pf_list_clear(pf_list_t *l);

/* ---- iteration: a consistent private snapshot taken under the lock ---- */

enum {
    PF_ITER_KEYS = 1, /* dict keys only (values not copied) */
    PF_ITER_ITEMS = 2 /* dict keys and values */
};
/* Snapshot d (what = PF_ITER_KEYS or PF_ITER_ITEMS).  Later changes of d
 * do not affect the snapshot, and the snapshot never blocks d. */
int pf_dict_iter(pf_dict_t *d, int what, pf_iter_t **out);
/* Snapshot every value of l. */
int pf_list_iter(pf_list_t *l, pf_iter_t **out);
/* The next item: returns 1 and sets *key (NULL for lists), *value, *len
 * (each pointer may be NULL; with PF_ITER_KEYS *value is NULL); 0 at the
 * end; PF_EINVAL.  The pointers stay valid until pf_iter_free. */
int pf_iter_next(pf_iter_t *it, const char **key, const void **value,
                 size_t *len);
/* Number of items in the snapshot. */
size_t pf_iter_len(const pf_iter_t *it);
void pf_iter_free(pf_iter_t *it);

/* ---- namespace: named attributes with typed values ---- */

typedef enum pf_ns_type {
    PF_NS_INT = 1, /* long long */
    PF_NS_DOUBLE,
    PF_NS_STRING, /* NUL-terminated */
    PF_NS_BYTES
} pf_ns_type_t;

int pf_manager_namespace(pf_manager_t *m, pf_namespace_t **out);
int pf_namespace_set_int(pf_namespace_t *ns, const char *name, long long v);
int pf_namespace_set_double(pf_namespace_t *ns, const char *name, double v);
int pf_namespace_set_string(pf_namespace_t *ns, const char *name,
                            const char *s);
int pf_namespace_set_bytes(pf_namespace_t *ns, const char *name, const void *p,
                           size_t len);
/* Readers: PF_ENOENT when the attribute was never set (Python's
 * AttributeError), PF_EINVAL when it holds another type. */
int pf_namespace_get_int(pf_namespace_t *ns, const char *name, long long *v);
int pf_namespace_get_double(pf_namespace_t *ns, const char *name, double *v);
/* The string into buf (cap bytes, NUL included); PF_ENOSPC with *len =
 * bytes needed (NUL included) when too small.  len may be NULL. */
int pf_namespace_get_string(pf_namespace_t *ns, const char *name, char *buf,
                            size_t cap, size_t *len);
/* The string malloc'ed (free() it). */
int pf_namespace_get_string_alloc(pf_namespace_t *ns, const char *name,
                                  char **s);
int pf_namespace_get_bytes(pf_namespace_t *ns, const char *name, void *buf,
                           size_t cap, size_t *len);
int pf_namespace_get_bytes_alloc(pf_namespace_t *ns, const char *name, void **p,
                                 size_t *len);
/* The attribute's pf_ns_type_t (positive), or PF_ENOENT. */
int pf_namespace_type(pf_namespace_t *ns, const char *name);
/* del ns.name.  Returns 0 or PF_ENOENT. */
int pf_namespace_delete(pf_namespace_t *ns, const char *name);

#endif /* PFOR_MANAGER_H */
