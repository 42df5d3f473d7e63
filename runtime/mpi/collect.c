/* collect.c - which bytes of the collected storage this rank's iterations
 * changed, found with userfaultfd write-protection and PAGEMAP_SCAN
 * against a persistent shadow copy (or, where that is not available, a
 * twin copied at each loop start); applying other ranks' changes. */
#include <errno.h>
#include <fcntl.h>
#include <linux/userfaultfd.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "mpi_internal.h"

/*
 * Design (bench/mpi/bench_mpi_collect.c measures the alternatives).
 *
 * A rank is one process, not forked for the loop, so pagemap's "exclusively
 * mapped" bit (what the process engine reads in its workers) says nothing.
 * What this kernel offers instead: userfaultfd in write-protect *async*
 * mode (Linux 6.7), where the kernel itself lifts the protection on the
 * first write to a page and records it, and the PAGEMAP_SCAN ioctl, which
 * lists the written pages of a range and protects them again in one call.
 * Byte-exact diffs need what a written page held before the loop: a
 * shadow copy of the storage, made once when storage is first collected
 * and kept up to date incrementally:
 *
 *   loop start: pages written since the last sync (serial code, or other
 *               ranks' writes applied at the last exchange) are copied
 *               into the shadow and protected again;
 *   loop end:   pages written by the loop are compared byte by byte with
 *               the shadow, the changed runs go to the other ranks, and
 *               the pages are copied into the shadow and protected.
 *
 * So a loop costs a scan of its storage's page tables plus work on the
 * pages it wrote: it grows with what was written, not with the size of
 * the storage (after the first loop on that storage, which copies it
 * once).  Storage that was unmapped and mapped again (a freed large
 * malloc block) is found by PM_SCAN_CHECK_WPASYNC and copied afresh.
 *
 * Where userfaultfd is missing (older kernels, vm.unprivileged_userfaultfd
 * off without UFFD_USER_MODE_ONLY, a mapping it refuses) the loop uses a
 * twin: the whole storage is copied at the start and compared at the end
 * (cost grows with the storage).  PFOR_MPI_COLLECT=twin forces that,
 * PFOR_MPI_COLLECT=uffd refuses the fallback (for tests).
 *
 * Limits, written in docs/mpi.md: the shadow doubles the memory of the
 * collected storage; a page written behind the kernel's back (RDMA into
 * collected storage between loops) is not seen by userfaultfd, use
 * PFOR_MPI_COLLECT=twin there.
 */

/* Linux 6.7 uapi that Debian 12's headers lack. */
#ifndef UFFD_FEATURE_WP_HUGETLBFS_SHMEM
#define UFFD_FEATURE_WP_HUGETLBFS_SHMEM (1 << 12)
#endif
#ifndef UFFD_FEATURE_WP_UNPOPULATED
#define UFFD_FEATURE_WP_UNPOPULATED (1 << 13)
#endif
#ifndef UFFD_FEATURE_WP_ASYNC
#define UFFD_FEATURE_WP_ASYNC (1 << 15)
#endif
#ifndef UFFD_USER_MODE_ONLY
#define UFFD_USER_MODE_ONLY 1
#endif
#define PFM_PAGE_IS_WRITTEN (1 << 1)
#define PFM_PM_SCAN_WP_MATCHING (1 << 0)
#define PFM_PM_SCAN_CHECK_WPASYNC (1 << 1)
struct pfm_page_region {
    uint64_t start, end, categories;
};
struct pfm_pm_scan_arg {
    uint64_t size, flags, start, end, walk_end, vec, vec_len, max_pages,
        category_inverted, category_mask, category_anyof_mask, return_mask;
};
#define PFM_PAGEMAP_SCAN _IOWR('f', 16, struct pfm_pm_scan_arg)

enum { METHOD_UNKNOWN, METHOD_UFFD, METHOD_TWIN };
static int method = METHOD_UNKNOWN;
static int uffd = -1, pagemap = -1;
static size_t page;

/* A page-aligned stretch of memory under write-protection, with its
 * shadow. */
typedef struct region {
    uintptr_t start, end;
    unsigned char *shadow;
    struct region *next;
} region_t;
static region_t *regions;

struct pfm__track {
    const pfm__range_t *ranges;
    int n;
    bool *uffd_ok;         /* per range: tracked by a region */
    unsigned char **twins; /* per range without uffd: its copy */
};

void pfm__buf_reserve(pfm__buf_t *b, size_t n)
{
    if (b->cap - b->len >= n)
        return;
    size_t cap = b->cap ? b->cap : 4096;
    while (cap - b->len < n)
        cap *= 2;
    unsigned char *d = realloc(b->data, cap);
    if (d == NULL)
        pfm__fatal("out of memory for a loop's exchange (%zu bytes)", cap);
    b->data = d;
    b->cap = cap;
}

void pfm__buf_put(pfm__buf_t *b, const void *p, size_t n)
{
    if (n == 0)
        return;
    pfm__buf_reserve(b, n);
    memcpy(b->data + b->len, p, n);
    b->len += n;
}

void pfm__buf_free(pfm__buf_t *b)
{
    free(b->data);
    *b = (pfm__buf_t){0};
}

static void choose_method(void)
{
    if (method != METHOD_UNKNOWN)
        return;
    page = (size_t)sysconf(_SC_PAGESIZE);
    const char *env = getenv("PFOR_MPI_COLLECT");
    bool force_uffd = env && strcmp(env, "uffd") == 0;
    if (env && strcmp(env, "twin") == 0) {
        method = METHOD_TWIN;
        return;
    }
    int fd = (int)syscall(SYS_userfaultfd,
                          O_CLOEXEC | O_NONBLOCK | UFFD_USER_MODE_ONLY);
    if (fd < 0)
        fd = (int)syscall(SYS_userfaultfd, O_CLOEXEC | O_NONBLOCK);
    if (fd >= 0) {
        struct uffdio_api api = {.api = UFFD_API,
                                 .features = UFFD_FEATURE_WP_ASYNC |
                                             UFFD_FEATURE_WP_UNPOPULATED |
                                             UFFD_FEATURE_WP_HUGETLBFS_SHMEM};
        if (ioctl(fd, UFFDIO_API, &api) == 0)
            pagemap = open("/proc/self/pagemap", O_RDONLY | O_CLOEXEC);
        if (pagemap >= 0) {
            uffd = fd;
            method = METHOD_UFFD;
            return;
        }
        close(fd);
    }
    if (force_uffd)
        pfm__fatal("PFOR_MPI_COLLECT=uffd, but userfaultfd write-protection "
                   "is not available here");
    method = METHOD_TWIN;
}

const char *pfm__track_method(void)
{
    choose_method();
    return method == METHOD_UFFD ? "uffd" : "twin";
}

static uintptr_t page_down(uintptr_t a)
{
    return a & ~(uintptr_t)(page - 1);
}

static uintptr_t page_up(uintptr_t a)
{
    return (a + page - 1) & ~(uintptr_t)(page - 1);
}

/* Visit the written pages of [start, end) (page-aligned), protecting them
 * again when `protect`.  visit(ctx, lo, hi) gets maximal stretches.
 * Returns 0, or -1 when part of the range is not under our protection
 * (unmapped and mapped again) or the scan failed. */
static int scan(uintptr_t start, uintptr_t end, bool protect,
                void (*visit)(void *, uintptr_t, uintptr_t), void *ctx)
{
    struct pfm_page_region vec[256];
    while (start < end) {
        struct pfm_pm_scan_arg arg = {
            .size = sizeof arg,
            .flags = PFM_PM_SCAN_CHECK_WPASYNC |
                     (protect ? PFM_PM_SCAN_WP_MATCHING : 0),
            .start = start,
            .end = end,
            .vec = (uintptr_t)vec,
            .vec_len = sizeof vec / sizeof vec[0],
            .category_mask = PFM_PAGE_IS_WRITTEN,
            .return_mask = PFM_PAGE_IS_WRITTEN,
        };
        long n = ioctl(pagemap, PFM_PAGEMAP_SCAN, &arg);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return -1;
        }
        for (long i = 0; i < n; i++)
            if (visit)
                visit(ctx, (uintptr_t)vec[i].start, (uintptr_t)vec[i].end);
        if (arg.walk_end <= start)
            return -1;
        start = (uintptr_t)arg.walk_end;
    }
    return 0;
}

/* Copy whole pages, bytes outside any object included (a page holds
 * other variables too).  Under AddressSanitizer those bytes are redzones,
 * so the copy must not be instrumented: a word loop through volatile
 * pointers (which the compiler does not turn into memcpy) in a function
 * ASan leaves alone; elsewhere memcpy. */
#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define PFM_ASAN 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__)
#define PFM_ASAN 1
#endif
#ifdef PFM_ASAN
__attribute__((no_sanitize("address"))) static void
copy_pages(void *dst, const void *src, size_t n)
{
    volatile uint64_t *d = dst;
    const volatile uint64_t *s = src;
    for (size_t i = 0; i < n / 8; i++)
        d[i] = s[i];
}
#else
static void copy_pages(void *dst, const void *src, size_t n)
{
    memcpy(dst, src, n);
}
#endif

static region_t *find_region(uintptr_t a)
{
    for (region_t *r = regions; r; r = r->next)
        if (a >= r->start && a < r->end)
            return r;
    return NULL;
}

static void drop_region(region_t *gone)
{
    for (region_t **p = &regions; *p; p = &(*p)->next)
        if (*p == gone) {
            *p = gone->next;
            munmap(gone->shadow, gone->end - gone->start);
            free(gone);
            return;
        }
}

/* Copy written pages into the shadow (ctx: the region). */
static void copy_to_shadow(void *ctx, uintptr_t lo, uintptr_t hi)
{
    region_t *r = ctx;
    if (lo < r->start)
        lo = r->start;
    if (hi > r->end)
        hi = r->end;
    if (lo < hi)
        copy_pages(r->shadow + (lo - r->start), (const void *)lo, hi - lo);
}

/* Bring [s, e) (page-aligned) under protection with a shadow, merging
 * with the regions it touches.  Returns false when userfaultfd refuses the
 * mapping. */
static bool cover(uintptr_t s, uintptr_t e)
{
    region_t *r = find_region(s);
    if (r && e <= r->end) {
        /* Sync: the shadow catches up with pages written since. */
        if (scan(s, e, true, copy_to_shadow, r) == 0)
            return true;
        drop_region(r); /* remapped: start again */
    }
    /* Union with every region it overlaps or touches. */
    for (region_t *q = regions, *next; q; q = next) {
        next = q->next;
        if (q->end >= s && q->start <= e) {
            if (q->start < s)
                s = q->start;
            if (q->end > e)
                e = q->end;
            drop_region(q);
        }
    }
    struct uffdio_register reg = {
        .range = {.start = s, .len = e - s},
        .mode = UFFDIO_REGISTER_MODE_WP,
    };
    if (ioctl(uffd, UFFDIO_REGISTER, &reg) != 0)
        return false;
    region_t *n = calloc(1, sizeof *n);
    void *shadow = mmap(NULL, e - s, PROT_READ | PROT_WRITE,
                        MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (n == NULL || shadow == MAP_FAILED)
        pfm__fatal("out of memory for the shadow of collected storage "
                   "(%zu bytes)",
                   (size_t)(e - s));
    /* Protect first, then copy: a write in between would only be seen
     * as written later, never missed. */
    if (scan(s, e, true, NULL, NULL) != 0) {
        munmap(shadow, e - s);
        free(n);
        return false;
    }
    copy_pages(shadow, (const void *)s, e - s);
    *n = (region_t){s, e, shadow, regions};
    regions = n;
    return true;
}

bool pfm__track_is_new(const pfm__range_t *range)
{
    choose_method();
    if (method != METHOD_UFFD || range->bytes == 0)
        return range->bytes > 0;
    uintptr_t a = (uintptr_t)range->base;
    region_t *r = find_region(page_down(a));
    return r == NULL || page_up(a + range->bytes) > r->end;
}

pfm__track_t *pfm__track_begin(const pfm__range_t *ranges, int n)
{
    choose_method();
    pfm__track_t *t = calloc(1, sizeof *t);
    if (t == NULL)
        pfm__fatal("out of memory for a loop's collected storage");
    t->ranges = ranges;
    t->n = n;
    t->uffd_ok = calloc((size_t)n + 1, sizeof *t->uffd_ok);
    t->twins = calloc((size_t)n + 1, sizeof *t->twins);
    if (t->uffd_ok == NULL || t->twins == NULL)
        pfm__fatal("out of memory for a loop's collected storage");
    for (int i = 0; i < n; i++) {
        uintptr_t a = (uintptr_t)ranges[i].base;
        if (ranges[i].bytes == 0)
            continue;
        if (method == METHOD_UFFD &&
            cover(page_down(a), page_up(a + ranges[i].bytes))) {
            t->uffd_ok[i] = true;
            continue;
        }
        if (getenv("PFOR_MPI_COLLECT") &&
            strcmp(getenv("PFOR_MPI_COLLECT"), "uffd") == 0)
            pfm__fatal("PFOR_MPI_COLLECT=uffd, but userfaultfd refused "
                       "the storage at %p (%zu bytes): %s",
                       (void *)ranges[i].base, ranges[i].bytes,
                       strerror(errno));
        t->twins[i] = malloc(ranges[i].bytes);
        if (t->twins[i] == NULL)
            pfm__fatal("out of memory for the twin of collected storage "
                       "(%zu bytes)",
                       ranges[i].bytes);
        memcpy(t->twins[i], ranges[i].base, ranges[i].bytes);
    }
    return t;
}

static unsigned char *put_varint(unsigned char *p, uint64_t v)
{
    while (v >= 0x80) {
        *p++ = (unsigned char)(v | 0x80);
        v >>= 7;
    }
    *p++ = (unsigned char)v;
    return p;
}

/* Read a varint from [*p, end); false when it runs past the end. */
static bool get_varint(const unsigned char **p, const unsigned char *end,
                       uint64_t *v)
{
    uint64_t x = 0;
    for (int shift = 0; *p < end && shift < 64; shift += 7) {
        unsigned char c = *(*p)++;
        x |= (uint64_t)(c & 0x7f) << shift;
        if (!(c & 0x80)) {
            *v = x;
            return true;
        }
    }
    return false;
}

/* Append a RUNS entry for the bytes of cur[0..n) that differ from old[],
 * `off` being cur's offset in range `index` (nothing when none differ). */
static void diff(const unsigned char *cur, const unsigned char *old, size_t n,
                 uint32_t index, size_t off, pfm__buf_t *out)
{
    /* Worst case: every other byte changed, 1 + 1 + 1 per changed byte. */
    pfm__buf_reserve(out, sizeof(pfm__entry_t) + 2 * n + 40);
    unsigned char *head = out->data + out->len;
    unsigned char *start = head + sizeof(pfm__entry_t) + 10;
    unsigned char *p = start;
    const uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
    size_t i = 0, at = 0, first = n, last = 0;
    while (i < n) {
        /* The next differing byte: a word at a time, its lowest non-zero
         * byte of cur ^ old. */
        while (i + 8 <= n) {
            uint64_t x, y;
            memcpy(&x, cur + i, 8);
            memcpy(&y, old + i, 8);
            if (x != y) {
                i += (size_t)__builtin_ctzll(x ^ y) / 8;
                break;
            }
            i += 8;
        }
        while (i < n && cur[i] == old[i])
            i++;
        if (i >= n)
            break;
        /* The next equal byte: the lowest zero byte of cur ^ old. */
        size_t j = i + 1;
        while (j + 8 <= n) {
            uint64_t x, y;
            memcpy(&x, cur + j, 8);
            memcpy(&y, old + j, 8);
            uint64_t d = x ^ y, zero = (d - ones) & ~d & highs;
            if (zero) {
                j += (size_t)__builtin_ctzll(zero) / 8;
                break;
            }
            j += 8;
        }
        while (j < n && cur[j] != old[j])
            j++;
        if (first == n)
            first = i;
        p = put_varint(p, i - at);
        p = put_varint(p, j - i);
        if (j - i <= 16)
            for (size_t b = i; b < j; b++)
                *p++ = cur[b];
        else {
            memcpy(p, cur + i, j - i);
            p += j - i;
        }
        last = j;
        at = j;
        i = j;
    }
    if (first == n)
        return;
    /* The span goes first: move the runs up behind it. */
    unsigned char span[10], *q = put_varint(span, last);
    size_t slen = (size_t)(q - span), body = (size_t)(p - start);
    unsigned char *dst = head + sizeof(pfm__entry_t);
    memmove(dst + slen, start, body);
    memcpy(dst, span, slen);
    size_t len = slen + body;
    pfm__entry_t e = {PFM__E_RUNS, index, off, len};
    memcpy(head, &e, sizeof e);
    memset(dst + len, 0, PFM__PAD8(len) - len);
    out->len += sizeof e + PFM__PAD8(len);
}

typedef struct diff_ctx {
    const pfm__range_t *range;
    uint32_t index;
    pfm__buf_t *out;
} diff_ctx_t;

/* The written stretch [lo, hi) clipped to the range, against the shadow. */
static void diff_written(void *ctx, uintptr_t lo, uintptr_t hi)
{
    diff_ctx_t *d = ctx;
    uintptr_t a = (uintptr_t)d->range->base, b = a + d->range->bytes;
    if (lo < a)
        lo = a;
    if (hi > b)
        hi = b;
    while (lo < hi) {
        region_t *r = find_region(lo);
        if (r == NULL)
            pfm__fatal("internal error: written page outside the shadow");
        uintptr_t stop = hi < r->end ? hi : r->end;
        diff((const unsigned char *)lo, r->shadow + (lo - r->start), stop - lo,
             d->index, lo - a, d->out);
        lo = stop;
    }
}

static void protect_written(void *ctx, uintptr_t lo, uintptr_t hi)
{
    (void)ctx;
    while (lo < hi) {
        region_t *r = find_region(lo);
        if (r == NULL)
            return;
        uintptr_t stop = hi < r->end ? hi : r->end;
        copy_to_shadow(r, lo, stop);
        lo = stop;
    }
}

void pfm__track_end(pfm__track_t *t, pfm__buf_t *out)
{
    /* First every diff (a page two ranges share must be seen by both),
     * then the shadow catches up and the pages are protected again. */
    for (int i = 0; i < t->n; i++) {
        const pfm__range_t *r = &t->ranges[i];
        if (r->bytes == 0)
            continue;
        if (t->uffd_ok[i]) {
            uintptr_t a = (uintptr_t)r->base;
            diff_ctx_t d = {r, (uint32_t)i, out};
            if (scan(page_down(a), page_up(a + r->bytes), false, diff_written,
                     &d) != 0)
                pfm__fatal("collected storage at %p (%zu bytes) was unmapped "
                           "during the loop",
                           (void *)r->base, r->bytes);
        } else {
            diff(r->base, t->twins[i], r->bytes, (uint32_t)i, 0, out);
        }
    }
    for (int i = 0; i < t->n; i++) {
        const pfm__range_t *r = &t->ranges[i];
        if (t->uffd_ok[i]) {
            uintptr_t a = (uintptr_t)r->base;
            scan(page_down(a), page_up(a + r->bytes), true, protect_written,
                 NULL);
        }
        free(t->twins[i]);
    }
    free(t->uffd_ok);
    free(t->twins);
    free(t);
}

/* Lift the protection of [lo, hi) (page-aligned) where it is ours: the
 * write that follows then takes no fault (about 1.2 us a page here); the
 * next sync sees the pages as written and copies them into the shadow. */
static void unprotect(uintptr_t lo, uintptr_t hi)
{
    while (lo < hi) {
        region_t *r = find_region(lo);
        if (r == NULL) {
            lo += page;
            continue;
        }
        uintptr_t stop = hi < r->end ? hi : r->end;
        struct uffdio_writeprotect wp = {.range = {lo, stop - lo}, .mode = 0};
        ioctl(uffd, UFFDIO_WRITEPROTECT, &wp);
        lo = stop;
    }
}

void pfm__apply_prepare(const pfm__range_t *ranges, int n,
                        const pfm__entry_t *e, const unsigned char *bytes,
                        bool flush)
{
    static uintptr_t lo, hi; /* pending stretch, merged while adjacent */
    if (method != METHOD_UFFD || regions == NULL)
        return;
    if (!flush) {
        if (e->a >= (uint32_t)n || e->b > ranges[e->a].bytes || e->len == 0 ||
            (e->kind == PFM__E_RUN && e->len > ranges[e->a].bytes - e->b))
            return; /* pfm__apply_run reports it */
        uint64_t span = e->len;
        if (e->kind == PFM__E_RUNS) {
            const unsigned char *p = bytes, *end = bytes + e->len;
            if (!get_varint(&p, end, &span) || span > ranges[e->a].bytes - e->b)
                return;
        }
        uintptr_t a = (uintptr_t)ranges[e->a].base + e->b;
        uintptr_t plo = page_down(a), phi = page_up(a + span);
        if (lo < hi && plo <= hi && phi >= lo) {
            lo = plo < lo ? plo : lo;
            hi = phi > hi ? phi : hi;
            return;
        }
        if (lo < hi)
            unprotect(lo, hi);
        lo = plo;
        hi = phi;
        return;
    }
    if (lo < hi)
        unprotect(lo, hi);
    lo = hi = 0;
}

void pfm__apply_run(const pfm__range_t *ranges, int n, const pfm__entry_t *e,
                    const unsigned char *bytes)
{
    if (e->a >= (uint32_t)n || e->b > ranges[e->a].bytes ||
        (e->kind == PFM__E_RUN && e->len > ranges[e->a].bytes - e->b))
        pfm__fatal("a rank sent writes outside the collected storage "
                   "(range %u, offset %llu, %llu bytes): do all ranks "
                   "collect the same storage?",
                   e->a, (unsigned long long)e->b, (unsigned long long)e->len);
    if (e->kind == PFM__E_RUN) {
        memcpy(ranges[e->a].base + e->b, bytes, e->len);
        return;
    }
    const unsigned char *p = bytes, *end = bytes + e->len;
    uint64_t span, at = 0, skip, len;
    size_t room = ranges[e->a].bytes - e->b;
    unsigned char *base = ranges[e->a].base + e->b;
    if (!get_varint(&p, end, &span) || span > room)
        goto bad;
    while (p < end) {
        if (!get_varint(&p, end, &skip) || !get_varint(&p, end, &len) ||
            skip > span - at || len > span - at - skip ||
            len > (uint64_t)(end - p))
            goto bad;
        at += skip;
        if (len <= 16)
            for (uint64_t b = 0; b < len; b++)
                base[at + b] = p[b];
        else
            memcpy(base + at, p, len);
        p += len;
        at += len;
    }
    return;
bad:
    pfm__fatal("a rank sent a malformed diff of collected storage "
               "(range %u, offset %llu)",
               e->a, (unsigned long long)e->b);
}
