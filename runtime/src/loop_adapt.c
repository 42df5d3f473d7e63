/* loop_adapt.c - adaptive loops (DESIGN.md principle 6): per loop site,
 * the work of the loop's iterations is measured against what forking and
 * collecting costs in this process, and a loop whose workers cannot pay
 * for themselves runs serially in the parent. */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "loop_internal.h"

/*
 * The rule (docs/loop.md, "Adaptive loops"):
 *
 * Each site (file:line of the pragma) keeps two figures, measured in this
 * process: w, the work of one iteration (a serial run's time per
 * iteration, or a parallel run's summed worker time per iteration), and
 * F, what a parallel run costs beyond its work (its elapsed time minus
 * the busiest participant's work: forking, page-table copies, collecting
 * and merging, combining, waiting).  For a run of n iterations on P
 * workers, the workers save at most  S = n * w * (1 - 1/P)  and cost F.
 *
 * - The first run of a site is parallel (it measures both figures; a
 *   heavy loop that runs once is never made serial by a guess).
 * - Then a parallel site turns serial when S < F * 0.8, a serial one turns
 *   parallel when S > F * 1.25 (hysteresis: a loop near the break-even
 *   point does not flip at every run).  S is recomputed at every run with
 *   that run's n, so a loop whose size grows goes parallel again, as
 *   joblib's automatic batch size follows the duration of its batches.
 * - A serial site whose S comes within half of F runs parallel again
 *   once in a while (every 256 runs) so that F, measured perhaps while
 *   the machine was busy, is measured again.
 *
 * Loops with retries or a timeout are never adaptive (they promise a
 * worker process); PFOR_ADAPT=0 turns the rule off; PFOR_VERBOSE=1 reports
 * each decision (the first and every change) with its figures.  A serial
 * run is the engine's own serial path: same reduction blocks, so the same
 * bits, and the parent's crash handler reports a crash in it.
 */

typedef struct pf__adapt_site {
    const char *file; /* NULL: empty cell */
    int line;
    int mode;        /* PF__ADAPT_SERIAL or PF__ADAPT_PARALLEL */
    bool reported;   /* the first decision was reported */
    bool have_work;  /* w measured */
    bool have_cost;  /* F measured */
    double work_ns;  /* w: per iteration */
    double cost_ns;  /* F */
    unsigned long long runs, since_parallel;
    unsigned long long timed_trips; /* trips of the last timed run */
} pf__adapt_site_t;

/* The sites, parent only (a forked child starts without them: its loops
 * run serially anyway). */
static struct {
    pf__adapt_site_t *cell;
    size_t cap, used;
    pid_t pid;
} sites = {NULL, 0, 0, 0};

#define PROBE_EVERY 256

/* The mean F of the parallel runs measured in this process (0: none
 * yet); reset with the sites in a new process. */
static double process_cost;

/* PFOR_ADAPT: "0", "off", "false" or "no" turn the rule off. */
static bool adapt_enabled(void)
{
    const char *v = pf__env(PF__ENV_ADAPT);
    return !(v && (strcmp(v, "0") == 0 || strcasecmp(v, "off") == 0 ||
                   strcasecmp(v, "false") == 0 || strcasecmp(v, "no") == 0));
}

static size_t hash_site(const char *file, int line)
{
    uint64_t h = ((uint64_t)(uintptr_t)file * 0x9e3779b97f4a7c15ULL) ^
                 ((uint64_t)(unsigned)line * 0xbf58476d1ce4e5b9ULL);
    return (size_t)(h ^ (h >> 29));
}

/* The site's record, made on first use; NULL when out of memory. */
static pf__adapt_site_t *site_of(const char *file, int line)
{
    if (sites.pid != pf__pid()) {
        free(sites.cell);
        sites.cell = NULL;
        sites.cap = sites.used = 0;
        sites.pid = pf__pid();
        process_cost = 0;
    }
    if (sites.used * 2 >= sites.cap) {
        /* Start small: most programs have a few sites, and every page
         * a short program touches costs it a fault. */
        size_t cap = sites.cap ? 2 * sites.cap : 16;
        pf__adapt_site_t *cell = calloc(cap, sizeof *cell);
        if (cell == NULL)
            return NULL;
        for (size_t j = 0; j < sites.cap; j++) {
            if (sites.cell[j].file == NULL)
                continue;
            size_t h = hash_site(sites.cell[j].file, sites.cell[j].line);
            while (cell[h & (cap - 1)].file != NULL)
                h++;
            cell[h & (cap - 1)] = sites.cell[j];
        }
        free(sites.cell);
        sites.cell = cell;
        sites.cap = cap;
    }
    size_t h = hash_site(file, line);
    for (;; h++) {
        pf__adapt_site_t *s = &sites.cell[h & (sites.cap - 1)];
        if (s->file == NULL) {
            *s = (pf__adapt_site_t){.file = file,
                                    .line = line,
                                    .mode = PF__ADAPT_PARALLEL};
            sites.used++;
            return s;
        }
        if (s->file == file && s->line == line)
            return s;
    }
}

/* "12.3 us" for ns nanoseconds. */
static const char *words_of_ns(double ns, char *buf, size_t size)
{
    if (ns < 1e3)
        snprintf(buf, size, "%.0f ns", ns);
    else if (ns < 1e6)
        snprintf(buf, size, "%.1f us", ns / 1e3);
    else if (ns < 1e9)
        snprintf(buf, size, "%.1f ms", ns / 1e6);
    else
        snprintf(buf, size, "%.2f s", ns / 1e9);
    return buf;
}

static void report(const pfc_loop_t *loop, const pf__adapt_site_t *s,
                   double saves, double cost, long workers, const char *why)
{
    char a[32], b[32], c[32];
    if (!s->have_work) {
        /* Nothing measured yet: no per-iteration figure to show. */
        fprintf(stderr,
                "pfor: %s:%d: adaptive: %s (%s: %llu iterations; forking "
                "and collecting is estimated at %s)\n",
                loop->file, loop->line,
                s->mode == PF__ADAPT_SERIAL ? "runs serially in the parent"
                                            : "runs on workers",
                why, loop->trips, words_of_ns(cost, c, sizeof c));
        return;
    }
    fprintf(stderr,
            "pfor: %s:%d: adaptive: %s (%s: %llu iterations of %s each; %ld "
            "workers would save at most %s, forking and collecting costs "
            "%s)\n",
            loop->file, loop->line,
            s->mode == PF__ADAPT_SERIAL ? "runs serially in the parent"
                                        : "runs on workers",
            why, loop->trips, words_of_ns(s->work_ns, a, sizeof a), workers,
            words_of_ns(saves, b, sizeof b), words_of_ns(cost, c, sizeof c));
}

/* What a parallel run costs beyond its work, before any was measured in
 * this process: forking costs about 70 us per MB of resident memory
 * (page tables; docs/loop.md) plus 150 us, once per worker.  Once a
 * parallel run was measured, the mean of the measured costs. */
static double cost_estimate(long workers)
{
    if (process_cost > 0)
        return process_cost;
    /* The resident size is read again every 1024 estimates. */
    static double mb;
    static unsigned calls;
    static pid_t pid;
    if (mb <= 0 || pid != pf__pid() || (++calls & 1023) == 0) {
        mb = 10;
        pid = pf__pid();
        /* read(2) into the stack, not stdio: no buffer on the heap, no
         * fstat (a short program pays for each). */
        int fd = open("/proc/self/statm", O_RDONLY | O_CLOEXEC);
        if (fd >= 0) {
            char text[128];
            ssize_t n = read(fd, text, sizeof text - 1);
            unsigned long size, resident;
            if (n > 0) {
                text[n] = '\0';
                if (sscanf(text, "%lu %lu", &size, &resident) == 2)
                    mb = (double)resident * (double)pf__page_size() /
                         1048576.0;
            }
            close(fd);
        }
    }
    return (150e3 + 70e3 * mb) * (double)(workers > 1 ? workers : 1);
}

/* Tests: a fixed escalation budget (ns; 0: the measured one). */
static int64_t test_budget;

void pf__adapt_test_budget(int64_t ns)
{
    test_budget = ns;
}

bool pf__adapt_decide(pfc_loop_t *loop, long workers)
{
    loop->adapt = NULL;
    loop->adapt_mode = PF__ADAPT_OFF;
    loop->escalate_ns = 0;
    if (!adapt_enabled() || loop->trips == 0)
        return false;
    pf__adapt_site_t *s = site_of(loop->file, loop->line);
    if (s == NULL)
        return false;
    loop->adapt = s;
    loop->adapt_t0 = 0;
    s->runs++;
    /* Loops of generated code start serially and hand what is left to
     * workers when they run longer than a parallel run costs (loop.c's
     * escalate): a loop never loses more than that, and one that runs
     * once gets its workers all the same.  Loops by hand (whose failure
     * must leave the storage as it was) decide at the start. */
    bool can_escalate = loop->die_on_error;
    double cost = s->have_cost ? s->cost_ns : cost_estimate(workers);
    long p = workers > 1 ? workers : 2;
    double saves = s->have_work ? (double)loop->trips * s->work_ns *
                                      (1.0 - 1.0 / (double)p)
                                : 0;
    int before = s->mode;
    bool probe = false;
    const char *why = "measured";
    if (!s->have_work) {
        s->mode = can_escalate ? PF__ADAPT_SERIAL : PF__ADAPT_PARALLEL;
        why = can_escalate ? "first run: serial until it has run as long as "
                             "forking would cost"
                           : "first run";
    } else if (s->mode == PF__ADAPT_PARALLEL && saves < 0.8 * cost) {
        s->mode = PF__ADAPT_SERIAL;
        why = "changed: too little work";
    } else if (s->mode == PF__ADAPT_SERIAL && saves > 1.25 * cost) {
        s->mode = PF__ADAPT_PARALLEL;
        why = "changed: enough work";
    } else if (!can_escalate) {
        probe = s->mode == PF__ADAPT_SERIAL && saves > 0.5 * cost &&
                s->since_parallel >= PROBE_EVERY;
    }
    if (loop->verbose && (s->mode != before || !s->reported)) {
        report(loop, s, saves, cost, workers, why);
        s->reported = true;
    }
    loop->adapt_mode = s->mode == PF__ADAPT_SERIAL && !probe
                           ? PF__ADAPT_SERIAL
                           : PF__ADAPT_PARALLEL;
    bool resized = loop->trips > 2 * s->timed_trips ||
                   2 * loop->trips < s->timed_trips;
    if (loop->adapt_mode == PF__ADAPT_SERIAL && can_escalate &&
        s->have_work && (s->runs & 7) != 0 && !resized &&
        (double)loop->trips * s->work_ns < cost / 8) {
        /* A serial run expected to take less than an eighth of what
         * forking costs is neither timed nor watched (reading the clock
         * costs about as much as a tiny loop's work): one run in 8, and
         * any run whose size changed, is, and so is one expected to come
         * nearer the cost. */
        return true;
    }
    if (loop->adapt_mode == PF__ADAPT_SERIAL && can_escalate) {
        loop->adapt_t0 = pf__now_ns();
        loop->escalate_ns =
            loop->adapt_t0 + (test_budget > 0 ? test_budget : (int64_t)cost);
        /* The first serial stretch: a quarter of the budget's worth of
         * units when the work per iteration is known, else one. */
        double per_unit = s->work_ns * (double)loop->unit_iters;
        double units = s->have_work && per_unit > 0 ? cost / 4 / per_unit : 1;
        loop->esc_cap = units < 1 ? 1
                        : units > 1e18 ? 1000000000000000000ULL
                                       : (unsigned long long)units;
        return true;
    }
    /* A parallel run is always timed, a serial one in 8 (reading the
     * clock costs about as much as a tiny loop's work), or when its size
     * changed since the last timed one. */
    if (loop->adapt_mode == PF__ADAPT_PARALLEL || (s->runs & 7) == 0 ||
        resized)
        loop->adapt_t0 = pf__now_ns();
    return loop->adapt_mode == PF__ADAPT_SERIAL;
}

void pf__adapt_record(pfc_loop_t *loop)
{
    pf__adapt_site_t *s = loop->adapt;
    if (s == NULL || loop->trips == 0)
        return;
    if (loop->adapt_t0 == 0) {
        s->since_parallel++; /* an untimed serial run */
        return;
    }
    /* Serial runs are timed when they start; the end is read one run in
     * 8, or when the size changed. */
    if (loop->serial && !((s->runs & 7) == 0 ||
                          loop->trips > 2 * s->timed_trips ||
                          2 * loop->trips < s->timed_trips)) {
        s->since_parallel++;
        return;
    }
    double elapsed = (double)(pf__now_ns() - loop->adapt_t0);
    s->timed_trips = loop->trips;
    if (loop->serial) {
        double w = elapsed / (double)loop->trips;
        s->work_ns = s->have_work ? 0.5 * s->work_ns + 0.5 * w : w;
        s->have_work = true;
        s->since_parallel++;
        return;
    }
    /* A parallel run (or a serial start that went parallel): the
     * participants' work, summed and at its most; the serial part's. */
    double sum = (double)loop->serial_ns, most = 0;
    for (int j = 0; j < loop->nslots; j++) {
        double ns = (double)atomic_load(&loop->sh->slots[j].work_ns);
        sum += ns;
        if (ns > most)
            most = ns;
    }
    double w = sum / (double)loop->trips;
    double par = elapsed - (double)loop->serial_ns;
    double cost = par > most ? par - most : 0;
    s->work_ns = s->have_work ? 0.5 * s->work_ns + 0.5 * w : w;
    s->cost_ns = s->have_cost ? 0.5 * s->cost_ns + 0.5 * cost : cost;
    s->have_work = s->have_cost = true;
    s->since_parallel = 0;
    process_cost = process_cost > 0 ? 0.5 * process_cost + 0.5 * cost : cost;
    if (loop->escalated && s->mode == PF__ADAPT_SERIAL) {
        /* It went to workers: the next run does from the start if the
         * figures say so (hysteresis as above). */
        long p = loop->par_workers > 1 ? loop->par_workers : 2;
        double saves =
            (double)loop->trips * s->work_ns * (1.0 - 1.0 / (double)p);
        if (saves > 1.25 * s->cost_ns) {
            s->mode = PF__ADAPT_PARALLEL;
            if (loop->verbose)
                report(loop, s, saves, s->cost_ns, loop->par_workers,
                       "changed: it outgrew the cost of forking");
        }
    }
}

int pf__adapt_mode_of(const char *file, int line)
{
    if (sites.pid != pf__pid() || sites.cap == 0)
        return PF__ADAPT_OFF;
    for (size_t h = hash_site(file, line);; h++) {
        const pf__adapt_site_t *s = &sites.cell[h & (sites.cap - 1)];
        if (s->file == NULL)
            return PF__ADAPT_OFF;
        if (s->file == file && s->line == line)
            return s->mode;
    }
}
