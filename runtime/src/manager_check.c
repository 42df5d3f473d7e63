/* manager_check.c - pf_manager_validate: walk the whole arena and check
 * every block, object and free list (for tests and after crashes). */
#include <stdlib.h>
#include <string.h>

#include "manager_internal.h"

/* ---- validation ---- */

typedef struct checker {
    pf_manager_t *m;
    uint8_t *seen;  /* one bit per 32-byte unit: a block starts there */
    uint64_t live;  /* bytes of blocks reached from the objects */
    uint64_t total; /* bytes of blocks reached at all */
} checker_t;

/* Check that payload offset p is a block inside the arena that nothing
 * else claimed, and claim it.  Returns its payload size or 0 when bad. */
static size_t claim(checker_t *c, uint64_t p, bool live)
{
    header_t *h = hdr(c->m);
    if (p < h->start + BLOCK_HEADER || p >= h->bump)
        return 0;
    uint64_t b = p - BLOCK_HEADER;
    if ((b - h->start) % 32 != 0)
        return 0;
    block_t *blk = at(c->m, b);
    if (blk->magic != BLOCK_MAGIC || blk->cls >= NCLASS ||
        b + class_size(blk->cls) > h->bump)
        return 0;
    uint64_t unit = (b - h->start) / 32;
    if (c->seen[unit / 8] & (1u << (unit % 8)))
        return 0;
    c->seen[unit / 8] |= (uint8_t)(1u << (unit % 8));
    c->total += class_size(blk->cls);
    if (live)
        c->live += class_size(blk->cls);
    return class_size(blk->cls) - BLOCK_HEADER;
}

static bool check_table(checker_t *c, object_t *o)
{
    pf_manager_t *m = c->m;
    if (o->table.capacity == 0)
        return o->table.live == 0 && o->table.tombs == 0;
    if ((o->table.capacity & (o->table.capacity - 1)) != 0)
        return false;
    size_t size = claim(c, o->table.slots, true);
    if (size < o->table.capacity * sizeof(uint64_t))
        return false;
    uint64_t *slots = at(m, o->table.slots);
    uint64_t live = 0, tombs = 0, empty = 0;
    for (uint64_t i = 0; i < o->table.capacity; i++) {
        if (slots[i] == EMPTY) {
            empty++;
            continue;
        }
        if (slots[i] == TOMB) {
            tombs++;
            continue;
        }
        size_t es = claim(c, slots[i], true);
        if (es < sizeof(dict_entry_t))
            return false;
        dict_entry_t *e = entry_at(m, slots[i]);
        if (e->klen > es || e->vlen > es ||
            sizeof(dict_entry_t) + e->klen + 1 + e->vlen > es ||
            e->data[e->klen] != '\0' ||
            e->hash != pf__mgr_hash(e->data, e->klen))
            return false;
        /* The probe from the key's home slot must reach this slot. */
        if (pf__mgr_table_find(m, o, e->data, e->klen, e->hash, NULL) !=
            &slots[i])
            return false;
        live++;
    }
    return live == o->table.live && tombs == o->table.tombs && empty > 0;
}

static bool check_list(checker_t *c, object_t *o)
{
    pf_manager_t *m = c->m;
    if (o->list.length > o->list.capacity)
        return false;
    if (o->list.capacity == 0)
        return true;
    size_t size = claim(c, o->list.items, true);
    if (size < o->list.capacity * sizeof(uint64_t))
        return false;
    uint64_t *arr = at(m, o->list.items);
    for (uint64_t i = 0; i < o->list.length; i++) {
        size_t is = claim(c, arr[i], true);
        if (is < sizeof(list_item_t))
            return false;
        list_item_t *item = at(m, arr[i]);
        if (item->vlen > is - sizeof(list_item_t))
            return false;
    }
    return true;
}

int pf_manager_validate(pf_manager_t *m)
{
    if (!m)
        return PF_EINVAL;
    int rc = pf__mgr_op_begin(m);
    if (rc < 0)
        return rc;
    header_t *h = hdr(m);
    checker_t c = {m, NULL, 0, 0};
    bool ok = h->magic == ARENA_MAGIC && h->journal_len == 0 &&
              h->start <= h->bump && h->bump <= h->size && h->size <= m->mapped;
    if (ok) {
        c.seen = calloc((h->bump - h->start) / 32 / 8 + 1, 1);
        if (!c.seen)
            return pf__mgr_op_end(m, PF_ENOMEM);
    }
    for (uint64_t o = ok ? h->objects : 0; ok && o != 0;) {
        if (claim(&c, o, true) < sizeof(object_t)) {
            ok = false;
            break;
        }
        object_t *obj = at(m, o);
        if (obj->kind == KIND_DICT || obj->kind == KIND_NAMESPACE)
            ok = check_table(&c, obj);
        else if (obj->kind == KIND_LIST)
            ok = check_list(&c, obj);
        else
            ok = false;
        o = obj->next;
    }
    for (uint32_t cls = 0; ok && cls < NCLASS; cls++) {
        for (uint64_t b = h->free_head[cls]; ok && b != 0;) {
            if (claim(&c, b + BLOCK_HEADER, false) == 0 ||
                ((block_t *)at(m, b))->cls != cls) {
                ok = false;
                break;
            }
            b = ((block_t *)at(m, b))->next;
        }
    }
    /* Every block is reachable or free, and `used` counts the reachable. */
    if (ok)
        ok = c.live == h->used && c.total == h->bump - h->start;
    free(c.seen);
    return pf__mgr_op_end(m, ok ? 0 : PF_ESTATE);
}
