/* loop.c - sharing a loop's iterations among the parent and its workers:
 * the plan, chunks and stretches, commits, supervision decisions (retry
 * or fail), and the final combination of reductions, lastprivate values
 * and collected writes. */
#include <errno.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "loop_internal.h"

typedef __int128 i128;
typedef unsigned __int128 u128;

/* ---- small helpers ---- */

void pf__loop_error(pfc_loop_t *loop, int code, const char *fmt, ...)
{
    if (loop->error != 0)
        return;
    loop->error = code;
    int n = loop->line > 0 ? snprintf(loop->message, sizeof loop->message,
                                      "%s:%d: ", loop->file, loop->line)
                           : snprintf(loop->message, sizeof loop->message,
                                      "%s: ", loop->file);
    if (n < 0 || (size_t)n >= sizeof loop->message)
        n = 0;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(loop->message + n, sizeof loop->message - (size_t)n, fmt, ap);
    va_end(ap);
}

_Noreturn void pf__loop_die(pfc_loop_t *loop)
{
    fflush(stdout);
    fprintf(stderr, "pfor: %s\n", loop->message);
    exit(loop->exit_status > 0 ? loop->exit_status : 1);
}

static unsigned long long value_of(const pfc_loop_t *loop, unsigned long long k)
{
    return loop->head.lo + k * loop->head.step;
}

/* Append the value of one variable (signed or not) at buf[*len];
 * async-signal-safe. */
static void put_number(char *buf, size_t size, size_t *len, bool is_signed,
                       unsigned long long v)
{
    if (is_signed)
        pf__fatal_put_ll(buf, size, len, (long long)v);
    else
        pf__fatal_put_ull(buf, size, len, v);
}

/* Append the loop value(s) of flat iteration k of a space given by its
 * parts (one range, or ndims collapsed dims); async-signal-safe. */
static void put_value_of(bool is_signed, unsigned long long lo,
                         unsigned long long step, int ndims,
                         const pf__dim_t *dims, unsigned long long k,
                         char *buf, size_t size, size_t *len)
{
    if (ndims == 0) {
        put_number(buf, size, len, is_signed, lo + k * step);
        return;
    }
    unsigned long long index[PF__MAX_DIMS], r = k;
    for (int d = ndims - 1; d >= 0; d--) {
        unsigned long long t = dims[d].trips ? dims[d].trips : 1;
        index[d] = r % t;
        r /= t;
    }
    pf__fatal_put(buf, size, len, "(");
    for (int d = 0; d < ndims; d++) {
        const pf__dim_t *dim = &dims[d];
        if (d > 0)
            pf__fatal_put(buf, size, len, ", ");
        put_number(buf, size, len, dim->is_signed,
                   dim->lo + index[d] * dim->step);
    }
    pf__fatal_put(buf, size, len, ")");
}

/* Append the loop value(s) of flat iteration k; async-signal-safe. */
static void put_value(const pfc_loop_t *loop, unsigned long long k, char *buf,
                      size_t size, size_t *len)
{
    put_value_of(loop->is_signed, loop->head.lo, loop->head.step, loop->ndims,
                 loop->dims, k, buf, size, len);
}

void pf__loop_format_value(const pfc_loop_t *loop, unsigned long long k,
                           char *buf, size_t size)
{
    size_t len = 0;
    if (size > 0)
        buf[0] = '\0';
    put_value(loop, k, buf, size, &len);
}

/* The first iteration of unit u (trips for u == units). */
static unsigned long long unit_first(const pfc_loop_t *loop,
                                     unsigned long long u)
{
    if (loop->unit_iters == 1)
        return u < loop->trips ? u : loop->trips;
    u128 k = (u128)u * loop->unit_iters;
    return k < loop->trips ? (unsigned long long)k : loop->trips;
}

void pf__loop_space_of(const pfc_loop_t *loop, pf__loop_space_t *space)
{
    space->file = loop->file;
    space->line = loop->line;
    space->is_signed = loop->is_signed;
    space->per_unit = loop->nreds > 0;
    space->ndims = loop->ndims;
    space->lo = loop->head.lo;
    space->step = loop->head.step;
    space->trips = loop->trips;
    space->unit_iters = loop->unit_iters;
    for (int d = 0; d < loop->ndims; d++)
        space->dims[d] = loop->dims[d];
}

void pf__loop_space_format(const pf__loop_space_t *space, unsigned long long k,
                           char *buf, size_t size)
{
    size_t len = 0;
    if (size > 0)
        buf[0] = '\0';
    put_value_of(space->is_signed, space->lo, space->step, space->ndims,
                 space->dims, k, buf, size, &len);
}

static size_t align_up(size_t n, size_t a)
{
    return (n + a - 1) / a * a;
}

/* ---- descriptor ---- */

/* The last descriptor freed, kept for the next loop (any thread takes
 * it): a serial run of a tiny loop would otherwise pay for an allocation
 * and the clearing of the whole descriptor (its message buffer need not
 * be cleared). */
static _Atomic(pfc_loop_t *) spare;

pfc_loop_t *pf__loop_alloc(const char *file, int line, bool die_on_error)
{
    pfc_loop_t *loop = atomic_exchange(&spare, NULL);
    if (loop != NULL) {
        memset(loop, 0, offsetof(pfc_loop_t, message));
        loop->message[0] = '\0';
    } else {
        loop = calloc(1, sizeof *loop);
        if (loop == NULL)
            return NULL;
    }
    loop->file = file ? file : "?";
    loop->line = line;
    loop->die_on_error = die_on_error;
    loop->cond = true;
    loop->state = PF__LOOP_NEW;
    loop->private_cursor = PF__NO_CURSOR;
    loop->ws.pagemap_fd = -1;
    return loop;
}

void pf__loop_free(pfc_loop_t *loop)
{
    if (loop == NULL)
        return;
    if (loop->fatal_entered)
        pf__fatal_leave(&loop->fatal);
    if (loop->mapped) {
        pf__unmap_shared(loop->cursors, loop->map_size);
    } else if (!loop->team_owned) {
        if (loop->sh != (pf__loop_shared_t *)(void *)loop->serial_sh)
            free(loop->sh);
        free(loop->partials);
        free(loop->lp_buf);
    }
    if (loop->window)
        munmap((void *)loop->window, pf__page_size());
    if (loop->crew.kids)
        pf__crew_free(&loop->crew);
    pf__ws_release(&loop->ws);
    for (int r = 0; r < loop->nreds; r++)
        free(loop->reds[r].initial);
    for (int j = 0; j < loop->nlps; j++)
        free(loop->lps[j].initial);
    free(loop->reds);
    free(loop->lps);
    free(loop->elems);
    free(loop->guided_start);
    if (loop->slot_ok != &loop->serial_ok)
        free(loop->slot_ok);
    pfc_loop_t *none = NULL;
    if (!atomic_compare_exchange_strong(&spare, &none, loop))
        free(loop);
}

/* ---- registration ---- */

int pf__loop_add_reduction(pfc_loop_t *loop, pf_op_t op, pf_type_t type,
                           void *var, size_t count)
{
    if (loop->state != PF__LOOP_NEW)
        return PF_ESTATE;
    const char *o = pf__op_name(op), *t = pf__type_name(type);
    if (o == NULL) {
        pf__loop_error(loop, PF_EINVAL,
                       "pfor loop: reduction with an unknown operator "
                       "(pf_op_t value %d)",
                       (int)op);
        return PF_EINVAL;
    }
    if (t == NULL) {
        pf__loop_error(loop, PF_EINVAL,
                       "pfor loop: reduction '%s' on an unknown type "
                       "(pf_type_t value %d)",
                       o, (int)type);
        return PF_EINVAL;
    }
    if (!pf__op_valid(op, type)) {
        pf__loop_error(loop, PF_EINVAL,
                       "pfor loop: reduction '%s' on %s is not valid "
                       "(bitwise operators need an integer type)",
                       o, t);
        return PF_EINVAL;
    }
    if (var == NULL && count > 0) {
        pf__loop_error(loop, PF_EINVAL,
                       "pfor loop: reduction '%s' on %s has no variable "
                       "(NULL)",
                       o, t);
        return PF_EINVAL;
    }
    size_t elem = pf__type_size(type);
    if (count > SIZE_MAX / elem / 2)
        return PF_ENOMEM;
    unsigned char *initial = malloc(count > 0 ? count * elem : 1);
    pf__reduction_t *r =
        initial ? realloc(loop->reds, (size_t)(loop->nreds + 1) * sizeof *r)
                : NULL;
    if (r == NULL) {
        free(initial);
        return PF_ENOMEM;
    }
    if (count > 0)
        memcpy(initial, var, count * elem);
    loop->reds = r;
    r[loop->nreds] = (pf__reduction_t){op, type, var, count, elem, 0, initial,
                                       {0}};
    if (elem <= sizeof r[loop->nreds].identity)
        pf__red_identity(op, type, r[loop->nreds].identity, 1);
    loop->nreds++;
    return 0;
}

int pf__loop_add_elems(pfc_loop_t *loop, void *base, size_t elem)
{
    if (loop->state != PF__LOOP_NEW)
        return PF_ESTATE;
    if (base == NULL || elem == 0) {
        pf__loop_error(loop, PF_EINVAL,
                       "pfor loop: collected array is NULL "
                       "or has elements of size 0");
        return PF_EINVAL;
    }
    pf__collect_elems_t *c =
        realloc(loop->elems, (size_t)(loop->nelems + 1) * sizeof *c);
    if (c == NULL)
        return PF_ENOMEM;
    loop->elems = c;
    c[loop->nelems++] = (pf__collect_elems_t){(uintptr_t)base, elem};
    loop->collects = true;
    return 0;
}

int pf__loop_add_bytes(pfc_loop_t *loop, void *base, size_t bytes)
{
    if (loop->state != PF__LOOP_NEW)
        return PF_ESTATE;
    if (base == NULL && bytes > 0) {
        pf__loop_error(loop, PF_EINVAL,
                       "pfor loop: collected storage of %zu bytes at NULL",
                       bytes);
        return PF_EINVAL;
    }
    int rc = pf__ws_add(&loop->ws, (uintptr_t)base, bytes);
    if (rc == PF_EINVAL)
        pf__loop_error(loop, rc,
                       "pfor loop: collected storage of %zu bytes at %p "
                       "runs past the end of the address space",
                       bytes, base);
    if (rc == 0 && bytes > 0)
        loop->collects = true;
    return rc;
}

int pf__loop_add_lastprivate(pfc_loop_t *loop, void *var, size_t size)
{
    if (loop->state != PF__LOOP_NEW)
        return PF_ESTATE;
    if (var == NULL || size == 0) {
        pf__loop_error(loop, PF_EINVAL,
                       "pfor loop: lastprivate variable is NULL or has "
                       "size 0");
        return PF_EINVAL;
    }
    unsigned char *initial = malloc(size);
    pf__lastprivate_t *l =
        initial ? realloc(loop->lps, (size_t)(loop->nlps + 1) * sizeof *l)
                : NULL;
    if (l == NULL) {
        free(initial);
        return PF_ENOMEM;
    }
    memcpy(initial, var, size);
    loop->lps = l;
    l[loop->nlps++] = (pf__lastprivate_t){var, size, 0, initial};
    return 0;
}

/* ---- the cursor ---- */

/* Point this process's cursor window at slot s's cell.  Any process, for
 * its own window. */
static void alias_cursor(pfc_loop_t *loop, int s)
{
    if (loop->window == NULL || loop->cursors == NULL)
        return;
    size_t page = pf__page_size();
    void *r = mremap(loop->cursors + (size_t)s * page, 0, page,
                     MREMAP_MAYMOVE | MREMAP_FIXED, (void *)loop->window);
    if (r == MAP_FAILED)
        loop->window_failed = true;
}

static volatile unsigned long long *cursor_cell(const pfc_loop_t *loop, int s)
{
    return (volatile unsigned long long *)(loop->cursors +
                                           (size_t)s * pf__page_size());
}

volatile unsigned long long *pf__loop_cursor(pfc_loop_t *loop)
{
    /* One address in every process: a page that each process maps onto
     * its own slot's cell (see alias_cursor), so a pointer fetched before
     * a fork stays right in the child.  Made on first use: before the
     * start (aliased then), or after it in each process. */
    if (loop->team)
        return pf__team_cursor(loop->team);
    /* A serial run has no other process to see the cell: no window. */
    if (loop->state == PF__LOOP_RUNNING && loop->serial &&
        loop->window == NULL)
        return &loop->private_cursor;
    if (loop->window == NULL) {
        void *w = mmap(NULL, pf__page_size(), PROT_READ | PROT_WRITE,
                       MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (w != MAP_FAILED) {
            loop->window = w;
            if (loop->state == PF__LOOP_RUNNING)
                alias_cursor(loop, loop->slot);
        }
    }
    if (loop->window == NULL || loop->window_failed || loop->cursors == NULL)
        return &loop->private_cursor;
    return loop->window;
}

/* The cursor of slot s as the parent sees it.  Parent only. */
static unsigned long long slot_cursor(const pfc_loop_t *loop, int s)
{
    if (s == 0 &&
        (loop->cursors == NULL || loop->window == NULL || loop->window_failed))
        return loop->private_cursor;
    return loop->cursors ? *cursor_cell(loop, s) : PF__NO_CURSOR;
}

/* Whether the cursor names the iteration a process was on exactly: it
 * moved past the start of its stretch [first, end) (a body that stores it
 * per iteration), or the stretch was one iteration long (generated code
 * stores it once per stretch; a retry runs the failed chunk one unit per
 * stretch). */
static bool cursor_exact(unsigned long long cur, unsigned long long first,
                         unsigned long long end)
{
    return cur != PF__NO_CURSOR && cur >= first && cur < end &&
           (cur > first || end - first == 1);
}

/* The same for stretches of one unit (`iters` iterations) each, some
 * handed out by the inline pfc_loop_next, which leaves the slot's `done`
 * behind: the cursor, anywhere in [first, end), names the iteration when
 * it moved past the start of its unit, or units are one iteration. */
static bool cursor_in_unit(unsigned long long cur, unsigned long long first,
                           unsigned long long end, unsigned long long iters)
{
    return cur != PF__NO_CURSOR && cur >= first && cur < end &&
           (iters == 1 || cur % iters != 0);
}

/* The first iteration of unit u of a published space. */
static unsigned long long space_unit_first(const pf__loop_space_t *space,
                                           unsigned long long u)
{
    u128 k = (u128)u * space->unit_iters;
    return k < space->trips ? (unsigned long long)k : space->trips;
}

void pf__loop_space_describe(const pf__loop_space_t *space,
                             const pf__loop_slot_t *slot,
                             unsigned long long cursor, char *range,
                             size_t range_size, char *at, size_t at_size)
{
    char v1[80], v2[80];
    unsigned long long lo = atomic_load(&slot->claim_lo);
    unsigned long long hi = atomic_load(&slot->claim_hi);
    unsigned long long done = atomic_load(&slot->done);
    unsigned long long k0 = space_unit_first(space, lo);
    unsigned long long k1 = space_unit_first(space, hi);
    at[0] = '\0';
    if (k0 >= k1) {
        snprintf(range, range_size, "before taking any iterations");
        return;
    }
    pf__loop_space_format(space, k0, v1, sizeof v1);
    pf__loop_space_format(space, k1 - 1, v2, sizeof v2);
    snprintf(range, range_size, "running iterations %s to %s", v1, v2);
    unsigned long long first = space_unit_first(space, done);
    unsigned long long end =
        space->per_unit ? space_unit_first(space, done + 1) : k1;
    if (cursor_exact(cursor, first, end) ||
        (space->per_unit &&
         cursor_in_unit(cursor, first, k1, space->unit_iters))) {
        pf__loop_space_format(space, cursor, v1, sizeof v1);
        snprintf(at, at_size, " at iteration %s", v1);
    }
}

/* ---- the parent's own crash (fatal.c calls it in the handler) ---- */

/* "pfor: f.c:12: pfor loop failed: the parent process (pid 1), running
 * iterations 0 to 9, was killed by signal 11 (Segmentation fault) at
 * iteration 5".  Parent only, in fatal.c's handler: async-signal-safe. */
static size_t report_parent(const pf__fatal_scope_t *scope, int sig, char *buf,
                            size_t size)
{
    const pfc_loop_t *loop = scope->arg;
    size_t len = 0;
    unsigned long long lo = loop->pend_lo, hi = loop->pend_hi;
    if (loop->head.end != 0 && loop->head.next > hi) {
        /* A unit handed out inline (pfor_abi.h's pfc_loop_next). */
        lo = loop->head.next - 1;
        hi = loop->head.next;
    }
    unsigned long long first = unit_first(loop, lo);
    unsigned long long end = unit_first(loop, hi);
    pf__fatal_put(buf, size, &len, "pfor: ");
    pf__fatal_put(buf, size, &len, loop->file);
    if (loop->line > 0) {
        pf__fatal_put(buf, size, &len, ":");
        pf__fatal_put_ll(buf, size, &len, loop->line);
    }
    pf__fatal_put(buf, size, &len,
                  ": pfor loop failed: the parent process (pid ");
    pf__fatal_put_ll(buf, size, &len, (long long)getpid());
    pf__fatal_put(buf, size, &len, "), running iterations ");
    if (first < end) {
        put_value(loop, first, buf, size, &len);
        pf__fatal_put(buf, size, &len, " to ");
        put_value(loop, end - 1, buf, size, &len);
    }
    pf__fatal_put(buf, size, &len, ", was killed by signal ");
    pf__fatal_put_ll(buf, size, &len, sig);
    pf__fatal_put(buf, size, &len, " (");
    pf__fatal_put(buf, size, &len, pf__fatal_signal_name(sig));
    pf__fatal_put(buf, size, &len, ")");
    unsigned long long cur = slot_cursor(loop, 0);
    if (cursor_exact(cur, first, end)) {
        pf__fatal_put(buf, size, &len, " at iteration ");
        put_value(loop, cur, buf, size, &len);
    }
    pf__fatal_put(buf, size, &len, "\n");
    return len;
}

/* ---- start ---- */

/* Turn the elements-at-the-loop's-values items into byte ranges: from the
 * lowest value's element to the end of the highest's.  Parent, at the
 * start.  Returns 0 or PF_EINVAL/PF_ENOMEM. */
static int resolve_elems(pfc_loop_t *loop)
{
    if (loop->nelems == 0 || loop->trips == 0)
        return 0;
    if (loop->ndims > 0) {
        pf__loop_error(loop, PF_EINVAL,
                       "pfor loop: storage collected by elements at the "
                       "loop's values needs a one-dimensional loop (collect "
                       "it by bytes)");
        return PF_EINVAL;
    }
    unsigned long long v0 = value_of(loop, 0);
    unsigned long long v1 = value_of(loop, loop->trips - 1);
    i128 a = loop->is_signed ? (i128)(long long)v0 : (i128)v0;
    i128 b = loop->is_signed ? (i128)(long long)v1 : (i128)v1;
    i128 lo = a < b ? a : b, hi = a < b ? b : a;
    for (int c = 0; c < loop->nelems; c++) {
        i128 elem = (i128)loop->elems[c].elem;
        i128 limit = (i128)UINTPTR_MAX / elem;
        i128 start = lo > -limit && lo < limit
                         ? (i128)loop->elems[c].base + lo * elem
                         : -1;
        i128 end = hi + 1 > -limit && hi + 1 < limit
                       ? (i128)loop->elems[c].base + (hi + 1) * elem
                       : -1;
        if (start < 0 || end < start || end > (i128)UINTPTR_MAX) {
            pf__loop_error(loop, PF_EINVAL,
                           "pfor loop: the collected elements at the loop's "
                           "values lie outside the address space");
            return PF_EINVAL;
        }
        int rc = pf__ws_add(&loop->ws, (uintptr_t)start, (size_t)(end - start));
        if (rc != 0)
            return rc;
    }
    return 0;
}

/* Lay out the reduction blocks: fixed by the range and the partials' size
 * only, never by workers or schedule, so the result's bits are too; and
 * the lastprivate record.  Parent, at the start. */
static void plan_units(pfc_loop_t *loop)
{
    unsigned long long trips = loop->trips;
    size_t record = 0;
    for (int r = 0; r < loop->nreds; r++) {
        loop->reds[r].offset = record;
        record +=
            align_up(loop->reds[r].count * loop->reds[r].elem, PF__RED_ALIGN);
    }
    loop->red_record = record;
    if (loop->nreds > 0 && trips > 0) {
        loop->unit_iters = pf__red_block_iters(trips, record);
        loop->units =
            trips / loop->unit_iters + (trips % loop->unit_iters != 0);
    } else {
        loop->unit_iters = 1;
        loop->units = trips;
    }
    size_t lp = 0;
    for (int j = 0; j < loop->nlps; j++) {
        loop->lps[j].offset = lp;
        lp += align_up(loop->lps[j].size, PF__RED_ALIGN);
    }
    loop->lp_record = lp;
}

/* The schedule in force: the clause, PFOR_SCHEDULE for runtime, auto
 * resolved.  Parent, at the start.  Returns 0 or PF_ESCHEDULE. */
static int resolve_schedule(pfc_loop_t *loop, long *chunk)
{
    pfc_schedule_t kind = loop->schedule;
    *chunk = loop->chunk;
    if (kind == PFC_SCHED_RUNTIME) {
        const char *env = pf__env(PF__ENV_SCHEDULE);
        if (env == NULL || *env == '\0') {
            kind = PFC_SCHED_STATIC;
            *chunk = 0;
        } else if (pf__loop_parse_schedule(env, &kind, chunk) != 0) {
            pf__loop_error(loop, PF_ESCHEDULE,
                           "PFOR_SCHEDULE=\"%s\" is malformed (expected "
                           "static, dynamic, guided or auto, optionally "
                           "followed by ,chunk with chunk > 0)",
                           env);
            return PF_ESCHEDULE;
        }
    }
    if (kind == PFC_SCHED_AUTO) {
        /* Reductions: even static blocks (the body is usually uniform
         * and there are at most 4096 blocks); otherwise guided, which
         * balances uneven bodies at a few claims per worker. */
        kind = loop->nreds > 0 ? PFC_SCHED_STATIC : PFC_SCHED_GUIDED;
        *chunk = 0;
    }
    if (kind == PFC_SCHED_DEFAULT)
        kind = PFC_SCHED_STATIC;
    loop->kind = kind;
    loop->even = kind == PFC_SCHED_STATIC && *chunk <= 0;
    return 0;
}

/* Map the state the workers share with the parent (or allocate it
 * privately for a serial run).  Parent, at the start.  Returns 0 or
 * PF_ENOMEM. */
static int map_state(pfc_loop_t *loop)
{
    loop->sh_size = sizeof(pf__loop_shared_t) +
                    (size_t)loop->nslots * sizeof(pf__loop_slot_t);
    loop->partials_size = (size_t)loop->units * loop->red_record;
    if (loop->serial) {
        /* The descriptor holds it (calloc'd: zero). */
        loop->sh = (pf__loop_shared_t *)(void *)loop->serial_sh;
        loop->partials =
            loop->partials_size ? malloc(loop->partials_size) : NULL;
        loop->lp_buf = loop->lp_record ? malloc(loop->lp_record) : NULL;
        return loop->sh == NULL || (loop->partials_size && !loop->partials) ||
                       (loop->lp_record && !loop->lp_buf)
                   ? PF_ENOMEM
                   : 0;
    }
    /* One mapping: a cursor page per slot, the slots, the partials, the
     * lastprivate record, the ledger; populated up front when small, so
     * neither the parent nor the workers take a fault per page. */
    size_t page = pf__page_size();
    size_t sh_at = (size_t)loop->nslots * page;
    size_t partials_at = align_up(sh_at + loop->sh_size, 128);
    size_t lp_at = align_up(partials_at + loop->partials_size, 128);
    size_t ledger_at = align_up(lp_at + loop->lp_record, 128);
    loop->map_size = align_up(
        ledger_at + (size_t)loop->nchunks * sizeof *loop->ledger, page);
    int flags = MAP_SHARED | MAP_ANONYMOUS;
    if (loop->map_size <= PF__POPULATE_MAX)
        flags |= MAP_POPULATE;
    void *m =
        pf__inject_hit(PF__INJECT_MMAP)
            ? MAP_FAILED
            : mmap(NULL, loop->map_size, PROT_READ | PROT_WRITE, flags, -1, 0);
    if (m == MAP_FAILED)
        return PF_ENOMEM;
    loop->mapped = true;
    loop->cursors = m;
    loop->sh = (pf__loop_shared_t *)(loop->cursors + sh_at);
    loop->partials = loop->partials_size ? loop->cursors + partials_at : NULL;
    loop->lp_buf = loop->lp_record ? loop->cursors + lp_at : NULL;
    loop->ledger = (_Atomic uint32_t *)(void *)(loop->cursors + ledger_at);
    for (int s = 0; s < loop->nslots; s++)
        *cursor_cell(loop, s) = PF__NO_CURSOR;
    alias_cursor(loop, 0);
    return 0;
}

/* Fork the worker of slot s, which runs that slot's work from the start
 * (all of it again, for a retry: a dead worker's results are gone).
 * Parent only.  Returns 0 in the parent, 1 in the new worker, or PF_E*
 * (message set). */
static int fork_worker(pfc_loop_t *loop, int s)
{
    pf__loop_slot_t *slot = &loop->sh->slots[s];
    *cursor_cell(loop, s) = PF__NO_CURSOR;
    atomic_store(&slot->finished, 0);
    atomic_store(&slot->ship_error, 0);
    atomic_store(&slot->fell_back, 0);
    atomic_store(&slot->claim_lo, 0);
    atomic_store(&slot->claim_hi, 0);
    atomic_store(&slot->done, 0);
    atomic_store(&slot->committed, 0);
    atomic_store(&slot->work_ns, 0);
    loop->slot_ok[s] = false;
    if (loop->collects) {
        int rc = pf__ws_slot_reset(&loop->ws, s);
        if (rc != 0) {
            pf__loop_error(loop, rc,
                           "pfor loop: no memory file for worker %d's "
                           "collected writes: %s",
                           s, pf_strerror(rc));
            return rc;
        }
    }
    int rc = pf__crew_fork(&loop->crew, s, loop->timeout);
    if (rc < 0) {
        pf__loop_error(loop, rc, "pfor loop could not fork worker %d: %s", s,
                       pf_strerror(rc));
        return rc;
    }
    if (rc == 1) {
        loop->is_worker = true;
        loop->work_t0 = pf__now_ns();
        loop->slot = s;
        pf__fatal_forget();
        loop->fatal_entered = false;
        alias_cursor(loop, s);
        loop->pending = false;
        loop->cur = loop->claim_hi = 0;
        loop->static_j = 0;
        loop->rerun_j = 0;
        /* Every ledger cell a dead predecessor took is run again: all
         * cells are looked at, as a worker killed just after taking one
         * has recorded it nowhere else. */
        loop->rerun_end = loop->kind == PFC_SCHED_STATIC ? 0 : loop->nchunks;
        loop->tracing = false;
        if (loop->collects) {
            pf__ws_worker_begin(&loop->ws);
            if (loop->ws.fell_back)
                atomic_store(&slot->fell_back, 1);
        }
        return 1;
    }
    return 0;
}

/* Whether every reduction of the loop gives the same bits in any order:
 * integer operands (the combination wraps, as the body's arithmetic
 * does); floating-point ones round by the order. */
static bool exact_reductions(const pfc_loop_t *loop)
{
    for (int r = 0; r < loop->nreds; r++)
        if (loop->reds[r].type == PF_TYPE_FLOAT ||
            loop->reds[r].type == PF_TYPE_DOUBLE ||
            loop->reds[r].type == PF_TYPE_LDOUBLE)
            return false;
    return true;
}

/* The head's part of the plan, for pfor_abi.h's inline calls: the units'
 * size and, when every reduction is one 8-byte object (the common case),
 * where each slot's partial goes.  After the partials are placed. */
static void arm_head(pfc_loop_t *loop)
{
    pfc_loop_head_t *h = &loop->head;
    h->next = h->end = 0;
    h->iters = loop->unit_iters;
    h->trips = loop->trips;
    h->partials = loop->partials;
    h->record = loop->red_record;
    h->nfast = 0;
    if (loop->partials == NULL || loop->nreds > PFC_FAST_REDS)
        return;
    for (int r = 0; r < loop->nreds; r++)
        if (loop->reds[r].count != 1 || loop->reds[r].elem != 8)
            return;
    for (int r = 0; r < loop->nreds; r++) {
        h->off[r] = (unsigned)loop->reds[r].offset;
        memcpy(&h->identity[r], loop->reds[r].identity, 8);
    }
    h->nfast = (unsigned)loop->nreds;
}

/* Start a `pfor for` in a member of a forked team: no fork; every member
 * is a participant (slot = member), the team holds the shared state.
 * Returns 0. */
static int start_team_loop(pfc_loop_t *loop)
{
    loop->participants = pf__team_size(loop->team);
    loop->parent_works = true;
    loop->nslots = loop->participants;
    loop->slot = pf__team_me(loop->team);
    loop->serial = false;
    loop->team_owned = true;
    loop->progress_shown = false;
    if (loop->kind != PFC_SCHED_STATIC && pf__loop_plan_chunks(loop) != 0)
        pf__team_fail(loop->team, loop->file, loop->line,
                      "pfor loop: out of memory for its schedule");
    pf__team_loop_begin(loop->team, loop);
    arm_head(loop); /* the partials are in the team's arena */
    loop->state = PF__LOOP_RUNNING;
    return 0;
}

/* The range or the collapsed nest is complete and finite.  Returns 0 or
 * PF_EINVAL / PF_ERANGE (message set).  Parent, at the start. */
static int check_space(pfc_loop_t *loop)
{
    if (!loop->range_set && loop->ndims == 0) {
        pf__loop_error(loop, PF_EINVAL, "pfor loop started without a range");
        return PF_EINVAL;
    }
    for (int d = 0; d < loop->ndims; d++)
        if (!(loop->dims_set >> d & 1)) {
            pf__loop_error(loop, PF_EINVAL,
                           "pfor loop: loop %d of the collapsed nest was "
                           "not given",
                           d + 1);
            return PF_EINVAL;
        }
    if (loop->ndims > 0 && loop->dims_overflow) {
        char t[PF__MAX_DIMS * 24] = "";
        for (int d = 0; d < loop->ndims; d++)
            snprintf(t + strlen(t), sizeof t - strlen(t), "%s%llu",
                     d ? " x " : "", loop->dims[d].trips);
        pf__loop_error(loop, PF_ERANGE,
                       "pfor loop: the collapsed nest has %s iterations, "
                       "more than 2^64 - 1",
                       t);
        return PF_ERANGE;
    }
    return 0;
}

/* The plan: collected ranges, reduction blocks, the schedule and its
 * chunk in units.  Returns 0 or PF_E* (message set).  Parent (or a
 * member, for a team loop), at the start. */
static int plan(pfc_loop_t *loop)
{
    int rc = resolve_elems(loop);
    if (rc != 0)
        return rc;
    loop->collects = loop->ws.nranges > 0;
    plan_units(loop);
    long chunk;
    rc = resolve_schedule(loop, &chunk);
    if (rc != 0)
        return rc;
    unsigned long long c = chunk > 0 ? (unsigned long long)chunk : 1;
    loop->chunk_units = c / loop->unit_iters + (c % loop->unit_iters != 0);
    if (loop->chunk_units == 0)
        loop->chunk_units = 1;
    return 0;
}

/* Who runs it: serially in the caller (no fork: the reasons in
 * docs/loop.md, "Workers and the plan", the adaptive rule among them),
 * or `workers` forked processes with or without the parent.  Returns 0
 * or PF_E* (message set).  Parent, at the start. */
static int choose_participants(pfc_loop_t *loop, long workers)
{
    unsigned long long chunks =
        loop->even ? loop->units
                   : loop->units / loop->chunk_units +
                         (loop->units % loop->chunk_units != 0);
    bool guarded = loop->retries > 0 || loop->timeout > 0;
    /* Inside a region (a member, a team of one) a loop that does not
     * share its iterations with a team runs serially: a nested parallel
     * region of one, as OpenMP runs it. */
    pfc_team_t *region = pf__team_current();
    loop->serial = !loop->cond || pf__is_worker() || chunks == 0 ||
                   loop->forced_serial || region != NULL ||
                   ((workers <= 1 || chunks <= 1) && !guarded);
    if (!loop->serial && !guarded && pf__adapt_decide(loop, workers))
        loop->serial = true;
    if (loop->serial && region != NULL)
        pf__team_note_loop(region, loop);
    if ((unsigned long long)workers > chunks)
        workers = (long)chunks;
    if (workers > PF__MAX_WORKERS)
        workers = PF__MAX_WORKERS;
    if (!loop->serial) {
        /* With collected storage, retries or a timeout the parent only
         * supervises, so its memory stays as it was (docs/loop.md). */
        loop->escalate_ns = 0;
        loop->participants = (int)workers;
        loop->parent_works = !(loop->collects || guarded);
        loop->nslots = loop->participants + (loop->parent_works ? 0 : 1);
        return loop->kind != PFC_SCHED_STATIC ? pf__loop_plan_chunks(loop)
                                              : 0;
    }
    /* Serially: one participant, the caller; what a parallel run would
     * use is kept for a serial start that escalates. */
    loop->par_kind = loop->kind;
    loop->par_even = loop->even;
    loop->par_workers = workers;
    loop->participants = 1;
    loop->parent_works = true;
    loop->nslots = 1;
    loop->kind = PFC_SCHED_STATIC;
    loop->even = true;
    loop->esc_next = loop->esc_cap;
    if (loop->nreds > 0 && exact_reductions(loop) && loop->escalate_ns == 0) {
        /* Integer reductions (and any on bool) come out the same in any
         * order: a serial run needs no blocks, so no call per iteration
         * (a tiny loop's serial run would pay for them). */
        loop->unit_iters = loop->trips;
        loop->units = loop->trips > 0;
    }
    return 0;
}

/* Map the shared state and fork the workers (none for a serial run).
 * Returns 0 in the parent, 1 in a new worker, PF_E* (message set;
 * nothing left running).  Parent, at the start. */
static int start_processes(pfc_loop_t *loop)
{
    if (map_state(loop) != 0)
        return PF_ENOMEM;
    arm_head(loop);
    loop->slot_ok = loop->serial ? &loop->serial_ok
                                 : calloc((size_t)loop->nslots,
                                          sizeof *loop->slot_ok);
    if (loop->slot_ok == NULL)
        return PF_ENOMEM;
    if (!loop->serial) {
        if (pf__crew_init(&loop->crew, loop->nslots) != 0)
            return PF_ENOMEM;
        if (loop->collects && pf__ws_prepare(&loop->ws, loop->nslots) != 0)
            return PF_ENOMEM;
    }
    loop->slot = 0;
    loop->progress_shown = loop->progress && isatty(2);
    if (loop->parent_works && !pf__is_worker()) {
        pf__fatal_install();
        loop->fatal.report = report_parent;
        loop->fatal.arg = loop;
        loop->fatal.crew = loop->serial ? NULL : &loop->crew;
    }
    loop->state = PF__LOOP_RUNNING;
    for (int s = 1; s < loop->nslots; s++) {
        int rc = fork_worker(loop, s);
        if (rc == 1)
            return 1;
        if (rc < 0) {
            pf__crew_kill(&loop->crew);
            loop->state = PF__LOOP_DONE;
            return rc;
        }
    }
    if (!loop->serial)
        loop->work_t0 = pf__now_ns();
    return 0;
}

int pf__loop_start(pfc_loop_t *loop)
{
    if (loop->state != PF__LOOP_NEW) {
        pf__loop_error(loop, PF_ESTATE, "pfor loop started twice");
        return PF_ESTATE;
    }
    loop->state = PF__LOOP_DONE; /* until the start succeeds */
    int rc = check_space(loop);
    if (rc != 0)
        return rc;
    loop->verbose = pf__loop_verbose();
    pf__loop_display_env();
    rc = plan(loop);
    if (rc != 0)
        return rc;
    if (loop->team)
        return start_team_loop(loop);
    long workers = pf__loop_default_workers(loop->workers);
    if (workers < 0) {
        pf__loop_error(loop, PF_EINVAL,
                       "PFOR_WORKERS=\"%s\" is not a positive number",
                       pf__env(PF__ENV_WORKERS));
        return PF_EINVAL;
    }
    rc = choose_participants(loop, workers);
    if (rc == 0)
        rc = start_processes(loop);
    if (rc == PF_ENOMEM)
        pf__loop_error(loop, PF_ENOMEM,
                       "pfor loop: out of memory for its state");
    if (rc < 0)
        loop->state = PF__LOOP_DONE;
    return rc;
}

/* ---- handing out work ---- */

/* This process's slot: in the loop's shared state, or, in a team loop,
 * in the team's header. */
static pf__loop_slot_t *own_slot(pfc_loop_t *loop)
{
    return loop->team ? loop->my_slot : &loop->sh->slots[loop->slot];
}

/* The stretch handed out last is finished: make its results visible (the
 * lastprivate values when it held the last iteration, the slot's
 * progress).  Any participant, for its own slot. */
static void commit(pfc_loop_t *loop)
{
    if (!loop->pending)
        return;
    loop->pending = false;
    if (loop->nlps > 0 && unit_first(loop, loop->pend_hi) == loop->trips)
        for (int j = 0; j < loop->nlps; j++)
            memcpy(loop->lp_buf + loop->lps[j].offset, loop->lps[j].var,
                   loop->lps[j].size);
    pf__loop_slot_t *slot = own_slot(loop);
    unsigned long long n = loop->pend_hi - loop->pend_lo;
    if (loop->progress_shown) {
        atomic_fetch_add_explicit(&loop->sh->units_done, (long long)n,
                                  memory_order_relaxed);
        atomic_fetch_add_explicit(&slot->committed, n, memory_order_relaxed);
    }
    atomic_store_explicit(&slot->done, loop->pend_hi, memory_order_release);
}

/* The calling process's next stretch.  Any participant (a worker, or the
 * parent when it works).  Returns true with [*k, *end), false when its
 * work is done. */
static bool take_stretch(pfc_loop_t *loop, unsigned long long *k,
                         unsigned long long *end)
{
    if (loop->cur >= loop->claim_hi) {
        unsigned long long lo, hi;
        if (!pf__loop_claim(loop, &lo, &hi))
            return false;
        pf__loop_slot_t *slot = own_slot(loop);
        atomic_store_explicit(&slot->claim_lo, lo, memory_order_relaxed);
        atomic_store_explicit(&slot->done, lo, memory_order_relaxed);
        atomic_store_explicit(&slot->claim_hi, hi, memory_order_release);
        loop->tracing = slot->fails > 0 && lo == slot->failed_lo;
        loop->cur = lo;
        loop->claim_hi = hi;
    }
    loop->pending = true;
    loop->pend_lo = loop->cur;
    loop->pend_hi =
        loop->nreds > 0 || loop->tracing ? loop->cur + 1 : loop->claim_hi;
    /* A serial start that may go parallel runs in stretches that double,
     * so that it looks at the clock a few times. */
    if (loop->escalate_ns != 0 && loop->serial &&
        loop->pend_hi - loop->pend_lo > loop->esc_cap)
        loop->pend_hi = loop->pend_lo + loop->esc_cap;
    loop->head.block = loop->cur;
    loop->cur = loop->pend_hi;
    *k = unit_first(loop, loop->pend_lo);
    *end = unit_first(loop, loop->pend_hi);
    return true;
}

/* A worker whose work is done: ship its collected writes, say it
 * finished, leave.  Worker only. */
static _Noreturn void worker_done(pfc_loop_t *loop)
{
    pf__loop_slot_t *slot = &loop->sh->slots[loop->slot];
    atomic_store(&slot->work_ns, pf__now_ns() - loop->work_t0);
    if (loop->collects) {
        int rc = pf__ws_worker_ship(&loop->ws, loop->slot);
        if (rc != 0) {
            atomic_store(&slot->ship_error, rc);
            pf__worker_exit(1);
        }
    }
    atomic_store(&slot->finished, 1);
    pf__worker_exit(0);
}

/* ---- the parent waits ---- */

/* Redraw the progress line on stderr (at most 5 times a second); `last`
 * draws the final 100% and ends the line.  Parent only; only when the
 * progress clause is on and stderr is a terminal. */
static void show_progress(pfc_loop_t *loop, bool last)
{
    if (!loop->progress_shown || loop->is_worker)
        return;
    int64_t now = pf__now_ns();
    long long d = atomic_load(&loop->sh->units_done);
    unsigned long long done = d < 0 ? 0 : (unsigned long long)d;
    if (done > loop->units)
        done = loop->units;
    /* 100% is drawn once, by the last call. */
    if (!last && (now - loop->progress_ns < 200000000 || done >= loop->units))
        return;
    if (last)
        done = loop->units;
    loop->progress_ns = now;
    unsigned long long its = unit_first(loop, done);
    fprintf(stderr, "\rpfor: %s:%d: %3d%% (%llu/%llu iterations)%s", loop->file,
            loop->line,
            loop->trips ? (int)((u128)its * 100 / loop->trips) : 100, its,
            loop->trips, last ? "\n" : "");
    fflush(stderr);
}

/* "worker 1 (pid 42), running iterations 500 to 999, was killed by signal
 * 11 (Segmentation fault) at iteration 777" into buf.  Parent only. */
static void describe_failure(pfc_loop_t *loop, int s, pid_t pid, int status,
                             bool timed_out, char *buf, size_t size)
{
    pf__loop_slot_t *slot = &loop->sh->slots[s];
    char what[256], range[200] = "", at[112] = "", v1[80], v2[80];
    int ship = atomic_load(&slot->ship_error);
    if (ship != 0 && !timed_out)
        snprintf(what, sizeof what,
                 "could not send back its collected writes (%s)",
                 pf_strerror(ship));
    else
        pf__crew_describe(status, timed_out, loop->timeout, what, sizeof what);
    unsigned long long lo = atomic_load(&slot->claim_lo);
    unsigned long long hi = atomic_load(&slot->claim_hi);
    unsigned long long done = atomic_load(&slot->done);
    unsigned long long k0 = unit_first(loop, lo), k1 = unit_first(loop, hi);
    if (ship != 0) {
        snprintf(range, sizeof range, "after finishing its iterations");
    } else if (k0 < k1) {
        pf__loop_format_value(loop, k0, v1, sizeof v1);
        pf__loop_format_value(loop, k1 - 1, v2, sizeof v2);
        snprintf(range, sizeof range, "running iterations %s to %s", v1, v2);
        unsigned long long first = unit_first(loop, done);
        unsigned long long stretch_end =
            loop->nreds > 0 || (slot->fails > 0 && lo == slot->failed_lo)
                ? unit_first(loop, done + 1)
                : k1;
        unsigned long long cur = slot_cursor(loop, s);
        if (cursor_exact(cur, first, stretch_end) ||
            (loop->nreds > 0 &&
             cursor_in_unit(cur, first, k1, loop->unit_iters))) {
            pf__loop_format_value(loop, cur, v1, sizeof v1);
            snprintf(at, sizeof at, " at iteration %s", v1);
        }
    } else {
        snprintf(range, sizeof range, "before taking any iterations");
    }
    snprintf(buf, size, "worker %d (pid %d), %s, %s%s", s, (int)pid, range,
             what, at);
}

/* A worker of slot s ended (status from waitpid, or timed out and
 * killed): accept it, re-run its work on a new worker, or fail the loop.
 * Parent only.  Returns 1 in a new worker, 0 in the parent. */
static int worker_ended(pfc_loop_t *loop, int s, pid_t pid, int status,
                        bool timed_out)
{
    pf__loop_slot_t *slot = &loop->sh->slots[s];
    bool finished = atomic_load(&slot->finished) != 0;
    if (!timed_out && finished &&
        ((WIFEXITED(status) && WEXITSTATUS(status) == 0) ||
         status == PF__STATUS_UNKNOWN)) {
        loop->slot_ok[s] = true;
        if (loop->verbose && atomic_load(&slot->fell_back))
            fprintf(stderr,
                    "pfor: %s:%d: worker %d could not read "
                    "/proc/self/pagemap; it compared a copy of the "
                    "collected storage instead\n",
                    loop->file, loop->line, s);
        return 0;
    }
    if (loop->error != 0)
        return 0;
    char text[640];
    describe_failure(loop, s, pid, status, timed_out, text, sizeof text);
    /* Everything it did is lost: its progress too. */
    atomic_fetch_sub(&loop->sh->units_done,
                     (long long)atomic_load(&slot->committed));
    unsigned long long lo = atomic_load(&slot->claim_lo);
    if (slot->fails > 0 && slot->failed_lo == lo) {
        slot->fails++;
    } else {
        slot->failed_lo = lo;
        slot->fails = 1;
    }
    if (slot->fails <= loop->retries) {
        if (loop->verbose)
            fprintf(stderr,
                    "pfor: %s:%d: %s; running its iterations again on a "
                    "new worker (retry %d of %ld)\n",
                    loop->file, loop->line, text, slot->fails, loop->retries);
        int rc = fork_worker(loop, s);
        return rc == 1;
    }
    if (loop->verbose && timed_out)
        fprintf(stderr, "pfor: %s:%d: %s; no retries left\n", loop->file,
                loop->line, text);
    int used = slot->fails - 1;
    pf__loop_error(loop, timed_out ? PF_ETIMEDOUT : PF_EWORKER,
                   "pfor loop failed: %s; %d retr%s used of %ld", text, used,
                   used == 1 ? "y" : "ies", loop->retries);
    loop->exit_status = pf__crew_exit_status(status, timed_out);
    return 0;
}

/* Wait for every worker to end, re-running failed work when retries
 * allow.  Parent only.  Returns 1 in a new (retry) worker, 0 in the parent
 * once no worker is left (loop->error says whether the loop failed). */
static int supervise(pfc_loop_t *loop)
{
    while (pf__crew_alive(&loop->crew) > 0) {
        show_progress(loop, false);
        int s, status;
        pid_t pid;
        bool timed_out;
        int rc = pf__crew_wait(&loop->crew, loop->progress_shown ? 200 : -1, &s,
                               &pid, &status, &timed_out);
        if (rc < 0) {
            pf__loop_error(loop, rc,
                           "pfor loop: waiting for the workers failed: %s",
                           pf_strerror(rc));
            pf__crew_kill(&loop->crew);
            return 0;
        }
        if (rc == 0)
            continue;
        if (worker_ended(loop, s, pid, status, timed_out) == 1)
            return 1;
        if (loop->error != 0) {
            pf__crew_kill(&loop->crew);
            return 0;
        }
    }
    return 0;
}

static void combine(pfc_loop_t *loop, unsigned char *partials,
                    const unsigned char *initial);

/* After every worker succeeded: merge the collected writes, combine the
 * block partials in a fixed tree order (pairs, then pairs of pairs, ...)
 * and fold the total into each variable's value at registration, set the
 * lastprivate variables.  Parent only.  A failed merge leaves everything
 * as it was (loop->error set). */
static void finish(pfc_loop_t *loop)
{
    if (loop->collects && !loop->serial) {
        char why[256] = "";
        int rc = pf__ws_merge(&loop->ws, loop->slot_ok, why, sizeof why);
        if (rc != 0) {
            pf__loop_error(loop, rc, "pfor loop failed: %s", why);
            return;
        }
    }
    combine(loop, loop->partials, NULL);
}

/* The block partials at `partials` (combined in place) in the fixed tree
 * order (pairs, then pairs of pairs, ...), folded into each variable's
 * value at registration (`initial`: a record laid out like a block's,
 * or NULL for the values this process kept), then the lastprivate
 * values.  Any participant that owns `partials`. */
static void combine(pfc_loop_t *loop, unsigned char *partials,
                    const unsigned char *initial)
{
    size_t rec = loop->red_record;
    unsigned long long b = loop->units;
    if (b > 0)
        for (int r = 0; r < loop->nreds; r++)
            pf__red_tree(loop->reds[r].op, loop->reds[r].type,
                         partials + loop->reds[r].offset, rec,
                         loop->reds[r].count, b);
    for (int r = 0; r < loop->nreds; r++) {
        pf__reduction_t *red = &loop->reds[r];
        if (red->count == 0)
            continue;
        memcpy(red->var, initial ? initial + red->offset : red->initial,
               red->count * red->elem);
        if (b > 0)
            pf__red_combine(red->op, red->type, red->var,
                            partials + red->offset, red->count);
    }
    if (loop->trips > 0)
        for (int j = 0; j < loop->nlps; j++)
            memcpy(loop->lps[j].var, loop->lp_buf + loop->lps[j].offset,
                   loop->lps[j].size);
}

void pf__loop_team_combine(pfc_loop_t *loop)
{
    /* Every member combines the same shared partials: each works on a
     * private copy (the tree combines in place), so the bits are those
     * of the plain loop. */
    static __thread unsigned char *scratch;
    static __thread size_t scratch_size;
    unsigned char *partials = NULL;
    if (loop->nreds > 0 && loop->units > 0) {
        if (scratch_size < loop->partials_size) {
            free(scratch);
            scratch = malloc(loop->partials_size);
            scratch_size = scratch ? loop->partials_size : 0;
            if (scratch == NULL)
                pf__team_fail(loop->team, loop->file, loop->line,
                              "pfor loop: out of memory for combining its "
                              "reductions (%zu bytes)",
                              loop->partials_size);
        }
        memcpy(scratch, loop->partials, loop->partials_size);
        partials = scratch;
    }
    combine(loop, partials, loop->team_initial);
}

/* The loop failed: the reduction and lastprivate variables get their
 * values from before the loop back (the parent's own share may have used
 * them).  Parent only. */
static void undo(pfc_loop_t *loop)
{
    for (int r = 0; r < loop->nreds; r++)
        if (loop->reds[r].count > 0)
            memcpy(loop->reds[r].var, loop->reds[r].initial,
                   loop->reds[r].count * loop->reds[r].elem);
    for (int j = 0; j < loop->nlps; j++)
        memcpy(loop->lps[j].var, loop->lps[j].initial, loop->lps[j].size);
}

/* A serial start has run past its deadline: the units it has not run go
 * to workers, forked now from the parent, which from then on only
 * supervises (its memory, with the serial part's writes, is the state
 * the workers start from and the merge compares against).  The block
 * partials of the serial part move into the shared state.  Parent.
 * Returns 1 in a new worker, 0 in the parent, PF_E* (error set). */
static int escalate(pfc_loop_t *loop)
{
    int64_t now = pf__now_ns();
    unsigned long long done = loop->cur;
    if (loop->fatal_entered) {
        pf__fatal_leave(&loop->fatal);
        loop->fatal_entered = false;
    }
    loop->serial_ns = now - loop->adapt_t0;
    unsigned char *old_partials = loop->partials;
    size_t old_size = loop->partials_size;
    loop->serial = false;
    loop->escalated = true;
    loop->escalate_ns = 0;
    loop->unit_base = done;
    loop->kind = loop->par_kind;
    loop->even = loop->par_even;
    unsigned long long left = loop->units - done;
    unsigned long long chunks =
        loop->even ? left
                   : left / loop->chunk_units + (left % loop->chunk_units != 0);
    long workers = loop->par_workers;
    if ((unsigned long long)workers > chunks)
        workers = (long)chunks;
    if (workers < 1)
        workers = 1;
    loop->participants = (int)workers;
    loop->parent_works = false;
    loop->nslots = loop->participants + 1;
    loop->static_j = 0;
    loop->cur = loop->claim_hi = 0;
    free(loop->lp_buf);
    loop->lp_buf = NULL;
    loop->partials = NULL;
    loop->sh = NULL;
    int rc = 0;
    if (loop->kind != PFC_SCHED_STATIC)
        rc = pf__loop_plan_chunks(loop);
    if (rc == 0)
        rc = map_state(loop);
    if (rc == 0 && old_partials && loop->partials)
        memcpy(loop->partials, old_partials,
               PF__MIN(old_size, (size_t)done * loop->red_record));
    free(old_partials);
    arm_head(loop); /* the partials moved (NULL after a failure) */
    loop->slot_ok = rc == 0 ? calloc((size_t)loop->nslots, sizeof(bool)) : NULL;
    if (loop->slot_ok == NULL ||
        pf__crew_init(&loop->crew, loop->nslots) != 0 ||
        (loop->collects && pf__ws_prepare(&loop->ws, loop->nslots) != 0)) {
        pf__loop_error(loop, PF_ENOMEM,
                       "pfor loop: out of memory for its state");
        return PF_ENOMEM;
    }
    for (int s = 1; s < loop->nslots; s++) {
        rc = fork_worker(loop, s);
        if (rc == 1)
            return 1;
        if (rc < 0) {
            pf__crew_kill(&loop->crew);
            return rc;
        }
    }
    loop->work_t0 = pf__now_ns();
    return 0;
}

/* A serial start reached a point where it looks at the clock: past the
 * deadline it escalates (returns what escalate returns), else the next
 * stretch is twice as long.  Parent. */
static int watch_clock(pfc_loop_t *loop)
{
    if (loop->cur < loop->claim_hi && pf__now_ns() >= loop->escalate_ns)
        return escalate(loop);
    loop->esc_cap = loop->esc_cap > 0 ? 2 * loop->esc_cap : 1;
    loop->esc_next = loop->cur + loop->esc_cap;
    return 0;
}

/* The units pfor_abi.h's inline pfc_loop_next handed out since the
 * library last did join the pending stretch; the window closes. */
static void absorb_inline(pfc_loop_t *loop)
{
    if (loop->head.end == 0)
        return;
    if (loop->head.next > loop->cur)
        loop->pend_hi = loop->cur = loop->head.next;
    loop->head.next = loop->head.end = 0;
}

/* A loop with reductions takes a stretch of one unit at a time: open
 * the window for the inline pfc_loop_next over the rest of the claim (up
 * to the next look at the clock of a serial start), unless the stretch
 * must go through the library (progress, a traced re-run).  Any
 * participant.  The inline units leave the slot's `done` behind: the
 * crash reports name the iteration from the cursor (report_parent,
 * pf__loop_space_describe, describe_failure). */
static void open_inline(pfc_loop_t *loop)
{
    if (loop->nreds == 0 || loop->tracing || loop->progress_shown)
        return;
    unsigned long long end = loop->claim_hi;
    if (loop->escalate_ns != 0 && loop->esc_next < end)
        end = loop->esc_next;
    if (end > loop->cur) {
        loop->head.next = loop->cur;
        loop->head.end = end;
    }
}

int pf__loop_next(pfc_loop_t *loop, unsigned long long *k,
                  unsigned long long *end)
{
    if (loop->state != PF__LOOP_RUNNING)
        return 0;
    absorb_inline(loop);
    commit(loop);
    if (loop->team) {
        if (take_stretch(loop, k, end)) {
            open_inline(loop);
            return 1;
        }
        pf__team_loop_end(loop->team, loop);
        loop->state = PF__LOOP_DONE;
        return 0;
    }
    if (loop->progress_shown)
        show_progress(loop, false);
    if (loop->escalate_ns != 0 && loop->serial && loop->cur >= loop->esc_next &&
        loop->error == 0 && watch_clock(loop) == 1)
        return pf__loop_next(loop, k, end); /* a new worker */
    for (;;) {
        if (loop->error == 0 && (loop->is_worker || loop->parent_works) &&
            take_stretch(loop, k, end)) {
            open_inline(loop);
            /* The parent runs iterations from here until it has no more:
             * its crash handler's scope (entered once, not per stretch:
             * a serial run of a tiny loop pays for every call). */
            if (!loop->is_worker && loop->fatal.report &&
                !loop->fatal_entered) {
                pf__fatal_enter(&loop->fatal);
                loop->fatal_entered = true;
            }
            return 1;
        }
        if (loop->fatal_entered) {
            pf__fatal_leave(&loop->fatal);
            loop->fatal_entered = false;
        }
        if (loop->is_worker)
            worker_done(loop);
        if (loop->parent_works && !loop->serial && !loop->work_noted) {
            atomic_store(&loop->sh->slots[0].work_ns,
                         pf__now_ns() - loop->work_t0);
            loop->work_noted = true;
        }
        if (!loop->serial && supervise(loop) == 1)
            continue; /* a retry worker: take the failed slot's work */
        if (loop->error == 0)
            finish(loop);
        if (loop->error == 0) {
            show_progress(loop, true);
            if (loop->adapt)
                pf__adapt_record(loop);
        } else {
            undo(loop);
            if (loop->progress_shown)
                fputc('\n', stderr);
        }
        loop->state = PF__LOOP_DONE;
        return 0;
    }
}

int pf__loop_end(pfc_loop_t *loop)
{
    if (loop->fatal_entered) {
        pf__fatal_leave(&loop->fatal);
        loop->fatal_entered = false;
    }
    if (loop->state == PF__LOOP_RUNNING && !loop->is_worker) {
        pf__loop_error(loop, PF_ESTATE,
                       "pfor loop ended before its work was done");
        if (!loop->serial)
            pf__crew_kill(&loop->crew);
        undo(loop);
        loop->state = PF__LOOP_DONE;
    }
    return loop->error;
}
