/* team.c - persistent teams for `#pragma pfor parallel` regions: the
 * parent forks the members and supervises them (it never runs region
 * code); the members meet at synchronisation points, a barrier that spins
 * briefly and then sleeps on a futex, where team_share.c exchanges what
 * they wrote; at the region's end member 0's results reach the parent. */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

#include "team_internal.h"

/*
 * Design (docs/team.md):
 *
 * The parent forks N members at pfc_team_run and waits for them; its
 * memory stays as it was, so a failed region with retries left is run
 * again, from its start, by a new team forked from the same state.  Every
 * member runs the region's body.  A `pfor for` shares its iterations
 * among the members (loop.c, sched.c); at its end (unless nowait), at a
 * `barrier`, at the end of a `single` and at the region's end, the
 * members meet: each publishes its byte diff of the private storage,
 * waits for all, checks that all reached the same point after the same
 * loops, applies the others' diffs, then combines what the point brings
 * (reductions, lastprivate, copyprivate).  Collected storage in static
 * memory or in its own mapping is shared memory from its first use on
 * (team_share.c), so most of a point's cost is the barrier.
 *
 * Regions of one (if false, one worker without retries, a region inside
 * a member or a loop worker) run in the caller; so does the statement of
 * a `single` on member 0 (a team of one, as OpenMP's closely nested
 * constructs may not share work).
 */

/* The calling thread's innermost region. */
static __thread pfc_team_t *current;

pfc_team_t *pf__team_current(void)
{
    return current;
}

void pf__team_set_current(pfc_team_t *t)
{
    current = t;
}

bool pf__team_shares(const pfc_team_t *team)
{
    return team && !team->serial && team->state == PF__TEAM_MEMBER;
}

pfc_team_t *pf__team_member_of(const pfc_team_t *team)
{
    return team ? team->member : NULL;
}

int pf__team_size(const pfc_team_t *team)
{
    return team->nmembers;
}

int pf__team_me(const pfc_team_t *team)
{
    return team->me;
}

volatile unsigned long long *pf__team_cursor(pfc_team_t *team)
{
    return &team->sh->slots[team->me].cursor;
}

void pf__team_digest(pfc_team_t *t, unsigned long long v)
{
    unsigned long long z = (t->epoch_sig ^ v) + 0x9e3779b97f4a7c15ULL;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    t->epoch_sig = z ^ (z >> 31);
}

/* ---- failure inside a member ---- */

_Noreturn void pf__team_fail(pfc_team_t *t, const char *file, int line,
                             const char *fmt, ...)
{
    pfc_team_t *m = t ? t->member : NULL;
    if (m == NULL || m->sh == NULL) {
        /* Not in a forked member (cannot happen): stop here. */
        va_list ap;
        va_start(ap, fmt);
        fflush(stdout);
        fprintf(stderr, "pfor: %s:%d: ", file ? file : "?", line);
        vfprintf(stderr, fmt, ap);
        fputc('\n', stderr);
        va_end(ap);
        exit(1);
    }
    int expected = 0;
    if (atomic_compare_exchange_strong(&m->sh->failed, &expected, 1)) {
        int n = snprintf(m->sh->message, sizeof m->sh->message,
                         "%s:%d: ", file ? file : "?", line);
        if (n < 0 || (size_t)n >= sizeof m->sh->message)
            n = 0;
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(m->sh->message + n, sizeof m->sh->message - (size_t)n, fmt,
                  ap);
        va_end(ap);
        m->sh->fail_member = m->me;
        atomic_store(&m->sh->failed, 2); /* the message is complete */
    } else {
        /* Another member is writing its message: let it finish before
         * this exit makes the parent look (at most a second). */
        for (int i = 0; i < 10000 && atomic_load(&m->sh->failed) != 2; i++)
            usleep(100);
    }
    pf__worker_exit(1);
}

/* ---- the barrier ---- */

/* The longest a member spins at a barrier before it sleeps: PFOR_SPIN
 * (microseconds) when set, else 50 us (docs/team.md has the
 * measurements); 0 when the team has more members than CPUs, where a
 * spinning member only takes the CPU from the one it waits for. */
static int64_t spin_ns_for(int members)
{
    if (members > pf_cpu_count())
        return 0;
    const char *env = getenv("PFOR_SPIN");
    if (env && *env) {
        char *end;
        long us = strtol(env, &end, 10);
        if (*end == '\0' && us >= 0 && us <= 1000000)
            return (int64_t)us * 1000;
    }
    return 50000;
}

/*
 * The barrier: a counter of arrivals and a generation word.  The last to
 * arrive resets the counter, bumps the generation and wakes the sleepers
 * (a futex on the generation); the others spin on the generation for a
 * while, then sleep in 50 ms slices (pf__wait_sleep), so nothing is lost
 * with a member that died (the parent kills the team then anyway).
 *
 * The spin adapts, as adaptive mutexes do: it is worth it only when the
 * member waited for is running.  On a machine busy with other work (or
 * with uneven loops) the wait outlasts the spin and the spin only takes
 * the CPU from the member waited for (measured: 141 us per meeting with
 * a 50 us spin, 14 us without, on 2 loaded cores).  So each member keeps
 * a budget: halved when a spin ended in a sleep, doubled (up to the
 * limit) when it succeeded; at zero, one barrier in 32 tries 2 us.
 */
void pf__team_barrier(pfc_team_t *t)
{
    pf__team_shared_t *sh = t->sh;
    uint32_t g = atomic_load_explicit(&sh->generation, memory_order_acquire);
    if (atomic_fetch_add(&sh->arrived, 1) + 1 == (uint32_t)t->nmembers) {
        atomic_store_explicit(&sh->arrived, 0, memory_order_relaxed);
        atomic_store(&sh->generation, g + 1);
        if (atomic_load(&sh->sleepers) != 0)
            pf__wake_raw((uint32_t *)&sh->generation, INT_MAX);
        return;
    }
    int64_t budget = t->spin_budget;
    if (budget == 0 && t->spin_ns > 0 && (++t->spin_probe & 31) == 0)
        budget = 2000;
    if (budget > 0) {
        int64_t start = pf__now_ns(), until = start + budget;
        for (unsigned i = 1;; i++) {
            if (atomic_load_explicit(&sh->generation, memory_order_acquire) !=
                g) {
                int64_t twice = 2 * budget + 1000;
                t->spin_budget = twice < t->spin_ns ? twice : t->spin_ns;
                return;
            }
            pf__cpu_relax();
            if ((i & 63) == 0 && pf__now_ns() > until)
                break;
        }
        t->spin_budget = budget / 2 < 1000 ? 0 : budget / 2;
    }
    /* Sleep.  The last member to arrive wakes the sleepers it sees; one
     * that counts itself after that check sees the new generation
     * (both sides are sequentially consistent). */
    atomic_fetch_add(&sh->sleepers, 1);
    while (atomic_load(&sh->generation) == g)
        pf__wait_sleep((uint32_t *)&sh->generation, g, pf__deadline_in(-1),
                       true);
    atomic_fetch_sub(&sh->sleepers, 1);
    atomic_thread_fence(memory_order_acquire);
}

/* ---- synchronisation points ---- */

static const char *sync_words(int kind)
{
    switch (kind) {
    case PF__SYNC_LOOP:
        return "the end of a pfor for loop";
    case PF__SYNC_BARRIER:
        return "a pfor barrier";
    case PF__SYNC_SINGLE:
        return "the end of a pfor single";
    case PF__SYNC_ADOPT:
        return "the start of a pfor for loop that collects storage new to "
               "the region";
    case PF__SYNC_END:
        return "the end of the region";
    default:
        return "an unknown point";
    }
}

/* After the barrier of point n: every member's record must say the same.
 * Member only. */
static void check_records(pfc_team_t *t, int p, const pf__team_record_t *mine)
{
    for (int q = 0; q < t->nmembers; q++) {
        const pf__team_record_t *r = &t->sh->slots[q].rec[p];
        if (r->n == mine->n && r->kind == mine->kind && r->file == mine->file &&
            r->line == mine->line && r->loops == mine->loops &&
            r->sig == mine->sig)
            continue;
        if (r->n != mine->n || r->kind != mine->kind || r->file != mine->file ||
            r->line != mine->line)
            pf__team_fail(
                t, t->file, t->line,
                "pfor region failed: its members reached different "
                "synchronisation points: member %d at %s:%d (%s), member %d "
                "at %s:%d (%s); every member must meet the same pfor for "
                "loops, barriers and singles in the same order (none of "
                "them may be inside pfor master or in code that only some "
                "members run)",
                t->me, mine->file, mine->line, sync_words(mine->kind), q,
                r->file ? r->file : "?", r->line, sync_words(r->kind));
        pf__team_fail(t, mine->file, mine->line,
                      "pfor region failed: before %s its members ran "
                      "different pfor for loops (member %d: %llu, member "
                      "%d: %llu loops in the region), or loops whose "
                      "iterations, clauses or collected storage differ "
                      "between members",
                      sync_words(mine->kind), t->me, mine->loops, q, r->loops);
    }
}

void pf__team_sync_begin(pfc_team_t *t, int kind, const char *file, int line)
{
    unsigned long long n = ++t->syncs;
    int p = (int)(n & 1);
    size_t bytes = 0;
    pf__share_publish(t, p, &bytes);
    pf__team_record_t *mine = &t->sh->slots[t->me].rec[p];
    *mine =
        (pf__team_record_t){n, file, line, kind, t->epoch_sig, t->loops, bytes};
    pf__team_barrier(t);
    check_records(t, p, mine);
    pf__share_apply(t, p);
}

void pf__team_sync_end(pfc_team_t *t)
{
    pf__share_retwin(t);
    t->epoch_sig = 0;
    t->epoch_loops = 0;
    t->arena_used = 0;
    t->ncopies = 0;
}

unsigned char *pf__team_reserve(pfc_team_t *t, size_t size, const char *file,
                                int line)
{
    size_t at = (t->arena_used + 127) / 128 * 128;
    if (size > PF__TEAM_ARENA || at > PF__TEAM_ARENA - size)
        pf__team_fail(t, file, line,
                      "pfor region failed: the reductions, lastprivate "
                      "and copyprivate data between two synchronisation "
                      "points take more than %zu MB",
                      PF__TEAM_ARENA >> 20);
    t->arena_used = at + size;
    size_t parity = (size_t)((t->syncs + 1) & 1);
    return t->arena + parity * PF__TEAM_ARENA + at;
}

/* ---- team loops (loop.c calls these) ---- */

void pf__team_loop_begin(pfc_team_t *t, pfc_loop_t *loop)
{
    /* A reduction's or lastprivate's value exists only after the
     * meeting, so such a loop meets anyway (nowait only allows not
     * waiting); so does one that would let members drift more than
     * PF__TEAM_RING loops apart. */
    if (loop->nowait && (loop->nreds > 0 || loop->nlps > 0 ||
                         t->epoch_loops + 2 >= PF__TEAM_RING))
        loop->nowait = false;

    pf__ws_normalize(&loop->ws);
    if (loop->ws.nranges > 0)
        pf__share_use(t, loop->ws.ranges, loop->ws.nranges, loop->file,
                      loop->line);
    if (loop->nowait &&
        pf__share_in_callee(t, loop->ws.ranges, loop->ws.nranges))
        loop->nowait = false;
    for (int r = 0; r < loop->nreds; r++)
        if (loop->reds[r].count > 0 &&
            pf__share_promoted(t, loop->reds[r].var,
                               loop->reds[r].count * loop->reds[r].elem))
            pf__team_fail(t, loop->file, loop->line,
                          "pfor loop: its reduction variable %d lies in "
                          "storage that a loop of the region collected, "
                          "which the members share, so it cannot hold each "
                          "member's partial; reduce into a separate "
                          "variable",
                          r + 1);
    for (int j = 0; j < loop->nlps; j++)
        if (pf__share_promoted(t, loop->lps[j].var, loop->lps[j].size))
            pf__team_fail(t, loop->file, loop->line,
                          "pfor loop: its lastprivate variable %d lies in "
                          "storage that a loop of the region collected, "
                          "which the members share; make it a separate "
                          "variable",
                          j + 1);
    if (t->me == 0) {
        for (int r = 0; r < loop->ws.nranges; r++)
            pf__share_note(t, (void *)loop->ws.ranges[r].start,
                           loop->ws.ranges[r].end - loop->ws.ranges[r].start);
        for (int r = 0; r < loop->nreds; r++)
            pf__share_note(t, loop->reds[r].var,
                           loop->reds[r].count * loop->reds[r].elem);
        for (int j = 0; j < loop->nlps; j++)
            pf__share_note(t, loop->lps[j].var, loop->lps[j].size);
    }

    /* Its place in the sequence every member follows. */
    t->loops++;
    t->epoch_loops++;
    unsigned long long facts[] = {(unsigned long long)(uintptr_t)loop->file,
                                  (unsigned long long)loop->line,
                                  loop->trips,
                                  loop->units,
                                  loop->unit_iters,
                                  (unsigned long long)loop->kind,
                                  loop->chunk_units,
                                  loop->nchunks,
                                  (unsigned long long)loop->nreds,
                                  loop->red_record,
                                  (unsigned long long)loop->nlps,
                                  loop->lp_record,
                                  (unsigned long long)loop->ws.nranges,
                                  loop->nowait};
    for (size_t j = 0; j < sizeof facts / sizeof facts[0]; j++)
        pf__team_digest(t, facts[j]);
    for (int r = 0; r < loop->ws.nranges; r++) {
        pf__team_digest(t, loop->ws.ranges[r].start);
        pf__team_digest(t, loop->ws.ranges[r].end);
    }
    loop->team_gen = t->loops & ((1ULL << 24) - 1);
    loop->team_counter = &t->sh->ring[t->loops % PF__TEAM_RING].word;

    /* Its shared state, in the arena of the point that ends it. */
    loop->partials_size = (size_t)loop->units * loop->red_record;
    if (loop->nreds > 0 && loop->units > 0) {
        loop->partials =
            pf__team_reserve(t, loop->partials_size, loop->file, loop->line);
        loop->team_initial =
            pf__team_reserve(t, loop->red_record, loop->file, loop->line);
        if (t->me == 0)
            for (int r = 0; r < loop->nreds; r++)
                memcpy(loop->team_initial + loop->reds[r].offset,
                       loop->reds[r].initial,
                       loop->reds[r].count * loop->reds[r].elem);
    }
    if (loop->nlps > 0)
        loop->lp_buf =
            pf__team_reserve(t, loop->lp_record, loop->file, loop->line);

    /* The member's slot, for the parent's report. */
    pf__member_slot_t *slot = &t->sh->slots[t->me];
    loop->my_slot = &slot->loop;
    atomic_store(&slot->loop.claim_lo, 0);
    atomic_store(&slot->loop.claim_hi, 0);
    atomic_store(&slot->loop.done, 0);
    slot->cursor = PF__NO_CURSOR;
    pf__loop_space_of(loop, &slot->space);
    atomic_store_explicit(&slot->in_loop, 1, memory_order_release);
}

/*
 * Reductions, combined in two halves.  The plain loop's fixed tree over
 * the block partials (pf__red_tree: at width w = 1, 2, 4, ..., partial j,
 * a multiple of 2w, becomes j op j + w) is a tree of aligned
 * power-of-two runs of blocks: the node (j, w) is the run [j, j + w),
 * clipped to the blocks, and its value depends on that run only.  With
 * even static blocks member m holds one run of blocks, known to all;
 * before the meeting it combines, in place, every node that lies in its
 * run (the tree restricted to a node is the tree over its blocks, so the
 * bits are the same).  After the meeting every member combines only the
 * nodes above those, O(members x log blocks) pairs, instead of copying
 * and combining every block's partial.
 */

/* Member m's run of blocks in an even static team loop (sched.c's rule
 * for pf__loop_claim), its end widened to `top` when it holds the last
 * block (the tree's nodes past the blocks are empty). */
static void member_blocks(const pfc_loop_t *loop, int m, unsigned long long top,
                          unsigned long long *lo, unsigned long long *hi)
{
    unsigned p = (unsigned)loop->participants;
    *lo = pf__even_first(loop->units, (unsigned)m, p);
    *hi = pf__even_first(loop->units, (unsigned)m + 1, p);
    if (*hi == loop->units && *lo < *hi)
        *hi = top;
}

/* The tree's width: the least power of two at or above the blocks. */
static unsigned long long tree_top(unsigned long long blocks)
{
    unsigned long long w = 1;
    while (w < blocks)
        w *= 2;
    return w;
}

/* Whether the split combination applies: even static blocks (the
 * default schedule of a loop with reductions), and partials to combine. */
static bool split_combine(const pfc_loop_t *loop)
{
    return loop->nreds > 0 && loop->units > 0 && loop->team_initial &&
           loop->kind == PFC_SCHED_STATIC && loop->even &&
           loop->unit_base == 0 && loop->participants >= 1;
}

/* Before the meeting: the nodes of the tree inside this member's run of
 * blocks, combined in place in the shared partials.  Member only. */
static void combine_mine(pfc_team_t *t, pfc_loop_t *loop)
{
    unsigned long long top = tree_top(loop->units), lo, hi;
    member_blocks(loop, t->me, top, &lo, &hi);
    size_t rec = loop->red_record;
    for (unsigned long long j = lo; j < hi && j < loop->units;) {
        /* The largest node starting at j that ends inside the run. */
        unsigned long long w = 1;
        while (w < top && j % (2 * w) == 0 && j + 2 * w <= hi)
            w *= 2;
        unsigned long long end = j + w < loop->units ? j + w : loop->units;
        if (end - j > 1)
            for (int r = 0; r < loop->nreds; r++)
                if (loop->reds[r].count > 0)
                    pf__red_tree(loop->reds[r].op, loop->reds[r].type,
                                 loop->partials + j * rec +
                                     loop->reds[r].offset,
                                 rec, loop->reds[r].count, end - j);
        j += w;
    }
}

/* The members' runs of blocks after the meeting: member q holds
 * [start[q], start[q + 1]); start[P] is the number of blocks. */
typedef struct block_runs {
    const unsigned long long *start;
    int members;
    unsigned long long top;
} block_runs_t;

/* Whether node (j, w) lies inside one member's run of blocks, so that
 * its value is in partial j already: the member holding block j is the
 * last whose run starts at or below j (members without blocks have
 * empty runs where the next one starts); the last run reaches the top. */
static bool node_done(const block_runs_t *runs, unsigned long long j,
                      unsigned long long w)
{
    if (w == 1)
        return true;
    int lo = 0, hi = runs->members - 1;
    while (lo < hi) {
        int mid = lo + (hi - lo + 1) / 2;
        if (runs->start[mid] <= j)
            lo = mid;
        else
            hi = mid - 1;
    }
    unsigned long long end = runs->start[lo + 1];
    if (end == runs->start[runs->members])
        end = runs->top;
    return j + w <= end;
}

/* The value of node (j, w) of reduction r into dst; scratch holds one
 * value per level below w.  After the meeting. */
static void node_value(const pfc_loop_t *loop, int r, const block_runs_t *runs,
                       unsigned long long j, unsigned long long w,
                       unsigned char *dst, unsigned char *scratch)
{
    const pf__reduction_t *red = &loop->reds[r];
    size_t size = red->count * red->elem;
    if (node_done(runs, j, w)) {
        memcpy(dst, loop->partials + j * loop->red_record + red->offset,
               size);
        return;
    }
    node_value(loop, r, runs, j, w / 2, dst, scratch + size);
    if (j + w / 2 < loop->units) {
        node_value(loop, r, runs, j + w / 2, w / 2, scratch, scratch + size);
        pf__red_combine(red->op, red->type, dst, scratch, red->count);
    }
}

/* After the meeting: the root of each reduction's tree, folded into the
 * value before the loop (member 0's), and the lastprivate values, as
 * pf__loop_team_combine gives them.  Member only. */
static void combine_tree_tops(pfc_team_t *t, pfc_loop_t *loop)
{
    unsigned long long top = tree_top(loop->units);
    int levels = 1;
    for (unsigned long long w = 1; w < top; w *= 2)
        levels++;
    int members = loop->participants;
    unsigned long long few[65], *start = few;
    size_t most = 0;
    for (int r = 0; r < loop->nreds; r++)
        if (loop->reds[r].count * loop->reds[r].elem > most)
            most = loop->reds[r].count * loop->reds[r].elem;
    unsigned char small[16 * 20];
    unsigned char *buf = small;
    if (most * (size_t)(levels + 1) > sizeof small)
        buf = malloc(most * (size_t)(levels + 1));
    if (members + 1 > 65)
        start = malloc((size_t)(members + 1) * sizeof *start);
    if (buf == NULL || start == NULL)
        pf__team_fail(t, loop->file, loop->line,
                      "pfor loop: out of memory for combining its "
                      "reductions");
    for (int q = 0; q <= members; q++)
        start[q] = pf__even_first(loop->units, (unsigned)q, (unsigned)members);
    block_runs_t runs = {start, members, top};
    for (int r = 0; r < loop->nreds; r++) {
        pf__reduction_t *red = &loop->reds[r];
        if (red->count == 0)
            continue;
        size_t size = red->count * red->elem;
        node_value(loop, r, &runs, 0, top, buf, buf + size);
        memcpy(red->var, loop->team_initial + red->offset, size);
        pf__red_combine(red->op, red->type, red->var, buf, red->count);
    }
    if (buf != small)
        free(buf);
    if (start != few)
        free(start);
    if (loop->trips > 0)
        for (int j = 0; j < loop->nlps; j++)
            memcpy(loop->lps[j].var, loop->lp_buf + loop->lps[j].offset,
                   loop->lps[j].size);
}

void pf__team_loop_end(pfc_team_t *t, pfc_loop_t *loop)
{
    atomic_store(&t->sh->slots[t->me].in_loop, 0);
    if (loop->nowait)
        return;
    bool split = split_combine(loop);
    if (split)
        combine_mine(t, loop);
    pf__team_sync_begin(t, PF__SYNC_LOOP, loop->file, loop->line);
    if (split)
        combine_tree_tops(t, loop);
    else
        pf__loop_team_combine(loop);
    for (int r = 0; r < loop->nreds; r++)
        pf__share_wrote(t, loop->reds[r].var,
                        loop->reds[r].count * loop->reds[r].elem);
    if (loop->trips > 0)
        for (int j = 0; j < loop->nlps; j++)
            pf__share_wrote(t, loop->lps[j].var, loop->lps[j].size);
    pf__team_sync_end(t);
}

void pf__team_note_loop(pfc_team_t *team, const pfc_loop_t *loop)
{
    pfc_team_t *m = pf__team_member_of(team);
    if (m == NULL || m->me != 0)
        return;
    for (int r = 0; r < loop->ws.nranges; r++)
        pf__share_note(m, (void *)loop->ws.ranges[r].start,
                       loop->ws.ranges[r].end - loop->ws.ranges[r].start);
    for (int r = 0; r < loop->nreds; r++)
        pf__share_note(m, loop->reds[r].var,
                       loop->reds[r].count * loop->reds[r].elem);
    for (int j = 0; j < loop->nlps; j++)
        pf__share_note(m, loop->lps[j].var, loop->lps[j].size);
}

/* ---- the descriptor ---- */

pfc_team_t *pf__team_alloc(const char *file, int line)
{
    pfc_team_t *t = calloc(1, sizeof *t);
    if (t == NULL)
        return NULL;
    t->file = file ? file : "?";
    t->line = line;
    t->cond = true;
    t->memfd = -1;
    t->state = PF__TEAM_NEW;
    return t;
}

/* Record the region's first failure (parent). */
static void team_error(pfc_team_t *t, int code, int status, const char *fmt,
                       ...) __attribute__((format(printf, 4, 5)));
static void team_error(pfc_team_t *t, int code, int status, const char *fmt,
                       ...)
{
    if (t->error != 0)
        return;
    t->error = code;
    t->exit_status = status;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(t->message, sizeof t->message, fmt, ap);
    va_end(ap);
}

/* Unmap and close what one attempt's team shared (parent). */
static void release_attempt(pfc_team_t *t)
{
    if (t->crew.kids)
        pf__crew_free(&t->crew);
    if (t->arena)
        munmap(t->arena, 2 * PF__TEAM_ARENA);
    if (t->sh)
        munmap(t->sh, t->sh_size);
    if (t->memfd >= 0)
        pf__close(t->memfd);
    t->arena = NULL;
    t->sh = NULL;
    t->memfd = -1;
}

void pf__team_free(pfc_team_t *t)
{
    if (t == NULL)
        return;
    if (t->fatal_entered)
        pf__fatal_leave(&t->fatal);
    if (t->state != PF__TEAM_MEMBER)
        release_attempt(t);
    free(t->solo);
    free(t->copies);
    free(t);
}

/* ---- the parent: fork the team, supervise it ---- */

static size_t arena_at(const pfc_team_t *t)
{
    size_t two_mb = (size_t)2 << 20;
    return (t->sh_size + two_mb - 1) / two_mb * two_mb;
}

/* The memory file and the mappings every member inherits.  Parent.
 * Returns 0 or PF_E* (message set; nothing left behind). */
static int make_shared(pfc_team_t *t)
{
    size_t page = pf__page_size();
    t->sh_size = sizeof(pf__team_shared_t) +
                 (size_t)t->nmembers * sizeof(pf__member_slot_t);
    t->sh_size = (t->sh_size + page - 1) / page * page;
    int fd = pf__inject_hit(PF__INJECT_MEMFD)
                 ? -1
                 : memfd_create("pfor-team", MFD_CLOEXEC);
    int rc = 0;
    if (fd < 0) {
        rc = pf__from_errno(errno);
        team_error(t, rc, 1,
                   "%s:%d: pfor region: no memory file for its team: %s",
                   t->file, t->line, pf_strerror(rc));
        return rc;
    }
    t->memfd = fd;
    off_t size = (off_t)(PF__TEAM_WINDOW_AT +
                         2ULL * (unsigned)t->nmembers * PF__TEAM_WINDOW_STRIDE);
    if (ftruncate(fd, size) != 0) {
        rc = pf__from_errno(errno);
        goto fail;
    }
    void *h = pf__inject_hit(PF__INJECT_MMAP)
                  ? MAP_FAILED
                  : mmap(NULL, t->sh_size, PROT_READ | PROT_WRITE,
                         MAP_SHARED | MAP_POPULATE, fd, 0);
    if (h == MAP_FAILED) {
        rc = pf__from_errno(errno);
        goto fail;
    }
    t->sh = h;
    void *a = mmap(NULL, 2 * PF__TEAM_ARENA, PROT_READ | PROT_WRITE,
                   MAP_SHARED | MAP_NORESERVE, fd, (off_t)arena_at(t));
    if (a == MAP_FAILED) {
        rc = pf__from_errno(errno);
        goto fail;
    }
    t->arena = a;
    for (int m = 0; m < t->nmembers; m++)
        t->sh->slots[m].cursor = PF__NO_CURSOR;
    return 0;
fail:
    team_error(t, rc, 1, "%s:%d: pfor region: cannot map its team's memory: %s",
               t->file, t->line, pf_strerror(rc));
    release_attempt(t);
    return rc;
}

/* In a new member, right after the fork. */
static void member_begin(pfc_team_t *t, int me)
{
    t->state = PF__TEAM_MEMBER;
    t->me = me;
    t->member = t;
    t->outer = NULL;
    t->syncs = t->loops = 0;
    t->epoch_sig = 0;
    t->epoch_loops = 0;
    t->arena_used = 0;
    t->ncopies = 0;
    pf__fatal_forget();
    t->fatal_entered = false;
    pf__share_init(t);
    current = t;
}

/* Fork the members of one attempt.  Parent.  Returns 1 in a member, 0 in
 * the parent, PF_E* (message set, nothing left running). */
static int fork_team(pfc_team_t *t)
{
    int rc = make_shared(t);
    if (rc != 0)
        return rc;
    rc = pf__crew_init(&t->crew, t->nmembers + 1);
    if (rc != 0) {
        team_error(t, rc, 1, "%s:%d: pfor region: out of memory for its team",
                   t->file, t->line);
        release_attempt(t);
        return rc;
    }
    t->attempts++;
    for (int m = 0; m < t->nmembers; m++) {
        rc = pf__crew_fork(&t->crew, m + 1, 0);
        if (rc == 1) {
            member_begin(t, m);
            return 1;
        }
        if (rc < 0) {
            team_error(t, rc, 1,
                       "%s:%d: pfor region could not fork member %d: %s",
                       t->file, t->line, m, pf_strerror(rc));
            release_attempt(t);
            return rc;
        }
    }
    return 0;
}

/* Words for a member that failed: where it was (its loop and iterations,
 * or outside the loops) and how it ended, into buf; *file and *line get the
 * place to name first, *what the words before the description.  Parent,
 * after the member ended. */
static void describe_member(pfc_team_t *t, int m, pid_t pid, int status,
                            char *buf, size_t size, const char **file,
                            int *line, const char **what)
{
    pf__member_slot_t *slot = &t->sh->slots[m];
    char how[256], range[200], at[112];
    pf__crew_describe(status, false, 0, how, sizeof how);
    if (atomic_load_explicit(&slot->in_loop, memory_order_acquire)) {
        pf__loop_space_describe(&slot->space, &slot->loop, slot->cursor, range,
                                sizeof range, at, sizeof at);
        *file = slot->space.file;
        *line = slot->space.line;
        *what = "pfor loop failed";
        snprintf(buf, size,
                 "member %d (pid %d) of the region at %s:%d, %s, %s%s", m,
                 (int)pid, t->file, t->line, range, how, at);
    } else {
        *file = t->file;
        *line = t->line;
        *what = "pfor region failed";
        snprintf(buf, size,
                 "member %d (pid %d), outside the region's pfor for loops, %s",
                 m, (int)pid, how);
    }
}

/* Wait for every member.  Returns 0 when all ended well, 1 when one
 * failed and the region may run again, -1 when the region failed for
 * good (error set).  Every member is reaped on return.  Parent. */
static int supervise(pfc_team_t *t)
{
    while (pf__crew_alive(&t->crew) > 0) {
        int s, status;
        pid_t pid;
        bool timed_out;
        int rc = pf__crew_wait(&t->crew, -1, &s, &pid, &status, &timed_out);
        if (rc < 0) {
            pf__crew_kill(&t->crew);
            team_error(t, rc, 1,
                       "%s:%d: pfor region: waiting for its members failed: "
                       "%s",
                       t->file, t->line, pf_strerror(rc));
            return -1;
        }
        if (rc == 0)
            continue;
        int m = s - 1;
        bool finished = atomic_load(&t->sh->slots[m].finished) != 0;
        if (finished && ((WIFEXITED(status) && WEXITSTATUS(status) == 0) ||
                         status == PF__STATUS_UNKNOWN))
            continue;
        /* One failed: the others are killed (some may wait for it at a
         * barrier), then the region is run again or fails. */
        pf__crew_kill(&t->crew);
        if (atomic_load(&t->sh->failed) == 2) {
            team_error(t, PF_EWORKER, 1, "%s", t->sh->message);
            return -1;
        }
        char text[640];
        const char *file, *what;
        int line;
        describe_member(t, m, pid, status, text, sizeof text, &file, &line,
                        &what);
        int used = t->attempts - 1;
        if (used < t->retries) {
            if (t->verbose)
                fprintf(stderr,
                        "pfor: %s:%d: %s; running the region again on a new "
                        "team (retry %d of %ld)\n",
                        file, line, text, used + 1, t->retries);
            return 1;
        }
        team_error(t, PF_EWORKER, pf__crew_exit_status(status, false),
                   "%s:%d: %s: %s; %d retr%s of the region used of %ld", file,
                   line, what, text, used, used == 1 ? "y" : "ies", t->retries);
        return -1;
    }
    return 0;
}

/* report() of a serial region's fatal scope: a crash in the region's
 * code outside its loops, in the parent.  Async-signal-safe. */
static size_t report_serial(const pf__fatal_scope_t *scope, int sig, char *buf,
                            size_t size)
{
    const pfc_team_t *t = scope->arg;
    size_t len = 0;
    pf__fatal_put(buf, size, &len, "pfor: ");
    pf__fatal_put(buf, size, &len, t->file);
    pf__fatal_put(buf, size, &len, ":");
    pf__fatal_put_ll(buf, size, &len, t->line);
    pf__fatal_put(buf, size, &len,
                  ": pfor region failed: the parent process (pid ");
    pf__fatal_put_ll(buf, size, &len, (long long)getpid());
    pf__fatal_put(buf, size, &len,
                  "), running the region serially, was killed by signal ");
    pf__fatal_put_ll(buf, size, &len, sig);
    pf__fatal_put(buf, size, &len, " (");
    pf__fatal_put(buf, size, &len, pf__fatal_signal_name(sig));
    pf__fatal_put(buf, size, &len, ")\n");
    return len;
}

/* The first pfc_team_run: a team of one, or fork and supervise.
 * Returns 1 (run the body) or 0 (the region is over). */
static int team_start(pfc_team_t *t, uintptr_t frame)
{
    t->state = PF__TEAM_DONE;
    t->verbose = pf__loop_verbose();
    pf__loop_display_env();
    long w = pf__loop_default_workers(t->workers);
    if (w < 0) {
        team_error(t, PF_EINVAL, 1,
                   "%s:%d: PFOR_WORKERS=\"%s\" is not a positive number",
                   t->file, t->line, getenv("PFOR_WORKERS"));
        return 0;
    }
    if (w > PF__MAX_WORKERS)
        w = PF__MAX_WORKERS;
    if (!t->cond || pf__is_worker() || current != NULL ||
        (w <= 1 && t->retries == 0)) {
        t->serial = true;
        t->nmembers = 1;
        t->outer = current;
        t->member = pf__team_member_of(current);
        t->state = PF__TEAM_SERIAL;
        current = t;
        if (!pf__is_worker()) {
            pf__fatal_install();
            t->fatal.report = report_serial;
            t->fatal.arg = t;
            t->fatal.crew = NULL;
            pf__fatal_enter(&t->fatal);
            t->fatal_entered = true;
        }
        return 1;
    }
    t->nmembers = (int)w;
    t->spin_ns = spin_ns_for(t->nmembers);
    t->spin_budget = t->spin_ns;
    t->frame = frame;
    for (;;) {
        int rc = fork_team(t);
        if (rc == 1)
            return 1;
        if (rc < 0)
            return 0;
        int how = supervise(t);
        if (how == 0) {
            if (pf__share_receive(t) != 0 && t->error == 0)
                team_error(t, PF_ESYS, 1,
                           "%s:%d: pfor region: its results could not be "
                           "read back",
                           t->file, t->line);
            release_attempt(t);
            return 0;
        }
        release_attempt(t);
        if (how < 0)
            return 0;
    }
}

/* The region's end in a member: the last meeting, member 0's results,
 * exit.  Never returns. */
static _Noreturn void member_end(pfc_team_t *t)
{
    pf__team_sync_begin(t, PF__SYNC_END, t->file, t->line);
    if (t->me == 0)
        pf__share_ship(t, (int)(t->syncs & 1));
    atomic_store(&t->sh->slots[t->me].finished, 1);
    pf__worker_exit(0);
}

int pf__team_run(pfc_team_t *t, uintptr_t frame)
{
    switch (t->state) {
    case PF__TEAM_NEW:
        return team_start(t, frame);
    case PF__TEAM_SERIAL:
        if (t->fatal_entered) {
            pf__fatal_leave(&t->fatal);
            t->fatal_entered = false;
        }
        current = t->outer;
        t->state = PF__TEAM_DONE;
        return 0;
    case PF__TEAM_MEMBER:
        member_end(t);
    default:
        return 0;
    }
}

int pf__team_error(const pfc_team_t *t, const char **message, int *status)
{
    *message = t->message;
    *status = t->exit_status > 0 ? t->exit_status : 1;
    return t->error;
}
