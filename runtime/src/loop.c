/* loop.c - the loop engine: fork-join parallel loops; the pfc_ calls that
 * pforc's generated code makes (pfor_abi.h). */
#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include "loop_internal.h"

typedef unsigned __int128 u128;

/* waitpid found no such child: SIGCHLD is ignored and the kernel reaped
 * it. */
#define PF__STATUS_UNKNOWN (-1)

/* ---- small helpers ---- */

/* Record the loop's first failure: code and message (later ones are
 * dropped, the first is the cause). */
static void set_error(pfc_loop_t *loop, int code, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
static void set_error(pfc_loop_t *loop, int code, const char *fmt, ...)
{
    if (loop->error != 0)
        return;
    loop->error = code;
    int n = snprintf(loop->message, sizeof loop->message, "%s:%d: ", loop->file,
                     loop->line);
    if (n < 0 || (size_t)n >= sizeof loop->message)
        n = 0;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(loop->message + n, sizeof loop->message - (size_t)n, fmt, ap);
    va_end(ap);
}

/* Stop the program the way generated code fails: a message naming the
 * loop on stderr, exit status 1. */
static _Noreturn void die(pfc_loop_t *loop)
{
    fflush(stdout);
    fprintf(stderr, "pfor: %s\n", loop->message);
    exit(1);
}

static unsigned long long value_of(const pfc_loop_t *loop, unsigned long long k)
{
    return loop->head.lo + k * loop->head.step;
}

/* The loop value of iteration k as text, in the variable's signedness. */
static void format_value(const pfc_loop_t *loop, unsigned long long k,
                         char *buf, size_t size)
{
    unsigned long long v = value_of(loop, k);
    if (loop->is_signed)
        snprintf(buf, size, "%lld", (long long)v);
    else
        snprintf(buf, size, "%llu", v);
}

/* Iterations [k, end) of units [lo, hi). */
static unsigned long long unit_first(const pfc_loop_t *loop,
                                     unsigned long long u)
{
    u128 k = (u128)u * loop->unit_iters;
    return k < loop->trips ? (unsigned long long)k : loop->trips;
}

static int participant_of(const pfc_loop_t *loop, int slot)
{
    return loop->parent_works ? slot : slot - 1;
}

static size_t align_up(size_t n, size_t a)
{
    return (n + a - 1) / a * a;
}

static int pidfd_open_compat(pid_t pid)
{
#ifdef SYS_pidfd_open
    return (int)syscall(SYS_pidfd_open, pid, 0);
#else
    (void)pid;
    errno = ENOSYS;
    return -1;
#endif
}

/* ---- descriptor ---- */

static pfc_loop_t *loop_alloc(const char *file, int line)
{
    pfc_loop_t *loop = calloc(1, sizeof *loop);
    if (loop == NULL)
        return NULL;
    loop->file = file ? file : "?";
    loop->line = line;
    loop->cond = true;
    loop->state = PF__LOOP_NEW;
    return loop;
}

static void release(pfc_loop_t *loop)
{
    if (loop->mapped) {
        pf__unmap_shared(loop->cursors, loop->map_size);
    } else {
        free(loop->sh);
        free(loop->partials);
    }
    loop->sh = NULL;
    loop->partials = NULL;
    loop->cursors = NULL;
    for (int c = 0; c < loop->ncols; c++)
        if (loop->cols[c].staging)
            munmap(loop->cols[c].staging, loop->cols[c].staging_size);
    if (loop->window)
        munmap((void *)loop->window, pf__page_size());
    loop->window = NULL;
    free(loop->reds);
    free(loop->cols);
    free(loop->pids);
    free(loop->pidfds);
    free(loop->deadline_ns);
    free(loop->parent_bits);
    free(loop);
}

/* ---- workers ---- */

/* Kill every live worker with SIGKILL and reap it.  Parent only. */
static void kill_workers(pfc_loop_t *loop)
{
    for (int s = 1; s < loop->nslots; s++)
        if (loop->pids && loop->pids[s] > 0)
            kill(loop->pids[s], SIGKILL);
    for (int s = 1; s < loop->nslots; s++) {
        if (loop->pids == NULL || loop->pids[s] <= 0)
            continue;
        while (waitpid(loop->pids[s], NULL, 0) < 0 && errno == EINTR)
            ;
        loop->pids[s] = 0;
        if (loop->pidfds[s] >= 0)
            pf__close(loop->pidfds[s]);
        loop->pidfds[s] = -1;
    }
}

/* Point this process's cursor window at slot s's cell. */
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

static volatile unsigned long long *cursor_cell(pfc_loop_t *loop, int s)
{
    return (volatile unsigned long long *)(loop->cursors +
                                           (size_t)s * pf__page_size());
}

/* Fork the worker of slot s, which resumes that slot's work where it
 * stopped (nothing, for a fresh slot).  Parent only.  Returns 0 in the
 * parent, 1 in the new worker, or PF_E* when fork failed. */
static int fork_worker(pfc_loop_t *loop, int s)
{
    pf__loop_slot_t *slot = &loop->sh->slots[s];
    *cursor_cell(loop, s) = PF__NO_CURSOR;
    atomic_store(&slot->finished, 0);
    pid_t pid = pf__fork(PF__FORK_WORKER);
    if (pid < 0)
        return (int)pid;
    if (pid == 0) {
        loop->is_worker = true;
        loop->slot = s;
        loop->tracing = slot->fails > 0;
        for (int j = 1; j < loop->nslots; j++)
            if (loop->pidfds[j] >= 0) {
                close(loop->pidfds[j]);
                loop->pidfds[j] = -1;
            }
        alias_cursor(loop, s);
        loop->pending = false;
        loop->cur = atomic_load(&slot->done);
        loop->claim_hi = atomic_load(&slot->claim_hi);
        if (loop->cur > loop->claim_hi)
            loop->cur = loop->claim_hi;
        loop->static_j = atomic_load(&slot->static_next);
        return 1;
    }
    loop->pids[s] = pid;
    loop->pidfds[s] = pidfd_open_compat(pid);
    loop->deadline_ns[s] =
        loop->timeout > 0 ? pf__deadline_in(loop->timeout).ns : INT64_MAX;
    return 0;
}

/* ---- start ---- */

/* Decide units, schedule and participants; map the shared state; fork
 * the workers.  Parent only (in the new workers it returns 1 after the
 * fork).  Returns 0 in the parent, 1 in a worker, or PF_E*. */
static int loop_start(pfc_loop_t *loop)
{
    if (loop->state != PF__LOOP_NEW)
        return PF_ESTATE;
    if (!loop->range_set) {
        set_error(loop, PF_EINVAL, "pfor loop started without a range");
        return PF_EINVAL;
    }
    loop->state = PF__LOOP_RUNNING;
    unsigned long long trips = loop->trips;

    /* Reduction blocks: fixed by the range and the partials' size only,
     * never by workers or schedule, so the result's bits are too. */
    size_t record = 0;
    for (int r = 0; r < loop->nreds; r++) {
        loop->reds[r].offset = record;
        record +=
            align_up(loop->reds[r].count * loop->reds[r].elem, PF__RED_ALIGN);
    }
    loop->red_record = record;
    if (loop->nreds > 0 && trips > 0) {
        unsigned long long blocks = PF__RED_MAX_BLOCKS;
        if (record > 0 && PF__RED_BUDGET / record < blocks)
            blocks = PF__RED_BUDGET / record;
        if (blocks < 1)
            blocks = 1;
        if (blocks > trips)
            blocks = trips;
        loop->unit_iters = trips / blocks + (trips % blocks != 0);
        loop->units =
            trips / loop->unit_iters + (trips % loop->unit_iters != 0);
    } else {
        loop->unit_iters = 1;
        loop->units = trips;
    }

    /* Schedule. */
    pfc_schedule_t kind = loop->schedule;
    long chunk = loop->chunk;
    if (kind == PFC_SCHED_RUNTIME) {
        const char *env = getenv("PFOR_SCHEDULE");
        if (env == NULL || *env == '\0') {
            kind = PFC_SCHED_STATIC;
            chunk = 0;
        } else if (pf__loop_parse_schedule(env, &kind, &chunk) != 0) {
            set_error(loop, PF_ESCHEDULE,
                      "PFOR_SCHEDULE=\"%s\" is malformed (expected "
                      "static, dynamic or guided, optionally followed by "
                      ",chunk with chunk > 0)",
                      env);
            loop->state = PF__LOOP_DONE;
            return PF_ESCHEDULE;
        }
    }
    if (kind == PFC_SCHED_DEFAULT)
        kind = PFC_SCHED_STATIC;
    loop->kind = kind;
    loop->even = kind == PFC_SCHED_STATIC && chunk <= 0;
    unsigned long long c = chunk > 0 ? (unsigned long long)chunk : 1;
    loop->chunk_units = c / loop->unit_iters + (c % loop->unit_iters != 0);
    if (loop->chunk_units == 0)
        loop->chunk_units = 1;

    /* Participants. */
    long workers = pf__loop_default_workers(loop->workers);
    if (workers < 0) {
        set_error(loop, PF_EINVAL,
                  "PFOR_WORKERS=\"%s\" is not a positive number",
                  getenv("PFOR_WORKERS"));
        loop->state = PF__LOOP_DONE;
        return PF_EINVAL;
    }
    unsigned long long chunks =
        loop->even ? loop->units
                   : loop->units / loop->chunk_units +
                         (loop->units % loop->chunk_units != 0);
    bool serial = !loop->cond || pf__is_worker() || chunks == 0 ||
                  (workers <= 1 && loop->timeout <= 0);
    if (chunks > 0 && (unsigned long long)workers > chunks)
        workers = (long)chunks;
    if (chunks <= 1 && loop->timeout <= 0)
        serial = true;
    loop->serial = serial;
    if (serial) {
        loop->participants = 1;
        loop->parent_works = true;
        loop->nslots = 1;
        loop->kind = PFC_SCHED_STATIC;
        loop->even = true;
    } else {
        loop->participants = (int)(workers > 4096 ? 4096 : workers);
        loop->parent_works = !(loop->timeout > 0);
        loop->nslots = loop->participants + (loop->parent_works ? 0 : 1);
    }

    /* State the workers share with the parent. */
    size_t page = pf__page_size();
    loop->sh_size = sizeof(pf__loop_shared_t) +
                    (size_t)loop->nslots * sizeof(pf__loop_slot_t);
    loop->partials_size = (size_t)loop->units * record;
    if (serial) {
        loop->sh = aligned_alloc(128, align_up(loop->sh_size, 128));
        if (loop->sh)
            memset(loop->sh, 0, loop->sh_size);
        loop->partials =
            loop->partials_size ? malloc(loop->partials_size) : NULL;
        if (loop->sh == NULL || (loop->partials_size && !loop->partials))
            goto nomem;
    } else {
        /* One mapping: a cursor page per slot, the slots, the partials;
         * populated up front when small, so neither the parent nor the
         * workers take a fault per page on the way. */
        size_t cursors = (size_t)loop->nslots * page;
        size_t sh_at = cursors;
        size_t partials_at = align_up(sh_at + loop->sh_size, 128);
        loop->map_size = align_up(partials_at + loop->partials_size, page);
        int flags = MAP_SHARED | MAP_ANONYMOUS;
        if (loop->map_size <= PF__POPULATE_MAX)
            flags |= MAP_POPULATE;
        void *m =
            mmap(NULL, loop->map_size, PROT_READ | PROT_WRITE, flags, -1, 0);
        if (m == MAP_FAILED)
            goto nomem;
        loop->mapped = true;
        loop->cursors = m;
        loop->sh = (pf__loop_shared_t *)(loop->cursors + sh_at);
        loop->partials =
            loop->partials_size ? loop->cursors + partials_at : NULL;
        for (int s = 0; s < loop->nslots; s++)
            *cursor_cell(loop, s) = PF__NO_CURSOR;
        alias_cursor(loop, 0);
        for (int ci = 0; ci < loop->ncols; ci++) {
            pf__collect_t *col = &loop->cols[ci];
            if ((u128)trips * col->elem > (u128)SIZE_MAX / 2)
                goto nomem;
            col->staging_size = (size_t)trips * col->elem;
            void *p = mmap(NULL, col->staging_size, PROT_READ | PROT_WRITE,
                           MAP_SHARED | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
            if (p == MAP_FAILED)
                goto nomem;
            col->staging = p;
        }
        if (loop->ncols > 0 && loop->parent_works) {
            loop->parent_bits =
                calloc((size_t)(loop->units / 64 + 1), sizeof(uint64_t));
            if (loop->parent_bits == NULL)
                goto nomem;
        }
        loop->pids = calloc((size_t)loop->nslots, sizeof(pid_t));
        loop->pidfds = malloc((size_t)loop->nslots * sizeof(int));
        loop->deadline_ns = calloc((size_t)loop->nslots, sizeof(int64_t));
        if (!loop->pids || !loop->pidfds || !loop->deadline_ns)
            goto nomem;
        for (int s = 0; s < loop->nslots; s++)
            loop->pidfds[s] = -1;
    }
    loop->slot = 0;
    loop->progress_shown = loop->progress && isatty(2);

    if (!serial) {
        for (int s = 1; s < loop->nslots; s++) {
            int rc = fork_worker(loop, s);
            if (rc == 1)
                return 1;
            if (rc < 0) {
                set_error(loop, rc, "pfor loop could not fork worker %d: %s", s,
                          pf_strerror(rc));
                kill_workers(loop);
                loop->state = PF__LOOP_DONE;
                return rc;
            }
        }
    }
    return 0;

nomem:
    set_error(loop, PF_ENOMEM, "pfor loop: out of memory for its state");
    loop->state = PF__LOOP_DONE;
    return PF_ENOMEM;
}

/* ---- handing out work ---- */

static void mark_parent_units(pfc_loop_t *loop, unsigned long long lo,
                              unsigned long long hi)
{
    uint64_t *bits = loop->parent_bits;
    while (lo < hi && (lo & 63) != 0) {
        bits[lo / 64] |= 1ULL << (lo & 63);
        lo++;
    }
    while (hi - lo >= 64) {
        bits[lo / 64] = ~0ULL;
        lo += 64;
    }
    while (lo < hi) {
        bits[lo / 64] |= 1ULL << (lo & 63);
        lo++;
    }
}

static bool parent_ran(const pfc_loop_t *loop, unsigned long long u)
{
    return loop->parent_bits &&
           (loop->parent_bits[u / 64] >> (u & 63) & 1) != 0;
}

/* Copy the collected elements of iterations [k, end) between the
 * process's arrays and the staging (to_staging: worker side). */
static void copy_collected(pfc_loop_t *loop, unsigned long long k,
                           unsigned long long end, bool to_staging)
{
    for (int c = 0; c < loop->ncols; c++) {
        pf__collect_t *col = &loop->cols[c];
        size_t es = col->elem;
        if (loop->head.step == 1) {
            unsigned char *a =
                (unsigned char *)((uintptr_t)col->base +
                                  (uintptr_t)(value_of(loop, k) * es));
            unsigned char *s = col->staging + (size_t)k * es;
            size_t n = (size_t)(end - k) * es;
            if (to_staging)
                memcpy(s, a, n);
            else
                memcpy(a, s, n);
            continue;
        }
        for (unsigned long long j = k; j < end; j++) {
            unsigned char *a =
                (unsigned char *)((uintptr_t)col->base +
                                  (uintptr_t)(value_of(loop, j) * es));
            unsigned char *s = col->staging + (size_t)j * es;
            if (to_staging)
                memcpy(s, a, es);
            else
                memcpy(a, s, es);
        }
    }
}

/* The stretch handed out last is finished: make its results visible
 * (worker: collected elements to the staging, then the slot's progress;
 * parent: remember which units it ran itself). */
static void commit(pfc_loop_t *loop)
{
    if (!loop->pending)
        return;
    loop->pending = false;
    if (loop->progress_shown)
        atomic_fetch_add_explicit(&loop->sh->units_done,
                                  loop->pend_hi - loop->pend_lo,
                                  memory_order_relaxed);
    if (loop->serial)
        return;
    if (loop->is_worker) {
        if (loop->ncols > 0)
            copy_collected(loop, unit_first(loop, loop->pend_lo),
                           unit_first(loop, loop->pend_hi), true);
        atomic_store_explicit(&loop->sh->slots[loop->slot].done, loop->pend_hi,
                              memory_order_release);
    } else if (loop->parent_bits) {
        mark_parent_units(loop, loop->pend_lo, loop->pend_hi);
    }
}

/* The calling process's next stretch.  Returns true with [*k, *end). */
static bool take_stretch(pfc_loop_t *loop, unsigned long long *k,
                         unsigned long long *end)
{
    if (loop->cur >= loop->claim_hi) {
        unsigned long long lo, hi;
        if (!pf__loop_claim(loop, participant_of(loop, loop->slot), &lo, &hi))
            return false;
        pf__loop_slot_t *slot = &loop->sh->slots[loop->slot];
        atomic_store_explicit(&slot->claim_lo, lo, memory_order_relaxed);
        atomic_store_explicit(&slot->done, lo, memory_order_relaxed);
        atomic_store_explicit(&slot->claim_hi, hi, memory_order_relaxed);
        atomic_store_explicit(&slot->static_next, loop->static_j,
                              memory_order_release);
        /* Counted only once recorded: a worker killed between taking a
         * chunk from the counter and recording it leaves the sum short,
         * and the parent fails the loop rather than miss iterations. */
        if (loop->kind != PFC_SCHED_STATIC)
            atomic_fetch_add(&slot->claimed, hi - lo);
        slot->fails = 0;
        loop->tracing = false;
        loop->cur = lo;
        loop->claim_hi = hi;
    }
    loop->pending = true;
    loop->pend_lo = loop->cur;
    loop->pend_hi =
        loop->nreds > 0 || loop->tracing ? loop->cur + 1 : loop->claim_hi;
    loop->block = loop->cur;
    loop->cur = loop->pend_hi;
    *k = unit_first(loop, loop->pend_lo);
    *end = unit_first(loop, loop->pend_hi);
    return true;
}

/* ---- the parent waits ---- */

/* Redraw the progress line on stderr (at most 5 times a second, unless
 * `last`).  Parent only; only when the progress clause is on and stderr is
 * a terminal. */
static void show_progress(pfc_loop_t *loop, bool last)
{
    if (!loop->progress_shown || loop->is_worker)
        return;
    int64_t now = pf__now_ns();
    if (!last && now - loop->progress_ns < 200000000)
        return;
    loop->progress_ns = now;
    unsigned long long done = atomic_load(&loop->sh->units_done);
    if (done > loop->units)
        done = loop->units;
    unsigned long long its = unit_first(loop, done);
    fprintf(stderr, "\rpfor: %s:%d: %3d%% (%llu/%llu iterations)%s", loop->file,
            loop->line,
            loop->trips ? (int)((u128)its * 100 / loop->trips) : 100, its,
            loop->trips, last ? "\n" : "");
    fflush(stderr);
}

/* A worker of slot s ended (status from waitpid, or timed out and
 * killed): accept it, re-run its work on a new worker, or fail the loop.
 * Returns 1 in a new worker, 0 otherwise. */
static int worker_ended(pfc_loop_t *loop, int s, int status, bool timed_out)
{
    pf__loop_slot_t *slot = &loop->sh->slots[s];
    pid_t pid = loop->pids[s];
    loop->pids[s] = 0;
    if (loop->pidfds[s] >= 0)
        pf__close(loop->pidfds[s]);
    loop->pidfds[s] = -1;
    if (!timed_out &&
        ((WIFEXITED(status) && WEXITSTATUS(status) == 0) ||
         status == PF__STATUS_UNKNOWN) &&
        atomic_load(&slot->finished))
        return 0;
    if (loop->error == 0 && slot->fails < loop->retries) {
        slot->fails++;
        int rc = fork_worker(loop, s);
        if (rc != 0 && rc != 1)
            set_error(loop, rc,
                      "pfor loop could not fork a worker to "
                      "retry: %s",
                      pf_strerror(rc));
        return rc == 1;
    }
    if (loop->error != 0)
        return 0;

    /* No retries left: say exactly what happened. */
    char what[160], range[128], at[96] = "", v1[32], v2[32];
    if (timed_out)
        snprintf(what, sizeof what,
                 "ran past the loop's timeout of %g s "
                 "and was killed",
                 loop->timeout);
    else if (status == PF__STATUS_UNKNOWN)
        snprintf(what, sizeof what,
                 "ended before finishing its "
                 "iterations (status unknown: SIGCHLD "
                 "is ignored)");
    else if (WIFSIGNALED(status))
        snprintf(what, sizeof what, "was killed by signal %d (%s)",
                 WTERMSIG(status), strsignal(WTERMSIG(status)));
    else if (WIFEXITED(status) && WEXITSTATUS(status) != 0)
        snprintf(what, sizeof what, "exited with status %d",
                 WEXITSTATUS(status));
    else
        snprintf(what, sizeof what,
                 "exited with status 0 before finishing its iterations");
    unsigned long long lo = atomic_load(&slot->claim_lo);
    unsigned long long hi = atomic_load(&slot->claim_hi);
    unsigned long long done = atomic_load(&slot->done);
    unsigned long long k0 = unit_first(loop, lo), k1 = unit_first(loop, hi);
    if (k0 < k1) {
        format_value(loop, k0, v1, sizeof v1);
        format_value(loop, k1 - 1, v2, sizeof v2);
        snprintf(range, sizeof range, "running iterations %s to %s", v1, v2);
    } else {
        snprintf(range, sizeof range, "before taking any iterations");
    }
    /* The cursor names the iteration exactly when it moved past the start
     * of the stretch (a body that stores it per iteration) or when the
     * stretch was one iteration long (generated code stores it once per
     * stretch; a retry runs the failed chunk one iteration at a time). */
    unsigned long long cur = *cursor_cell(loop, s);
    unsigned long long first = unit_first(loop, done);
    unsigned long long stretch_end =
        loop->nreds > 0 || slot->fails > 0 ? unit_first(loop, done + 1) : k1;
    if (cur != PF__NO_CURSOR && cur >= first && cur < k1 &&
        (cur > first || stretch_end - first == 1)) {
        format_value(loop, cur, v1, sizeof v1);
        snprintf(at, sizeof at, " at iteration %s", v1);
    }
    set_error(loop, timed_out ? PF_ETIMEDOUT : PF_EWORKER,
              "pfor loop failed: worker %d (pid %d), %s, %s%s; "
              "%d retr%s used of %ld",
              s, (int)pid, range, what, at, slot->fails,
              slot->fails == 1 ? "y" : "ies", loop->retries);
    return 0;
}

/* Wait for every worker to end, re-running failed work when retries
 * allow.  Parent only.  Returns 1 in a new (retry) worker, 0 in the parent
 * once no worker is left (loop->error says whether the loop failed). */
static int supervise(pfc_loop_t *loop)
{
    struct pollfd fds[loop->nslots];
    for (;;) {
        int n = 0, alive = 0;
        bool fallback = false;
        int64_t next_deadline = INT64_MAX;
        for (int s = 1; s < loop->nslots; s++) {
            if (loop->pids[s] <= 0)
                continue;
            alive++;
            if (loop->deadline_ns[s] < next_deadline)
                next_deadline = loop->deadline_ns[s];
            if (loop->pidfds[s] >= 0) {
                fds[n].fd = loop->pidfds[s];
                fds[n].events = POLLIN;
                fds[n].revents = 0;
                n++;
            } else {
                fallback = true;
            }
        }
        if (alive == 0)
            return 0;
        int ms = pf__deadline_poll_ms((pf__deadline_t){next_deadline});
        if (fallback && (ms < 0 || ms > 5))
            ms = 5;
        if (loop->progress_shown && (ms < 0 || ms > 200))
            ms = 200;
        show_progress(loop, false);
        int rc = poll(fds, (nfds_t)n, ms);
        if (rc < 0 && errno != EINTR && errno != EAGAIN) {
            set_error(loop, pf__from_errno(errno),
                      "pfor loop: waiting for the workers failed: %s",
                      strerror(errno));
            kill_workers(loop);
            return 0;
        }
        int64_t now = pf__now_ns();
        for (int s = 1; s < loop->nslots; s++) {
            if (loop->pids[s] <= 0)
                continue;
            int status = 0;
            pid_t r = waitpid(loop->pids[s], &status, WNOHANG);
            if (r < 0 && errno == ECHILD)
                status = PF__STATUS_UNKNOWN; /* SIGCHLD ignored: reaped */
            if (r == loop->pids[s] || status == PF__STATUS_UNKNOWN) {
                if (worker_ended(loop, s, status, false))
                    return 1;
            } else if (loop->deadline_ns[s] <= now) {
                kill(loop->pids[s], SIGKILL);
                while (waitpid(loop->pids[s], &status, 0) < 0 && errno == EINTR)
                    ;
                if (worker_ended(loop, s, status, true))
                    return 1;
            }
            if (loop->error != 0) {
                kill_workers(loop);
                return 0;
            }
        }
    }
}

/* Combine the block partials in a fixed tree order (pairs, then pairs of
 * pairs, ...) and fold the total into each variable; copy collected
 * elements back.  Parent only, after every worker succeeded. */
static void finish(pfc_loop_t *loop)
{
    if (loop->nreds > 0 && loop->units > 0) {
        size_t rec = loop->red_record;
        unsigned long long b = loop->units;
        for (unsigned long long w = 1; w < b; w *= 2)
            for (unsigned long long j = 0; j + w < b; j += 2 * w)
                for (int r = 0; r < loop->nreds; r++) {
                    pf__reduction_t *red = &loop->reds[r];
                    pf__red_combine(red->op, red->type,
                                    loop->partials + j * rec + red->offset,
                                    loop->partials + (j + w) * rec +
                                        red->offset,
                                    red->count);
                }
        for (int r = 0; r < loop->nreds; r++) {
            pf__reduction_t *red = &loop->reds[r];
            pf__red_combine(red->op, red->type, red->var,
                            loop->partials + red->offset, red->count);
        }
    }
    if (loop->ncols > 0 && !loop->serial) {
        unsigned long long u = 0;
        while (u < loop->units) {
            while (u < loop->units && parent_ran(loop, u))
                u++;
            unsigned long long a = u;
            while (u < loop->units && !parent_ran(loop, u))
                u++;
            if (a < u)
                copy_collected(loop, unit_first(loop, a), unit_first(loop, u),
                               false);
        }
    }
}

/* See pfc_loop_next. */
static int loop_next(pfc_loop_t *loop, unsigned long long *k,
                     unsigned long long *end)
{
    if (loop->state != PF__LOOP_RUNNING)
        return 0;
    commit(loop);
    show_progress(loop, false);
    for (;;) {
        /* With a timeout the parent only supervises: it is no participant
         * and must take no work (its results would not be collected). */
        if (loop->error == 0 && (loop->is_worker || loop->parent_works) &&
            take_stretch(loop, k, end))
            return 1;
        if (loop->is_worker) {
            atomic_store(&loop->sh->slots[loop->slot].finished, 1);
            pf__worker_exit(0);
        }
        if (!loop->serial && supervise(loop) == 1)
            continue; /* a retry worker: take the failed slot's work */
        if (loop->error == 0 && !loop->serial &&
            loop->kind != PFC_SCHED_STATIC) {
            unsigned long long claimed = 0;
            for (int s = 0; s < loop->nslots; s++)
                claimed += atomic_load(&loop->sh->slots[s].claimed);
            if (claimed != loop->units)
                set_error(loop, PF_EWORKER,
                          "pfor loop failed: a worker was killed while "
                          "taking a chunk, so %llu of %llu iterations "
                          "cannot be accounted for",
                          unit_first(loop, loop->units - claimed), loop->trips);
        }
        if (loop->error == 0) {
            finish(loop);
            show_progress(loop, true);
        } else if (loop->progress_shown) {
            fputc('\n', stderr);
        }
        loop->state = PF__LOOP_DONE;
        return 0;
    }
}

/* ---- the pfc_ ABI ---- */

pfc_loop_t *pfc_loop_new(const char *file, int line)
{
    pfc_loop_t *loop = loop_alloc(file, line);
    if (loop == NULL) {
        fprintf(stderr, "pfor: %s:%d: out of memory for a loop\n",
                file ? file : "?", line);
        exit(1);
    }
    loop->die_on_error = true;
    return loop;
}

static void range_or_die(pfc_loop_t *loop, bool is_signed, size_t width,
                         unsigned long long lo, unsigned long long hi,
                         long long step, pfc_cmp_t cmp)
{
    if (loop->state != PF__LOOP_NEW) {
        set_error(loop, PF_ESTATE, "pfor loop range set after the start");
        die(loop);
    }
    int rc = pf__loop_range(loop, is_signed, width, lo, hi, step, cmp);
    if (rc != 0) {
        loop->error = rc;
        die(loop);
    }
}

void pfc_loop_range_signed(pfc_loop_t *loop, long long lo, long long hi,
                           long long step, pfc_cmp_t cmp)
{
    range_or_die(loop, true, sizeof(long long), (unsigned long long)lo,
                 (unsigned long long)hi, step, cmp);
}

void pfc_loop_range_unsigned(pfc_loop_t *loop, unsigned long long lo,
                             unsigned long long hi, long long step,
                             pfc_cmp_t cmp)
{
    range_or_die(loop, false, sizeof(long long), lo, hi, step, cmp);
}

void pfc_loop_range_signed_width(pfc_loop_t *loop, long long lo, long long hi,
                                 long long step, pfc_cmp_t cmp, size_t width)
{
    range_or_die(loop, true, width, (unsigned long long)lo,
                 (unsigned long long)hi, step, cmp);
}

void pfc_loop_range_unsigned_width(pfc_loop_t *loop, unsigned long long lo,
                                   unsigned long long hi, long long step,
                                   pfc_cmp_t cmp, size_t width)
{
    range_or_die(loop, false, width, lo, hi, step, cmp);
}

unsigned long long pfc_loop_trips(const pfc_loop_t *loop)
{
    return loop->trips;
}

unsigned long long pfc_loop_value(const pfc_loop_t *loop, unsigned long long k)
{
    return value_of(loop, k);
}

/* Clauses are only valid before the start. */
static void clause_check(pfc_loop_t *loop, const char *name)
{
    if (loop->state != PF__LOOP_NEW) {
        set_error(loop, PF_ESTATE, "pfor loop clause %s after the start", name);
        die(loop);
    }
}

void pfc_loop_workers(pfc_loop_t *loop, long workers)
{
    clause_check(loop, "workers");
    loop->workers = workers > 0 ? workers : 0;
}

void pfc_loop_schedule(pfc_loop_t *loop, pfc_schedule_t kind, long chunk)
{
    clause_check(loop, "schedule");
    if (kind < PFC_SCHED_DEFAULT || kind > PFC_SCHED_RUNTIME) {
        set_error(loop, PF_EINVAL, "pfor loop: unknown schedule %d", (int)kind);
        die(loop);
    }
    loop->schedule = kind;
    loop->chunk = chunk > 0 ? chunk : 0;
}

void pfc_loop_if(pfc_loop_t *loop, int condition)
{
    clause_check(loop, "if");
    loop->cond = condition != 0;
}

void pfc_loop_retries(pfc_loop_t *loop, long retries)
{
    clause_check(loop, "retries");
    loop->retries = retries > 0 ? retries : 0;
}

void pfc_loop_timeout(pfc_loop_t *loop, double seconds)
{
    clause_check(loop, "timeout");
    loop->timeout = seconds > 0 && seconds < 9.0e9 ? seconds : 0;
}

void pfc_loop_progress(pfc_loop_t *loop, int enabled)
{
    clause_check(loop, "progress");
    loop->progress = enabled != 0;
}

/* Register a reduction; returns 0 or PF_EINVAL/PF_ENOMEM/PF_ESTATE. */
static int add_reduction(pfc_loop_t *loop, pf_op_t op, pf_type_t type,
                         void *var, size_t count)
{
    if (loop->state != PF__LOOP_NEW)
        return PF_ESTATE;
    if (!pf__op_valid(op, type) || (var == NULL && count > 0)) {
        set_error(loop, PF_EINVAL,
                  "pfor loop: reduction %d on type %d is not valid", (int)op,
                  (int)type);
        return PF_EINVAL;
    }
    pf__reduction_t *r =
        realloc(loop->reds, (size_t)(loop->nreds + 1) * sizeof *r);
    if (r == NULL)
        return PF_ENOMEM;
    loop->reds = r;
    r[loop->nreds++] =
        (pf__reduction_t){op, type, var, count, pf__type_size(type), 0};
    return 0;
}

static int add_collect(pfc_loop_t *loop, void *base, size_t elem)
{
    if (loop->state != PF__LOOP_NEW)
        return PF_ESTATE;
    if (base == NULL || elem == 0) {
        set_error(loop, PF_EINVAL,
                  "pfor loop: collected array is NULL "
                  "or has elements of size 0");
        return PF_EINVAL;
    }
    pf__collect_t *c =
        realloc(loop->cols, (size_t)(loop->ncols + 1) * sizeof *c);
    if (c == NULL)
        return PF_ENOMEM;
    loop->cols = c;
    c[loop->ncols++] = (pf__collect_t){base, elem, NULL, 0};
    return 0;
}

void pfc_loop_reduce(pfc_loop_t *loop, pf_op_t op, pf_type_t type, void *var,
                     size_t count)
{
    int rc = add_reduction(loop, op, type, var, count);
    if (rc != 0) {
        set_error(loop, rc, "pfor loop: cannot add reduction: %s",
                  pf_strerror(rc));
        die(loop);
    }
}

void pfc_loop_collect(pfc_loop_t *loop, void *base, size_t elem_size)
{
    int rc = add_collect(loop, base, elem_size);
    if (rc != 0) {
        set_error(loop, rc, "pfor loop: cannot collect: %s", pf_strerror(rc));
        die(loop);
    }
}

void pfc_loop_start(pfc_loop_t *loop)
{
    if (loop_start(loop) < 0)
        die(loop);
}

int pfc_loop_next(pfc_loop_t *loop, unsigned long long *k,
                  unsigned long long *end)
{
    return loop_next(loop, k, end);
}

static void check_slot(pfc_loop_t *loop, int slot)
{
    if (slot < 0 || slot >= loop->nreds) {
        set_error(loop, PF_EINVAL, "pfor loop: no reduction slot %d", slot);
        die(loop);
    }
}

void pfc_loop_identity(pfc_loop_t *loop, int slot, void *partial)
{
    check_slot(loop, slot);
    pf__reduction_t *r = &loop->reds[slot];
    pf__red_identity(r->op, r->type, partial, r->count);
}

void pfc_loop_deposit(pfc_loop_t *loop, int slot, const void *partial)
{
    check_slot(loop, slot);
    pf__reduction_t *r = &loop->reds[slot];
    if (r->count > 0 && loop->partials)
        memcpy(loop->partials + loop->block * loop->red_record + r->offset,
               partial, r->count * r->elem);
}

volatile unsigned long long *pfc_loop_cursor(pfc_loop_t *loop)
{
    /* One address in every process: a page that each process maps onto
     * its own slot's cell (see alias_cursor), so a pointer fetched before
     * a fork stays right in the child.  Made on first use: before the
     * start (aliased then), or after it in each process. */
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

void pfc_loop_end(pfc_loop_t *loop)
{
    if (loop == NULL)
        return;
    if (loop->state == PF__LOOP_RUNNING && !loop->is_worker && !loop->serial) {
        set_error(loop, PF_ESTATE,
                  "pfor loop ended before its work was "
                  "done");
        kill_workers(loop);
    }
    if (loop->error != 0 && loop->die_on_error)
        die(loop);
    release(loop);
}

/* ---- used by the by-hand API (loop_api.c) ---- */

pfc_loop_t *pf__loop_new(const char *file, int line)
{
    return loop_alloc(file ? file : "pf_loop", line);
}

int pf__loop_set_range(pfc_loop_t *loop, long long lo, long long hi,
                       long long step)
{
    pfc_cmp_t cmp = step >= 0 ? PFC_LT : PFC_GT;
    return pf__loop_range(loop, true, sizeof(long long), (unsigned long long)lo,
                          (unsigned long long)hi, step, cmp);
}

int pf__loop_add_reduction(pfc_loop_t *loop, pf_op_t op, pf_type_t type,
                           void *var, size_t count)
{
    return add_reduction(loop, op, type, var, count);
}

int pf__loop_add_collect(pfc_loop_t *loop, void *base, size_t elem)
{
    return add_collect(loop, base, elem);
}

int pf__loop_start(pfc_loop_t *loop)
{
    int rc = loop_start(loop);
    return rc < 0 ? rc : 0;
}

int pf__loop_next(pfc_loop_t *loop, unsigned long long *k,
                  unsigned long long *end)
{
    return loop_next(loop, k, end);
}

int pf__loop_finish(pfc_loop_t *loop, char *message, size_t size)
{
    if (loop->state == PF__LOOP_RUNNING && !loop->is_worker && !loop->serial) {
        set_error(loop, PF_ESTATE,
                  "pfor loop ended before its work was "
                  "done");
        kill_workers(loop);
    }
    int rc = loop->error;
    if (message && size)
        snprintf(message, size, "%s", rc ? loop->message : "");
    release(loop);
    return rc;
}
