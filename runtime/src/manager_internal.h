/* manager_internal.h - the manager's shared layout and the calls between
 * its modules: manager.c (the arena, the undo journal, the manager object,
 * iterators), manager_dict.c (hash tables and the dict), manager_list.c,
 * manager_namespace.c, manager_check.c (pf_manager_validate).  Not
 * installed. */
#ifndef PFOR_MANAGER_INTERNAL_H
#define PFOR_MANAGER_INTERNAL_H

#include <stdint.h>

#include "internal.h"

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

/* A dict, list or namespace: a kind, a link, and what the kind holds.
 * Every field is a word the undo journal may record (pf__mgr_jset). */
typedef struct object {
    uint64_t kind;
    uint64_t next; /* next object of the manager */
    union {
        struct { /* KIND_DICT, KIND_NAMESPACE: an open-addressing table */
            uint64_t slots;    /* offset of the slot array (0: none yet) */
            uint64_t capacity; /* slots, a power of two */
            uint64_t live;     /* keys in the table */
            uint64_t tombs;    /* slots of deleted keys */
        } table;
        struct {               /* KIND_LIST */
            uint64_t items;    /* offset of the array of item offsets */
            uint64_t capacity; /* room in that array */
            uint64_t length;   /* items in the list */
        } list;
    };
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

/* ---- offsets and blocks ---- */

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

static inline dict_entry_t *entry_at(pf_manager_t *m, uint64_t off)
{
    return at(m, off);
}

/* ---- the arena and the journal (manager.c).  "Lock held": the manager
 * lock, taken by pf__mgr_op_begin. ---- */

/* Store v in the reachable word *p, recording its old value in the undo
 * journal first (once per word per call).  Lock held. */
void pf__mgr_jset(pf_manager_t *m, uint64_t *p, uint64_t v);
/* Allocate a block with `n` payload bytes.  Lock held.  Returns the
 * payload's offset, or 0 with *err set. */
uint64_t pf__mgr_alloc(pf_manager_t *m, size_t n, int *err);
/* Put the block of payload `p` on its free list now.  Lock held; only at
 * the end of a call (no allocation may follow in the same call). */
void pf__mgr_free_now(pf_manager_t *m, uint64_t p);
/* Free the block of payload `p` when the current call commits. */
void pf__mgr_free_later(pf_manager_t *m, uint64_t p);
/* Make the current call permanent (free what it freed, clear the
 * journal), and go on holding the lock.  Lock held. */
void pf__mgr_commit(pf_manager_t *m);
/* Start a call: lock (forever).  Returns 0 or an error (not held). */
int pf__mgr_op_begin(pf_manager_t *m);
/* End a call begun by op_begin: commit when rc >= 0, roll back otherwise;
 * unlock; return rc. */
int pf__mgr_op_end(pf_manager_t *m, int rc);
/* Copy a value out: into buf (cap bytes) or report the size needed (*len;
 * PF_ENOSPC). */
int pf__mgr_copy_out(const void *src, size_t n, void *buf, size_t cap,
                     size_t *len);
/* A malloc'ed copy of n bytes plus a NUL. */
int pf__mgr_copy_alloc(const void *src, size_t n, void **value, size_t *len);

/* ---- hash tables, for the dict and the namespace (manager_dict.c).
 * Lock held for all. ---- */

uint64_t pf__mgr_hash(const char *p, size_t n);
/* Find key in the table of o.  Returns the slot holding it, or NULL and
 * (when insert is not NULL) the slot where it would go. */
uint64_t *pf__mgr_table_find(pf_manager_t *m, object_t *o, const char *key,
                             size_t klen, uint64_t hash, uint64_t **insert);
/* o[key] = (v1: n1 bytes, then v2: n2 bytes).  Returns 0 or PF_E*. */
int pf__mgr_table_set(pf_manager_t *m, object_t *o, const char *key,
                      size_t klen, const void *v1, size_t n1, const void *v2,
                      size_t n2);
/* Key's entry in o, or NULL. */
dict_entry_t *pf__mgr_table_get(pf_manager_t *m, object_t *o, const char *key);
/* Remove key from o.  Returns 0 or PF_ENOENT. */
int pf__mgr_table_delete(pf_manager_t *m, object_t *o, const char *key);

#endif /* PFOR_MANAGER_INTERNAL_H */
