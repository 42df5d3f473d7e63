/* manager_dict.c - the manager's hash tables (open addressing, shared by
 * the dict and the namespace) and pf_dict. */
#include <stdlib.h>
#include <string.h>

#include "manager_internal.h"

/* ---- hash tables (dict and namespace) ---- */

uint64_t pf__mgr_hash(const char *p, size_t n)
{
    uint64_t x = 0xcbf29ce484222325ULL;
    for (size_t i = 0; i < n; i++) {
        x ^= (unsigned char)p[i];
        x *= 0x100000001b3ULL;
    }
    return x ^ (x >> 29);
}

/* Find key in the table of o.  Returns the slot holding it, or NULL and
 * (when insert is not NULL) the slot where it would go.  Lock held. */
uint64_t *pf__mgr_table_find(pf_manager_t *m, object_t *o, const char *key,
                             size_t klen, uint64_t hash, uint64_t **insert)
{
    if (insert)
        *insert = NULL;
    if (o->table.capacity == 0)
        return NULL;
    uint64_t *slots = at(m, o->table.slots);
    uint64_t mask = o->table.capacity - 1;
    uint64_t *tomb = NULL;
    for (uint64_t i = hash & mask;; i = (i + 1) & mask) {
        uint64_t s = slots[i];
        if (s == EMPTY) {
            if (insert)
                *insert = tomb ? tomb : &slots[i];
            return NULL;
        }
        if (s == TOMB) {
            if (!tomb)
                tomb = &slots[i];
            continue;
        }
        dict_entry_t *e = entry_at(m, s);
        if (e->hash == hash && e->klen == klen &&
            memcmp(e->data, key, klen) == 0)
            return &slots[i];
    }
}

/* Give o a fresh table large enough for `count` keys and move its live
 * keys there; the old table is freed at commit.  Lock held.  Returns 0 or
 * PF_E*. */
static int table_resize(pf_manager_t *m, object_t *o, uint64_t count)
{
    uint64_t cap = 8;
    while (cap < count * 2)
        cap *= 2;
    int rc = 0;
    uint64_t t = pf__mgr_alloc(m, cap * sizeof(uint64_t), &rc);
    if (t == 0)
        return rc;
    uint64_t *slots = at(m, t);
    memset(slots, 0, cap * sizeof(uint64_t));
    if (o->table.capacity != 0) {
        uint64_t *old = at(m, o->table.slots);
        for (uint64_t i = 0; i < o->table.capacity; i++) {
            uint64_t s = old[i];
            if (s == EMPTY || s == TOMB)
                continue;
            uint64_t j = entry_at(m, s)->hash & (cap - 1);
            while (slots[j] != EMPTY)
                j = (j + 1) & (cap - 1);
            slots[j] = s;
        }
        pf__mgr_free_later(m, o->table.slots);
    }
    pf__mgr_jset(m, &o->table.slots, t);
    pf__mgr_jset(m, &o->table.capacity, cap);
    pf__mgr_jset(m, &o->table.tombs, 0);
    return 0;
}

/* o[key] = (vhead, vlen bytes of head then vlen2 of tail).  The value is
 * written from two pieces so that the namespace can prefix a type tag.
 * Lock held.  Returns 0 or PF_E*. */
int pf__mgr_table_set(pf_manager_t *m, object_t *o, const char *key,
                      size_t klen, const void *v1, size_t n1, const void *v2,
                      size_t n2)
{
    int rc = 0;
    if ((o->table.live + o->table.tombs + 1) * 4 > o->table.capacity * 3) {
        rc = table_resize(m, o, o->table.live + 1);
        if (rc < 0)
            return rc;
    }
    uint64_t hash = pf__mgr_hash(key, klen);
    size_t vlen = n1 + n2;
    if (vlen < n1 || klen + vlen + sizeof(dict_entry_t) + 1 < vlen)
        return PF_ENOMEM;
    uint64_t e = pf__mgr_alloc(m, sizeof(dict_entry_t) + klen + 1 + vlen, &rc);
    if (e == 0)
        return rc;
    dict_entry_t *ent = entry_at(m, e);
    ent->hash = hash;
    ent->klen = klen;
    ent->vlen = vlen;
    memcpy(ent->data, key, klen);
    ent->data[klen] = '\0';
    if (n1)
        memcpy(ent->data + klen + 1, v1, n1);
    if (n2)
        memcpy(ent->data + klen + 1 + n1, v2, n2);
    uint64_t *insert;
    uint64_t *slot = pf__mgr_table_find(m, o, key, klen, hash, &insert);
    if (slot) {
        uint64_t old = *slot;
        pf__mgr_jset(m, slot, e);
        pf__mgr_free_later(m, old);
    } else {
        if (*insert == TOMB)
            pf__mgr_jset(m, &o->table.tombs, o->table.tombs - 1);
        pf__mgr_jset(m, insert, e);
        pf__mgr_jset(m, &o->table.live, o->table.live + 1);
    }
    return 0;
}

/* Find key's entry in o.  Lock held.  NULL when absent. */
dict_entry_t *pf__mgr_table_get(pf_manager_t *m, object_t *o, const char *key)
{
    size_t klen = strlen(key);
    uint64_t *slot =
        pf__mgr_table_find(m, o, key, klen, pf__mgr_hash(key, klen), NULL);
    return slot ? entry_at(m, *slot) : NULL;
}

int pf__mgr_table_delete(pf_manager_t *m, object_t *o, const char *key)
{
    size_t klen = strlen(key);
    uint64_t *slot =
        pf__mgr_table_find(m, o, key, klen, pf__mgr_hash(key, klen), NULL);
    if (!slot)
        return PF_ENOENT;
    uint64_t old = *slot;
    pf__mgr_jset(m, slot, TOMB);
    pf__mgr_jset(m, &o->table.live, o->table.live - 1);
    pf__mgr_jset(m, &o->table.tombs, o->table.tombs + 1);
    pf__mgr_free_later(m, old);
    return 0;
}

/* Empty o: publish an empty table, then free the old one and every entry.
 * Lock held.  Returns 0 or PF_E*. */
static int table_clear(pf_manager_t *m, object_t *o)
{
    if (o->table.capacity == 0)
        return 0;
    uint64_t old = o->table.slots, oldcap = o->table.capacity;
    int rc = 0;
    uint64_t t = pf__mgr_alloc(m, 8 * sizeof(uint64_t), &rc);
    if (t == 0)
        return rc;
    memset(at(m, t), 0, 8 * sizeof(uint64_t));
    pf__mgr_jset(m, &o->table.slots, t);
    pf__mgr_jset(m, &o->table.capacity, 8);
    pf__mgr_jset(m, &o->table.live, 0);
    pf__mgr_jset(m, &o->table.tombs, 0);
    /* No allocation follows: free at once. */
    uint64_t *slots = at(m, old);
    for (uint64_t i = 0; i < oldcap; i++)
        if (slots[i] != EMPTY && slots[i] != TOMB)
            pf__mgr_free_now(m, slots[i]);
    pf__mgr_free_now(m, old);
    return 0;
}

/* ---- dict ---- */

#define DICT_OBJ(d) ((object_t *)at((d)->h.m, (d)->h.obj))

int pf_dict_set(pf_dict_t *d, const char *key, const void *value, size_t len)
{
    if (!d || !key || (!value && len))
        return PF_EINVAL;
    pf_manager_t *m = d->h.m;
    int rc = pf__mgr_op_begin(m);
    if (rc < 0)
        return rc;
    rc = pf__mgr_table_set(m, DICT_OBJ(d), key, strlen(key), value, len, NULL,
                           0);
    return pf__mgr_op_end(m, rc);
}

int pf_dict_get(pf_dict_t *d, const char *key, void *buf, size_t cap,
                size_t *len)
{
    if (!d || !key || (!buf && cap))
        return PF_EINVAL;
    pf_manager_t *m = d->h.m;
    int rc = pf__mgr_op_begin(m);
    if (rc < 0)
        return rc;
    dict_entry_t *e = pf__mgr_table_get(m, DICT_OBJ(d), key);
    rc = e ? pf__mgr_copy_out(e->data + e->klen + 1, e->vlen, buf, cap, len)
           : PF_ENOENT;
    return pf__mgr_op_end(m, rc);
}

int pf_dict_get_alloc(pf_dict_t *d, const char *key, void **value, size_t *len)
{
    if (!d || !key || !value)
        return PF_EINVAL;
    *value = NULL;
    pf_manager_t *m = d->h.m;
    int rc = pf__mgr_op_begin(m);
    if (rc < 0)
        return rc;
    dict_entry_t *e = pf__mgr_table_get(m, DICT_OBJ(d), key);
    rc = e ? pf__mgr_copy_alloc(e->data + e->klen + 1, e->vlen, value, len)
           : PF_ENOENT;
    return pf__mgr_op_end(m, rc);
}

int pf_dict_delete(pf_dict_t *d, const char *key)
{
    if (!d || !key)
        return PF_EINVAL;
    pf_manager_t *m = d->h.m;
    int rc = pf__mgr_op_begin(m);
    if (rc < 0)
        return rc;
    return pf__mgr_op_end(m, pf__mgr_table_delete(m, DICT_OBJ(d), key));
}

int pf_dict_contains(pf_dict_t *d, const char *key)
{
    if (!d || !key)
        return PF_EINVAL;
    pf_manager_t *m = d->h.m;
    int rc = pf__mgr_op_begin(m);
    if (rc < 0)
        return rc;
    return pf__mgr_op_end(m, pf__mgr_table_get(m, DICT_OBJ(d), key) != NULL);
}

long pf_dict_len(pf_dict_t *d)
{
    if (!d)
        return PF_EINVAL;
    pf_manager_t *m = d->h.m;
    int rc = pf__mgr_op_begin(m);
    if (rc < 0)
        return rc;
    long n = (long)DICT_OBJ(d)->table.live;
    pf__mgr_op_end(m, 0);
    return n;
}

int pf_dict_clear(pf_dict_t *d)
{
    if (!d)
        return PF_EINVAL;
    pf_manager_t *m = d->h.m;
    int rc = pf__mgr_op_begin(m);
    if (rc < 0)
        return rc;
    return pf__mgr_op_end(m, table_clear(m, DICT_OBJ(d)));
}

/* Snapshot the table of o into a new iterator.  Lock held. */
static int table_snapshot(pf_manager_t *m, object_t *o, int what,
                          pf_iter_t **out)
{
    size_t n = o->table.live, bytes = 0;
    uint64_t *slots = o->table.capacity ? at(m, o->table.slots) : NULL;
    for (uint64_t i = 0; i < o->table.capacity; i++) {
        if (slots[i] == EMPTY || slots[i] == TOMB)
            continue;
        dict_entry_t *e = entry_at(m, slots[i]);
        bytes += e->klen + 1;
        if (what == PF_ITER_ITEMS)
            bytes += e->vlen + 1;
    }
    pf_iter_t *it = calloc(1, sizeof *it);
    if (!it)
        return PF_ENOMEM;
    it->items = malloc((n ? n : 1) * sizeof *it->items);
    it->data = malloc(bytes ? bytes : 1);
    if (!it->items || !it->data) {
        pf_iter_free(it);
        return PF_ENOMEM;
    }
    char *p = it->data;
    for (uint64_t i = 0; i < o->table.capacity; i++) {
        if (slots[i] == EMPTY || slots[i] == TOMB)
            continue;
        dict_entry_t *e = entry_at(m, slots[i]);
        iter_item_t *item = &it->items[it->n++];
        memcpy(p, e->data, e->klen + 1);
        item->key = p;
        p += e->klen + 1;
        item->value = NULL;
        item->len = e->vlen;
        if (what == PF_ITER_ITEMS) {
            memcpy(p, e->data + e->klen + 1, e->vlen);
            p[e->vlen] = '\0';
            item->value = p;
            p += e->vlen + 1;
        }
    }
    *out = it;
    return 0;
}

int pf_dict_iter(pf_dict_t *d, int what, pf_iter_t **out)
{
    if (!d || !out || (what != PF_ITER_KEYS && what != PF_ITER_ITEMS))
        return PF_EINVAL;
    *out = NULL;
    pf_manager_t *m = d->h.m;
    int rc = pf__mgr_op_begin(m);
    if (rc < 0)
        return rc;
    return pf__mgr_op_end(m, table_snapshot(m, DICT_OBJ(d), what, out));
}

int pf_dict_update(pf_dict_t *d, pf_dict_t *src)
{
    if (!d || !src)
        return PF_EINVAL;
    if (d == src || (d->h.m == src->h.m && d->h.obj == src->h.obj))
        return 0;
    pf_manager_t *m = d->h.m;
    /* Snapshot first (under src's lock), then apply under d's lock: other
     * processes see all of it or none of it.  Each item is committed on
     * its own, so a process killed half way leaves a prefix applied. */
    pf_iter_t *it;
    int rc = pf_dict_iter(src, PF_ITER_ITEMS, &it);
    if (rc < 0)
        return rc;
    rc = pf__mgr_op_begin(m);
    if (rc < 0) {
        pf_iter_free(it);
        return rc;
    }
    for (size_t i = 0; i < it->n && rc >= 0; i++) {
        iter_item_t *item = &it->items[i];
        rc = pf__mgr_table_set(m, DICT_OBJ(d), item->key, strlen(item->key),
                               item->value, item->len, NULL, 0);
        if (rc >= 0)
            pf__mgr_commit(m);
    }
    pf_iter_free(it);
    return pf__mgr_op_end(m, rc);
}
