/* team_share.c - what the members of a team share: collected storage
 * promoted to shared memory on its first use in the region, byte diffs of
 * the storage that cannot be (its pages' ends, the stack, the brk heap),
 * and the region's results that member 0 sends the parent at the end. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "team_internal.h"

/*
 * Design (docs/team.md, "The exchange"):
 *
 * The first time a loop of the region collects bytes the region has not
 * seen (they are "new"), the members meet twice (a PF__SYNC_ADOPT point,
 * then a barrier) and take member 0's content of them:
 *
 * - Whole pages that lie in static storage (a loaded object's data and
 *   bss) or in a block glibc malloc mapped on its own are promoted: member
 *   0 writes them into the team's memory file, and every member maps that
 *   piece of the file over them (MAP_FIXED).  From then on the members
 *   write the same memory, as threads do; a meeting costs nothing for
 *   them.  These kinds of storage are never handed out again while
 *   mapped: static storage never, a mapped block only after free()
 *   unmapped it, which is seen (below).
 * - The rest (the partial pages at the ends of promoted storage, the
 *   stack, the brk heap and other allocators' memory, which free() and
 *   malloc() reuse for other data) becomes a private segment: each member
 *   keeps its own copy and a twin of it as it was at the last meeting.
 *   At every meeting each member publishes, page by page, what differs
 *   from its twin; the others apply the bytes that differ from theirs.
 * - Storage that lies in shared mappings (pfor shared memory) is shared
 *   already: ignored.
 *
 * Every meeting exchanges every segment, so a write anywhere in the
 * region (a loop, a single, the region's own code) to storage the region
 * collected reaches every member at the next meeting.
 *
 * A promoted block that the program frees and allocates again (glibc
 * unmaps it, the kernel may hand the addresses out again) would silently
 * be private again: before each loop, the first and last promoted page
 * of each collected range is checked in /proc/self/pagemap (bit 61, a
 * shared page); a private page there makes the bytes new again.
 *
 * At the region's end member 0 lists all the storage and variables of
 * the region's loops that are still alive (not in the frames of the
 * region's callees): promoted pieces by their place in the file, the rest
 * with their bytes.  The parent copies them into its own memory where it
 * has writable private memory.
 */

#define DIFF_MAGIC 0x70666f7264696631ULL  /* "pfordif1" */
#define ADOPT_MAGIC 0x70666f7261647031ULL /* "pforadp1" */
#define SHIP_MAGIC 0x70666f7273687031ULL  /* "pforshp1" */

/* ---- sorted lists of disjoint ranges ---- */

/* The first range whose end lies above a. */
static int ivec_after(const pf__ivec_t *v, uintptr_t a)
{
    int lo = 0, hi = v->n;
    while (lo < hi) {
        int mid = lo + (hi - lo) / 2;
        if (v->r[mid].end <= a)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* Room for one more range; false when out of memory. */
static bool ivec_grow(pf__ivec_t *v, void **parallel, size_t elem)
{
    if (v->n < v->cap)
        return true;
    int cap = v->cap ? 2 * v->cap : 16;
    pf__range_t *r = realloc(v->r, (size_t)cap * sizeof *r);
    if (r == NULL)
        return false;
    v->r = r;
    if (parallel) {
        void *p = realloc(*parallel, (size_t)cap * elem);
        if (p == NULL)
            return false;
        *parallel = p;
    }
    v->cap = cap;
    return true;
}

/* Insert [a, b), which overlaps no range of v, at its place; the parallel
 * array (elem bytes per range) gets *item there.  False when out of
 * memory. */
static bool ivec_insert(pf__ivec_t *v, uintptr_t a, uintptr_t b,
                        void **parallel, size_t elem, const void *item)
{
    if (!ivec_grow(v, parallel, elem))
        return false;
    int at = ivec_after(v, a);
    memmove(&v->r[at + 1], &v->r[at], (size_t)(v->n - at) * sizeof *v->r);
    v->r[at] = (pf__range_t){a, b};
    if (parallel) {
        unsigned char *p = *parallel;
        memmove(p + (size_t)(at + 1) * elem, p + (size_t)at * elem,
                (size_t)(v->n - at) * elem);
        memcpy(p + (size_t)at * elem, item, elem);
    }
    v->n++;
    return true;
}

/* Add [a, b) to v, merging it with the ranges it overlaps or touches.
 * False when out of memory. */
static bool ivec_merge(pf__ivec_t *v, uintptr_t a, uintptr_t b)
{
    if (a >= b)
        return true;
    int i = ivec_after(v, a);
    if (i > 0 && v->r[i - 1].end == a)
        i--;
    int j = i;
    while (j < v->n && v->r[j].start <= b) {
        if (v->r[j].start < a)
            a = v->r[j].start;
        if (v->r[j].end > b)
            b = v->r[j].end;
        j++;
    }
    if (j > i) {
        v->r[i] = (pf__range_t){a, b};
        memmove(&v->r[i + 1], &v->r[j], (size_t)(v->n - j) * sizeof *v->r);
        v->n -= j - i - 1;
        return true;
    }
    return ivec_insert(v, a, b, NULL, 0, NULL);
}

/* Remove range i (and its parallel item). */
static void ivec_remove(pf__ivec_t *v, int i, void *parallel, size_t elem)
{
    memmove(&v->r[i], &v->r[i + 1], (size_t)(v->n - i - 1) * sizeof *v->r);
    if (parallel) {
        unsigned char *p = parallel;
        memmove(p + (size_t)i * elem, p + (size_t)(i + 1) * elem,
                (size_t)(v->n - i - 1) * elem);
    }
    v->n--;
}

/* out += [a, b) minus the ranges of v.  False when out of memory. */
static bool subtract(pf__ivec_t *out, uintptr_t a, uintptr_t b,
                     const pf__ivec_t *v)
{
    for (int i = ivec_after(v, a); a < b && i < v->n && v->r[i].start < b;
         i++) {
        if (v->r[i].start > a && !ivec_merge(out, a, v->r[i].start))
            return false;
        if (v->r[i].end > a)
            a = v->r[i].end;
    }
    return a < b ? ivec_merge(out, a, b) : true;
}

static bool overlaps(const pf__ivec_t *v, uintptr_t a, uintptr_t b)
{
    int i = ivec_after(v, a);
    return a < b && i < v->n && v->r[i].start < b;
}

/* ---- the mappings of this process ---- */

int pf__vma_read(pf__vma_t **out)
{
    *out = NULL;
    int fd = open("/proc/self/maps", O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return pf__from_errno(errno);
    size_t cap = 64 << 10, len = 0;
    char *text = malloc(cap);
    int rc = text ? 0 : PF_ENOMEM;
    while (rc == 0) {
        if (len + 4096 > cap) {
            char *t = realloc(text, cap * 2);
            if (t == NULL) {
                rc = PF_ENOMEM;
                break;
            }
            text = t;
            cap *= 2;
        }
        ssize_t n = read(fd, text + len, cap - len - 1);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            rc = pf__from_errno(errno);
        if (n <= 0)
            break;
        len += (size_t)n;
    }
    close(fd);
    if (rc != 0) {
        free(text);
        return rc;
    }
    text[len] = '\0';
    int count = 0, vcap = 0;
    pf__vma_t *v = NULL;
    for (char *line = text; *line;) {
        char *nl = strchr(line, '\n');
        if (nl)
            *nl = '\0';
        unsigned long start, end;
        char perms[8] = "";
        int path_at = 0;
        if (sscanf(line, "%lx-%lx %7s %*s %*s %*s %n", &start, &end, perms,
                   &path_at) >= 3) {
            if (count == vcap) {
                vcap = vcap ? 2 * vcap : 256;
                pf__vma_t *nv = realloc(v, (size_t)vcap * sizeof *nv);
                if (nv == NULL) {
                    free(v);
                    free(text);
                    return PF_ENOMEM;
                }
                v = nv;
            }
            const char *path = path_at > 0 ? line + path_at : "";
            int kind = PF__VMA_FILE;
            if (*path == '\0' || strncmp(path, "[anon:", 6) == 0)
                kind = PF__VMA_ANON;
            else if (strcmp(path, "[heap]") == 0)
                kind = PF__VMA_HEAP;
            else if (strncmp(path, "[stack", 6) == 0)
                kind = PF__VMA_STACK;
            else if (*path == '[' || strncmp(path, "/memfd:", 7) == 0)
                kind = PF__VMA_SPECIAL;
            v[count++] =
                (pf__vma_t){start, end, perms[1] == 'w', perms[3] == 's', kind};
        }
        if (nl == NULL)
            break;
        line = nl + 1;
    }
    free(text);
    *out = v;
    return count;
}

/* The mapping holding a, or -1. */
static int vma_at(const pf__vma_t *v, int n, uintptr_t a)
{
    int lo = 0, hi = n;
    while (lo < hi) {
        int mid = lo + (hi - lo) / 2;
        if (v[mid].end <= a)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < n && v[lo].start <= a ? lo : -1;
}

/* The 16 bytes at p, read past sanitizers (they may be a malloc chunk's
 * header, which no object owns). */
__attribute__((no_sanitize("address"))) static void
read_header(const void *p, size_t *prev, size_t *size)
{
    const volatile size_t *w = p;
    *prev = w[0];
    *size = w[1];
}

/* Whether [a, b), inside the anonymous mapping v[i], lies in a block
 * glibc's malloc mapped on its own: a page at or below a starts such a
 * chunk (prev_size small, size with IS_MMAPPED and not NON_MAIN_ARENA, a
 * whole number of pages) that covers b.  Sets the chunk's pages
 * [*c0, *c1). */
static bool in_mapped_chunk(const pf__vma_t *v, int n, int i, uintptr_t a,
                            uintptr_t b, uintptr_t *c0, uintptr_t *c1)
{
    size_t page = pf__page_size();
    uintptr_t lo = v[i].start;
    /* The chunk's mapping may have been split by earlier promotions: go
     * back over contiguous private writable pieces and our own. */
    for (int j = i - 1; j >= 0 && v[j].end == lo && v[j].write &&
                        (v[j].kind == PF__VMA_ANON ||
                         (v[j].kind == PF__VMA_SPECIAL && v[j].shared));
         j--)
        lo = v[j].start;
    size_t looked = 0;
    for (uintptr_t c = a / page * page; c >= lo && looked < (1u << 20);
         c -= page, looked++) {
        int k = vma_at(v, n, c);
        if (k >= 0 && v[k].kind == PF__VMA_ANON && !v[k].shared) {
            size_t prev, size;
            read_header((const void *)c, &prev, &size);
            size_t bytes = size & ~(size_t)7;
            if ((size & 2) && !(size & 4) && prev < page && bytes % page == 0 &&
                bytes > 0 && c + bytes >= b) {
                *c0 = c;
                *c1 = c + bytes;
                return true;
            }
        }
        if (c < page)
            break;
    }
    return false;
}

/* Whether the page run [a, b) is static storage: a loaded object's data
 * (a private writable file mapping) or the bss after it (anonymous,
 * contiguous back to such a mapping, maybe through our own). */
static bool static_storage(const pf__vma_t *v, int n, uintptr_t a, uintptr_t b)
{
    for (uintptr_t p = a; p < b;) {
        int i = vma_at(v, n, p);
        if (i < 0 || !v[i].write || v[i].shared)
            return false;
        bool ok = v[i].kind == PF__VMA_FILE;
        if (v[i].kind == PF__VMA_ANON) {
            int j = i;
            while (j > 0 && v[j - 1].end == v[j].start &&
                   (v[j - 1].kind == PF__VMA_ANON ||
                    (v[j - 1].kind == PF__VMA_SPECIAL && v[j - 1].shared)))
                j--;
            ok = j > 0 && v[j - 1].end == v[j].start &&
                 v[j - 1].kind == PF__VMA_FILE && v[j - 1].write &&
                 !v[j - 1].shared;
        }
        if (!ok)
            return false;
        p = v[i].end;
    }
    return true;
}

/* Whether [a, b) lies in shared mappings (shared already). */
static bool shared_storage(const pf__vma_t *v, int n, uintptr_t a, uintptr_t b)
{
    for (uintptr_t p = a; p < b;) {
        int i = vma_at(v, n, p);
        if (i < 0 || !v[i].shared || v[i].kind == PF__VMA_SPECIAL)
            return false;
        p = v[i].end;
    }
    return true;
}

/* This thread's stack as [*lo, *hi): the mapping that holds the stack
 * pointer sp (it grows down), up to the top the stack had when this
 * member first looked.  Promoting pages of the region's frame splits the
 * mapping: the piece that holds sp ends below them, the pieces above
 * are the memory file's and, above those, the stack's again. */
static void stack_bounds(pf__share_t *sh, const pf__vma_t *v, int n,
                         uintptr_t sp, uintptr_t *lo, uintptr_t *hi)
{
    int k = n > 0 ? vma_at(v, n, sp) : -1;
    if (k < 0) {
        *lo = *hi = 0;
        return;
    }
    if (sh->stack_hi == 0)
        sh->stack_hi = v[k].end;
    *lo = v[k].start;
    *hi = sh->stack_hi > v[k].end ? sh->stack_hi : v[k].end;
}

/* Whether [a, b) lies in the region's own frame: this thread's stack at
 * or above pfc_team_run's caller's stack pointer.  The function holding
 * the region is active in every member until the region's end, so its
 * frame is never freed or reused while the team runs. */
static bool in_region_frame(pfc_team_t *t, const pf__vma_t *v, int n,
                            uintptr_t a, uintptr_t b)
{
    uintptr_t lo, hi;
    stack_bounds(&t->share, v, n, (uintptr_t)&lo, &lo, &hi);
    return a >= t->frame && a >= lo && b <= hi;
}

/* ---- windows ---- */

/* Member q's window for parity p, mapped at least `need` bytes long.
 * Member only. */
static unsigned char *window(pfc_team_t *t, int q, int p, size_t need)
{
    pf__share_t *sh = &t->share;
    int w = 2 * q + p;
    if (sh->win_cap[w] >= need && sh->win[w])
        return sh->win[w];
    if (need > PF__TEAM_WINDOW_STRIDE)
        pf__team_fail(t, t->file, t->line,
                      "pfor region failed: more than %llu GB to exchange "
                      "at one synchronisation point",
                      PF__TEAM_WINDOW_STRIDE >> 30);
    size_t cap = (size_t)1 << 20;
    while (cap < need)
        cap *= 2;
    if (sh->win[w])
        munmap(sh->win[w], sh->win_cap[w]);
    sh->win[w] = NULL;
    sh->win_cap[w] = 0;
    void *m = mmap(
        NULL, cap, PROT_READ | PROT_WRITE, MAP_SHARED, t->memfd,
        (off_t)(PF__TEAM_WINDOW_AT + (uint64_t)w * PF__TEAM_WINDOW_STRIDE));
    if (m == MAP_FAILED)
        pf__team_fail(t, t->file, t->line,
                      "pfor region failed: cannot map an exchange window "
                      "(%zu bytes): %s",
                      cap, strerror(errno));
    sh->win[w] = m;
    sh->win_cap[w] = cap;
    return m;
}

static uint64_t window_offset(int q, int p)
{
    return PF__TEAM_WINDOW_AT + (uint64_t)(2 * q + p) * PF__TEAM_WINDOW_STRIDE;
}

static size_t page_up(size_t n)
{
    size_t page = pf__page_size();
    return (n + page - 1) / page * page;
}

/* ---- the state ---- */

static _Noreturn void out_of_memory(pfc_team_t *t)
{
    pf__team_fail(t, t->file, t->line,
                  "pfor region failed: out of memory for what its members "
                  "exchange");
}

void pf__share_init(pfc_team_t *t)
{
    pf__share_t *sh = &t->share;
    memset(sh, 0, sizeof *sh);
    sh->pagemap_fd = -1;
    sh->promo_next = PF__TEAM_PROMO_AT;
    sh->win = calloc((size_t)(2 * t->nmembers), sizeof *sh->win);
    sh->win_cap = calloc((size_t)(2 * t->nmembers), sizeof *sh->win_cap);
    if (sh->win == NULL || sh->win_cap == NULL)
        out_of_memory(t);
}

/* ---- storage that free() unmapped ---- */

/* Whether every page of [a, b) is mapped (mincore fails with ENOMEM on a
 * hole), so reading it is safe.  free() unmaps a mapped block, and trims
 * the top of the brk heap: the segments and results inside such storage
 * are gone, as in the serial run. */
static bool mapped(uintptr_t a, uintptr_t b)
{
    size_t page = pf__page_size();
    unsigned char vec[256];
    for (uintptr_t p = a / page * page; p < b;) {
        size_t n = (b - p + page - 1) / page;
        if (n > sizeof vec)
            n = sizeof vec;
        if (mincore((void *)p, n * page, vec) != 0 && errno == ENOMEM)
            return false;
        p += n * page;
    }
    return true;
}

/* Drop the loop-scoped segments that are no longer mapped (lasting ones,
 * static storage and the region's frame, cannot be).  Nearby segments
 * are checked together (one system call for a run of them). */
static void drop_unmapped(pf__share_t *sh)
{
    const uintptr_t near = 64 << 10;
    int s = 0;
    while (s < sh->segments.n) {
        if (!sh->seg[s].scoped) {
            s++;
            continue;
        }
        int e = s + 1;
        while (e < sh->segments.n && sh->seg[e].scoped &&
               sh->segments.r[e].start - sh->segments.r[e - 1].end < near)
            e++;
        if (mapped(sh->segments.r[s].start, sh->segments.r[e - 1].end)) {
            s = e;
            continue;
        }
        for (int j = s; j < e;) {
            if (mapped(sh->segments.r[j].start, sh->segments.r[j].end)) {
                j++;
                continue;
            }
            free(sh->seg[j].twin);
            ivec_remove(&sh->segments, j, sh->seg, sizeof *sh->seg);
            e--;
        }
        s = e;
    }
}

/* ---- a meeting: diffs of the segments ---- */

typedef struct diff_head {
    uint64_t magic;
    uint64_t nchunks;
} diff_head_t;

/* The chunk of segment s around address a: the segment clipped to a's
 * page. */
static void chunk_bounds(const pf__ivec_t *seg, int s, uintptr_t a,
                         uintptr_t *c0, uintptr_t *c1)
{
    size_t page = pf__page_size();
    uintptr_t p = a / page * page;
    *c0 = p < seg->r[s].start ? seg->r[s].start : p;
    *c1 = p + page > seg->r[s].end ? seg->r[s].end : p + page;
}

/* The segment holding [c0, c1), or -1. */
static int segment_of(const pf__share_t *sh, uintptr_t c0, uintptr_t c1);

/* One changed chunk in a diff: its content follows, then, for a
 * loop-scoped segment, the sender's twin of it (the members' twins of
 * such a segment are their own contents at the loop's start, which may
 * differ where nobody wrote: the receiver takes the bytes the sender
 * changed, against the sender's twin). */
typedef struct diff_entry {
    uint64_t start, end;
    uint64_t with_twin;
} diff_entry_t;

void pf__share_publish(pfc_team_t *t, int parity, size_t *bytes)
{
    pf__share_t *sh = &t->share;
    sh->changed.n = 0;
    drop_unmapped(sh);
    size_t data = 0;
    for (int s = 0; s < sh->segments.n; s++) {
        uintptr_t a = sh->segments.r[s].start, end = sh->segments.r[s].end;
        while (a < end) {
            uintptr_t c0, c1;
            chunk_bounds(&sh->segments, s, a, &c0, &c1);
            const unsigned char *tw =
                sh->seg[s].twin + (c0 - sh->segments.r[s].start);
            if (memcmp((const void *)c0, tw, c1 - c0) != 0) {
                if (!ivec_grow(&sh->changed, NULL, 0))
                    out_of_memory(t);
                sh->changed.r[sh->changed.n++] = (pf__range_t){c0, c1};
                data += (c1 - c0) * (sh->seg[s].scoped ? 2 : 1);
            }
            a = c1;
        }
    }
    *bytes = 0;
    if (sh->changed.n == 0)
        return;
    size_t n = (size_t)sh->changed.n;
    size_t total = sizeof(diff_head_t) + n * sizeof(diff_entry_t) + data;
    unsigned char *w = window(t, t->me, parity, total);
    *(diff_head_t *)(void *)w = (diff_head_t){DIFF_MAGIC, n};
    diff_entry_t *idx = (diff_entry_t *)(void *)(w + sizeof(diff_head_t));
    unsigned char *d = (unsigned char *)(idx + n);
    for (size_t j = 0; j < n; j++) {
        uintptr_t c0 = sh->changed.r[j].start, c1 = sh->changed.r[j].end;
        int s = segment_of(sh, c0, c1);
        bool with_twin = sh->seg[s].scoped;
        idx[j] = (diff_entry_t){c0, c1, with_twin};
        memcpy(d, (const void *)c0, c1 - c0);
        d += c1 - c0;
        if (with_twin) {
            memcpy(d, sh->seg[s].twin + (c0 - sh->segments.r[s].start),
                   c1 - c0);
            d += c1 - c0;
        }
    }
    *bytes = total;
}

/* The segment holding [c0, c1), or -1. */
static int segment_of(const pf__share_t *sh, uintptr_t c0, uintptr_t c1)
{
    int s = ivec_after(&sh->segments, c0);
    return s < sh->segments.n && sh->segments.r[s].start <= c0 &&
                   sh->segments.r[s].end >= c1
               ? s
               : -1;
}

void pf__share_apply(pfc_team_t *t, int parity)
{
    pf__share_t *sh = &t->share;
    for (int q = 0; q < t->nmembers; q++) {
        size_t bytes = t->sh->slots[q].rec[parity].diff_bytes;
        if (q == t->me || bytes == 0)
            continue;
        const unsigned char *w = window(t, q, parity, bytes);
        const diff_head_t *h = (const void *)w;
        if (h->magic != DIFF_MAGIC)
            pf__team_fail(t, t->file, t->line,
                          "pfor region failed: member %d's exchange is "
                          "damaged",
                          q);
        const diff_entry_t *idx = (const void *)(w + sizeof *h);
        const unsigned char *d = (const void *)(idx + h->nchunks);
        for (uint64_t j = 0; j < h->nchunks; j++) {
            uintptr_t c0 = idx[j].start, c1 = idx[j].end;
            size_t len = c1 - c0;
            int s = segment_of(sh, c0, c1);
            if (s < 0) {
                /* Storage this member no longer has (freed here). */
                d += len * (idx[j].with_twin ? 2 : 1);
                continue;
            }
            const unsigned char *before =
                idx[j].with_twin
                    ? d + len
                    : sh->seg[s].twin + (c0 - sh->segments.r[s].start);
            pf__ws_apply_changed((unsigned char *)c0, d, before, len);
            d += len * (idx[j].with_twin ? 2 : 1);
            if (!ivec_grow(&sh->changed, NULL, 0))
                out_of_memory(t);
            sh->changed.r[sh->changed.n++] = (pf__range_t){c0, c1};
        }
    }
}

void pf__share_retwin(pfc_team_t *t)
{
    pf__share_t *sh = &t->share;
    for (int j = 0; j < sh->changed.n; j++) {
        uintptr_t c0 = sh->changed.r[j].start, c1 = sh->changed.r[j].end;
        int s = segment_of(sh, c0, c1);
        if (s >= 0 && !sh->seg[s].scoped)
            memcpy(sh->seg[s].twin + (c0 - sh->segments.r[s].start),
                   (const void *)c0, c1 - c0);
    }
    sh->changed.n = 0;
    for (int s = 0; s < sh->segments.n;) {
        if (!sh->seg[s].scoped) {
            s++;
            continue;
        }
        free(sh->seg[s].twin);
        ivec_remove(&sh->segments, s, sh->seg, sizeof *sh->seg);
    }
}

void pf__share_wrote(pfc_team_t *t, const void *addr, size_t len)
{
    pf__share_t *sh = &t->share;
    uintptr_t a = (uintptr_t)addr, b = a + len;
    for (int s = ivec_after(&sh->segments, a);
         s < sh->segments.n && sh->segments.r[s].start < b; s++) {
        uintptr_t x = a > sh->segments.r[s].start ? a : sh->segments.r[s].start;
        uintptr_t y = b < sh->segments.r[s].end ? b : sh->segments.r[s].end;
        memcpy(sh->seg[s].twin + (x - sh->segments.r[s].start), (const void *)x,
               y - x);
    }
}

bool pf__share_promoted(const pfc_team_t *t, const void *addr, size_t len)
{
    return overlaps(&t->share.promoted, (uintptr_t)addr, (uintptr_t)addr + len);
}

void pf__share_note(pfc_team_t *t, const void *addr, size_t len)
{
    if (len > 0 &&
        !ivec_merge(&t->share.ship, (uintptr_t)addr, (uintptr_t)addr + len))
        out_of_memory(t);
}

/* ---- first use: adoption ---- */

/* Whether the promoted page at p is still this team's shared memory
 * here (pagemap: present and a shared page; a page not present is read
 * once to bring it in).  Member only. */
static bool still_shared(pfc_team_t *t, uintptr_t p)
{
    pf__share_t *sh = &t->share;
    if (sh->pagemap_fd < 0)
        sh->pagemap_fd = open("/proc/self/pagemap", O_RDONLY | O_CLOEXEC);
    if (sh->pagemap_fd < 0)
        return true; /* cannot tell: trust the record */
    size_t page = pf__page_size();
    for (int tries = 0; tries < 2; tries++) {
        uint64_t e = 0;
        if (pread(sh->pagemap_fd, &e, sizeof e, (off_t)(p / page * sizeof e)) !=
            (ssize_t)sizeof e)
            return true;
        if (e >> 63 & 1)
            return (e >> 61 & 1) != 0;
        (void)*(const volatile unsigned char *)p; /* bring it in */
    }
    return false;
}

/* Drop the promoted runs under [a, b) that are no longer shared here
 * (freed and mapped again): their bytes are new again. */
static void drop_stale(pfc_team_t *t, uintptr_t a, uintptr_t b)
{
    pf__share_t *sh = &t->share;
    size_t page = pf__page_size();
    for (int i = ivec_after(&sh->promoted, a);
         i < sh->promoted.n && sh->promoted.r[i].start < b;) {
        uintptr_t x = a > sh->promoted.r[i].start ? a : sh->promoted.r[i].start;
        uintptr_t y = b < sh->promoted.r[i].end ? b : sh->promoted.r[i].end;
        x = x / page * page;
        y = (y - 1) / page * page;
        if (sh->promo[i].lasting ||
            (still_shared(t, x) && (y == x || still_shared(t, y)))) {
            i++;
            continue;
        }
        ivec_remove(&sh->promoted, i, sh->promo, sizeof *sh->promo);
    }
}

/* What member 0 decided about the new bytes, in its window. */
enum {
    ADOPT_PROMOTE,       /* pages mapped from the file */
    ADOPT_KEEP,          /* a lasting segment */
    ADOPT_SHARED,        /* shared already: ignored */
    ADOPT_SCOPED,        /* exchanged per loop */
    ADOPT_PROMOTE_FRAME  /* pages of the region's frame mapped from the
                            file (never freed while the team runs) */
};

static bool promotion(uint64_t kind)
{
    return kind == ADOPT_PROMOTE || kind == ADOPT_PROMOTE_FRAME;
}

typedef struct adopt_entry {
    uint64_t start, end;
    uint64_t kind; /* ADOPT_* */
    uint64_t at;   /* promoted: file offset; else offset of its bytes from
                      the adoption data's start */
} adopt_entry_t;

typedef struct adopt_head {
    uint64_t magic;
    uint64_t n;
    uint64_t digest; /* of the new bytes member 0 found */
} adopt_head_t;

static uint64_t fresh_digest(const pf__ivec_t *fresh)
{
    uint64_t h = 0xcbf29ce484222325ULL;
    for (int r = 0; r < fresh->n; r++) {
        h = (h ^ fresh->r[r].start) * 0x100000001b3ULL;
        h = (h ^ fresh->r[r].end) * 0x100000001b3ULL;
    }
    return h;
}

typedef struct entries {
    adopt_entry_t *e;
    size_t n, cap;
} entries_t;

static void add_entry(pfc_team_t *t, entries_t *l, uintptr_t a, uintptr_t b,
                      int kind)
{
    if (a >= b)
        return;
    if (l->n == l->cap) {
        l->cap = l->cap ? 2 * l->cap : 16;
        adopt_entry_t *e = realloc(l->e, l->cap * sizeof *e);
        if (e == NULL)
            out_of_memory(t);
        l->e = e;
    }
    l->e[l->n++] = (adopt_entry_t){a, b, (uint64_t)kind, 0};
}

/* Member 0: what each new range is (docs/team.md, "The exchange"):
 * shared memory is ignored; a block glibc mapped on its own is promoted
 * whole pages at a time (its partial pages hold only the block and its
 * chunk header, the same in every member); static storage has its whole
 * pages promoted and keeps its partial pages as lasting segments; the
 * region's own frame keeps lasting segments; everything else (the heap,
 * the frames of the region's callees) is exchanged per loop. */
static void classify(pfc_team_t *t, const pf__ivec_t *fresh, entries_t *l)
{
    size_t page = pf__page_size();
    /* PFOR_TEAM_SHARE=diff: promote nothing, exchange everything as byte
     * diffs (to measure what promotion saves: bench_team). */
    const char *how = getenv("PFOR_TEAM_SHARE");
    bool promote = !(how && strcmp(how, "diff") == 0);
    pf__vma_t *v = NULL;
    int nv = pf__vma_read(&v);
    uintptr_t stack_lo, stack_hi;
    stack_bounds(&t->share, v, nv, (uintptr_t)&v, &stack_lo, &stack_hi);
    for (int r = 0; r < fresh->n; r++) {
        uintptr_t a = fresh->r[r].start, b = fresh->r[r].end;
        uintptr_t pa = (a + page - 1) / page * page, pb = b / page * page;
        int i = nv > 0 ? vma_at(v, nv, a) : -1;
        uintptr_t c0, c1;
        if (i < 0) {
            add_entry(t, l, a, b, ADOPT_SCOPED);
        } else if (shared_storage(v, nv, a, b)) {
            add_entry(t, l, a, b, ADOPT_SHARED);
        } else if (a >= stack_lo && b <= stack_hi) {
            /* The region's own frame lasts as long as the team: its
             * whole pages are promoted as static storage's are; the
             * frames of the region's callees are exchanged per loop. */
            if (a < t->frame) {
                add_entry(t, l, a, b, ADOPT_SCOPED);
            } else if (pa < pb && promote) {
                add_entry(t, l, a, pa, ADOPT_KEEP);
                add_entry(t, l, pa, pb, ADOPT_PROMOTE_FRAME);
                add_entry(t, l, pb, b, ADOPT_KEEP);
            } else {
                add_entry(t, l, a, b, ADOPT_KEEP);
            }
        } else if (v[i].kind == PF__VMA_ANON &&
                   in_mapped_chunk(v, nv, i, a, b, &c0, &c1)) {
            uintptr_t x = a / page * page, y = (b + page - 1) / page * page;
            if (promote)
                add_entry(t, l, x > c0 ? x : c0, y < c1 ? y : c1,
                          ADOPT_PROMOTE);
            else
                add_entry(t, l, a, b, ADOPT_SCOPED);
        } else if (pa < pb && promote && static_storage(v, nv, pa, pb)) {
            add_entry(t, l, a, pa, ADOPT_KEEP);
            add_entry(t, l, pa, pb, ADOPT_PROMOTE);
            add_entry(t, l, pb, b, ADOPT_KEEP);
        } else if (static_storage(v, nv, a / page * page,
                                  (b + page - 1) / page * page)) {
            add_entry(t, l, a, b, ADOPT_KEEP);
        } else {
            add_entry(t, l, a, b, ADOPT_SCOPED);
        }
    }
    free(v);
}

/* Member 0: decide, write the promoted content into the file and the rest
 * into its window, publish where. */
static void adopt_decide(pfc_team_t *t, const pf__ivec_t *fresh, int parity,
                         size_t diff_bytes, const char *file, int line)
{
    pf__share_t *sh = &t->share;
    size_t page = pf__page_size();
    entries_t l = {0};
    classify(t, fresh, &l);
    size_t head = page_up(sizeof(adopt_head_t) + l.n * sizeof *l.e), data = 0;
    for (size_t j = 0; j < l.n; j++)
        if (!promotion(l.e[j].kind) && l.e[j].kind != ADOPT_SHARED) {
            l.e[j].at = head + data;
            data += l.e[j].end - l.e[j].start;
        }
    size_t at = page_up(diff_bytes);
    unsigned char *w = window(t, 0, parity, at + head + data);
    for (size_t j = 0; j < l.n; j++) {
        size_t len = l.e[j].end - l.e[j].start;
        if (l.e[j].kind == ADOPT_SHARED)
            continue;
        if (!promotion(l.e[j].kind)) {
            memcpy(w + at + l.e[j].at, (const void *)l.e[j].start, len);
            continue;
        }
        l.e[j].at = sh->promo_next;
        sh->promo_next += (len + page - 1) / page * page;
        if (sh->promo_next > PF__TEAM_WINDOW_AT)
            pf__team_fail(t, file, line,
                          "pfor region failed: more than 2 TB of collected "
                          "storage");
        const char *src = (const char *)l.e[j].start;
        size_t done = 0;
        while (done < len) {
            ssize_t n = pwrite(t->memfd, src + done, len - done,
                               (off_t)(l.e[j].at + done));
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0)
                pf__team_fail(t, file, line,
                              "pfor region failed: cannot share collected "
                              "storage (%zu bytes): %s",
                              len, n < 0 ? strerror(errno) : "no space");
            done += (size_t)n;
        }
    }
    *(adopt_head_t *)(void *)(w + at) =
        (adopt_head_t){ADOPT_MAGIC, l.n, fresh_digest(fresh)};
    memcpy(w + at + sizeof(adopt_head_t), l.e, l.n * sizeof *l.e);
    free(l.e);
    t->sh->adopt_at = at;
    t->sh->adopt_bytes = head + data;
}

/* Add [a, b) as a segment whose twin is its content now. */
static void add_segment(pfc_team_t *t, uintptr_t a, uintptr_t b, bool scoped)
{
    pf__share_t *sh = &t->share;
    pf__segment_t item = {malloc(b - a), scoped};
    if (item.twin == NULL ||
        !ivec_insert(&sh->segments, a, b, (void **)&sh->seg, sizeof item,
                     &item))
        out_of_memory(t);
    memcpy(item.twin, (const void *)a, b - a);
}

/* Every member: take member 0's decision about the new bytes. */
static void adopt_apply(pfc_team_t *t, const pf__ivec_t *fresh, int parity,
                        const char *file, int line)
{
    pf__share_t *sh = &t->share;
    size_t at = t->sh->adopt_at;
    const unsigned char *w = window(t, 0, parity, at + t->sh->adopt_bytes);
    const adopt_head_t *h = (const void *)(w + at);
    const adopt_entry_t *e = (const void *)(h + 1);
    if (h->magic != ADOPT_MAGIC)
        pf__team_fail(t, file, line,
                      "pfor region failed: member 0's adopted storage is "
                      "damaged");
    if (h->digest != fresh_digest(fresh))
        pf__team_fail(t, file, line,
                      "pfor region failed: the loop's collected storage "
                      "differs between member 0 and member %d (storage "
                      "allocated inside a region is each member's own: "
                      "allocate what the region's loops collect before the "
                      "region, or in pfor shared memory)",
                      t->me);
    pf__vma_t *v = NULL;
    int nv = -1;
    for (uint64_t j = 0; j < h->n; j++) {
        uintptr_t a = e[j].start, b = e[j].end;
        switch (e[j].kind) {
        case ADOPT_SHARED:
            if (!ivec_merge(&sh->ignored, a, b))
                out_of_memory(t);
            break;
        case ADOPT_PROMOTE:
        case ADOPT_PROMOTE_FRAME: {
            bool frame = e[j].kind == ADOPT_PROMOTE_FRAME;
            if (t->me != 0) {
                /* It must be the same kind of memory here. */
                if (nv < 0)
                    nv = pf__vma_read(&v);
                int i = nv > 0 ? vma_at(v, nv, a) : -1;
                uintptr_t c0, c1;
                bool ok =
                    i >= 0 &&
                    (frame ? in_region_frame(t, v, nv, a, b)
                           : ((v[i].kind == PF__VMA_ANON &&
                               in_mapped_chunk(v, nv, i, a, b, &c0, &c1) &&
                               c0 <= a && c1 >= b) ||
                              static_storage(v, nv, a, b)));
                if (!ok)
                    pf__team_fail(t, file, line,
                                  "pfor region failed: collected storage at "
                                  "%p is static or mapped memory in member 0 "
                                  "but not in member %d",
                                  (void *)a, t->me);
            }
            void *m = mmap((void *)a, b - a, PROT_READ | PROT_WRITE,
                           MAP_SHARED | MAP_FIXED | MAP_POPULATE, t->memfd,
                           (off_t)e[j].at);
            if (m != (void *)a)
                pf__team_fail(t, file, line,
                              "pfor region failed: cannot map shared "
                              "storage over the collected storage at %p "
                              "(%zu bytes): %s",
                              (void *)a, (size_t)(b - a), strerror(errno));
            pf__promotion_t item = {e[j].at, frame};
            if (!ivec_insert(&sh->promoted, a, b, (void **)&sh->promo,
                             sizeof item, &item))
                out_of_memory(t);
            break;
        }
        default:
            if (t->me != 0)
                memcpy((void *)a, w + at + e[j].at, b - a);
            if (e[j].kind == ADOPT_SCOPED) {
                if (!ivec_merge(&sh->scoped, a, b))
                    out_of_memory(t);
                add_segment(t, a, b, true);
            } else {
                add_segment(t, a, b, false);
            }
        }
    }
    free(v);
}

/* out = [a, b) minus each set. */
static bool subtract_all(pf__ivec_t *out, uintptr_t a, uintptr_t b,
                         const pf__ivec_t *const *sets, int nsets)
{
    pf__ivec_t cur = {0}, next = {0};
    bool ok = ivec_merge(&cur, a, b);
    for (int k = 0; ok && k < nsets; k++) {
        next.n = 0;
        for (int i = 0; ok && i < cur.n; i++)
            ok = subtract(&next, cur.r[i].start, cur.r[i].end, sets[k]);
        pf__ivec_t tmp = cur;
        cur = next;
        next = tmp;
    }
    for (int i = 0; ok && i < cur.n; i++)
        ok = ivec_merge(out, cur.r[i].start, cur.r[i].end);
    free(cur.r);
    free(next.r);
    return ok;
}

void pf__share_use(pfc_team_t *t, const pf__range_t *ranges, int n,
                   const char *file, int line)
{
    pf__share_t *sh = &t->share;
    pf__ivec_t fresh = {0};
    const pf__ivec_t *known[] = {&sh->promoted, &sh->segments, &sh->ignored,
                                 &sh->scoped};
    for (int r = 0; r < n; r++) {
        uintptr_t a = ranges[r].start, b = ranges[r].end;
        if (overlaps(&sh->promoted, a, b))
            drop_stale(t, a, b);
        if (!subtract_all(&fresh, a, b, known, 4))
            out_of_memory(t);
    }
    if (fresh.n > 0) {
        /* Meet (every segment as everyone holds it), take member 0's
         * content, meet again before anyone writes it. */
        pf__team_sync_begin(t, PF__SYNC_ADOPT, file, line);
        int parity = (int)(t->syncs & 1);
        if (t->me == 0)
            adopt_decide(t, &fresh, parity,
                         t->sh->slots[0].rec[parity].diff_bytes, file, line);
        pf__team_sync_end(t);
        pf__team_barrier(t);
        adopt_apply(t, &fresh, parity, file, line);
    }
    free(fresh.r);
    /* The per-loop storage the loop collects (already known): its twin is
     * this member's content now, its exchange at the next point. */
    const pf__ivec_t *taken[] = {&sh->segments};
    for (int r = 0; r < n; r++) {
        for (int i = ivec_after(&sh->scoped, ranges[r].start);
             i < sh->scoped.n && sh->scoped.r[i].start < ranges[r].end; i++) {
            uintptr_t a = ranges[r].start > sh->scoped.r[i].start
                              ? ranges[r].start
                              : sh->scoped.r[i].start;
            uintptr_t b = ranges[r].end < sh->scoped.r[i].end
                              ? ranges[r].end
                              : sh->scoped.r[i].end;
            pf__ivec_t part = {0};
            if (!subtract_all(&part, a, b, taken, 1))
                out_of_memory(t);
            for (int k = 0; k < part.n; k++)
                add_segment(t, part.r[k].start, part.r[k].end, true);
            free(part.r);
        }
    }
}

bool pf__share_in_callee(const pfc_team_t *t, const pf__range_t *ranges, int n)
{
    uintptr_t sp = (uintptr_t)&n;
    for (int r = 0; r < n; r++)
        if (ranges[r].start >= sp && ranges[r].start < t->frame)
            return true;
    return false;
}

/* ---- the region's end ---- */

/* Copy storage the program may have freed (still mapped, so safe to
 * read; a sanitizer would object to reading it). */
__attribute__((no_sanitize("address"))) static void
copy_raw(unsigned char *dst, const unsigned char *src, size_t n)
{
    const volatile unsigned char *s = src;
    for (size_t j = 0; j < n; j++)
        dst[j] = s[j];
}

typedef struct ship_entry {
    uint64_t start, end;
    uint64_t at; /* file offset of its bytes */
} ship_entry_t;

typedef struct ship_head {
    uint64_t magic;
    uint64_t n;
} ship_head_t;

void pf__share_ship(pfc_team_t *t, int parity)
{
    pf__share_t *sh = &t->share;
    /* Ranges on this thread's stack below the region's frame belonged to
     * the region's callees: gone. */
    uintptr_t stack_lo, stack_hi;
    pf__vma_t *v;
    int nv = pf__vma_read(&v);
    stack_bounds(sh, v, nv, (uintptr_t)&v, &stack_lo, &stack_hi);
    if (nv > 0)
        free(v);
    pf__ivec_t live = {0}, inl = {0};
    for (int r = 0; r < sh->ship.n; r++) {
        uintptr_t a = sh->ship.r[r].start, b = sh->ship.r[r].end;
        if (a < stack_hi && b > stack_lo) {
            if (b <= t->frame)
                continue;
            if (a < t->frame)
                a = t->frame;
        }
        pf__ivec_t tmp = {0};
        bool ok = subtract(&tmp, a, b, &sh->ignored);
        for (int i = 0; ok && i < tmp.n; i++)
            ok = ivec_merge(&live, tmp.r[i].start, tmp.r[i].end);
        free(tmp.r);
        if (!ok)
            out_of_memory(t);
    }
    /* Entries: the promoted pieces by their file offset, the rest with
     * their bytes. */
    ship_entry_t *e = NULL;
    size_t ne = 0, cap = 0, data = 0;
    for (int r = 0; r < live.n; r++) {
        uintptr_t a = live.r[r].start, b = live.r[r].end;
        if (!subtract(&inl, a, b, &sh->promoted))
            out_of_memory(t);
        for (int i = ivec_after(&sh->promoted, a);
             i < sh->promoted.n && sh->promoted.r[i].start < b; i++) {
            uintptr_t x =
                a > sh->promoted.r[i].start ? a : sh->promoted.r[i].start;
            uintptr_t y = b < sh->promoted.r[i].end ? b : sh->promoted.r[i].end;
            if (ne == cap) {
                cap = cap ? 2 * cap : 16;
                ship_entry_t *ee = realloc(e, cap * sizeof *e);
                if (ee == NULL)
                    out_of_memory(t);
                e = ee;
            }
            e[ne++] = (ship_entry_t){
                x, y, sh->promo[i].at + (x - sh->promoted.r[i].start)};
        }
    }
    size_t nfile = ne;
    for (int r = 0; r < inl.n; r++) {
        if (!mapped(inl.r[r].start, inl.r[r].end))
            continue; /* freed in the region */
        if (ne == cap) {
            cap = cap ? 2 * cap : 16;
            ship_entry_t *ee = realloc(e, cap * sizeof *e);
            if (ee == NULL)
                out_of_memory(t);
            e = ee;
        }
        e[ne++] = (ship_entry_t){inl.r[r].start, inl.r[r].end, 0};
        data += inl.r[r].end - inl.r[r].start;
    }
    size_t at = page_up(t->sh->slots[0].rec[parity].diff_bytes);
    size_t head = page_up(sizeof(ship_head_t) + ne * sizeof *e);
    unsigned char *w = window(t, 0, parity, at + head + data);
    size_t off = head;
    for (size_t j = nfile; j < ne; j++) {
        size_t len = e[j].end - e[j].start;
        copy_raw(w + at + off, (const void *)e[j].start, len);
        e[j].at = window_offset(0, parity) + at + off;
        off += len;
    }
    *(ship_head_t *)(void *)(w + at) = (ship_head_t){SHIP_MAGIC, ne};
    memcpy(w + at + sizeof(ship_head_t), e, ne * sizeof *e);
    free(e);
    free(live.r);
    free(inl.r);
    t->sh->manifest_at = window_offset(0, parity) + at;
    t->sh->manifest_bytes = head + data;
}

/* pread all of [addr, addr + len) from the file at `at`.  Returns 0 or
 * PF_E*. */
static int read_in(int fd, void *addr, size_t len, uint64_t at)
{
    char *p = addr;
    while (len > 0) {
        ssize_t n = pread(fd, p, len, (off_t)at);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return n < 0 ? pf__from_errno(errno) : PF_EPIPE;
        p += n;
        len -= (size_t)n;
        at += (uint64_t)n;
    }
    return 0;
}

/* Whether [a, b) is private writable memory of this process. */
static bool writable_here(const pf__vma_t *v, int n, uintptr_t a, uintptr_t b)
{
    for (uintptr_t p = a; p < b;) {
        int i = vma_at(v, n, p);
        if (i < 0 || !v[i].write || v[i].shared)
            return false;
        p = v[i].end;
    }
    return true;
}

int pf__share_receive(pfc_team_t *t)
{
    if (t->sh->manifest_bytes == 0)
        return 0;
    ship_head_t h;
    int rc = read_in(t->memfd, &h, sizeof h, t->sh->manifest_at);
    if (rc != 0 || h.magic != SHIP_MAGIC)
        return rc ? rc : PF_ESYS;
    ship_entry_t *e = malloc((size_t)h.n * sizeof *e + 1);
    if (e == NULL)
        return PF_ENOMEM;
    rc = read_in(t->memfd, e, (size_t)h.n * sizeof *e,
                 t->sh->manifest_at + sizeof h);
    pf__vma_t *v = NULL;
    int nv = rc == 0 ? pf__vma_read(&v) : 0;
    if (nv < 0)
        rc = nv;
    for (uint64_t j = 0; rc == 0 && j < h.n; j++) {
        /* Storage the members allocated (not the parent's) is skipped. */
        if (!writable_here(v, nv, e[j].start, e[j].end)) {
            if (t->verbose)
                fprintf(stderr,
                        "pfor: %s:%d: the region's storage at %p (%llu "
                        "bytes) is not the parent's: not brought back\n",
                        t->file, t->line, (void *)e[j].start,
                        (unsigned long long)(e[j].end - e[j].start));
            continue;
        }
        rc = read_in(t->memfd, (void *)e[j].start, e[j].end - e[j].start,
                     e[j].at);
    }
    free(v);
    free(e);
    return rc;
}
