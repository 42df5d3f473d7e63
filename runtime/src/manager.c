/* manager.c - the manager: a growable shared arena (a memfd mapped at one
 * address in every process) holding dicts, lists and namespaces, with an
 * undo journal that keeps each call atomic even when its process is
 * killed in the middle of it.  This file: the arena, the journal, the
 * manager object and iterators; the objects are in manager_dict.c,
 * manager_list.c and manager_namespace.c, the checker in
 * manager_check.c (manager_internal.h lists the calls between them). */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "manager_internal.h"

/*
 * Layout.  pf_manager_new reserves a large range of address space
 * (PROT_NONE, nothing committed) and maps a memfd over its start.  Every
 * process forked later inherits the reservation at the same address, so
 * the arena never moves: growing it is ftruncate + mmap(MAP_FIXED) of the
 * new tail, and each process maps the tail lazily when it next takes the
 * lock and sees a larger size in the shared header.  Inside the arena,
 * every link is an offset from the base.
 *
 * Memory comes in blocks of 32 << class bytes, each with a 16-byte header;
 * freed blocks go on a per-class free list, new ones are cut from `bump`.
 *
 * Atomicity.  Every call holds the robust manager lock.  Each store to a
 * word that is reachable (a table slot, a count, a free-list head, bump)
 * goes through jset(), which first records the word's old value in the
 * header's undo journal; new data is written only into unreachable blocks
 * and published by those stores.  Blocks freed by a call are freed at its
 * end (after its last allocation), so a rollback never finds a published
 * block overwritten.  A call ends by clearing the journal (one store).  If
 * its process dies before that, the next process to take the lock gets
 * EOWNERDEAD and replays the journal backwards: the call did not happen.
 */

/* ---- the arena and the journal ---- */

/* Map the part of the arena that another process added since this one
 * last looked.  Lock held.  Returns 0 or PF_E*. */
static int remap(pf_manager_t *m)
{
    size_t size = __atomic_load_n(&hdr(m)->size, __ATOMIC_ACQUIRE);
    if (size <= m->mapped)
        return 0;
    void *p = pf__inject_hit(PF__INJECT_MMAP)
                  ? MAP_FAILED
                  : mmap(m->base + m->mapped, size - m->mapped,
                         PROT_READ | PROT_WRITE, MAP_SHARED | MAP_FIXED, m->fd,
                         (off_t)m->mapped);
    if (p == MAP_FAILED)
        return pf__from_errno(errno);
    m->mapped = size;
    return 0;
}

/* Grow the memfd so that `need` bytes fit, and map the new part.  Lock
 * held.  The new size is published at once and never rolled back (the
 * space is valid either way).  Returns 0, PF_ENOMEM or PF_E*. */
static int grow(pf_manager_t *m, uint64_t need)
{
    header_t *h = hdr(m);
    if (need > m->reserved)
        return PF_ENOMEM;
    uint64_t size = h->size;
    while (size < need)
        size = size < ((uint64_t)1 << 30) ? size * 2 : size + (1 << 30);
    if (size > m->reserved)
        size = m->reserved;
    if (ftruncate(m->fd, (off_t)size) != 0)
        return errno == EFBIG || errno == ENOSPC ? PF_ENOMEM
                                                 : pf__from_errno(errno);
    __atomic_store_n(&h->size, size, __ATOMIC_RELEASE);
    return remap(m);
}

/* Store v in the reachable word *p, recording its old value in the undo
 * journal first (once per word per call).  Lock held. */
void pf__mgr_jset(pf_manager_t *m, uint64_t *p, uint64_t v)
{
    header_t *h = hdr(m);
    uint64_t off = off_of(m, p);
    uint64_t n = h->journal_len;
    uint64_t i;
    for (i = 0; i < n; i++)
        if (h->journal[i].off == off)
            break;
    if (i == n) {
        /* Bounded by design: a call touches a fixed set of words (its
         * object, one slot, bump, used, the free-list heads). */
        if (n == JOURNAL_MAX)
            abort();
        h->journal[n].off = off;
        h->journal[n].old = *p;
        __atomic_store_n(&h->journal_len, n + 1, __ATOMIC_RELEASE);
    }
    __atomic_store_n(p, v, __ATOMIC_RELEASE);
}

/* Undo every journaled store of the current call, newest first.  Lock
 * held.  Idempotent, so a process killed while rolling back is fine. */
static void rollback(pf_manager_t *m)
{
    header_t *h = hdr(m);
    for (uint64_t i = h->journal_len; i-- > 0;) {
        uint64_t *p = at(m, h->journal[i].off);
        __atomic_store_n(p, h->journal[i].old, __ATOMIC_RELEASE);
    }
    __atomic_store_n(&h->journal_len, 0, __ATOMIC_RELEASE);
    m->npending = 0;
}

/* Allocate a block with `n` payload bytes.  Lock held.  Returns the
 * payload's offset, or 0 with *err set. */
uint64_t pf__mgr_alloc(pf_manager_t *m, size_t n, int *err)
{
    header_t *h = hdr(m);
    if (n > class_size(NCLASS - 1) - BLOCK_HEADER) {
        *err = PF_ENOMEM;
        return 0;
    }
    uint32_t cls = 0;
    while (class_size(cls) < n + BLOCK_HEADER)
        cls++;
    size_t bs = class_size(cls);
    uint64_t b = h->free_head[cls];
    if (b != 0) {
        block_t *blk = at(m, b);
        pf__mgr_jset(m, &h->free_head[cls], blk->next);
    } else {
        b = h->bump;
        if (b + bs > h->size) {
            int rc = grow(m, b + bs);
            if (rc < 0) {
                *err = rc;
                return 0;
            }
        }
        block_t *blk = at(m, b);
        blk->magic = BLOCK_MAGIC;
        blk->cls = cls;
        blk->next = 0;
        pf__mgr_jset(m, &h->bump, b + bs);
    }
    pf__mgr_jset(m, &h->used, h->used + bs);
    return b + BLOCK_HEADER;
}

/* Put the block of payload `p` on its free list now.  Lock held; only at
 * the end of a call (no allocation may follow in the same call). */
void pf__mgr_free_now(pf_manager_t *m, uint64_t p)
{
    header_t *h = hdr(m);
    uint64_t b = p - BLOCK_HEADER;
    block_t *blk = at(m, b);
    blk->next = h->free_head[blk->cls];
    pf__mgr_jset(m, &h->free_head[blk->cls], b);
    pf__mgr_jset(m, &h->used, h->used - class_size(blk->cls));
}

/* Free the block of payload `p` when the current call commits. */
void pf__mgr_free_later(pf_manager_t *m, uint64_t p)
{
    if (m->npending == PENDING_MAX)
        abort(); /* bounded by design: a call frees at most a few */
    m->pending[m->npending++] = p;
}

/* End the current call: free what it freed, then clear the journal (the
 * one store that makes the call permanent).  Lock held. */
void pf__mgr_commit(pf_manager_t *m)
{
    for (int i = 0; i < m->npending; i++)
        pf__mgr_free_now(m, m->pending[i]);
    m->npending = 0;
    __atomic_store_n(&hdr(m)->journal_len, 0, __ATOMIC_RELEASE);
}

/* Take the manager lock (recursive), map any new arena, and repair after
 * a dead holder.  Returns 0, PF_EOWNERDEAD (held, repaired), or an error
 * (not held). */
static int lock_deadline(pf_manager_t *m, pf__deadline_t d)
{
    int rc = pf__mutex_lock(&hdr(m)->lock, d);
    if (rc < 0 && rc != PF_EOWNERDEAD)
        return rc;
    int mrc = remap(m);
    if (mrc < 0) {
        pf__mutex_unlock(&hdr(m)->lock);
        return mrc;
    }
    /* Every call commits or rolls back before it unlocks, so a journal
     * left non-empty belongs to a holder that died (or that could not map
     * the arena to repair it): undo it now. */
    header_t *h = hdr(m);
    if (rc == PF_EOWNERDEAD)
        h->owner_deaths++;
    if (h->journal_len > 0) {
        h->rollbacks++;
        rollback(m);
    }
    return rc;
}

/* Start a call: lock (forever).  Returns 0 or an error (not held). */
int pf__mgr_op_begin(pf_manager_t *m)
{
    int rc = lock_deadline(m, pf__deadline_in(PF_FOREVER));
    return rc == PF_EOWNERDEAD ? 0 : rc;
}

/* End a call begun by op_begin: commit when rc >= 0, roll back otherwise;
 * unlock; return rc. */
int pf__mgr_op_end(pf_manager_t *m, int rc)
{
    if (rc < 0)
        rollback(m);
    else
        pf__mgr_commit(m);
    pf__mutex_unlock(&hdr(m)->lock);
    return rc;
}

/* ---- the manager ---- */

int pf_manager_new(const pf_manager_options_t *options, pf_manager_t **out)
{
    if (!out)
        return PF_EINVAL;
    *out = NULL;
    size_t page = pf__page_size();
    size_t want =
        options && options->max_bytes ? options->max_bytes : DEFAULT_RESERVE;
    if (want < INITIAL_SIZE)
        want = INITIAL_SIZE;
    want = (want + page - 1) / page * page;
    pf_manager_t *m = calloc(1, sizeof *m);
    if (!m)
        return PF_ENOMEM;
    m->fd = -1;
    void *base = MAP_FAILED;
    /* Ask for the address space; halve when the system refuses. */
    while (want >= INITIAL_SIZE) {
        base = pf__inject_hit(PF__INJECT_MMAP)
                   ? MAP_FAILED
                   : mmap(NULL, want, PROT_NONE,
                          MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
        if (base != MAP_FAILED)
            break;
        want /= 2;
    }
    int rc;
    if (base == MAP_FAILED) {
        rc = PF_ENOMEM;
        goto fail;
    }
    m->base = base;
    m->reserved = want;
    m->fd = pf__inject_hit(PF__INJECT_MEMFD)
                ? -1
                : memfd_create("pfor-manager", MFD_CLOEXEC);
    if (m->fd < 0 || ftruncate(m->fd, INITIAL_SIZE) != 0) {
        rc = pf__from_errno(errno);
        goto fail;
    }
    if (pf__inject_hit(PF__INJECT_MMAP) ||
        mmap(base, INITIAL_SIZE, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_FIXED,
             m->fd, 0) == MAP_FAILED) {
        rc = pf__from_errno(errno);
        goto fail;
    }
    m->mapped = INITIAL_SIZE;
    header_t *h = hdr(m);
    rc = pf__mutex_init(&h->lock, true);
    if (rc < 0)
        goto fail;
    h->size = INITIAL_SIZE;
    h->start = (sizeof(header_t) + 63) / 64 * 64;
    h->bump = h->start;
    h->magic = ARENA_MAGIC;
    m->creator = getpid();
    *out = m;
    return 0;
fail:
    if (m->fd >= 0)
        pf__close(m->fd);
    if (m->base)
        munmap(m->base, m->reserved);
    free(m);
    return rc;
}

void pf_manager_free(pf_manager_t *m)
{
    if (!m)
        return;
    if (getpid() == m->creator)
        pf__mutex_destroy(&hdr(m)->lock);
    munmap(m->base, m->reserved);
    pf__close(m->fd);
    for (handle_t *h = m->handles, *next; h; h = next) {
        next = h->next;
        free(h);
    }
    free(m);
}

int pf_manager_lock(pf_manager_t *m, double timeout)
{
    if (!m)
        return PF_EINVAL;
    return lock_deadline(m, pf__deadline_in(timeout));
}

int pf_manager_unlock(pf_manager_t *m)
{
    if (!m)
        return PF_EINVAL;
    return pf__mutex_unlock(&hdr(m)->lock);
}

int pf_manager_stats(pf_manager_t *m, pf_manager_stats_t *out)
{
    if (!m || !out)
        return PF_EINVAL;
    int rc = pf__mgr_op_begin(m);
    if (rc < 0)
        return rc;
    header_t *h = hdr(m);
    out->used = h->used;
    out->mapped = h->size;
    out->reserved = m->reserved;
    out->owner_deaths = h->owner_deaths;
    out->rollbacks = h->rollbacks;
    return pf__mgr_op_end(m, 0);
}

/* Make a new object of `kind` and a handle for it.  Returns 0 or PF_E*. */
static int object_new(pf_manager_t *m, enum kind kind, handle_t **out)
{
    if (!m || !out)
        return PF_EINVAL;
    *out = NULL;
    handle_t *hd = calloc(1, sizeof *hd);
    if (!hd)
        return PF_ENOMEM;
    int rc = pf__mgr_op_begin(m);
    if (rc < 0) {
        free(hd);
        return rc;
    }
    uint64_t o = pf__mgr_alloc(m, sizeof(object_t), &rc);
    if (o != 0) {
        object_t *obj = at(m, o);
        memset(obj, 0, sizeof *obj);
        obj->kind = kind;
        obj->next = hdr(m)->objects;
        pf__mgr_jset(m, &hdr(m)->objects, o);
    }
    rc = pf__mgr_op_end(m, o != 0 ? 0 : rc);
    if (rc < 0) {
        free(hd);
        return rc;
    }
    hd->m = m;
    hd->obj = o;
    hd->next = m->handles;
    m->handles = hd;
    *out = hd;
    return 0;
}

int pf_manager_dict(pf_manager_t *m, pf_dict_t **out)
{
    return object_new(m, KIND_DICT, (handle_t **)out);
}

int pf_manager_list(pf_manager_t *m, pf_list_t **out)
{
    return object_new(m, KIND_LIST, (handle_t **)out);
}

int pf_manager_namespace(pf_manager_t *m, pf_namespace_t **out)
{
    return object_new(m, KIND_NAMESPACE, (handle_t **)out);
}

/* ---- copying values out ---- */

/* Copy a value out: into buf (cap bytes) or report the size needed. */
int pf__mgr_copy_out(const void *src, size_t n, void *buf, size_t cap,
                     size_t *len)
{
    if (len)
        *len = n;
    if (n > cap || (n > 0 && !buf))
        return PF_ENOSPC;
    if (n > 0)
        memcpy(buf, src, n);
    return 0;
}

/* A malloc'ed copy of n bytes plus a NUL. */
int pf__mgr_copy_alloc(const void *src, size_t n, void **value, size_t *len)
{
    char *p = malloc(n + 1);
    if (!p)
        return PF_ENOMEM;
    if (n)
        memcpy(p, src, n);
    p[n] = '\0';
    *value = p;
    if (len)
        *len = n;
    return 0;
}

/* ---- iterators ---- */

int pf_iter_next(pf_iter_t *it, const char **key, const void **value,
                 size_t *len)
{
    if (!it)
        return PF_EINVAL;
    if (it->pos >= it->n)
        return 0;
    iter_item_t *item = &it->items[it->pos++];
    if (key)
        *key = item->key;
    if (value)
        *value = item->value;
    if (len)
        *len = item->len;
    return 1;
}

size_t pf_iter_len(const pf_iter_t *it)
{
    return it ? it->n : 0;
}

void pf_iter_free(pf_iter_t *it)
{
    if (!it)
        return;
    free(it->items);
    free(it->data);
    free(it);
}
