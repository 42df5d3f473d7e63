/* team_internal.h - the persistent team of a `#pragma pfor parallel`
 * region: its descriptor, the memory its members share, and the contracts
 * of team.c, team_share.c and team_abi.c; not installed. */
#ifndef PFOR_TEAM_INTERNAL_H
#define PFOR_TEAM_INTERNAL_H

#include "loop_internal.h"

/*
 * One memory file (memfd) per team attempt, made by the parent before it
 * forks the members, holds everything they share (docs/team.md):
 *
 *   0                 the header (pf__team_shared_t): the barrier, the
 *                     chunk counters of dynamic loops, one slot per
 *                     member; mapped by the parent and every member
 *   ARENA_AT          two arenas (one per parity of the synchronisation
 *                     points): reduction partials, lastprivate records,
 *                     member 0's values, copyprivate data
 *   PROMO_AT ...      collected storage promoted to shared memory: each
 *                     member maps its piece over the storage (MAP_FIXED)
 *   WINDOW_AT + (2m + p) * WINDOW_STRIDE
 *                     member m's window for parity p: its byte diffs,
 *                     member 0's adopted content, the region's results
 *
 * The file is sparse: only what is written takes memory.
 */
#define PF__TEAM_ARENA ((size_t)64 << 20)
#define PF__TEAM_PROMO_AT (1ULL << 30)
#define PF__TEAM_WINDOW_AT (1ULL << 41)
#define PF__TEAM_WINDOW_STRIDE (1ULL << 36)

/* Counters for the chunks of dynamic and guided team loops in flight: a
 * member is at most this many loops ahead of another (nowait loops), so
 * loop n uses counter n % RING.  A run of nowait loops is cut by a
 * meeting before it would be longer. */
#define PF__TEAM_RING 8

/* What a member says at a synchronisation point: its kind and place, and
 * a digest of the team loops it ran since the previous one, so members
 * that reached different points (or ran different loops) are caught.
 * Kept per parity of the point's number: the next point's record is
 * written only after everyone read this one. */
enum {
    PF__SYNC_LOOP = 1, /* the end of a `pfor for` (not nowait) */
    PF__SYNC_BARRIER,  /* `pfor barrier` */
    PF__SYNC_SINGLE,   /* the end of a `pfor single` */
    PF__SYNC_ADOPT,    /* storage new to the region: member 0's content */
    PF__SYNC_END       /* the region's end */
};

typedef struct pf__team_record {
    unsigned long long n; /* the point's number, from 1 */
    const char *file;
    int line;
    int kind;
    unsigned long long sig;   /* digest of the loops and copies since the
                                 previous point */
    unsigned long long loops; /* team loops entered in the region */
    size_t diff_bytes;        /* its byte diff in its window (0: none) */
} pf__team_record_t;

/* One member's slot in the header. */
typedef struct pf__member_slot {
    /* The cursor cell of the team loop it runs (pfc_loop_cursor). */
    volatile unsigned long long cursor __attribute__((aligned(128)));
    pf__loop_slot_t loop;   /* its current chunk in that loop */
    pf__loop_space_t space; /* that loop, for the parent's report */
    _Atomic int in_loop;    /* running a team loop */
    _Atomic int finished;   /* ended the region well (member 0: its
                               results are in its window) */
    pf__team_record_t rec[2];
} __attribute__((aligned(128))) pf__member_slot_t;

typedef struct pf__team_counter {
    _Atomic unsigned long long word __attribute__((aligned(128)));
} pf__team_counter_t;

typedef struct pf__team_shared {
    /* The barrier: arrivals, the generation the sleepers wait on (a futex
     * word), how many sleep. */
    _Atomic uint32_t arrived __attribute__((aligned(128)));
    _Atomic uint32_t generation __attribute__((aligned(128)));
    _Atomic uint32_t sleepers __attribute__((aligned(128)));
    pf__team_counter_t ring[PF__TEAM_RING];
    /* A member that found the region cannot go on (members at different
     * points, storage that cannot be shared, no memory): its words. */
    _Atomic int failed __attribute__((aligned(128)));
    int fail_member;
    char message[1024];
    /* Member 0's adopted content (file offset and bytes), published
     * before the barrier that follows a PF__SYNC_ADOPT point. */
    uint64_t adopt_at, adopt_bytes;
    /* Member 0's results at the region's end. */
    uint64_t manifest_at, manifest_bytes;
    pf__member_slot_t slots[];
} pf__team_shared_t;

/* A sorted list of disjoint byte ranges. */
typedef struct pf__ivec {
    pf__range_t *r;
    int n, cap;
} pf__ivec_t;

/* A piece of private storage exchanged as byte diffs: its twin (its
 * content at the last point), and whether it lasts (static storage, the
 * region's own frame) or belongs to the loops that collect it (exchanged
 * at the next point, then dropped: the heap and the frames of the
 * region's callees may be freed and reused for other data). */
typedef struct pf__segment {
    unsigned char *twin;
    bool scoped;
} pf__segment_t;

/* A run of pages mapped from the memory file over collected storage. */
typedef struct pf__promotion {
    uint64_t at;  /* its file offset */
    bool lasting; /* in the region's frame: never freed while the team
                     runs, so not looked at again before each loop */
} pf__promotion_t;

/* team_share.c's state in one member. */
typedef struct pf__share {
    pf__ivec_t promoted;    /* page runs mapped from the memfd */
    pf__promotion_t *promo; /* parallel to promoted */
    pf__ivec_t segments;    /* private storage exchanged as byte diffs */
    pf__segment_t *seg;     /* parallel to segments */
    pf__ivec_t scoped;      /* storage known to be exchanged per loop */
    pf__ivec_t ignored;     /* storage in shared mappings: already shared */
    pf__ivec_t ship;        /* member 0: all the region's storage and
                               variables, for the parent at the end */
    uint64_t promo_next;    /* next free offset for promoted storage */
    int pagemap_fd;         /* this member's own, -1 until opened */
    unsigned char **win;    /* windows, [2 * member + parity] */
    size_t *win_cap;
    pf__ivec_t changed;           /* chunks changed at this point (twins) */
    uintptr_t stack_hi; /* the top of this thread's stack at the first look
                           (team_share.c's stack_bounds) */
} pf__share_t;

enum {
    PF__TEAM_NEW,
    PF__TEAM_SERIAL, /* a team of one runs (in its caller) */
    PF__TEAM_MEMBER, /* this process is a member of the forked team */
    PF__TEAM_DONE
};

struct pfc_team {
    const char *file;
    int line;
    long workers;
    bool cond;
    long retries;
    int state;
    bool serial;        /* a team of one */
    pfc_team_t *outer;  /* the context it runs in (a team of one's) */
    pfc_team_t *member; /* the forked member it is in (NULL: none) */
    int single_depth;   /* team of one: singles nested in it */
    pfc_team_t *solo;   /* member: the team of one of single statements */

    /* A forked team: shared by the parent and the members. */
    int nmembers;
    int memfd;
    pf__team_shared_t *sh;
    size_t sh_size;
    unsigned char *arena; /* 2 * PF__TEAM_ARENA */
    int64_t spin_ns;      /* barrier: spin at most this long, then sleep */
    int64_t spin_budget;  /* this member's current spin (adapts) */
    unsigned spin_probe;  /* barriers without spinning */

    /* The parent. */
    pf__crew_t crew;
    int attempts; /* teams forked */
    bool verbose;
    int error;
    int exit_status;
    char message[1024];
    pf__fatal_scope_t fatal; /* a serial region in the parent */
    bool fatal_entered;

    /* A member. */
    int me;
    unsigned long long syncs; /* points passed */
    unsigned long long loops; /* team loops entered */
    unsigned long long epoch_sig;
    unsigned epoch_loops; /* team loops since the last point */
    size_t arena_used;    /* in the arena of the next point */
    uintptr_t frame;      /* pfc_team_run's frame: the region's callees'
                             frames lie below it */
    struct pf__team_copy {
        void *var;
        size_t size;
        unsigned char *at; /* in the arena */
    } * copies;
    int ncopies, copies_cap;
    int single_copies; /* copyprivate items of the current single */
    pf__share_t share;
};

/* ---- team.c ---- */

/* A new descriptor (NULL when out of memory); file kept by pointer. */
pfc_team_t *pf__team_alloc(const char *file, int line);
void pf__team_free(pfc_team_t *t);
/* Make t the calling thread's innermost region (team_abi.c: a single's
 * team of one). */
void pf__team_set_current(pfc_team_t *t);
/* See pfc_team_run; frame is the caller's stack pointer at the call (the
 * region's callees' frames lie below it). */
int pf__team_run(pfc_team_t *t, uintptr_t frame);
/* The region's error (0: none), its message and the exit status it
 * implies.  Parent. */
int pf__team_error(const pfc_team_t *t, const char **message, int *status);

/* A synchronisation point, in two halves.  sync_begin: publish this
 * member's byte diff and record, meet the team, check every member
 * reached the same point after the same loops, apply the others' diffs.
 * Between the halves the caller combines what the point brings
 * (reductions, copyprivate); sync_end brings the twins up to date and
 * opens the next epoch.  Member only. */
void pf__team_sync_begin(pfc_team_t *t, int kind, const char *file, int line);
void pf__team_sync_end(pfc_team_t *t);
/* The team's plain barrier (no exchange).  Member only. */
void pf__team_barrier(pfc_team_t *t);
/* size bytes (128-aligned) of the arena of the next point, or a failed
 * region when it is full.  Member only; every member reserves the same
 * sequence, so the offsets agree. */
unsigned char *pf__team_reserve(pfc_team_t *t, size_t size, const char *file,
                                int line);
/* Mix v into the digest of the current epoch. */
void pf__team_digest(pfc_team_t *t, unsigned long long v);

/* ---- team_share.c ---- */

/* Member, after the fork: empty state. */
void pf__share_init(pfc_team_t *t);
/* Member 0 at an ADOPT point... (see team_share.c for each). */
void pf__share_publish(pfc_team_t *t, int parity, size_t *bytes);
void pf__share_apply(pfc_team_t *t, int parity);
/* After a point: the twins of the changed chunks are brought up to
 * date, the loop-scoped segments are dropped. */
void pf__share_retwin(pfc_team_t *t);
void pf__share_wrote(pfc_team_t *t, const void *addr, size_t len);
/* The ranges (sorted, disjoint) a team loop at file:line collects: the
 * bytes new to the region are adopted from member 0 (promoted to shared
 * memory where they may be, tracked for diffs elsewhere); stale promotions
 * (storage freed and mapped again) are found and redone.  Member only;
 * every member calls it with the same ranges. */
void pf__share_use(pfc_team_t *t, const pf__range_t *ranges, int n,
                   const char *file, int line);
/* Whether [addr, addr + len) touches promoted (shared) storage. */
bool pf__share_promoted(const pfc_team_t *t, const void *addr, size_t len);
/* Whether one of the ranges lies in the frames of the region's callees
 * (gone when the function that holds the loop returns: such a loop meets
 * at its end even with nowait). */
bool pf__share_in_callee(const pfc_team_t *t, const pf__range_t *ranges, int n);
/* Member 0: remember [addr, addr + len) for the region's results. */
void pf__share_note(pfc_team_t *t, const void *addr, size_t len);
/* Member 0 at the region's end: its results into its window of parity
 * p, published in the header. */
void pf__share_ship(pfc_team_t *t, int parity);
/* The parent, after every member ended well: member 0's results into
 * its own memory.  Returns 0 or PF_E* (message in t). */
int pf__share_receive(pfc_team_t *t);

/* The ranges of the calling process's mappings (team_share.c). */
typedef struct pf__vma {
    uintptr_t start, end;
    bool write, shared;
    int kind; /* PF__VMA_* */
} pf__vma_t;
enum {
    PF__VMA_ANON,
    PF__VMA_FILE,
    PF__VMA_HEAP,
    PF__VMA_STACK,
    PF__VMA_SPECIAL
};
/* Read /proc/self/maps.  Returns the count (>= 0, *out malloc'd) or PF_E*. */
int pf__vma_read(pf__vma_t **out);

#endif /* PFOR_TEAM_INTERNAL_H */
