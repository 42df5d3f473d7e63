/* manager_list.c - pf_list: a shared list of byte strings in the
 * manager's arena (an array of item offsets). */
#include <stdlib.h>
#include <string.h>

#include "manager_internal.h"

/* ---- list ---- */

#define LIST_OBJ(l) ((object_t *)at((l)->h.m, (l)->h.obj))

/* A new item holding value.  Lock held.  Returns its offset or 0. */
static uint64_t item_new(pf_manager_t *m, const void *value, size_t len,
                         int *err)
{
    if (len + sizeof(list_item_t) < len) {
        *err = PF_ENOMEM;
        return 0;
    }
    uint64_t it = pf__mgr_alloc(m, sizeof(list_item_t) + len, err);
    if (it == 0)
        return 0;
    list_item_t *item = at(m, it);
    item->vlen = len;
    if (len)
        memcpy(item->data, value, len);
    return it;
}

/* Resolve a Python index against length n.  Returns 0 or PF_ERANGE. */
static int resolve(long index, uint64_t n, uint64_t *out)
{
    if (index < 0)
        index += (long)n;
    if (index < 0 || (uint64_t)index >= n)
        return PF_ERANGE;
    *out = (uint64_t)index;
    return 0;
}

/* Publish a fresh array for list o holding the n offsets `items` (copy
 * on write: the old array is freed at commit).  Lock held.  Returns 0 or
 * PF_E*. */
static int list_publish(pf_manager_t *m, object_t *o, const uint64_t *items,
                        uint64_t n)
{
    uint64_t cap = 8;
    while (cap < n)
        cap *= 2;
    int rc = 0;
    uint64_t a = pf__mgr_alloc(m, cap * sizeof(uint64_t), &rc);
    if (a == 0)
        return rc;
    if (n)
        memcpy(at(m, a), items, n * sizeof(uint64_t));
    if (o->list.capacity)
        pf__mgr_free_later(m, o->list.items);
    pf__mgr_jset(m, &o->list.items, a);
    pf__mgr_jset(m, &o->list.capacity, cap);
    pf__mgr_jset(m, &o->list.length, n);
    return 0;
}

/* Make room for `more` items at the end of o (a new array when needed).
 * Lock held. */
static int list_reserve(pf_manager_t *m, object_t *o, uint64_t more)
{
    if (o->list.length + more <= o->list.capacity)
        return 0;
    uint64_t cap = o->list.capacity ? o->list.capacity : 8;
    while (cap < o->list.length + more)
        cap *= 2;
    int rc = 0;
    uint64_t a = pf__mgr_alloc(m, cap * sizeof(uint64_t), &rc);
    if (a == 0)
        return rc;
    if (o->list.length)
        memcpy(at(m, a), at(m, o->list.items),
               o->list.length * sizeof(uint64_t));
    if (o->list.capacity)
        pf__mgr_free_later(m, o->list.items);
    pf__mgr_jset(m, &o->list.items, a);
    pf__mgr_jset(m, &o->list.capacity, cap);
    return 0;
}

/* Append n values to list o: new items go into slots past the length
 * (invisible until the one journaled store of the length).  Lock held.
 * Returns 0 or PF_E*. */
static int list_append_locked(pf_manager_t *m, object_t *o,
                              const void *const *values, const size_t *lens,
                              size_t n)
{
    int rc = list_reserve(m, o, n);
    for (size_t i = 0; i < n && rc >= 0; i++) {
        uint64_t it = item_new(m, values[i], lens[i], &rc);
        if (it)
            ((uint64_t *)at(m, o->list.items))[o->list.length + i] = it;
    }
    if (rc >= 0)
        pf__mgr_jset(m, &o->list.length, o->list.length + n);
    return rc;
}

int pf_list_extend(pf_list_t *l, const void *const *values, const size_t *lens,
                   size_t n)
{
    if (!l || (n && (!values || !lens)))
        return PF_EINVAL;
    for (size_t i = 0; i < n; i++)
        if (!values[i] && lens[i])
            return PF_EINVAL;
    pf_manager_t *m = l->h.m;
    int rc = pf__mgr_op_begin(m);
    if (rc < 0)
        return rc;
    return pf__mgr_op_end(m,
                          list_append_locked(m, LIST_OBJ(l), values, lens, n));
}

int pf_list_append(pf_list_t *l, const void *value, size_t len)
{
    return pf_list_extend(l, &value, &len, 1);
}

/* The item at index of list l, or NULL (*rc = PF_ERANGE).  Lock held. */
static list_item_t *list_at(pf_manager_t *m, object_t *o, long index, int *rc)
{
    uint64_t i;
    *rc = resolve(index, o->list.length, &i);
    if (*rc < 0)
        return NULL;
    return at(m, ((uint64_t *)at(m, o->list.items))[i]);
}

int pf_list_get(pf_list_t *l, long index, void *buf, size_t cap, size_t *len)
{
    if (!l || (!buf && cap))
        return PF_EINVAL;
    pf_manager_t *m = l->h.m;
    int rc = pf__mgr_op_begin(m);
    if (rc < 0)
        return rc;
    list_item_t *item = list_at(m, LIST_OBJ(l), index, &rc);
    if (item)
        rc = pf__mgr_copy_out(item->data, item->vlen, buf, cap, len);
    return pf__mgr_op_end(m, rc);
}

int pf_list_get_alloc(pf_list_t *l, long index, void **value, size_t *len)
{
    if (!l || !value)
        return PF_EINVAL;
    *value = NULL;
    pf_manager_t *m = l->h.m;
    int rc = pf__mgr_op_begin(m);
    if (rc < 0)
        return rc;
    list_item_t *item = list_at(m, LIST_OBJ(l), index, &rc);
    if (item)
        rc = pf__mgr_copy_alloc(item->data, item->vlen, value, len);
    return pf__mgr_op_end(m, rc);
}

int pf_list_set(pf_list_t *l, long index, const void *value, size_t len)
{
    if (!l || (!value && len))
        return PF_EINVAL;
    pf_manager_t *m = l->h.m;
    int rc = pf__mgr_op_begin(m);
    if (rc < 0)
        return rc;
    object_t *o = LIST_OBJ(l);
    uint64_t i;
    rc = resolve(index, o->list.length, &i);
    if (rc >= 0) {
        uint64_t it = item_new(m, value, len, &rc);
        if (it) {
            uint64_t *slot = (uint64_t *)at(m, o->list.items) + i;
            pf__mgr_free_later(m, *slot);
            pf__mgr_jset(m, slot, it);
        }
    }
    return pf__mgr_op_end(m, rc);
}

/* A private copy of o's item offsets (n + extra room).  Lock held. */
static uint64_t *list_copy(pf_manager_t *m, object_t *o, uint64_t extra)
{
    uint64_t *v = malloc((o->list.length + extra + 1) * sizeof(uint64_t));
    if (v && o->list.length)
        memcpy(v, at(m, o->list.items), o->list.length * sizeof(uint64_t));
    return v;
}

int pf_list_insert(pf_list_t *l, long index, const void *value, size_t len)
{
    if (!l || (!value && len))
        return PF_EINVAL;
    pf_manager_t *m = l->h.m;
    int rc = pf__mgr_op_begin(m);
    if (rc < 0)
        return rc;
    object_t *o = LIST_OBJ(l);
    long n = (long)o->list.length;
    if (index < 0)
        index = index + n < 0 ? 0 : index + n;
    if (index > n)
        index = n;
    if (index == n)
        return pf__mgr_op_end(m, list_append_locked(m, o, &value, &len, 1));
    uint64_t *v = list_copy(m, o, 1);
    if (!v)
        return pf__mgr_op_end(m, PF_ENOMEM);
    uint64_t it = item_new(m, value, len, &rc);
    if (it) {
        memmove(v + index + 1, v + index, (size_t)(n - index) * sizeof *v);
        v[index] = it;
        rc = list_publish(m, o, v, (uint64_t)n + 1);
    }
    free(v);
    return pf__mgr_op_end(m, rc);
}

/* Remove item i of o and hand back its value (when value is not NULL).
 * Lock held.  Returns 0 or PF_E*. */
static int list_remove_at(pf_manager_t *m, object_t *o, uint64_t i,
                          void **value, size_t *len)
{
    uint64_t *arr = at(m, o->list.items);
    uint64_t it = arr[i];
    if (value) {
        list_item_t *item = at(m, it);
        int rc = pf__mgr_copy_alloc(item->data, item->vlen, value, len);
        if (rc < 0)
            return rc;
    }
    int rc = 0;
    if (i + 1 == o->list.length) {
        pf__mgr_jset(m, &o->list.length, o->list.length - 1);
    } else {
        uint64_t *v = list_copy(m, o, 0);
        if (!v)
            rc = PF_ENOMEM;
        else {
            memmove(v + i, v + i + 1, (o->list.length - i - 1) * sizeof *v);
            rc = list_publish(m, o, v, o->list.length - 1);
            free(v);
        }
    }
    if (rc < 0) {
        if (value) {
            free(*value);
            *value = NULL;
        }
        return rc;
    }
    pf__mgr_free_later(m, it);
    return 0;
}

int pf_list_pop(pf_list_t *l, long index, void **value, size_t *len)
{
    if (!l)
        return PF_EINVAL;
    if (value)
        *value = NULL;
    pf_manager_t *m = l->h.m;
    int rc = pf__mgr_op_begin(m);
    if (rc < 0)
        return rc;
    object_t *o = LIST_OBJ(l);
    uint64_t i;
    rc = resolve(index, o->list.length, &i);
    if (rc >= 0)
        rc = list_remove_at(m, o, i, value, len);
    return pf__mgr_op_end(m, rc);
}

/* Index of the first item equal to value in o, or -1.  Lock held. */
static long list_find(pf_manager_t *m, object_t *o, const void *value,
                      size_t len)
{
    uint64_t *arr = o->list.capacity ? at(m, o->list.items) : NULL;
    for (uint64_t i = 0; i < o->list.length; i++) {
        list_item_t *item = at(m, arr[i]);
        if (item->vlen == len &&
            (len == 0 || memcmp(item->data, value, len) == 0))
            return (long)i;
    }
    return -1;
}

int pf_list_remove(pf_list_t *l, const void *value, size_t len)
{
    if (!l || (!value && len))
        return PF_EINVAL;
    pf_manager_t *m = l->h.m;
    int rc = pf__mgr_op_begin(m);
    if (rc < 0)
        return rc;
    object_t *o = LIST_OBJ(l);
    long i = list_find(m, o, value, len);
    rc = i < 0 ? PF_ENOENT : list_remove_at(m, o, (uint64_t)i, NULL, NULL);
    return pf__mgr_op_end(m, rc);
}

long pf_list_index(pf_list_t *l, const void *value, size_t len)
{
    if (!l || (!value && len))
        return PF_EINVAL;
    pf_manager_t *m = l->h.m;
    int rc = pf__mgr_op_begin(m);
    if (rc < 0)
        return rc;
    long i = list_find(m, LIST_OBJ(l), value, len);
    pf__mgr_op_end(m, 0);
    return i < 0 ? PF_ENOENT : i;
}

long pf_list_len(pf_list_t *l)
{
    if (!l)
        return PF_EINVAL;
    pf_manager_t *m = l->h.m;
    int rc = pf__mgr_op_begin(m);
    if (rc < 0)
        return rc;
    long n = (long)LIST_OBJ(l)->list.length;
    pf__mgr_op_end(m, 0);
    return n;
}

int pf_list_reverse(pf_list_t *l)
{
    if (!l)
        return PF_EINVAL;
    pf_manager_t *m = l->h.m;
    int rc = pf__mgr_op_begin(m);
    if (rc < 0)
        return rc;
    object_t *o = LIST_OBJ(l);
    if (o->list.length < 2)
        return pf__mgr_op_end(m, 0);
    uint64_t *v = list_copy(m, o, 0);
    if (!v)
        return pf__mgr_op_end(m, PF_ENOMEM);
    for (uint64_t i = 0, j = o->list.length - 1; i < j; i++, j--) {
        uint64_t t = v[i];
        v[i] = v[j];
        v[j] = t;
    }
    rc = list_publish(m, o, v, o->list.length);
    free(v);
    return pf__mgr_op_end(m, rc);
}

typedef struct sort_ctx {
    pf_manager_t *m;
    pf_list_cmp_fn cmp;
    void *arg;
} sort_ctx_t;

typedef struct sort_pair {
    uint64_t item;
    uint64_t index; /* original position: ties keep their order */
} sort_pair_t;

static int sort_compare(const void *a, const void *b, void *ctxp)
{
    const sort_pair_t *x = a, *y = b;
    sort_ctx_t *ctx = ctxp;
    list_item_t *p = at(ctx->m, x->item), *q = at(ctx->m, y->item);
    int c = ctx->cmp(p->data, p->vlen, q->data, q->vlen, ctx->arg);
    if (c != 0)
        return c < 0 ? -1 : 1;
    return (x->index > y->index) - (x->index < y->index);
}

int pf_list_sort(pf_list_t *l, pf_list_cmp_fn cmp, void *arg)
{
    if (!l || !cmp)
        return PF_EINVAL;
    pf_manager_t *m = l->h.m;
    int rc = pf__mgr_op_begin(m);
    if (rc < 0)
        return rc;
    object_t *o = LIST_OBJ(l);
    if (o->list.length < 2)
        return pf__mgr_op_end(m, 0);
    uint64_t n = o->list.length;
    sort_pair_t *pairs = malloc(n * sizeof *pairs);
    uint64_t *v = malloc(n * sizeof *v);
    if (!pairs || !v) {
        free(pairs);
        free(v);
        return pf__mgr_op_end(m, PF_ENOMEM);
    }
    uint64_t *arr = at(m, o->list.items);
    for (uint64_t i = 0; i < n; i++) {
        pairs[i].item = arr[i];
        pairs[i].index = i;
    }
    sort_ctx_t ctx = {m, cmp, arg};
    qsort_r(pairs, n, sizeof *pairs, sort_compare, &ctx);
    for (uint64_t i = 0; i < n; i++)
        v[i] = pairs[i].item;
    free(pairs);
    rc = list_publish(m, o, v, n);
    free(v);
    return pf__mgr_op_end(m, rc);
}

int pf_list_clear(pf_list_t *l)
{
    if (!l)
        return PF_EINVAL;
    pf_manager_t *m = l->h.m;
    int rc = pf__mgr_op_begin(m);
    if (rc < 0)
        return rc;
    object_t *o = LIST_OBJ(l);
    uint64_t n = o->list.length;
    uint64_t *arr = o->list.capacity ? at(m, o->list.items) : NULL;
    pf__mgr_jset(m, &o->list.length, 0);
    /* No allocation follows: free at once. */
    for (uint64_t i = 0; i < n; i++)
        pf__mgr_free_now(m, arr[i]);
    return pf__mgr_op_end(m, 0);
}

int pf_list_iter(pf_list_t *l, pf_iter_t **out)
{
    if (!l || !out)
        return PF_EINVAL;
    *out = NULL;
    pf_manager_t *m = l->h.m;
    int rc = pf__mgr_op_begin(m);
    if (rc < 0)
        return rc;
    object_t *o = LIST_OBJ(l);
    uint64_t *arr = o->list.capacity ? at(m, o->list.items) : NULL;
    size_t bytes = 0;
    for (uint64_t i = 0; i < o->list.length; i++)
        bytes += ((list_item_t *)at(m, arr[i]))->vlen + 1;
    pf_iter_t *it = calloc(1, sizeof *it);
    if (!it)
        return pf__mgr_op_end(m, PF_ENOMEM);
    it->items =
        malloc((o->list.length ? o->list.length : 1) * sizeof *it->items);
    it->data = malloc(bytes ? bytes : 1);
    if (!it->items || !it->data) {
        pf_iter_free(it);
        return pf__mgr_op_end(m, PF_ENOMEM);
    }
    char *p = it->data;
    for (uint64_t i = 0; i < o->list.length; i++) {
        list_item_t *item = at(m, arr[i]);
        memcpy(p, item->data, item->vlen);
        p[item->vlen] = '\0';
        it->items[i].key = NULL;
        it->items[i].value = p;
        it->items[i].len = item->vlen;
        p += item->vlen + 1;
    }
    it->n = o->list.length;
    *out = it;
    return pf__mgr_op_end(m, 0);
}
