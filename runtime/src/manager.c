/* manager.c - the manager: a growable shared arena (a memfd mapped at one
 * address in every process) holding dicts, lists and namespaces, with an
 * undo journal that keeps each call atomic even when its process is
 * killed in the middle of it. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "internal.h"

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

#define ARENA_MAGIC 0x70666d616e616731ULL
#define BLOCK_MAGIC 0x706d626bU
#define MIN_SHIFT 5     /* the smallest block is 32 bytes */
#define NCLASS 43       /* the largest is 32 << 42 = 128 TiB */
#define BLOCK_HEADER 16 /* bytes before each payload */
#define JOURNAL_MAX 128 /* distinct words one call may change */
#define PENDING_MAX 8   /* blocks one call frees at its end */
#define INITIAL_SIZE ((size_t)1 << 20)
#define DEFAULT_RESERVE ((size_t)64 << 30)
#define EMPTY 0 /* hash slot never used */
#define TOMB 1  /* hash slot of a deleted key */

enum kind { KIND_DICT = 1, KIND_LIST, KIND_NAMESPACE };

typedef struct block {
    uint32_t magic;
    uint32_t cls;
    uint64_t next; /* free-list link while free; unused while allocated */
} block_t;

/* A dict, list or namespace.  dict/namespace: a = slot table, b = its
 * capacity (a power of two), c = live keys, d = tombstones.
 * list: a = array of item offsets, b = its capacity, c = length. */
typedef struct object {
    uint64_t kind;
    uint64_t next; /* next object of the manager */
    uint64_t a, b, c, d;
} object_t;

typedef struct journal_entry {
    uint64_t off;
    uint64_t old;
} journal_entry_t;

typedef struct header {
    uint64_t magic;
    pthread_mutex_t lock;
    uint64_t size;         /* bytes of the memfd; only grows */
    uint64_t start;        /* offset of the first block */
    uint64_t bump;         /* first offset never allocated */
    uint64_t used;         /* bytes in allocated blocks */
    uint64_t objects;      /* first object (payload offset), linked by next */
    uint64_t owner_deaths; /* lock takeovers after a holder died */
    uint64_t rollbacks;    /* of those, how many undid a half-done call */
    uint64_t free_head[NCLASS];
    uint64_t journal_len;
    journal_entry_t journal[JOURNAL_MAX];
} header_t;

/* A dict entry: key (klen bytes + NUL) then value (vlen bytes). */
typedef struct dict_entry {
    uint64_t hash;
    uint64_t klen;
    uint64_t vlen;
    char data[];
} dict_entry_t;

/* A list item. */
typedef struct list_item {
    uint64_t vlen;
    char data[];
} list_item_t;

typedef struct handle {
    pf_manager_t *m;
    uint64_t obj;
    struct handle *next;
} handle_t;

struct pf_dict {
    handle_t h;
};
struct pf_list {
    handle_t h;
};
struct pf_namespace {
    handle_t h;
};

/* Process-local: every forked process has its own copy (same address). */
struct pf_manager {
    char *base;
    size_t reserved;
    size_t mapped;
    int fd;
    pid_t creator;
    handle_t *handles;
    int npending;
    uint64_t pending[PENDING_MAX];
};

typedef struct iter_item {
    const char *key;
    const void *value;
    size_t len;
} iter_item_t;

struct pf_iter {
    size_t n;
    size_t pos;
    iter_item_t *items;
    char *data;
};

/* ---- arena basics ---- */

static inline header_t *hdr(pf_manager_t *m)
{
    return (header_t *)m->base;
}

static inline void *at(pf_manager_t *m, uint64_t off)
{
    return m->base + off;
}

static inline uint64_t off_of(pf_manager_t *m, const void *p)
{
    return (uint64_t)((const char *)p - m->base);
}

static inline size_t class_size(uint32_t cls)
{
    return (size_t)1 << (cls + MIN_SHIFT);
}

/* Map the part of the arena that another process added since this one
 * last looked.  Lock held.  Returns 0 or PF_E*. */
static int remap(pf_manager_t *m)
{
    size_t size = __atomic_load_n(&hdr(m)->size, __ATOMIC_ACQUIRE);
    if (size <= m->mapped)
        return 0;
    void *p =
        mmap(m->base + m->mapped, size - m->mapped, PROT_READ | PROT_WRITE,
             MAP_SHARED | MAP_FIXED, m->fd, (off_t)m->mapped);
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
static void jset(pf_manager_t *m, uint64_t *p, uint64_t v)
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
static uint64_t arena_alloc(pf_manager_t *m, size_t n, int *err)
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
        jset(m, &h->free_head[cls], blk->next);
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
        jset(m, &h->bump, b + bs);
    }
    jset(m, &h->used, h->used + bs);
    return b + BLOCK_HEADER;
}

/* Put the block of payload `p` on its free list now.  Lock held; only at
 * the end of a call (no allocation may follow in the same call). */
static void arena_free_now(pf_manager_t *m, uint64_t p)
{
    header_t *h = hdr(m);
    uint64_t b = p - BLOCK_HEADER;
    block_t *blk = at(m, b);
    blk->next = h->free_head[blk->cls];
    jset(m, &h->free_head[blk->cls], b);
    jset(m, &h->used, h->used - class_size(blk->cls));
}

/* Free the block of payload `p` when the current call commits. */
static void arena_free_later(pf_manager_t *m, uint64_t p)
{
    if (m->npending == PENDING_MAX)
        abort(); /* bounded by design: a call frees at most a few */
    m->pending[m->npending++] = p;
}

/* End the current call: free what it freed, then clear the journal (the
 * one store that makes the call permanent).  Lock held. */
static void commit(pf_manager_t *m)
{
    for (int i = 0; i < m->npending; i++)
        arena_free_now(m, m->pending[i]);
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
static int op_begin(pf_manager_t *m)
{
    int rc = lock_deadline(m, pf__deadline_in(PF_FOREVER));
    return rc == PF_EOWNERDEAD ? 0 : rc;
}

/* End a call begun by op_begin: commit when rc >= 0, roll back otherwise;
 * unlock; return rc. */
static int op_end(pf_manager_t *m, int rc)
{
    if (rc < 0)
        rollback(m);
    else
        commit(m);
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
        base = mmap(NULL, want, PROT_NONE,
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
    m->fd = memfd_create("pfor-manager", MFD_CLOEXEC);
    if (m->fd < 0 || ftruncate(m->fd, INITIAL_SIZE) != 0) {
        rc = pf__from_errno(errno);
        goto fail;
    }
    if (mmap(base, INITIAL_SIZE, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_FIXED,
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
    int rc = op_begin(m);
    if (rc < 0)
        return rc;
    header_t *h = hdr(m);
    out->used = h->used;
    out->mapped = h->size;
    out->reserved = m->reserved;
    out->owner_deaths = h->owner_deaths;
    out->rollbacks = h->rollbacks;
    return op_end(m, 0);
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
    int rc = op_begin(m);
    if (rc < 0) {
        free(hd);
        return rc;
    }
    uint64_t o = arena_alloc(m, sizeof(object_t), &rc);
    if (o != 0) {
        object_t *obj = at(m, o);
        memset(obj, 0, sizeof *obj);
        obj->kind = kind;
        obj->next = hdr(m)->objects;
        jset(m, &hdr(m)->objects, o);
    }
    rc = op_end(m, o != 0 ? 0 : rc);
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

/* ---- hash tables (dict and namespace) ---- */

static uint64_t hash_bytes(const char *p, size_t n)
{
    uint64_t x = 0xcbf29ce484222325ULL;
    for (size_t i = 0; i < n; i++) {
        x ^= (unsigned char)p[i];
        x *= 0x100000001b3ULL;
    }
    return x ^ (x >> 29);
}

static inline dict_entry_t *entry_at(pf_manager_t *m, uint64_t off)
{
    return at(m, off);
}

/* Find key in the table of o.  Returns the slot holding it, or NULL and
 * (when insert is not NULL) the slot where it would go.  Lock held. */
static uint64_t *table_find(pf_manager_t *m, object_t *o, const char *key,
                            size_t klen, uint64_t hash, uint64_t **insert)
{
    if (insert)
        *insert = NULL;
    if (o->b == 0)
        return NULL;
    uint64_t *slots = at(m, o->a);
    uint64_t mask = o->b - 1;
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
    uint64_t t = arena_alloc(m, cap * sizeof(uint64_t), &rc);
    if (t == 0)
        return rc;
    uint64_t *slots = at(m, t);
    memset(slots, 0, cap * sizeof(uint64_t));
    if (o->b != 0) {
        uint64_t *old = at(m, o->a);
        for (uint64_t i = 0; i < o->b; i++) {
            uint64_t s = old[i];
            if (s == EMPTY || s == TOMB)
                continue;
            uint64_t j = entry_at(m, s)->hash & (cap - 1);
            while (slots[j] != EMPTY)
                j = (j + 1) & (cap - 1);
            slots[j] = s;
        }
        arena_free_later(m, o->a);
    }
    jset(m, &o->a, t);
    jset(m, &o->b, cap);
    jset(m, &o->d, 0);
    return 0;
}

/* o[key] = (vhead, vlen bytes of head then vlen2 of tail).  The value is
 * written from two pieces so that the namespace can prefix a type tag.
 * Lock held.  Returns 0 or PF_E*. */
static int table_set(pf_manager_t *m, object_t *o, const char *key, size_t klen,
                     const void *v1, size_t n1, const void *v2, size_t n2)
{
    int rc = 0;
    if ((o->c + o->d + 1) * 4 > o->b * 3) {
        rc = table_resize(m, o, o->c + 1);
        if (rc < 0)
            return rc;
    }
    uint64_t hash = hash_bytes(key, klen);
    size_t vlen = n1 + n2;
    if (vlen < n1 || klen + vlen + sizeof(dict_entry_t) + 1 < vlen)
        return PF_ENOMEM;
    uint64_t e = arena_alloc(m, sizeof(dict_entry_t) + klen + 1 + vlen, &rc);
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
    uint64_t *slot = table_find(m, o, key, klen, hash, &insert);
    if (slot) {
        uint64_t old = *slot;
        jset(m, slot, e);
        arena_free_later(m, old);
    } else {
        if (*insert == TOMB)
            jset(m, &o->d, o->d - 1);
        jset(m, insert, e);
        jset(m, &o->c, o->c + 1);
    }
    return 0;
}

/* Find key's entry in o.  Lock held.  NULL when absent. */
static dict_entry_t *table_get(pf_manager_t *m, object_t *o, const char *key)
{
    size_t klen = strlen(key);
    uint64_t *slot = table_find(m, o, key, klen, hash_bytes(key, klen), NULL);
    return slot ? entry_at(m, *slot) : NULL;
}

static int table_delete(pf_manager_t *m, object_t *o, const char *key)
{
    size_t klen = strlen(key);
    uint64_t *slot = table_find(m, o, key, klen, hash_bytes(key, klen), NULL);
    if (!slot)
        return PF_ENOENT;
    uint64_t old = *slot;
    jset(m, slot, TOMB);
    jset(m, &o->c, o->c - 1);
    jset(m, &o->d, o->d + 1);
    arena_free_later(m, old);
    return 0;
}

/* Empty o: publish an empty table, then free the old one and every entry.
 * Lock held.  Returns 0 or PF_E*. */
static int table_clear(pf_manager_t *m, object_t *o)
{
    if (o->b == 0)
        return 0;
    uint64_t old = o->a, oldcap = o->b;
    int rc = 0;
    uint64_t t = arena_alloc(m, 8 * sizeof(uint64_t), &rc);
    if (t == 0)
        return rc;
    memset(at(m, t), 0, 8 * sizeof(uint64_t));
    jset(m, &o->a, t);
    jset(m, &o->b, 8);
    jset(m, &o->c, 0);
    jset(m, &o->d, 0);
    /* No allocation follows: free at once. */
    uint64_t *slots = at(m, old);
    for (uint64_t i = 0; i < oldcap; i++)
        if (slots[i] != EMPTY && slots[i] != TOMB)
            arena_free_now(m, slots[i]);
    arena_free_now(m, old);
    return 0;
}

/* Copy a value out: into buf (cap bytes) or report the size needed. */
static int copy_out(const void *src, size_t n, void *buf, size_t cap,
                    size_t *len)
{
    if (len)
        *len = n;
    if (n > cap)
        return PF_ENOSPC;
    if (n && buf)
        memcpy(buf, src, n);
    return 0;
}

/* A malloc'ed copy of n bytes plus a NUL. */
static int copy_alloc(const void *src, size_t n, void **value, size_t *len)
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

/* ---- dict ---- */

#define DICT_OBJ(d) ((object_t *)at((d)->h.m, (d)->h.obj))

int pf_dict_set(pf_dict_t *d, const char *key, const void *value, size_t len)
{
    if (!d || !key || (!value && len))
        return PF_EINVAL;
    pf_manager_t *m = d->h.m;
    int rc = op_begin(m);
    if (rc < 0)
        return rc;
    rc = table_set(m, DICT_OBJ(d), key, strlen(key), value, len, NULL, 0);
    return op_end(m, rc);
}

int pf_dict_get(pf_dict_t *d, const char *key, void *buf, size_t cap,
                size_t *len)
{
    if (!d || !key || (!buf && cap))
        return PF_EINVAL;
    pf_manager_t *m = d->h.m;
    int rc = op_begin(m);
    if (rc < 0)
        return rc;
    dict_entry_t *e = table_get(m, DICT_OBJ(d), key);
    rc =
        e ? copy_out(e->data + e->klen + 1, e->vlen, buf, cap, len) : PF_ENOENT;
    return op_end(m, rc);
}

int pf_dict_get_alloc(pf_dict_t *d, const char *key, void **value, size_t *len)
{
    if (!d || !key || !value)
        return PF_EINVAL;
    *value = NULL;
    pf_manager_t *m = d->h.m;
    int rc = op_begin(m);
    if (rc < 0)
        return rc;
    dict_entry_t *e = table_get(m, DICT_OBJ(d), key);
    rc = e ? copy_alloc(e->data + e->klen + 1, e->vlen, value, len) : PF_ENOENT;
    return op_end(m, rc);
}

int pf_dict_delete(pf_dict_t *d, const char *key)
{
    if (!d || !key)
        return PF_EINVAL;
    pf_manager_t *m = d->h.m;
    int rc = op_begin(m);
    if (rc < 0)
        return rc;
    return op_end(m, table_delete(m, DICT_OBJ(d), key));
}

int pf_dict_contains(pf_dict_t *d, const char *key)
{
    if (!d || !key)
        return PF_EINVAL;
    pf_manager_t *m = d->h.m;
    int rc = op_begin(m);
    if (rc < 0)
        return rc;
    return op_end(m, table_get(m, DICT_OBJ(d), key) != NULL);
}

long pf_dict_len(pf_dict_t *d)
{
    if (!d)
        return PF_EINVAL;
    pf_manager_t *m = d->h.m;
    int rc = op_begin(m);
    if (rc < 0)
        return rc;
    long n = (long)DICT_OBJ(d)->c;
    op_end(m, 0);
    return n;
}

int pf_dict_clear(pf_dict_t *d)
{
    if (!d)
        return PF_EINVAL;
    pf_manager_t *m = d->h.m;
    int rc = op_begin(m);
    if (rc < 0)
        return rc;
    return op_end(m, table_clear(m, DICT_OBJ(d)));
}

/* Snapshot the table of o into a new iterator.  Lock held. */
static int table_snapshot(pf_manager_t *m, object_t *o, int what,
                          pf_iter_t **out)
{
    size_t n = o->c, bytes = 0;
    uint64_t *slots = o->b ? at(m, o->a) : NULL;
    for (uint64_t i = 0; i < o->b; i++) {
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
    for (uint64_t i = 0; i < o->b; i++) {
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
    int rc = op_begin(m);
    if (rc < 0)
        return rc;
    return op_end(m, table_snapshot(m, DICT_OBJ(d), what, out));
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
    rc = op_begin(m);
    if (rc < 0) {
        pf_iter_free(it);
        return rc;
    }
    for (size_t i = 0; i < it->n && rc >= 0; i++) {
        iter_item_t *item = &it->items[i];
        rc = table_set(m, DICT_OBJ(d), item->key, strlen(item->key),
                       item->value, item->len, NULL, 0);
        if (rc >= 0)
            commit(m);
    }
    pf_iter_free(it);
    return op_end(m, rc);
}

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
    uint64_t it = arena_alloc(m, sizeof(list_item_t) + len, err);
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
    uint64_t a = arena_alloc(m, cap * sizeof(uint64_t), &rc);
    if (a == 0)
        return rc;
    if (n)
        memcpy(at(m, a), items, n * sizeof(uint64_t));
    if (o->b)
        arena_free_later(m, o->a);
    jset(m, &o->a, a);
    jset(m, &o->b, cap);
    jset(m, &o->c, n);
    return 0;
}

/* Make room for `more` items at the end of o (a new array when needed).
 * Lock held. */
static int list_reserve(pf_manager_t *m, object_t *o, uint64_t more)
{
    if (o->c + more <= o->b)
        return 0;
    uint64_t cap = o->b ? o->b : 8;
    while (cap < o->c + more)
        cap *= 2;
    int rc = 0;
    uint64_t a = arena_alloc(m, cap * sizeof(uint64_t), &rc);
    if (a == 0)
        return rc;
    if (o->c)
        memcpy(at(m, a), at(m, o->a), o->c * sizeof(uint64_t));
    if (o->b)
        arena_free_later(m, o->a);
    jset(m, &o->a, a);
    jset(m, &o->b, cap);
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
            ((uint64_t *)at(m, o->a))[o->c + i] = it;
    }
    if (rc >= 0)
        jset(m, &o->c, o->c + n);
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
    int rc = op_begin(m);
    if (rc < 0)
        return rc;
    return op_end(m, list_append_locked(m, LIST_OBJ(l), values, lens, n));
}

int pf_list_append(pf_list_t *l, const void *value, size_t len)
{
    return pf_list_extend(l, &value, &len, 1);
}

/* The item at index of list l, or NULL (*rc = PF_ERANGE).  Lock held. */
static list_item_t *list_at(pf_manager_t *m, object_t *o, long index, int *rc)
{
    uint64_t i;
    *rc = resolve(index, o->c, &i);
    if (*rc < 0)
        return NULL;
    return at(m, ((uint64_t *)at(m, o->a))[i]);
}

int pf_list_get(pf_list_t *l, long index, void *buf, size_t cap, size_t *len)
{
    if (!l || (!buf && cap))
        return PF_EINVAL;
    pf_manager_t *m = l->h.m;
    int rc = op_begin(m);
    if (rc < 0)
        return rc;
    list_item_t *item = list_at(m, LIST_OBJ(l), index, &rc);
    if (item)
        rc = copy_out(item->data, item->vlen, buf, cap, len);
    return op_end(m, rc);
}

int pf_list_get_alloc(pf_list_t *l, long index, void **value, size_t *len)
{
    if (!l || !value)
        return PF_EINVAL;
    *value = NULL;
    pf_manager_t *m = l->h.m;
    int rc = op_begin(m);
    if (rc < 0)
        return rc;
    list_item_t *item = list_at(m, LIST_OBJ(l), index, &rc);
    if (item)
        rc = copy_alloc(item->data, item->vlen, value, len);
    return op_end(m, rc);
}

int pf_list_set(pf_list_t *l, long index, const void *value, size_t len)
{
    if (!l || (!value && len))
        return PF_EINVAL;
    pf_manager_t *m = l->h.m;
    int rc = op_begin(m);
    if (rc < 0)
        return rc;
    object_t *o = LIST_OBJ(l);
    uint64_t i;
    rc = resolve(index, o->c, &i);
    if (rc >= 0) {
        uint64_t it = item_new(m, value, len, &rc);
        if (it) {
            uint64_t *slot = (uint64_t *)at(m, o->a) + i;
            arena_free_later(m, *slot);
            jset(m, slot, it);
        }
    }
    return op_end(m, rc);
}

/* A private copy of o's item offsets (n + extra room).  Lock held. */
static uint64_t *list_copy(pf_manager_t *m, object_t *o, uint64_t extra)
{
    uint64_t *v = malloc((o->c + extra + 1) * sizeof(uint64_t));
    if (v && o->c)
        memcpy(v, at(m, o->a), o->c * sizeof(uint64_t));
    return v;
}

int pf_list_insert(pf_list_t *l, long index, const void *value, size_t len)
{
    if (!l || (!value && len))
        return PF_EINVAL;
    pf_manager_t *m = l->h.m;
    int rc = op_begin(m);
    if (rc < 0)
        return rc;
    object_t *o = LIST_OBJ(l);
    long n = (long)o->c;
    if (index < 0)
        index = index + n < 0 ? 0 : index + n;
    if (index > n)
        index = n;
    if (index == n)
        return op_end(m, list_append_locked(m, o, &value, &len, 1));
    uint64_t *v = list_copy(m, o, 1);
    if (!v)
        return op_end(m, PF_ENOMEM);
    uint64_t it = item_new(m, value, len, &rc);
    if (it) {
        memmove(v + index + 1, v + index, (size_t)(n - index) * sizeof *v);
        v[index] = it;
        rc = list_publish(m, o, v, (uint64_t)n + 1);
    }
    free(v);
    return op_end(m, rc);
}

/* Remove item i of o and hand back its value (when value is not NULL).
 * Lock held.  Returns 0 or PF_E*. */
static int list_remove_at(pf_manager_t *m, object_t *o, uint64_t i,
                          void **value, size_t *len)
{
    uint64_t *arr = at(m, o->a);
    uint64_t it = arr[i];
    if (value) {
        list_item_t *item = at(m, it);
        int rc = copy_alloc(item->data, item->vlen, value, len);
        if (rc < 0)
            return rc;
    }
    int rc = 0;
    if (i + 1 == o->c) {
        jset(m, &o->c, o->c - 1);
    } else {
        uint64_t *v = list_copy(m, o, 0);
        if (!v)
            rc = PF_ENOMEM;
        else {
            memmove(v + i, v + i + 1, (o->c - i - 1) * sizeof *v);
            rc = list_publish(m, o, v, o->c - 1);
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
    arena_free_later(m, it);
    return 0;
}

int pf_list_pop(pf_list_t *l, long index, void **value, size_t *len)
{
    if (!l)
        return PF_EINVAL;
    if (value)
        *value = NULL;
    pf_manager_t *m = l->h.m;
    int rc = op_begin(m);
    if (rc < 0)
        return rc;
    object_t *o = LIST_OBJ(l);
    uint64_t i;
    rc = resolve(index, o->c, &i);
    if (rc >= 0)
        rc = list_remove_at(m, o, i, value, len);
    return op_end(m, rc);
}

/* Index of the first item equal to value in o, or -1.  Lock held. */
static long list_find(pf_manager_t *m, object_t *o, const void *value,
                      size_t len)
{
    uint64_t *arr = o->b ? at(m, o->a) : NULL;
    for (uint64_t i = 0; i < o->c; i++) {
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
    int rc = op_begin(m);
    if (rc < 0)
        return rc;
    object_t *o = LIST_OBJ(l);
    long i = list_find(m, o, value, len);
    rc = i < 0 ? PF_ENOENT : list_remove_at(m, o, (uint64_t)i, NULL, NULL);
    return op_end(m, rc);
}

long pf_list_index(pf_list_t *l, const void *value, size_t len)
{
    if (!l || (!value && len))
        return PF_EINVAL;
    pf_manager_t *m = l->h.m;
    int rc = op_begin(m);
    if (rc < 0)
        return rc;
    long i = list_find(m, LIST_OBJ(l), value, len);
    op_end(m, 0);
    return i < 0 ? PF_ENOENT : i;
}

long pf_list_len(pf_list_t *l)
{
    if (!l)
        return PF_EINVAL;
    pf_manager_t *m = l->h.m;
    int rc = op_begin(m);
    if (rc < 0)
        return rc;
    long n = (long)LIST_OBJ(l)->c;
    op_end(m, 0);
    return n;
}

int pf_list_reverse(pf_list_t *l)
{
    if (!l)
        return PF_EINVAL;
    pf_manager_t *m = l->h.m;
    int rc = op_begin(m);
    if (rc < 0)
        return rc;
    object_t *o = LIST_OBJ(l);
    if (o->c < 2)
        return op_end(m, 0);
    uint64_t *v = list_copy(m, o, 0);
    if (!v)
        return op_end(m, PF_ENOMEM);
    for (uint64_t i = 0, j = o->c - 1; i < j; i++, j--) {
        uint64_t t = v[i];
        v[i] = v[j];
        v[j] = t;
    }
    rc = list_publish(m, o, v, o->c);
    free(v);
    return op_end(m, rc);
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
    int rc = op_begin(m);
    if (rc < 0)
        return rc;
    object_t *o = LIST_OBJ(l);
    if (o->c < 2)
        return op_end(m, 0);
    uint64_t n = o->c;
    sort_pair_t *pairs = malloc(n * sizeof *pairs);
    uint64_t *v = malloc(n * sizeof *v);
    if (!pairs || !v) {
        free(pairs);
        free(v);
        return op_end(m, PF_ENOMEM);
    }
    uint64_t *arr = at(m, o->a);
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
    return op_end(m, rc);
}

int pf_list_clear(pf_list_t *l)
{
    if (!l)
        return PF_EINVAL;
    pf_manager_t *m = l->h.m;
    int rc = op_begin(m);
    if (rc < 0)
        return rc;
    object_t *o = LIST_OBJ(l);
    uint64_t n = o->c;
    uint64_t *arr = o->b ? at(m, o->a) : NULL;
    jset(m, &o->c, 0);
    /* No allocation follows: free at once. */
    for (uint64_t i = 0; i < n; i++)
        arena_free_now(m, arr[i]);
    return op_end(m, 0);
}

int pf_list_iter(pf_list_t *l, pf_iter_t **out)
{
    if (!l || !out)
        return PF_EINVAL;
    *out = NULL;
    pf_manager_t *m = l->h.m;
    int rc = op_begin(m);
    if (rc < 0)
        return rc;
    object_t *o = LIST_OBJ(l);
    uint64_t *arr = o->b ? at(m, o->a) : NULL;
    size_t bytes = 0;
    for (uint64_t i = 0; i < o->c; i++)
        bytes += ((list_item_t *)at(m, arr[i]))->vlen + 1;
    pf_iter_t *it = calloc(1, sizeof *it);
    if (!it)
        return op_end(m, PF_ENOMEM);
    it->items = malloc((o->c ? o->c : 1) * sizeof *it->items);
    it->data = malloc(bytes ? bytes : 1);
    if (!it->items || !it->data) {
        pf_iter_free(it);
        return op_end(m, PF_ENOMEM);
    }
    char *p = it->data;
    for (uint64_t i = 0; i < o->c; i++) {
        list_item_t *item = at(m, arr[i]);
        memcpy(p, item->data, item->vlen);
        p[item->vlen] = '\0';
        it->items[i].key = NULL;
        it->items[i].value = p;
        it->items[i].len = item->vlen;
        p += item->vlen + 1;
    }
    it->n = o->c;
    *out = it;
    return op_end(m, 0);
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

/* ---- namespace: a table whose values start with a type byte ---- */

#define NS_OBJ(ns) ((object_t *)at((ns)->h.m, (ns)->h.obj))

static int ns_set(pf_namespace_t *ns, const char *name, unsigned char type,
                  const void *p, size_t len)
{
    if (!ns || !name || (!p && len))
        return PF_EINVAL;
    pf_manager_t *m = ns->h.m;
    int rc = op_begin(m);
    if (rc < 0)
        return rc;
    rc = table_set(m, NS_OBJ(ns), name, strlen(name), &type, 1, p, len);
    return op_end(m, rc);
}

int pf_namespace_set_int(pf_namespace_t *ns, const char *name, long long v)
{
    return ns_set(ns, name, PF_NS_INT, &v, sizeof v);
}

int pf_namespace_set_double(pf_namespace_t *ns, const char *name, double v)
{
    return ns_set(ns, name, PF_NS_DOUBLE, &v, sizeof v);
}

int pf_namespace_set_string(pf_namespace_t *ns, const char *name, const char *s)
{
    if (!s)
        return PF_EINVAL;
    return ns_set(ns, name, PF_NS_STRING, s, strlen(s) + 1);
}

int pf_namespace_set_bytes(pf_namespace_t *ns, const char *name, const void *p,
                           size_t len)
{
    return ns_set(ns, name, PF_NS_BYTES, p, len);
}

/* Read attribute `name` of type `type`: into buf (cap) or, when alloc is
 * not NULL, into a malloc'ed copy.  Returns 0, PF_ENOENT, PF_EINVAL (other
 * type), PF_ENOSPC (*len = needed) or PF_ENOMEM. */
static int ns_get(pf_namespace_t *ns, const char *name, unsigned char type,
                  void *buf, size_t cap, size_t *len, void **alloc)
{
    if (!ns || !name || (!buf && cap && !alloc))
        return PF_EINVAL;
    pf_manager_t *m = ns->h.m;
    int rc = op_begin(m);
    if (rc < 0)
        return rc;
    dict_entry_t *e = table_get(m, NS_OBJ(ns), name);
    if (!e)
        rc = PF_ENOENT;
    else if ((unsigned char)e->data[e->klen + 1] != type)
        rc = PF_EINVAL;
    else if (alloc)
        rc = copy_alloc(e->data + e->klen + 2, e->vlen - 1, alloc, len);
    else
        rc = copy_out(e->data + e->klen + 2, e->vlen - 1, buf, cap, len);
    return op_end(m, rc);
}

int pf_namespace_get_int(pf_namespace_t *ns, const char *name, long long *v)
{
    if (!v)
        return PF_EINVAL;
    return ns_get(ns, name, PF_NS_INT, v, sizeof *v, NULL, NULL);
}

int pf_namespace_get_double(pf_namespace_t *ns, const char *name, double *v)
{
    if (!v)
        return PF_EINVAL;
    return ns_get(ns, name, PF_NS_DOUBLE, v, sizeof *v, NULL, NULL);
}

int pf_namespace_get_string(pf_namespace_t *ns, const char *name, char *buf,
                            size_t cap, size_t *len)
{
    return ns_get(ns, name, PF_NS_STRING, buf, cap, len, NULL);
}

int pf_namespace_get_string_alloc(pf_namespace_t *ns, const char *name,
                                  char **s)
{
    if (!s)
        return PF_EINVAL;
    *s = NULL;
    return ns_get(ns, name, PF_NS_STRING, NULL, 0, NULL, (void **)s);
}

int pf_namespace_get_bytes(pf_namespace_t *ns, const char *name, void *buf,
                           size_t cap, size_t *len)
{
    return ns_get(ns, name, PF_NS_BYTES, buf, cap, len, NULL);
}

int pf_namespace_get_bytes_alloc(pf_namespace_t *ns, const char *name, void **p,
                                 size_t *len)
{
    if (!p)
        return PF_EINVAL;
    *p = NULL;
    return ns_get(ns, name, PF_NS_BYTES, NULL, 0, len, p);
}

int pf_namespace_type(pf_namespace_t *ns, const char *name)
{
    if (!ns || !name)
        return PF_EINVAL;
    pf_manager_t *m = ns->h.m;
    int rc = op_begin(m);
    if (rc < 0)
        return rc;
    dict_entry_t *e = table_get(m, NS_OBJ(ns), name);
    rc = e ? (unsigned char)e->data[e->klen + 1] : PF_ENOENT;
    return op_end(m, rc);
}

int pf_namespace_delete(pf_namespace_t *ns, const char *name)
{
    if (!ns || !name)
        return PF_EINVAL;
    pf_manager_t *m = ns->h.m;
    int rc = op_begin(m);
    if (rc < 0)
        return rc;
    return op_end(m, table_delete(m, NS_OBJ(ns), name));
}

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
    if (o->b == 0)
        return o->c == 0 && o->d == 0;
    if ((o->b & (o->b - 1)) != 0)
        return false;
    size_t size = claim(c, o->a, true);
    if (size < o->b * sizeof(uint64_t))
        return false;
    uint64_t *slots = at(m, o->a);
    uint64_t live = 0, tombs = 0, empty = 0;
    for (uint64_t i = 0; i < o->b; i++) {
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
            e->data[e->klen] != '\0' || e->hash != hash_bytes(e->data, e->klen))
            return false;
        /* The probe from the key's home slot must reach this slot. */
        if (table_find(m, o, e->data, e->klen, e->hash, NULL) != &slots[i])
            return false;
        live++;
    }
    return live == o->c && tombs == o->d && empty > 0;
}

static bool check_list(checker_t *c, object_t *o)
{
    pf_manager_t *m = c->m;
    if (o->c > o->b)
        return false;
    if (o->b == 0)
        return true;
    size_t size = claim(c, o->a, true);
    if (size < o->b * sizeof(uint64_t))
        return false;
    uint64_t *arr = at(m, o->a);
    for (uint64_t i = 0; i < o->c; i++) {
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
    int rc = op_begin(m);
    if (rc < 0)
        return rc;
    header_t *h = hdr(m);
    checker_t c = {m, NULL, 0, 0};
    bool ok = h->magic == ARENA_MAGIC && h->journal_len == 0 &&
              h->start <= h->bump && h->bump <= h->size && h->size <= m->mapped;
    if (ok) {
        c.seen = calloc((h->bump - h->start) / 32 / 8 + 1, 1);
        if (!c.seen)
            return op_end(m, PF_ENOMEM);
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
    return op_end(m, ok ? 0 : PF_ESTATE);
}
