/* writeset.c - collected storage: which pages a worker wrote (pagemap, or
 * a copy compared), how they reach the parent (a memfd per slot), and the
 * merge that applies exactly the changed bytes inside the ranges. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <unistd.h>

#include "loop_internal.h"

/*
 * Design (docs/loop.md, "Collected storage"):
 *
 * Detection.  After fork every private page is shared with the parent;
 * the first write a worker makes to one gives it a copy of its own, which
 * /proc/self/pagemap then reports as "exclusively mapped" (bit 56).  So a
 * worker, at the end of its life, reads the pagemap entries of the pages
 * under the collected ranges and finds exactly the pages it wrote (plus
 * a few it did not, which cost time, never correctness: the merge looks
 * at bytes).  A swapped-out page may have been written: it counts too.
 * Where the pagemap cannot be read, a worker copies the ranges when it is
 * forked and compares at the end (cost: the ranges' size).
 *
 * Transport.  The worker writes what it found into a memfd the parent
 * made for its slot: a header, the pages' addresses, the pages.  Nothing
 * of it is looked at unless the worker finished its work, so a worker
 * that dies leaves no trace, and a retry truncates the memfd.
 *
 * Merge.  Only after every worker succeeded.  A page only one worker
 * shipped is the parent's page plus that worker's changes: copied (the
 * part inside the ranges; whole pages straight from the memfd into
 * place).  A page several workers shipped is merged byte by byte: from
 * each, the bytes that differ from the parent's copy taken before the
 * merge.  Bytes outside the ranges are never written.
 */

#define SHIP_MAGIC 0x70666f72777331ULL /* "pforws1" */
#define PAGEMAP_BATCH 8192             /* entries per read */
#define IOV_BATCH 1024

typedef struct ship_header {
    uint64_t magic;
    uint64_t npages;
} ship_header_t;

/*
 * Whole pages are read, so bytes next to the collected objects are read
 * too (never written).  That is fine for the kernel, but a sanitizer that
 * guards redzones around objects would object: the two places that read
 * whole pages of the program's memory go around it (the kernel reads for
 * pwritev, a volatile copy for the before-image).
 */
static ssize_t pwritev_raw(int fd, const struct iovec *iov, int n, off_t at)
{
    return syscall(SYS_pwritev, fd, iov, n, (unsigned long)at,
                   (unsigned long)((unsigned long long)at >> 32 >> 32));
}

__attribute__((no_sanitize("address"))) static void
copy_page_raw(unsigned char *dst, const unsigned char *src, size_t page)
{
    const volatile uint64_t *s = (const volatile uint64_t *)(const void *)src;
    uint64_t *d = (uint64_t *)(void *)dst;
    for (size_t j = 0; j < page / sizeof *d; j++)
        d[j] = s[j];
}

static pf__ws_mechanism_t probed;

/* Does this kernel report exclusively mapped pages?  A private page we
 * just wrote must be present (bit 63) and exclusive (bit 56).  Any
 * process; once. */
static pf__ws_mechanism_t probe(void)
{
    size_t page = pf__page_size();
    int fd = open("/proc/self/pagemap", O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return PF__WS_COPY;
    pf__ws_mechanism_t m = PF__WS_COPY;
    volatile unsigned char *p = mmap(NULL, page, PROT_READ | PROT_WRITE,
                                     MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p != MAP_FAILED) {
        p[0] = 1;
        uint64_t e = 0;
        off_t at = (off_t)((uintptr_t)p / page * sizeof e);
        if (pread(fd, &e, sizeof e, at) == (ssize_t)sizeof e && (e >> 63 & 1) &&
            (e >> 56 & 1))
            m = PF__WS_PAGEMAP;
        munmap((void *)p, page);
    }
    close(fd);
    return m;
}

pf__ws_mechanism_t pf__ws_mechanism(void)
{
    const char *env = getenv("PFOR_WRITESET");
    if (env && strcasecmp(env, "copy") == 0)
        return PF__WS_COPY;
    if (env && strcasecmp(env, "pagemap") == 0)
        return PF__WS_PAGEMAP;
    if (probed == 0)
        probed = probe();
    return probed;
}

const char *pf__ws_mechanism_name(pf__ws_mechanism_t m)
{
    return m == PF__WS_PAGEMAP ? "pagemap" : "copy";
}

int pf__ws_add(pf__writeset_t *ws, uintptr_t base, size_t bytes)
{
    if (bytes == 0)
        return 0;
    if (base + bytes < base)
        return PF_EINVAL;
    if (ws->nranges == ws->cap) {
        int cap = ws->cap ? 2 * ws->cap : 8;
        pf__range_t *r = realloc(ws->ranges, (size_t)cap * sizeof *r);
        if (r == NULL)
            return PF_ENOMEM;
        ws->ranges = r;
        ws->cap = cap;
    }
    ws->ranges[ws->nranges++] = (pf__range_t){base, base + bytes};
    return 0;
}

static int compare_ranges(const void *a, const void *b)
{
    const pf__range_t *x = a, *y = b;
    return (x->start > y->start) - (x->start < y->start);
}

void pf__ws_normalize(pf__writeset_t *ws)
{
    if (ws->nranges > 1) {
        qsort(ws->ranges, (size_t)ws->nranges, sizeof *ws->ranges,
              compare_ranges);
        int n = 0;
        for (int j = 1; j < ws->nranges; j++) {
            if (ws->ranges[j].start <= ws->ranges[n].end) {
                if (ws->ranges[j].end > ws->ranges[n].end)
                    ws->ranges[n].end = ws->ranges[j].end;
            } else {
                ws->ranges[++n] = ws->ranges[j];
            }
        }
        ws->nranges = n + 1;
    }
}

int pf__ws_prepare(pf__writeset_t *ws, int nslots)
{
    pf__ws_normalize(ws);
    ws->mechanism = pf__ws_mechanism();
    ws->pagemap_fd = -1;
    ws->nslots = nslots;
    ws->memfd = malloc((size_t)nslots * sizeof *ws->memfd);
    if (ws->memfd == NULL)
        return PF_ENOMEM;
    for (int s = 0; s < nslots; s++)
        ws->memfd[s] = -1;
    return 0;
}

int pf__ws_slot_reset(pf__writeset_t *ws, int slot)
{
    if (ws->memfd[slot] >= 0)
        return ftruncate(ws->memfd[slot], 0) == 0 ? 0 : pf__from_errno(errno);
    int fd = pf__inject_hit(PF__INJECT_MEMFD)
                 ? -1
                 : memfd_create("pfor-collect", MFD_CLOEXEC);
    if (fd < 0)
        return pf__from_errno(errno);
    ws->memfd[slot] = fd;
    return 0;
}

static size_t total_bytes(const pf__writeset_t *ws)
{
    size_t t = 0;
    for (int r = 0; r < ws->nranges; r++)
        t += ws->ranges[r].end - ws->ranges[r].start;
    return t;
}

void pf__ws_worker_begin(pf__writeset_t *ws)
{
    ws->pagemap_fd = -1;
    ws->snapshot = NULL;
    ws->fell_back = false;
    if (ws->mechanism == PF__WS_PAGEMAP) {
        if (!pf__inject_hit(PF__INJECT_PAGEMAP))
            ws->pagemap_fd = open("/proc/self/pagemap", O_RDONLY | O_CLOEXEC);
        if (ws->pagemap_fd >= 0)
            return;
        ws->fell_back = true;
        ws->mechanism = PF__WS_COPY;
    }
    /* Copy the ranges as they are at the fork (malloc'd: the worker's own
     * memory, no page shared with the parent).  Without memory for it the
     * worker ships every page (see pf__ws_worker_ship). */
    size_t t = total_bytes(ws);
    ws->snapshot = t ? malloc(t) : NULL;
    if (ws->snapshot) {
        size_t off = 0;
        for (int r = 0; r < ws->nranges; r++) {
            size_t n = ws->ranges[r].end - ws->ranges[r].start;
            memcpy(ws->snapshot + off, (void *)ws->ranges[r].start, n);
            off += n;
        }
    }
}

/* A growing list of page addresses, ascending, without repeats. */
typedef struct page_list {
    uintptr_t *page;
    size_t n, cap;
    bool failed;
} page_list_t;

static void list_add(page_list_t *l, uintptr_t page)
{
    if (l->n > 0 && l->page[l->n - 1] >= page)
        return;
    if (l->n == l->cap) {
        size_t cap = l->cap ? 2 * l->cap : 256;
        uintptr_t *p = realloc(l->page, cap * sizeof *p);
        if (p == NULL) {
            l->failed = true;
            return;
        }
        l->page = p;
        l->cap = cap;
    }
    l->page[l->n++] = page;
}

/* The pages of ranges [r0, r1), which lie in the window of pages [w0,
 * w1), that the pagemap says this worker wrote.  The entries of the
 * window are read in large batches, so many small ranges close together
 * (rows of row pointers) cost a few reads, not one each.  When the
 * pagemap cannot be read, every page of the ranges counts (the merge
 * compares bytes: shipping too much is only slow).  Worker only. */
static void scan_window(pf__writeset_t *ws, int r0, int r1, uintptr_t w0,
                        uintptr_t w1, page_list_t *l, uint64_t *buf)
{
    size_t page = pf__page_size();
    int q = r0; /* the first range of the window not below p */
    for (uintptr_t p = w0; p < w1;) {
        size_t n = (w1 - p) / page;
        if (n > PAGEMAP_BATCH)
            n = PAGEMAP_BATCH;
        ssize_t got = pread(ws->pagemap_fd, buf, n * sizeof *buf,
                            (off_t)(p / page * sizeof *buf));
        bool all = got != (ssize_t)(n * sizeof *buf);
        for (size_t j = 0; j < n; j++, p += page) {
            while (q < r1 && ws->ranges[q].end <= p)
                q++;
            if (q >= r1 || ws->ranges[q].start >= p + page)
                continue; /* a gap between ranges */
            uint64_t e = all ? 0 : buf[j];
            bool own = (e >> 63 & 1) && (e >> 56 & 1) && !(e >> 61 & 1);
            bool swapped = e >> 62 & 1;
            if (all || own || swapped)
                list_add(l, p);
        }
    }
}

/* Pages in a gap between two ranges that are still read with them rather
 * than starting a new read (8 bytes of pagemap each). */
#define WINDOW_GAP 512

static void scan_pagemap(pf__writeset_t *ws, page_list_t *l, uint64_t *buf)
{
    size_t page = pf__page_size();
    int r = 0;
    while (r < ws->nranges) {
        uintptr_t w0 = ws->ranges[r].start / page * page;
        uintptr_t w1 = (ws->ranges[r].end + page - 1) / page * page;
        int r1 = r + 1;
        while (r1 < ws->nranges &&
               ws->ranges[r1].start / page * page <= w1 + WINDOW_GAP * page) {
            uintptr_t e = (ws->ranges[r1].end + page - 1) / page * page;
            if (e > w1)
                w1 = e;
            r1++;
        }
        scan_window(ws, r, r1, w0, w1, l, buf);
        r = r1;
    }
}

/* Pages of range r whose bytes inside it differ from the snapshot taken
 * at the fork (every page without a snapshot).  Worker only. */
static void scan_copy(const pf__writeset_t *ws, int r, size_t snap_off,
                      page_list_t *l)
{
    size_t page = pf__page_size();
    uintptr_t start = ws->ranges[r].start, end = ws->ranges[r].end;
    for (uintptr_t p = start / page * page; p < end; p += page) {
        uintptr_t a = p < start ? start : p;
        uintptr_t b = p + page > end ? end : p + page;
        if (ws->snapshot == NULL ||
            memcmp((void *)a, ws->snapshot + snap_off + (a - start), b - a))
            list_add(l, p);
    }
}

static int write_all_at(int fd, const void *buf, size_t len, off_t at)
{
    const char *p = buf;
    while (len > 0) {
        ssize_t w = pwrite(fd, p, len, at);
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0)
            return w < 0 ? pf__from_errno(errno) : PF_ENOSPC;
        p += w;
        len -= (size_t)w;
        at += w;
    }
    return 0;
}

/* Write pages[0 .. n) (each a page at its address) at offset at of fd.
 * Worker only.  Returns 0 or PF_E*. */
static int write_pages(int fd, const uintptr_t *pages, size_t n, off_t at)
{
    size_t page = pf__page_size();
    struct iovec iov[IOV_BATCH];
    size_t j = 0;
    while (j < n) {
        int k = 0;
        while (k < IOV_BATCH && j + (size_t)k < n) {
            iov[k] = (struct iovec){(void *)pages[j + (size_t)k], page};
            k++;
        }
        ssize_t w = pwritev_raw(fd, iov, k, at);
        if (w < 0 && errno == EINTR)
            continue;
        if (w < 0)
            return pf__from_errno(errno);
        if ((size_t)w != (size_t)k * page) {
            /* Short: finish the batch page by page. */
            size_t done = (size_t)w;
            for (int q = 0; q < k; q++) {
                size_t from = (size_t)q * page;
                if (done >= from + page)
                    continue;
                size_t skip = done > from ? done - from : 0;
                struct iovec one = {(char *)pages[j + (size_t)q] + skip,
                                    page - skip};
                ssize_t w1;
                do
                    w1 = pwritev_raw(fd, &one, 1, at + (off_t)(from + skip));
                while (w1 < 0 && errno == EINTR);
                int rc = w1 == (ssize_t)(page - skip) ? 0
                         : w1 < 0                     ? pf__from_errno(errno)
                                                      : PF_ENOSPC;
                if (rc != 0)
                    return rc;
            }
        }
        j += (size_t)k;
        at += (off_t)((size_t)k * page);
    }
    return 0;
}

static size_t data_offset(size_t npages)
{
    size_t page = pf__page_size();
    size_t head = sizeof(ship_header_t) + npages * sizeof(uint64_t);
    return (head + page - 1) / page * page;
}

int pf__ws_worker_ship(pf__writeset_t *ws, int slot)
{
    page_list_t l = {0};
    uint64_t *buf = NULL;
    if (ws->pagemap_fd >= 0) {
        buf = malloc(PAGEMAP_BATCH * sizeof *buf);
        if (buf == NULL) {
            close(ws->pagemap_fd);
            ws->pagemap_fd = -1; /* ship every page instead */
        }
    }
    if (ws->pagemap_fd >= 0) {
        scan_pagemap(ws, &l, buf);
    } else {
        size_t snap_off = 0;
        for (int r = 0; r < ws->nranges; r++) {
            scan_copy(ws, r, snap_off, &l);
            snap_off += ws->ranges[r].end - ws->ranges[r].start;
        }
    }
    free(buf);
    int rc = l.failed ? PF_ENOMEM : 0;
    int fd = ws->memfd[slot];
    if (rc == 0) {
        ship_header_t h = {SHIP_MAGIC, l.n};
        rc = write_all_at(fd, &h, sizeof h, 0);
        if (rc == 0 && l.n > 0)
            rc =
                write_all_at(fd, l.page, l.n * sizeof *l.page, (off_t)sizeof h);
        if (rc == 0)
            rc = write_pages(fd, l.page, l.n, (off_t)data_offset(l.n));
    }
    free(l.page);
    return rc;
}

/* ---- the merge ---- */

typedef struct page_cell {
    uintptr_t page; /* 0: empty */
    uint32_t count; /* shipments holding it */
    unsigned char *before;
} page_cell_t;

typedef struct page_table {
    page_cell_t *cell;
    size_t mask;
} page_table_t;

static page_cell_t *table_find(page_table_t *t, uintptr_t page)
{
    size_t h = (size_t)((page >> 12) * 0x9e3779b97f4a7c15ULL) & t->mask;
    while (t->cell[h].page != 0 && t->cell[h].page != page)
        h = (h + 1) & t->mask;
    return &t->cell[h];
}

/* The first range whose end lies above p (ranges sorted, disjoint).
 * Parent only. */
static int first_range_after(const pf__writeset_t *ws, uintptr_t p)
{
    int lo = 0, hi = ws->nranges;
    while (lo < hi) {
        int mid = lo + (hi - lo) / 2;
        if (ws->ranges[mid].end <= p)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

void pf__ws_apply_changed(unsigned char *dst, const unsigned char *src,
                          const unsigned char *before, size_t n)
{
    size_t j = 0;
    while (j < n && ((uintptr_t)(dst + j) & 7) != 0) {
        if (src[j] != before[j])
            dst[j] = src[j];
        j++;
    }
    for (; j + 8 <= n; j += 8) {
        uint64_t s, b, d;
        memcpy(&s, src + j, 8);
        memcpy(&b, before + j, 8);
        uint64_t x = s ^ b;
        if (x == 0)
            continue;
        /* 0xff in every byte where x has a bit set. */
        uint64_t m = x | (x >> 4);
        m |= m >> 2;
        m |= m >> 1;
        m = (m & 0x0101010101010101ULL) * 0xff;
        memcpy(&d, dst + j, 8);
        d = (d & ~m) | (s & m);
        memcpy(dst + j, &d, 8);
    }
    for (; j < n; j++)
        if (src[j] != before[j])
            dst[j] = src[j];
}

/* Apply one shipped page (its content in src) to the parent, clipped to
 * the ranges: copied when only one worker shipped it (before NULL), else
 * its changes against `before`.  Parent only. */
static void apply_page(const pf__writeset_t *ws, uintptr_t p,
                       const unsigned char *src, const unsigned char *before)
{
    size_t page = pf__page_size();
    for (int r = first_range_after(ws, p);
         r < ws->nranges && ws->ranges[r].start < p + page; r++) {
        uintptr_t a = ws->ranges[r].start > p ? ws->ranges[r].start : p;
        uintptr_t b =
            ws->ranges[r].end < p + page ? ws->ranges[r].end : p + page;
        if (before)
            pf__ws_apply_changed((unsigned char *)a, src + (a - p), before + (a - p),
                          b - a);
        else
            memcpy((void *)a, src + (a - p), b - a);
    }
}

static bool whole_page_inside(const pf__writeset_t *ws, uintptr_t p)
{
    int r = first_range_after(ws, p);
    return r < ws->nranges && ws->ranges[r].start <= p &&
           ws->ranges[r].end >= p + pf__page_size();
}

static int read_all_at(int fd, void *buf, size_t len, off_t at)
{
    char *p = buf;
    while (len > 0) {
        ssize_t r = pread(fd, p, len, at);
        if (r < 0 && errno == EINTR)
            continue;
        if (r <= 0)
            return r < 0 ? pf__from_errno(errno) : PF_EPIPE;
        p += r;
        len -= (size_t)r;
        at += r;
    }
    return 0;
}

/* Read pages [j0, j1) of a shipment straight into place (each lies wholly
 * inside a range and only this shipment has it).  Parent only. */
static int read_into_place(int fd, const uintptr_t *pages, size_t npages,
                           size_t j0, size_t j1)
{
    size_t page = pf__page_size();
    struct iovec iov[IOV_BATCH];
    off_t at = (off_t)(data_offset(npages) + j0 * page);
    while (j0 < j1) {
        int k = 0;
        while (k < IOV_BATCH && j0 + (size_t)k < j1) {
            iov[k] = (struct iovec){(void *)pages[j0 + (size_t)k], page};
            k++;
        }
        ssize_t r = preadv(fd, iov, k, at);
        if (r < 0 && errno == EINTR)
            continue;
        if (r < 0)
            return pf__from_errno(errno);
        if ((size_t)r != (size_t)k * page) {
            for (int q = 0; q < k; q++) {
                int rc = read_all_at(fd, (void *)pages[j0 + (size_t)q], page,
                                     at + (off_t)((size_t)q * page));
                if (rc != 0)
                    return rc;
            }
        }
        j0 += (size_t)k;
        at += (off_t)((size_t)k * page);
    }
    return 0;
}

int pf__ws_merge(pf__writeset_t *ws, const bool *ok, char *why, size_t size)
{
    size_t page = pf__page_size();
    int nslots = ws->nslots;
    size_t *count = calloc((size_t)nslots, sizeof *count);
    uintptr_t **index = calloc((size_t)nslots, sizeof *index);
    page_table_t t = {NULL, 0};
    unsigned char *before = NULL, *scratch = NULL;
    int rc = count && index ? 0 : PF_ENOMEM;
    size_t total = 0;
    int shipping = 0;

    /* 1. Every shipment's page list (header checked). */
    for (int s = 0; rc == 0 && s < nslots; s++) {
        if (!ok[s] || ws->memfd[s] < 0)
            continue;
        ship_header_t h;
        rc = read_all_at(ws->memfd[s], &h, sizeof h, 0);
        if (rc == 0 && h.magic != SHIP_MAGIC)
            rc = PF_ESYS;
        if (rc != 0) {
            snprintf(why, size,
                     "the collected writes of worker %d cannot be "
                     "read back (%s)",
                     s, pf_strerror(rc));
            break;
        }
        count[s] = (size_t)h.npages;
        if (count[s] == 0)
            continue;
        index[s] = malloc(count[s] * sizeof **index);
        rc = index[s] ? read_all_at(ws->memfd[s], index[s],
                                    count[s] * sizeof **index, sizeof h)
                      : PF_ENOMEM;
        total += count[s];
        shipping++;
    }

    /* 2. Pages shipped by several workers, and their content before the
     * merge (taken now, while the parent's memory is as it was). */
    size_t multi = 0;
    if (rc == 0 && shipping > 1) {
        size_t cap = 16;
        while (cap < 2 * total)
            cap *= 2;
        t.cell = calloc(cap, sizeof *t.cell);
        t.mask = cap - 1;
        if (t.cell == NULL)
            rc = PF_ENOMEM;
        for (int s = 0; rc == 0 && s < nslots; s++)
            for (size_t j = 0; j < count[s]; j++) {
                page_cell_t *c = table_find(&t, index[s][j]);
                c->page = index[s][j];
                if (++c->count == 2)
                    multi++;
            }
        if (rc == 0 && multi > 0) {
            before = malloc(multi * page);
            if (before == NULL)
                rc = PF_ENOMEM;
            size_t used = 0;
            for (size_t h = 0; rc == 0 && h <= t.mask; h++)
                if (t.cell[h].count >= 2) {
                    t.cell[h].before = before + used * page;
                    copy_page_raw(t.cell[h].before,
                                  (const unsigned char *)t.cell[h].page, page);
                    used++;
                }
        }
    }
    if (rc == 0) {
        scratch = malloc(page);
        if (scratch == NULL)
            rc = PF_ENOMEM;
    }
    if (rc != 0 && why[0] == '\0')
        snprintf(why, size,
                 "no memory to merge the collected writes (%zu "
                 "pages)",
                 total);

    /* 3. Apply.  From here on nothing fails but a read of a memfd, which
     * holds the pages in memory already. */
    for (int s = 0; rc == 0 && s < nslots; s++) {
        size_t n = count[s], run = 0;
        for (size_t j = 0; rc == 0 && j <= n; j++) {
            bool direct = false;
            const unsigned char *b = NULL;
            if (j < n) {
                uintptr_t p = index[s][j];
                page_cell_t *c = t.cell ? table_find(&t, p) : NULL;
                b = c && c->count >= 2 ? c->before : NULL;
                direct = b == NULL && whole_page_inside(ws, p);
            }
            if (direct)
                continue; /* part of a run read straight into place */
            if (run < j)
                rc = read_into_place(ws->memfd[s], index[s], n, run, j);
            run = j + 1;
            if (rc == 0 && j < n) {
                rc = read_all_at(ws->memfd[s], scratch, page,
                                 (off_t)(data_offset(n) + j * page));
                if (rc == 0)
                    apply_page(ws, index[s][j], scratch, b);
            }
        }
        if (rc != 0)
            snprintf(why, size,
                     "reading back the collected writes of "
                     "worker %d failed (%s)",
                     s, pf_strerror(rc));
    }

    free(scratch);
    free(before);
    free(t.cell);
    if (index)
        for (int s = 0; s < nslots; s++)
            free(index[s]);
    free(index);
    free(count);
    return rc;
}

void pf__ws_release(pf__writeset_t *ws)
{
    if (ws->memfd)
        for (int s = 0; s < ws->nslots; s++)
            if (ws->memfd[s] >= 0)
                pf__close(ws->memfd[s]);
    if (ws->pagemap_fd >= 0)
        pf__close(ws->pagemap_fd);
    free(ws->memfd);
    free(ws->ranges);
    free(ws->snapshot);
    *ws = (pf__writeset_t){0};
    ws->pagemap_fd = -1;
}
