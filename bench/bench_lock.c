/* bench_lock.c - locked increments of a shared value by 2 contending
 * processes (pfor's lock, rlock and value helper, the raw pthread robust
 * mutex with and without spinning, Python's Value + get_lock()), and the
 * uncontended lock + unlock cost.
 *
 * Usage: bench_lock [increments-per-process [runs [outside-work]]]
 * (default 1000000 5 0)
 */
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

#include "benchutil.h"
#include "pfor.h"

#define PROCS 2

#if defined(__x86_64__) || defined(__i386__)
#define RELAX() __builtin_ia32_pause()
#else
#define RELAX() ((void)0)
#endif
#define MAX_RUNS 50

/* What the contending processes share. */
struct arena {
    volatile int go;
    double end[PROCS];
    long long counter;
    pthread_mutex_t m;                  /* for the raw pthread variants */
    _Alignas(64) long long far_counter; /* on another cache line than m */
};

/* One way of doing "lock; counter++; unlock" n times. */
struct variant {
    const char *name;
    void (*setup)(struct arena *a);
    void (*loop)(struct arena *a, long n);
    void (*teardown)(struct arena *a);
};

/* Busy work between increments (third argument, default 0): with some,
 * the lock changes hands often instead of staying with one process. */
static int outside_work;
static inline void work_outside(void)
{
    for (volatile int k = 0; k < outside_work; k++)
        ;
}

static pf_lock_t *the_lock;
static pf_rlock_t *the_rlock;
static pf_value_t *the_value;

/* ---- pfor ---- */

static void setup_lock(struct arena *a)
{
    (void)a;
    if (pf_lock_new(&the_lock) != 0)
        exit(1);
}
static void loop_lock(struct arena *a, long n)
{
    for (long i = 0; i < n; i++) {
        pf_lock_acquire(the_lock, PF_FOREVER);
        a->counter++;
        pf_lock_release(the_lock);
        work_outside();
    }
}
static void teardown_lock(struct arena *a)
{
    (void)a;
    pf_lock_free(the_lock);
}

static void setup_value(struct arena *a)
{
    (void)a;
    if (pf_value_new('q', NULL, &the_value) != 0)
        exit(1);
    the_rlock = pf_value_get_lock(the_value);
}
/* The multiprocessing idiom: with v.get_lock(): v.value += 1 */
static void loop_value_lock(struct arena *a, long n)
{
    (void)a;
    long long *p = pf_value_ptr(the_value);
    for (long i = 0; i < n; i++) {
        pf_rlock_acquire(the_rlock, PF_FOREVER);
        (*p)++;
        pf_rlock_release(the_rlock);
        work_outside();
    }
}
static void loop_value_add(struct arena *a, long n)
{
    (void)a;
    for (long i = 0; i < n; i++) {
        pf_value_add_ll(the_value, 1);
        work_outside();
    }
}
static void teardown_value(struct arena *a)
{
    long long x = 0;
    pf_value_get_ll(the_value, &x);
    a->counter = x;
    pf_value_free(the_value);
}

/* ---- raw pthread mutexes, the alternatives ---- */

static void init_mutex(struct arena *a, int robust)
{
    pthread_mutexattr_t attr;
    pthread_mutexattr_init(&attr);
    pthread_mutexattr_setpshared(&attr, PTHREAD_PROCESS_SHARED);
    if (robust)
        pthread_mutexattr_setrobust(&attr, PTHREAD_MUTEX_ROBUST);
    pthread_mutex_init(&a->m, &attr);
    pthread_mutexattr_destroy(&attr);
}
static void setup_robust(struct arena *a)
{
    init_mutex(a, 1);
}
static void setup_plain(struct arena *a)
{
    init_mutex(a, 0);
}
static void teardown_mutex(struct arena *a)
{
    pthread_mutex_destroy(&a->m);
}

static void loop_mutex(struct arena *a, long n)
{
    for (long i = 0; i < n; i++) {
        pthread_mutex_lock(&a->m);
        a->counter++;
        pthread_mutex_unlock(&a->m);
        work_outside();
    }
}

/* The same with the data on another cache line than the mutex: what a
 * lock in one mapping and its data in another would cost. */
static void loop_mutex_far(struct arena *a, long n)
{
    for (long i = 0; i < n; i++) {
        pthread_mutex_lock(&a->m);
        a->far_counter++;
        pthread_mutex_unlock(&a->m);
        work_outside();
    }
}
static void setup_robust_far(struct arena *a)
{
    a->far_counter = 0;
    init_mutex(a, 1);
}
static void teardown_mutex_far(struct arena *a)
{
    a->counter = a->far_counter;
    pthread_mutex_destroy(&a->m);
}

/* Spin up to `spins` times (reading the lock word) before sleeping. */
static inline void lock_spin(pthread_mutex_t *m, int spins)
{
    if (pthread_mutex_trylock(m) == 0)
        return;
    for (int k = 0; k < spins; k++) {
        RELAX();
        if (__atomic_load_n(&m->__data.__lock, __ATOMIC_RELAXED) == 0 &&
            pthread_mutex_trylock(m) == 0)
            return;
    }
    pthread_mutex_lock(m);
}
static void loop_spin(struct arena *a, long n, int spins)
{
    for (long i = 0; i < n; i++) {
        lock_spin(&a->m, spins);
        a->counter++;
        pthread_mutex_unlock(&a->m);
        work_outside();
    }
}
static void loop_spin_20(struct arena *a, long n)
{
    loop_spin(a, n, 20);
}
static void loop_spin_200(struct arena *a, long n)
{
    loop_spin(a, n, 200);
}
static void loop_spin_2000(struct arena *a, long n)
{
    loop_spin(a, n, 2000);
}

static const struct variant variants[] = {
    {"pf_lock (robust + spin 200)", setup_lock, loop_lock, teardown_lock},
    {"pf_value: get_lock() + ptr (rlock)", setup_value, loop_value_lock,
     teardown_value},
    {"pf_value_add_ll (rlock inside)", setup_value, loop_value_add,
     teardown_value},
    {"robust pthread mutex, no spin", setup_robust, loop_mutex, teardown_mutex},
    {"robust pthread mutex, data on another line", setup_robust_far,
     loop_mutex_far, teardown_mutex_far},
    {"robust pthread mutex, spin 20", setup_robust, loop_spin_20,
     teardown_mutex},
    {"robust pthread mutex, spin 200", setup_robust, loop_spin_200,
     teardown_mutex},
    {"robust pthread mutex, spin 2000", setup_robust, loop_spin_2000,
     teardown_mutex},
    {"plain pshared mutex (no owner death)", setup_plain, loop_mutex,
     teardown_mutex},
};

/* One contended run: PROCS processes do n increments each; returns µs per
 * increment (wall time from the start signal to the last finish, divided
 * by all increments), or -1 when the count came out wrong. */
static double contended_run(struct arena *a, const struct variant *v, long n)
{
    a->go = 0;
    a->counter = 0;
    v->setup(a);
    pid_t pids[PROCS];
    for (int p = 0; p < PROCS; p++) {
        fflush(NULL);
        pids[p] = fork();
        if (pids[p] == 0) {
            while (!a->go)
                RELAX();
            v->loop(a, n);
            a->end[p] = bench_now();
            _exit(0);
        }
    }
    usleep(10000); /* let both reach the start line */
    double start = bench_now();
    __atomic_store_n(&a->go, 1, __ATOMIC_SEQ_CST);
    double end = start;
    for (int p = 0; p < PROCS; p++) {
        waitpid(pids[p], NULL, 0);
        if (a->end[p] > end)
            end = a->end[p];
    }
    v->teardown(a);
    if (a->counter != (long long)n * PROCS) {
        fprintf(stderr, "%s: counter %lld, expected %lld\n", v->name,
                a->counter, (long long)n * PROCS);
        return -1;
    }
    return (end - start) * 1e6 / ((double)n * PROCS);
}

/* Uncontended lock + unlock in one process, ns per pair. */
static double uncontended_ns(int which, long n)
{
    double t0 = 0, t1 = 0;
    if (which == 0) {
        pf_lock_t *l;
        pf_lock_new(&l);
        t0 = bench_now();
        for (long i = 0; i < n; i++) {
            pf_lock_acquire(l, PF_FOREVER);
            pf_lock_release(l);
        }
        t1 = bench_now();
        pf_lock_free(l);
    } else if (which == 1) {
        pf_rlock_t *r;
        pf_rlock_new(&r);
        t0 = bench_now();
        for (long i = 0; i < n; i++) {
            pf_rlock_acquire(r, PF_FOREVER);
            pf_rlock_release(r);
        }
        t1 = bench_now();
        pf_rlock_free(r);
    } else {
        pthread_mutex_t *m = mmap(NULL, sizeof *m, PROT_READ | PROT_WRITE,
                                  MAP_SHARED | MAP_ANONYMOUS, -1, 0);
        pthread_mutexattr_t attr;
        pthread_mutexattr_init(&attr);
        pthread_mutexattr_setpshared(&attr, PTHREAD_PROCESS_SHARED);
        pthread_mutexattr_setrobust(&attr, PTHREAD_MUTEX_ROBUST);
        pthread_mutex_init(m, &attr);
        t0 = bench_now();
        for (long i = 0; i < n; i++) {
            pthread_mutex_lock(m);
            pthread_mutex_unlock(m);
        }
        t1 = bench_now();
        munmap(m, sizeof *m);
    }
    return (t1 - t0) * 1e9 / (double)n;
}

int main(int argc, char **argv)
{
    long n = argc > 1 ? atol(argv[1]) : 1000000;
    int runs = argc > 2 ? atoi(argv[2]) : 5;
    outside_work = argc > 3 ? atoi(argv[3]) : 0;
    if (n < 1 || runs < 1 || runs > MAX_RUNS) {
        fprintf(stderr, "usage: %s [increments-per-process [runs]]\n", argv[0]);
        return 2;
    }
    struct arena *a = mmap(NULL, sizeof *a, PROT_READ | PROT_WRITE,
                           MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    if (a == MAP_FAILED)
        return 1;

    printf("bench_lock: %d processes x %ld locked increments, median of %d "
           "runs\n",
           PROCS, n, runs);
    /* Python first: its figure is the baseline of every ratio. */
    long py_n = n / 10 > 0 ? n / 10 : 1;
    char args[64];
    snprintf(args, sizeof args, "%ld %d", py_n, runs);
    double python = bench_python("py_lock.py", args);
    if (python > 0)
        bench_row("python Value + get_lock() (RLock)", python, "us/incr", 0,
                  NULL);
    else
        printf("  python baseline unavailable\n");

    int failed = 0;
    for (size_t k = 0; k < sizeof variants / sizeof variants[0]; k++) {
        double samples[MAX_RUNS];
        for (int r = 0; r < runs; r++) {
            samples[r] = contended_run(a, &variants[k], n);
            if (samples[r] < 0)
                failed = 1;
        }
        bench_row(variants[k].name, bench_median(samples, (size_t)runs),
                  "us/incr", python, "python");
    }

    printf("uncontended lock + unlock, one process:\n");
    const char *names[] = {"pf_lock", "pf_rlock", "robust pthread mutex"};
    for (int w = 0; w < 3; w++) {
        double samples[MAX_RUNS];
        for (int r = 0; r < runs; r++)
            samples[r] = uncontended_ns(w, n);
        bench_row(names[w], bench_median(samples, (size_t)runs), "ns", 0, NULL);
    }
    munmap(a, sizeof *a);
    return failed;
}
