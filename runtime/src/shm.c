/* shm.c - the public shared-memory allocator and multiprocessing's typed
 * Value and Array (pf_value, pf_array), optionally guarded by an rlock. */
#include <errno.h>
#include <stdalign.h>
#include <string.h>

#include "internal.h"

/* ---- raw blocks ---- */

#define SHARED_MAGIC 0x70667368u /* "pfsh" */
#define BLOCK_HEADER 64          /* keeps the user's block cache-aligned */

/* What precedes every block pf_shared_alloc returns; free needs only the
 * user's pointer. */
struct block_header {
    uint32_t magic;
    size_t size;     /* what the caller asked for */
    size_t map_size; /* what was mapped, header included */
};

static struct block_header *header_of(const void *p)
{
    return (struct block_header *)((char *)p - BLOCK_HEADER);
}

int pf_shared_alloc(ptrdiff_t size, void **out)
{
    if (!out)
        return PF_EINVAL;
    *out = NULL;
    if (size <= 0 || (size_t)size > SIZE_MAX - BLOCK_HEADER)
        return PF_EINVAL;
    size_t map_size = (size_t)size + BLOCK_HEADER;
    char *base = pf__map_shared(map_size);
    if (!base)
        return errno == ENOMEM || errno == 0 ? PF_ENOMEM
                                             : pf__from_errno(errno);
    struct block_header *h = (struct block_header *)base;
    h->magic = SHARED_MAGIC;
    h->size = (size_t)size;
    h->map_size = map_size;
    *out = base + BLOCK_HEADER;
    return 0;
}

void pf_shared_free(void *p)
{
    if (!p)
        return;
    struct block_header *h = header_of(p);
    if (h->magic != SHARED_MAGIC)
        return;
    pf__unmap_shared(h, h->map_size);
}

size_t pf_shared_size(const void *p)
{
    if (!p || header_of(p)->magic != SHARED_MAGIC)
        return 0;
    return header_of(p)->size;
}

/* ---- type codes ---- */

int pf_type_from_code(char code, pf_type_t *out)
{
    pf_type_t t;
    switch (code) {
    case 'c':
        t = PF_TYPE_CHAR;
        break;
    case 'b':
        t = PF_TYPE_SCHAR;
        break;
    case 'B':
        t = PF_TYPE_UCHAR;
        break;
    case 'h':
        t = PF_TYPE_SHORT;
        break;
    case 'H':
        t = PF_TYPE_USHORT;
        break;
    case 'i':
        t = PF_TYPE_INT;
        break;
    case 'I':
        t = PF_TYPE_UINT;
        break;
    case 'l':
        t = PF_TYPE_LONG;
        break;
    case 'L':
        t = PF_TYPE_ULONG;
        break;
    case 'q':
        t = PF_TYPE_LLONG;
        break;
    case 'Q':
        t = PF_TYPE_ULLONG;
        break;
    case 'f':
        t = PF_TYPE_FLOAT;
        break;
    case 'd':
        t = PF_TYPE_DOUBLE;
        break;
    default:
        return PF_EINVAL;
    }
    if (out)
        *out = t;
    return 0;
}

size_t pf_type_size(pf_type_t type)
{
    switch (type) {
    case PF_TYPE_BOOL:
        return sizeof(_Bool);
    case PF_TYPE_CHAR:
        return sizeof(char);
    case PF_TYPE_SCHAR:
        return sizeof(signed char);
    case PF_TYPE_UCHAR:
        return sizeof(unsigned char);
    case PF_TYPE_SHORT:
        return sizeof(short);
    case PF_TYPE_USHORT:
        return sizeof(unsigned short);
    case PF_TYPE_INT:
        return sizeof(int);
    case PF_TYPE_UINT:
        return sizeof(unsigned int);
    case PF_TYPE_LONG:
        return sizeof(long);
    case PF_TYPE_ULONG:
        return sizeof(unsigned long);
    case PF_TYPE_LLONG:
        return sizeof(long long);
    case PF_TYPE_ULLONG:
        return sizeof(unsigned long long);
    case PF_TYPE_FLOAT:
        return sizeof(float);
    case PF_TYPE_DOUBLE:
        return sizeof(double);
    case PF_TYPE_LDOUBLE:
        return sizeof(long double);
    }
    return 0;
}

/* ---- typed objects: one mapping holds the header and the elements ---- */

#define TYPED_MAGIC 0x70667479u /* "pfty" */

/* pf_value and pf_array share this layout (a value is a 1-element array
 * that says so), in one mapping: this header, then the object's own rlock
 * (when it has one), then the elements.  A value's scalar lives inside the
 * rlock, on the mutex's cache line, so a locked update moves one line
 * between processes, not two.  A lock given in the options lives in its
 * own mapping, whose address is valid in every process forked later. */
struct typed {
    uint32_t magic;
    pf_type_t type;
    bool is_array;
    size_t elem_size;
    size_t length;
    size_t map_size;
    pf_rlock_t *lock;
    unsigned char *data; /* inside this mapping: same address everywhere */
    alignas(64) unsigned char storage[];
};

struct pf_value {
    struct typed t;
};
struct pf_array {
    struct typed t;
};

static int typed_new(char code, ptrdiff_t length, bool is_array,
                     const pf_shared_options_t *opt, struct typed **out)
{
    pf_type_t type;
    if (!out)
        return PF_EINVAL;
    *out = NULL;
    if (pf_type_from_code(code, &type) != 0 || length <= 0)
        return PF_EINVAL;
    if (opt && opt->raw && opt->lock)
        return PF_EINVAL;
    bool own_lock = !(opt && (opt->raw || opt->lock));
    size_t elem = pf_type_size(type);
    size_t lock_size = own_lock ? pf__rlock_size() : 0;
    size_t head = sizeof(struct typed) + lock_size;
    if ((size_t)length > (SIZE_MAX - head) / elem)
        return PF_EINVAL;
    size_t bytes = (size_t)length * elem;
    bool in_lock = own_lock && bytes <= PF__RLOCK_PAYLOAD;
    size_t map_size = head + (in_lock ? 0 : bytes);
    struct typed *t = pf__map_shared(map_size);
    if (!t)
        return PF_ENOMEM;
    t->type = type;
    t->is_array = is_array;
    t->elem_size = elem;
    t->length = (size_t)length;
    t->map_size = map_size;
    t->data = t->storage + lock_size;
    if (own_lock) {
        void *payload;
        int rc = pf__rlock_init_embedded(t->storage, &t->lock, &payload);
        if (rc < 0) {
            pf__unmap_shared(t, map_size);
            return rc;
        }
        if (in_lock)
            t->data = payload;
    } else if (opt && opt->lock) {
        t->lock = opt->lock;
    }
    t->magic = TYPED_MAGIC;
    *out = t;
    return 0;
}

static void typed_free(struct typed *t)
{
    if (!t || t->magic != TYPED_MAGIC)
        return;
    pf__unmap_shared(t, t->map_size); /* an own lock is inside */
}

static bool typed_ok(const struct typed *t, bool is_array)
{
    return t && t->magic == TYPED_MAGIC && t->is_array == is_array;
}

static bool is_float_type(pf_type_t type)
{
    return type == PF_TYPE_FLOAT || type == PF_TYPE_DOUBLE ||
           type == PF_TYPE_LDOUBLE;
}

/* Element i as a long long (floating values truncated toward zero; a value
 * out of long long's range is PF_ERANGE).  No lock taken. */
static int load_ll(const struct typed *t, size_t i, long long *out)
{
    const void *p = t->data + i * t->elem_size;
    double d;
    switch (t->type) {
    case PF_TYPE_BOOL:
        *out = *(const _Bool *)p;
        return 0;
    case PF_TYPE_CHAR:
        *out = *(const char *)p;
        return 0;
    case PF_TYPE_SCHAR:
        *out = *(const signed char *)p;
        return 0;
    case PF_TYPE_UCHAR:
        *out = *(const unsigned char *)p;
        return 0;
    case PF_TYPE_SHORT:
        *out = *(const short *)p;
        return 0;
    case PF_TYPE_USHORT:
        *out = *(const unsigned short *)p;
        return 0;
    case PF_TYPE_INT:
        *out = *(const int *)p;
        return 0;
    case PF_TYPE_UINT:
        *out = *(const unsigned *)p;
        return 0;
    case PF_TYPE_LONG:
        *out = *(const long *)p;
        return 0;
    case PF_TYPE_ULONG:
        *out = (long long)*(const unsigned long *)p;
        return 0;
    case PF_TYPE_LLONG:
        *out = *(const long long *)p;
        return 0;
    case PF_TYPE_ULLONG:
        *out = (long long)*(const unsigned long long *)p;
        return 0;
    case PF_TYPE_FLOAT:
        d = *(const float *)p;
        break;
    case PF_TYPE_DOUBLE:
        d = *(const double *)p;
        break;
    case PF_TYPE_LDOUBLE:
        d = (double)*(const long double *)p;
        break;
    default:
        return PF_EINVAL;
    }
    if (!(d >= -9223372036854775808.0 && d < 9223372036854775808.0))
        return PF_ERANGE;
    *out = (long long)d;
    return 0;
}

/* Element i as a double.  No lock taken. */
static double load_double(const struct typed *t, size_t i)
{
    const void *p = t->data + i * t->elem_size;
    switch (t->type) {
    case PF_TYPE_FLOAT:
        return *(const float *)p;
    case PF_TYPE_DOUBLE:
        return *(const double *)p;
    case PF_TYPE_LDOUBLE:
        return (double)*(const long double *)p;
    case PF_TYPE_ULONG:
        return (double)*(const unsigned long *)p;
    case PF_TYPE_ULLONG:
        return (double)*(const unsigned long long *)p;
    default: {
        long long x = 0;
        load_ll(t, i, &x);
        return (double)x;
    }
    }
}

/* Store x into element i, wrapping to the element's width as ctypes does.
 * No lock taken. */
static void store_ll(struct typed *t, size_t i, long long x)
{
    void *p = t->data + i * t->elem_size;
    unsigned long long u = (unsigned long long)x;
    switch (t->type) {
    case PF_TYPE_BOOL:
        *(_Bool *)p = x != 0;
        break;
    case PF_TYPE_CHAR:
        *(char *)p = (char)u;
        break;
    case PF_TYPE_SCHAR:
        *(signed char *)p = (signed char)u;
        break;
    case PF_TYPE_UCHAR:
        *(unsigned char *)p = (unsigned char)u;
        break;
    case PF_TYPE_SHORT:
        *(short *)p = (short)u;
        break;
    case PF_TYPE_USHORT:
        *(unsigned short *)p = (unsigned short)u;
        break;
    case PF_TYPE_INT:
        *(int *)p = (int)u;
        break;
    case PF_TYPE_UINT:
        *(unsigned *)p = (unsigned)u;
        break;
    case PF_TYPE_LONG:
        *(long *)p = (long)x;
        break;
    case PF_TYPE_ULONG:
        *(unsigned long *)p = (unsigned long)u;
        break;
    case PF_TYPE_LLONG:
        *(long long *)p = x;
        break;
    case PF_TYPE_ULLONG:
        *(unsigned long long *)p = u;
        break;
    case PF_TYPE_FLOAT:
        *(float *)p = (float)x;
        break;
    case PF_TYPE_DOUBLE:
        *(double *)p = (double)x;
        break;
    case PF_TYPE_LDOUBLE:
        *(long double *)p = (long double)x;
        break;
    }
}

/* Store x into element i.  An integer element takes x truncated toward
 * zero; PF_ERANGE (nothing stored) when x is NaN or outside long long's
 * range.  No lock taken. */
static int store_double(struct typed *t, size_t i, double x)
{
    void *p = t->data + i * t->elem_size;
    switch (t->type) {
    case PF_TYPE_FLOAT:
        *(float *)p = (float)x;
        return 0;
    case PF_TYPE_DOUBLE:
        *(double *)p = x;
        return 0;
    case PF_TYPE_LDOUBLE:
        *(long double *)p = x;
        return 0;
    default:
        if (!(x >= -9223372036854775808.0 && x < 9223372036854775808.0))
            return PF_ERANGE;
        store_ll(t, i, (long long)x);
        return 0;
    }
}

/* Take the object's lock, if any, for one helper call.  Returns 0, or
 * PF_EOWNERDEAD (held), or an acquire error (not held). */
static int typed_lock(struct typed *t)
{
    return t->lock ? pf_rlock_acquire(t->lock, PF_FOREVER) : 0;
}

/* Release after typed_lock; keeps the first error seen. */
static int typed_unlock(struct typed *t, int rc)
{
    if (t->lock) {
        int r = pf_rlock_release(t->lock);
        if (rc == 0)
            rc = r;
    }
    return rc;
}

enum op { GET_LL, SET_LL, ADD_LL, GET_D, SET_D, ADD_D };

/* The one body behind every typed helper: check, lock, do, unlock.
 * A PF_EOWNERDEAD from the lock is passed on after the operation. */
static int typed_op(struct typed *t, bool is_array, ptrdiff_t i, enum op op,
                    long long *ll, double *d)
{
    if (!typed_ok(t, is_array) || (!ll && !d))
        return PF_EINVAL;
    if (i < 0 || (size_t)i >= t->length)
        return PF_ERANGE;
    size_t k = (size_t)i;
    int lrc = typed_lock(t);
    if (lrc < 0 && lrc != PF_EOWNERDEAD)
        return lrc;
    int rc = 0;
    long long cur;
    switch (op) {
    case GET_LL:
        rc = load_ll(t, k, ll);
        break;
    case SET_LL:
        store_ll(t, k, *ll);
        break;
    case ADD_LL:
        if (is_float_type(t->type)) {
            rc = store_double(t, k, load_double(t, k) + (double)*ll);
        } else if ((rc = load_ll(t, k, &cur)) == 0) {
            /* Wrap as the C type would, without signed overflow. */
            store_ll(
                t, k,
                (long long)((unsigned long long)cur + (unsigned long long)*ll));
        }
        break;
    case GET_D:
        *d = load_double(t, k);
        break;
    case SET_D:
        rc = store_double(t, k, *d);
        break;
    case ADD_D:
        rc = store_double(t, k, load_double(t, k) + *d);
        break;
    }
    return typed_unlock(t, rc != 0 ? rc : lrc);
}

/* ---- pf_value ---- */

int pf_value_new(char code, const pf_shared_options_t *opt, pf_value_t **out)
{
    return typed_new(code, 1, false, opt, (struct typed **)out);
}

void pf_value_free(pf_value_t *v)
{
    if (v && typed_ok(&v->t, false))
        typed_free(&v->t);
}

void *pf_value_ptr(pf_value_t *v)
{
    return v && typed_ok(&v->t, false) ? v->t.data : NULL;
}

pf_rlock_t *pf_value_get_lock(pf_value_t *v)
{
    return v && typed_ok(&v->t, false) ? v->t.lock : NULL;
}

int pf_value_type(const pf_value_t *v)
{
    return v && typed_ok(&v->t, false) ? (int)v->t.type : PF_EINVAL;
}

int pf_value_get_ll(pf_value_t *v, long long *out)
{
    return typed_op(v ? &v->t : NULL, false, 0, GET_LL, out, NULL);
}

int pf_value_set_ll(pf_value_t *v, long long x)
{
    return typed_op(v ? &v->t : NULL, false, 0, SET_LL, &x, NULL);
}

int pf_value_add_ll(pf_value_t *v, long long delta)
{
    return typed_op(v ? &v->t : NULL, false, 0, ADD_LL, &delta, NULL);
}

int pf_value_get_double(pf_value_t *v, double *out)
{
    return typed_op(v ? &v->t : NULL, false, 0, GET_D, NULL, out);
}

int pf_value_set_double(pf_value_t *v, double x)
{
    return typed_op(v ? &v->t : NULL, false, 0, SET_D, NULL, &x);
}

int pf_value_add_double(pf_value_t *v, double delta)
{
    return typed_op(v ? &v->t : NULL, false, 0, ADD_D, NULL, &delta);
}

/* ---- pf_array ---- */

int pf_array_new(char code, ptrdiff_t length, const pf_shared_options_t *opt,
                 pf_array_t **out)
{
    return typed_new(code, length, true, opt, (struct typed **)out);
}

void pf_array_free(pf_array_t *a)
{
    if (a && typed_ok(&a->t, true))
        typed_free(&a->t);
}

void *pf_array_ptr(pf_array_t *a)
{
    return a && typed_ok(&a->t, true) ? a->t.data : NULL;
}

pf_rlock_t *pf_array_get_lock(pf_array_t *a)
{
    return a && typed_ok(&a->t, true) ? a->t.lock : NULL;
}

int pf_array_type(const pf_array_t *a)
{
    return a && typed_ok(&a->t, true) ? (int)a->t.type : PF_EINVAL;
}

ptrdiff_t pf_array_length(const pf_array_t *a)
{
    return a && typed_ok(&a->t, true) ? (ptrdiff_t)a->t.length : PF_EINVAL;
}

int pf_array_get_ll(pf_array_t *a, ptrdiff_t i, long long *out)
{
    return typed_op(a ? &a->t : NULL, true, i, GET_LL, out, NULL);
}

int pf_array_set_ll(pf_array_t *a, ptrdiff_t i, long long x)
{
    return typed_op(a ? &a->t : NULL, true, i, SET_LL, &x, NULL);
}

int pf_array_get_double(pf_array_t *a, ptrdiff_t i, double *out)
{
    return typed_op(a ? &a->t : NULL, true, i, GET_D, NULL, out);
}

int pf_array_set_double(pf_array_t *a, ptrdiff_t i, double x)
{
    return typed_op(a ? &a->t : NULL, true, i, SET_D, NULL, &x);
}
