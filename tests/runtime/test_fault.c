/* test_fault.c - the fault suite (docs/faults.md): seeded rounds that
 * SIGKILL random workers at random moments during loops (pfor/loop.h, with
 * and without retries), pool maps, imap, apply_async with callbacks, and
 * queue traffic between processes.  After every round: the exact result or
 * the documented error, within a bounded time, and no zombie, no extra
 * descriptor, mapping or thread.
 *
 *   PFOR_FAULT_SEED=n    the seed (default: from the clock; printed)
 *   PFOR_FAULT_ROUNDS=n  rounds per kind (default 100)
 *   PFOR_FAULT_ONLY=k,.. run these kinds: loop, map, imap, async, queue
 *   PFOR_FAULT_ROUND=r   run round r only (with the seed, to reproduce)
 *   PFOR_FAULT_ROUND_LIMIT=s  seconds after which a round is a hang (60)
 *   PFOR_FAULT_STRICT_COLLECT=0  do not require that a failed loop leave
 *                        its collected array exactly as it was
 *                        (pfor/loop.h's promise, checked by default)
 */
#include <dirent.h>
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "internal.h"
#include "pfor/loop.h"
#include "pftest.h"

/* A round that takes longer is a hang (PFOR_FAULT_ROUND_LIMIT: seconds,
 * for slow runs such as valgrind's). */
static unsigned round_limit_s = 60;

static uint64_t seed;
static long rounds = 100;
static long only_round = -1;
static const char *only_kind;
static int strict_collect;

/* ---- reproducible randomness: one stream per (seed, kind, round) ---- */

typedef struct rng {
    uint64_t s;
} rng_t;

static uint64_t mix(uint64_t x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

static uint64_t next(rng_t *r)
{
    r->s = mix(r->s);
    return r->s;
}

/* A number in [0, n). */
static unsigned below(rng_t *r, unsigned n)
{
    return n ? (unsigned)(next(r) % n) : 0;
}

static rng_t round_rng(int kind, long round)
{
    rng_t r = {mix(seed ^ mix((uint64_t)kind * 1000003u + (uint64_t)round))};
    return r;
}

/* ---- the watchdog: a round that does not end is a failure ---- */

static volatile sig_atomic_t current_kind = -1;
static volatile long current_round = -1;
static const char *kind_names[] = {"loop", "map", "imap", "async", "queue"};

static void watchdog(int sig)
{
    (void)sig;
    char msg[200];
    int n = snprintf(msg, sizeof msg,
                     "\nfault suite: round %ld of kind %s did not end in %u s "
                     "(seed %llu): a hang\n",
                     (long)current_round,
                     current_kind >= 0 ? kind_names[current_kind] : "?",
                     round_limit_s, (unsigned long long)seed);
    if (n > 0)
        (void)!write(2, msg, (size_t)n);
    _exit(3);
}

/* ---- the killer: a thread that SIGKILLs children at given moments ---- */

typedef struct killer {
    pthread_t thread;
    int count;         /* kills to make */
    long delay_us[4];  /* before each */
    unsigned pick[4];  /* which child (index among the current ones) */
    pf_pool_t *pool;   /* pool rounds: kill its workers; else any child */
    atomic_int done;   /* the round's work is over: stop */
    atomic_int killed; /* kills that hit a process */
} killer_t;

/* The pids of this process's children, up to max. */
static int children(pid_t *out, int max)
{
    int n = 0;
    DIR *tasks = opendir("/proc/self/task");
    if (!tasks)
        return 0;
    struct dirent *t;
    while ((t = readdir(tasks)) != NULL && n < max) {
        if (t->d_name[0] == '.')
            continue;
        char path[300];
        snprintf(path, sizeof path, "/proc/self/task/%s/children", t->d_name);
        FILE *f = fopen(path, "re");
        if (!f)
            continue;
        long pid;
        while (n < max && fscanf(f, "%ld", &pid) == 1)
            out[n++] = (pid_t)pid;
        fclose(f);
    }
    closedir(tasks);
    return n;
}

static void *killer_main(void *arg)
{
    killer_t *k = arg;
    for (int i = 0; i < k->count && !atomic_load(&k->done); i++) {
        for (long us = k->delay_us[i]; us > 0 && !atomic_load(&k->done);
             us -= 1000)
            usleep(us < 1000 ? (useconds_t)us : 1000);
        if (atomic_load(&k->done))
            break;
        pid_t victim = 0;
        if (k->pool) {
            int nw = pf_pool_workers(k->pool);
            int pid = pf_pool_worker_pid(k->pool, (int)(k->pick[i] % nw));
            victim = pid > 0 ? pid : 0;
        } else {
            pid_t kids[64];
            int n = children(kids, 64);
            victim = n > 0 ? kids[k->pick[i] % (unsigned)n] : 0;
        }
        if (victim > 0 && kill(victim, SIGKILL) == 0)
            atomic_fetch_add(&k->killed, 1);
    }
    return NULL;
}

static void killer_start(killer_t *k, rng_t *r, pf_pool_t *pool, int max_kills,
                         long max_delay_us)
{
    memset(k, 0, sizeof *k);
    k->count = (int)below(r, (unsigned)max_kills + 1);
    for (int i = 0; i < k->count; i++) {
        k->delay_us[i] = (long)below(r, (unsigned)max_delay_us);
        k->pick[i] = below(r, 64);
    }
    k->pool = pool;
    CU_ASSERT_FATAL(pthread_create(&k->thread, NULL, killer_main, k) == 0);
}

static int killer_stop(killer_t *k)
{
    atomic_store(&k->done, 1);
    pthread_join(k->thread, NULL);
    return atomic_load(&k->killed);
}

/* ---- what a round must leave behind: nothing ---- */

/* Zombie children of this process. */
static int zombies(void)
{
    pid_t kids[256];
    int n = children(kids, 256), z = 0;
    for (int i = 0; i < n; i++) {
        char path[64], buf[256];
        snprintf(path, sizeof path, "/proc/%d/stat", (int)kids[i]);
        FILE *f = fopen(path, "re");
        if (!f)
            continue;
        if (fgets(buf, sizeof buf, f)) {
            char *p = strrchr(buf, ')');
            z += p && p[1] == ' ' && p[2] == 'Z';
        }
        fclose(f);
    }
    return z;
}

typedef struct tally {
    long exact, documented, kills;
} tally_t;

static void end_round(const pftest_resources_t *before, tally_t *t, bool exact)
{
    char what[96];
    snprintf(what, sizeof what, "fault round %ld of kind %s (seed %llu)",
             (long)current_round, kind_names[current_kind],
             (unsigned long long)seed);
    if (!pftest_same_resources(before, what))
        CU_FAIL("a round left something behind");
    CU_ASSERT_EQUAL(zombies(), 0);
    if (exact)
        t->exact++;
    else
        t->documented++;
}

/* ---- loops (pfor/loop.h) ---- */

#define LOOP_N 20000

struct loop_ctx {
    long *out;
    unsigned spin; /* work per iteration */
};

static void loop_body(long long i, void *ctxp, void *const *partial)
{
    struct loop_ctx *c = ctxp;
    volatile unsigned x = 0;
    for (unsigned k = 0; k < c->spin; k++)
        x += k;
    (void)x;
    c->out[i] = i * 7 + 1;
    *(long long *)partial[0] += i;
    *(double *)partial[1] += (double)i * 0.5;
}

static bool loop_round(rng_t *r, tally_t *t)
{
    static long out[LOOP_N];
    for (long i = 0; i < LOOP_N; i++)
        out[i] = -5;
    long long sum = 11;
    double half = 0.25;
    struct loop_ctx c = {out, 50 + below(r, 1000)};
    pf_loop_t *loop;
    PFTEST_OK(pf_loop_new(0, LOOP_N, 1, &loop));
    CU_ASSERT(pf_loop_reduce(loop, PF_OP_ADD, PF_TYPE_LLONG, &sum, 1) >= 0);
    CU_ASSERT(pf_loop_reduce(loop, PF_OP_ADD, PF_TYPE_DOUBLE, &half, 1) >= 0);
    PFTEST_OK(pf_loop_collect(loop, out, sizeof out[0]));
    static const pf_schedule_t scheds[] = {PF_SCHED_DEFAULT, PF_SCHED_STATIC,
                                           PF_SCHED_DYNAMIC, PF_SCHED_GUIDED};
    pf_loop_options_t o = {.workers = 2 + below(r, 3),
                           .schedule = scheds[below(r, 4)],
                           .chunk = below(r, 2) ? 0 : 1 + below(r, 500),
                           .retries = below(r, 2) ? 3 : 0,
                           .file = "test_fault.c",
                           .line = __LINE__};
    killer_t k;
    killer_start(&k, r, NULL, 1, 10000);
    int rc = pf_loop_run(loop, loop_body, &c, &o);
    t->kills += killer_stop(&k);
    long long want_sum = 11 + (long long)LOOP_N * (LOOP_N - 1) / 2;
    double want_half = 0.25 + 0.5 * (double)LOOP_N * (LOOP_N - 1) / 2;
    long wrong = 0, changed = 0;
    for (long i = 0; i < LOOP_N; i++) {
        wrong += out[i] != i * 7 + 1 && out[i] != -5;
        changed += out[i] != -5;
    }
    if (rc == 0) {
        CU_ASSERT_EQUAL(sum, want_sum);
        CU_ASSERT_EQUAL(half, want_half);
        CU_ASSERT_EQUAL(changed, LOOP_N);
        CU_ASSERT_EQUAL(wrong, 0);
    } else {
        /* Only with no retries left; the variables keep their values,
         * the message says what happened. */
        CU_ASSERT(rc == PF_EWORKER);
        CU_ASSERT_EQUAL(o.retries, 0);
        CU_ASSERT_EQUAL(sum, 11);
        CU_ASSERT_EQUAL(half, 0.25);
        CU_ASSERT_EQUAL(wrong, 0); /* never a wrong value */
        if (strict_collect)
            CU_ASSERT_EQUAL(changed, 0);
        CU_ASSERT(strstr(pf_loop_error(loop), "killed by signal 9") != NULL);
    }
    pf_loop_free(loop);
    return rc == 0;
}

/* ---- pool maps and imap ---- */

static int triple(const void *in, void *out, void *arg)
{
    (void)arg;
    long x = *(const long *)in;
    volatile unsigned s = 0;
    for (unsigned k = 0; k < (unsigned)(x % 7) * 6000; k++)
        s += k;
    (void)s;
    *(long *)out = 3 * x + 1;
    return 0;
}

static pf_pool_t *round_pool(rng_t *r)
{
    pf_pool_options_t o = {.workers = 1 + (int)below(r, 3)};
    if (below(r, 4) == 0)
        o.maxtasksperchild = 1 + below(r, 20);
    if (below(r, 4) == 0)
        o.ring_bytes = 4096 << below(r, 4);
    pf_pool_t *pool = NULL;
    PFTEST_OK(pf_pool_new(&o, &pool));
    CU_ASSERT_PTR_NOT_NULL_FATAL(pool);
    return pool;
}

static bool map_round(rng_t *r, tally_t *t)
{
    size_t n = 200 + below(r, 3000);
    long *in = malloc(n * sizeof *in), *out = malloc(n * sizeof *out);
    int *status = malloc(n * sizeof *status);
    CU_ASSERT_FATAL(in && out && status);
    for (size_t i = 0; i < n; i++) {
        in[i] = (long)i;
        out[i] = -1;
    }
    pf_pool_t *pool = round_pool(r);
    pf_pool_failure_t f;
    pf_pool_map_args_t a = {.fn = triple,
                            .in = in,
                            .in_size = sizeof *in,
                            .n = n,
                            .out = out,
                            .out_size = sizeof *out,
                            .chunksize = below(r, 2) ? 0 : 1 + below(r, 30),
                            .status = status,
                            .failure = &f};
    killer_t k;
    killer_start(&k, r, pool, 2, 8000);
    int rc = pf_pool_map_ex(pool, &a);
    int kills = killer_stop(&k);
    t->kills += kills;
    long failed = 0;
    for (size_t i = 0; i < n; i++) {
        if (status[i] == 0) {
            CU_ASSERT_EQUAL(out[i], 3 * (long)i + 1);
        } else {
            CU_ASSERT_EQUAL(status[i], PF_EWORKER);
            failed++;
        }
    }
    CU_ASSERT(rc == 0 || rc == PF_EWORKER);
    CU_ASSERT_EQUAL(rc == 0, failed == 0);
    CU_ASSERT(failed <= kills);
    if (rc == PF_EWORKER)
        CU_ASSERT_EQUAL(f.signal, SIGKILL);
    pf_pool_free(pool);
    free(in);
    free(out);
    free(status);
    return rc == 0;
}

static bool imap_round(rng_t *r, tally_t *t)
{
    size_t n = 200 + below(r, 3000);
    bool ordered = below(r, 2);
    pf_pool_t *pool = round_pool(r);
    pf_pool_map_args_t a = {.fn = triple,
                            .in = NULL,
                            .in_size = sizeof(long),
                            .n = n,
                            .out_size = sizeof(long),
                            .chunksize = below(r, 2) ? 0 : 1 + below(r, 30)};
    long *in = malloc(n * sizeof *in);
    for (size_t i = 0; i < n; i++)
        in[i] = (long)i;
    a.in = in;
    unsigned char *seen = calloc(n, 1);
    pf_pool_iter_t *it;
    PFTEST_OK(pf_pool_imap_ex(pool, &a, ordered, &it));
    killer_t k;
    killer_start(&k, r, pool, 2, 8000);
    long failed = 0, got = 0;
    size_t expect = 0;
    for (;;) {
        long v = -1;
        size_t idx = (size_t)-1;
        pf_pool_failure_t f;
        int rc = pf_pool_iter_next(it, &v, &idx, 30, &f);
        if (rc == PF_EOF)
            break;
        CU_ASSERT(rc == 0 || rc == PF_EWORKER);
        if (rc != 0 && rc != PF_EWORKER)
            break;
        CU_ASSERT(idx < n);
        if (idx >= n)
            break;
        if (ordered)
            CU_ASSERT_EQUAL(idx, expect);
        expect = idx + 1;
        CU_ASSERT_EQUAL(seen[idx], 0);
        seen[idx]++;
        got++;
        if (rc == 0) {
            CU_ASSERT_EQUAL(v, 3 * (long)idx + 1);
        } else {
            failed++;
        }
    }
    int kills = killer_stop(&k);
    t->kills += kills;
    CU_ASSERT_EQUAL(got, (long)n);
    CU_ASSERT(failed <= kills);
    pf_pool_iter_free(it);
    pf_pool_free(pool);
    free(in);
    free(seen);
    return failed == 0;
}

/* ---- apply_async with callbacks ---- */

static int sum_task(const void *in, size_t len, pf_pool_out_t *out)
{
    long s = 0;
    for (size_t i = 0; i < len; i++)
        s += ((const unsigned char *)in)[i];
    usleep((useconds_t)(s % 3) * 1000);
    return pf_pool_out_set(out, &s, sizeof s);
}

struct cb_count {
    atomic_long ok, err;
};

static void on_ok(pf_pool_async_t *a, void *arg)
{
    (void)a;
    atomic_fetch_add(&((struct cb_count *)arg)->ok, 1);
}

static void on_err(pf_pool_async_t *a, int code, void *arg)
{
    (void)a;
    CU_ASSERT_EQUAL(code, PF_EWORKER);
    atomic_fetch_add(&((struct cb_count *)arg)->err, 1);
}

static bool async_round(rng_t *r, tally_t *t)
{
    enum { MAX_ASYNC = 64 };
    int count = 8 + (int)below(r, MAX_ASYNC - 8);
    pf_pool_t *pool = round_pool(r);
    struct cb_count cb = {0, 0};
    pf_pool_async_t *res[MAX_ASYNC];
    long want[MAX_ASYNC];
    killer_t k;
    killer_start(&k, r, pool, 2, 5000);
    for (int i = 0; i < count; i++) {
        /* Small inputs go in the ring, large ones in a memfd. */
        size_t len = below(r, 4) == 0 ? (size_t)200000 + below(r, 100000)
                                      : 1 + below(r, 2000);
        unsigned char *buf = malloc(len);
        long s = 0;
        for (size_t b = 0; b < len; b++) {
            buf[b] = (unsigned char)(b * 31 + (size_t)i);
            s += buf[b];
        }
        want[i] = s;
        PFTEST_OK(pf_pool_apply_async(pool, sum_task, buf, len, on_ok, on_err,
                                      &cb, &res[i]));
        free(buf);
    }
    long failed = 0;
    for (int i = 0; i < count; i++) {
        int rc = pf_pool_async_get(res[i], 30);
        CU_ASSERT(rc == 0 || rc == PF_EWORKER);
        if (rc == 0) {
            const void *v;
            size_t vlen;
            PFTEST_OK(pf_pool_async_value(res[i], &v, &vlen));
            CU_ASSERT(vlen == sizeof(long) && *(const long *)v == want[i]);
        } else {
            failed++;
        }
        pf_pool_async_free(res[i]);
    }
    int kills = killer_stop(&k);
    t->kills += kills;
    /* Every result's callback ran before its get returned. */
    CU_ASSERT_EQUAL(atomic_load(&cb.ok) + atomic_load(&cb.err), count);
    CU_ASSERT_EQUAL(atomic_load(&cb.err), failed);
    CU_ASSERT(failed <= kills);
    pf_pool_free(pool);
    return failed == 0;
}

/* ---- queue traffic between processes ---- */

enum { Q_PRODUCERS = 2, Q_MESSAGES = 400, VICTIM_TAG = 77 };

struct qshared {
    pf_queue_t *q;
    atomic_long corrupt;
    atomic_uchar seen[Q_PRODUCERS][Q_MESSAGES];
    atomic_long victim_got;
};

static struct qshared *qs;

static size_t msg_size(uint32_t p, uint32_t s)
{
    uint64_t h = mix(((uint64_t)p << 32) | s);
    if (h % 50 == 0)
        return 8 + (size_t)(h >> 40) % 200000; /* a large one, streamed */
    return 8 + (size_t)((h >> 20) % 3000);
}

static unsigned char msg_byte(uint32_t p, uint32_t s, size_t i)
{
    return (unsigned char)(mix(((uint64_t)p << 40) ^ s ^ (i << 8)) >> 17);
}

static int q_produce(void *arg)
{
    uint32_t p = (uint32_t)(uintptr_t)arg;
    unsigned char *m = malloc(8 + 200000);
    for (uint32_t s = 0; s < Q_MESSAGES; s++) {
        size_t len = msg_size(p, s);
        memcpy(m, &p, 4);
        memcpy(m + 4, &s, 4);
        for (size_t i = 8; i < len; i++)
            m[i] = msg_byte(p, s, i);
        if (pf_queue_put(qs->q, m, len, 30) != 0)
            return 1;
    }
    free(m);
    return 0;
}

static int q_consume(void *arg)
{
    bool victim = arg != NULL;
    for (;;) {
        void *m = NULL;
        size_t len = 0;
        int rc = pf_queue_get_alloc(qs->q, &m, &len, 30);
        if (rc != 0)
            return rc == PF_EOF ? 0 : 2;
        uint32_t tag[2] = {~0u, ~0u};
        if (len >= 8)
            memcpy(tag, m, 8);
        if (tag[0] == VICTIM_TAG) {
            /* A victim producer's: only its length is known. */
            if (len != 8 + tag[1] % 4000)
                atomic_fetch_add(&qs->corrupt, 1);
            free(m);
            continue;
        }
        bool ok = len >= 8 && tag[0] < Q_PRODUCERS && tag[1] < Q_MESSAGES &&
                  len == msg_size(tag[0], tag[1]);
        for (size_t i = 8; ok && i < len; i++)
            ok = ((unsigned char *)m)[i] == msg_byte(tag[0], tag[1], i);
        if (!ok)
            atomic_fetch_add(&qs->corrupt, 1);
        else
            atomic_fetch_add(&qs->seen[tag[0]][tag[1]], 1);
        if (victim)
            atomic_fetch_add(&qs->victim_got, 1);
        free(m);
    }
}

static int q_victim_producer(void *arg)
{
    (void)arg;
    /* Puts messages nobody checks (tagged with a producer number beyond
     * the steady ones), until it is killed. */
    unsigned char m[5000];
    uint32_t p = VICTIM_TAG;
    memcpy(m, &p, 4);
    for (uint32_t s = 0;; s++) {
        memcpy(m + 4, &s, 4);
        if (pf_queue_put(qs->q, m, 8 + s % 4000, 30) != 0)
            return 0;
    }
}

static bool queue_round(rng_t *r, tally_t *t)
{
    qs = pf__map_shared(sizeof *qs);
    CU_ASSERT_PTR_NOT_NULL_FATAL(qs);
    pf_queue_options_t o = {.maxsize = below(r, 2) ? 0 : 1 + below(r, 50),
                            .buffer_size = 4096 << below(r, 5)};
    PFTEST_OK(pf_queue_new(&o, &qs->q));
    pid_t prod[Q_PRODUCERS], cons[2], victims[3];
    int nvict = 1 + (int)below(r, 3), victim_consumers = 0;
    for (int i = 0; i < 2; i++)
        cons[i] = pftest_spawn(q_consume, NULL);
    for (int i = 0; i < Q_PRODUCERS; i++)
        prod[i] = pftest_spawn(q_produce, (void *)(uintptr_t)i);
    for (int v = 0; v < nvict; v++) {
        bool consumer = below(r, 2);
        victims[v] = pftest_spawn(consumer ? q_consume : q_victim_producer,
                                  consumer ? (void *)1 : NULL);
        victim_consumers += consumer;
    }
    for (int v = 0; v < nvict; v++) {
        usleep((useconds_t)below(r, 30000));
        kill(victims[v], SIGKILL);
        CU_ASSERT_EQUAL(pftest_reap(victims[v]), PFTEST_SIGNALLED + SIGKILL);
        t->kills++;
    }
    for (int i = 0; i < Q_PRODUCERS; i++)
        CU_ASSERT_EQUAL(pftest_reap(prod[i]), 0);
    PFTEST_OK(pf_queue_close(qs->q));
    for (int i = 0; i < 2; i++)
        CU_ASSERT_EQUAL(pftest_reap(cons[i]), 0);
    long missing = 0, duplicated = 0;
    for (int p = 0; p < Q_PRODUCERS; p++)
        for (int s = 0; s < Q_MESSAGES; s++) {
            unsigned char n = atomic_load(&qs->seen[p][s]);
            missing += n == 0;
            duplicated += n > 1;
        }
    CU_ASSERT_EQUAL(atomic_load(&qs->corrupt), 0);
    CU_ASSERT_EQUAL(duplicated, 0);
    /* A killed consumer may lose the message it was receiving or had just
     * got (it counted it in `seen` only if it got that far). */
    CU_ASSERT(missing <= victim_consumers);
    if (missing > victim_consumers || duplicated || atomic_load(&qs->corrupt))
        fprintf(stderr,
                "\n  queue round: missing %ld duplicated %ld corrupt %ld "
                "(maxsize %ld, buffer %zu, %d victims, %d of them "
                "consumers)\n",
                missing, duplicated, atomic_load(&qs->corrupt),
                (long)o.maxsize, (size_t)o.buffer_size, nvict,
                victim_consumers);
    pf_queue_free(qs->q);
    pf__unmap_shared(qs, sizeof *qs);
    return missing == 0;
}

/* ---- the driver ---- */

typedef bool (*round_fn)(rng_t *r, tally_t *t);
static const round_fn kinds[] = {loop_round, map_round, imap_round, async_round,
                                 queue_round};
static tally_t tallies[5];

/* True when `name` is one of the comma-separated words of `list`. */
static bool listed(const char *list, const char *name)
{
    size_t n = strlen(name);
    for (const char *p = list; *p;) {
        const char *end = strchr(p, ',');
        size_t len = end ? (size_t)(end - p) : strlen(p);
        if (len == n && strncmp(p, name, n) == 0)
            return true;
        p += len + (end != NULL);
    }
    return false;
}

static void run_kind(int kind)
{
    if (only_kind && !listed(only_kind, kind_names[kind]))
        return;
    current_kind = kind;
    pftest_resources_t before;
    pftest_snapshot(&before);
    tally_t *t = &tallies[kind];
    int64_t start = pf__now_ns();
    for (long round = 0; round < rounds; round++) {
        if (only_round >= 0 && round != only_round)
            continue;
        current_round = round;
        rng_t r = round_rng(kind, round);
        unsigned failed_before = CU_get_number_of_failures();
        alarm(round_limit_s);
        bool exact = kinds[kind](&r, t);
        alarm(0);
        end_round(&before, t, exact);
        if (CU_get_number_of_failures() != failed_before) {
            fprintf(stderr,
                    "\n  fault suite: round %ld of kind %s failed; reproduce "
                    "with PFOR_FAULT_SEED=%llu PFOR_FAULT_ONLY=%s "
                    "PFOR_FAULT_ROUND=%ld\n",
                    round, kind_names[kind], (unsigned long long)seed,
                    kind_names[kind], round);
            break;
        }
    }
    printf("\n    %s: %ld rounds, %ld exact, %ld with the documented error, "
           "%ld kills, %.1f s",
           kind_names[kind], t->exact + t->documented, t->exact, t->documented,
           t->kills, (double)(pf__now_ns() - start) / 1e9);
    current_kind = -1;
}

static void test_loop(void)
{
    run_kind(0);
}

static void test_map(void)
{
    run_kind(1);
}

static void test_imap(void)
{
    run_kind(2);
}

static void test_async(void)
{
    run_kind(3);
}

static void test_queue(void)
{
    run_kind(4);
}

static void test_summary(void)
{
    long total = 0, exact = 0, documented = 0, kills = 0;
    for (int k = 0; k < 5; k++) {
        total += tallies[k].exact + tallies[k].documented;
        exact += tallies[k].exact;
        documented += tallies[k].documented;
        kills += tallies[k].kills;
    }
    printf("\n    fault suite, seed %llu: %ld rounds, %ld exact, %ld with the "
           "documented error, %ld kills\n",
           (unsigned long long)seed, total, exact, documented, kills);
}

void pftest_main(void)
{
    const char *s = getenv("PFOR_FAULT_SEED");
    seed = s && *s ? strtoull(s, NULL, 10) : (uint64_t)time(NULL);
    s = getenv("PFOR_FAULT_ROUNDS");
    if (s && *s)
        rounds = strtol(s, NULL, 10);
    s = getenv("PFOR_FAULT_ROUND");
    if (s && *s)
        only_round = strtol(s, NULL, 10);
    only_kind = getenv("PFOR_FAULT_ONLY");
    s = getenv("PFOR_FAULT_ROUND_LIMIT");
    if (s && *s)
        round_limit_s = (unsigned)strtoul(s, NULL, 10);
    s = getenv("PFOR_FAULT_STRICT_COLLECT");
    strict_collect = !(s && strcmp(s, "0") == 0);
    printf("fault suite: seed %llu, %ld rounds per kind (PFOR_FAULT_SEED=%llu "
           "reproduces them)\n",
           (unsigned long long)seed, rounds, (unsigned long long)seed);
    signal(SIGALRM, watchdog);
    pftest_suite("fault suite");
    pftest_add("loops with workers killed", test_loop);
    pftest_add("pool maps with workers killed", test_map);
    pftest_add("imap with workers killed", test_imap);
    pftest_add("apply_async and callbacks with workers killed", test_async);
    pftest_add("queue traffic with processes killed", test_queue);
    pftest_add("summary", test_summary);
}
