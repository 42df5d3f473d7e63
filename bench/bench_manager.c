/* bench_manager.c - set and get on a manager dict from a child process,
 * against Python's Manager().dict() doing the same work in the same run. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

#include "benchutil.h"
#include "pfor.h"

#define ROUNDS 7
#define OPS 200000 /* per round */

/* What the child measured, in a shared page: µs per op, per round. */
struct results {
    double set_us[ROUNDS];
    double get_us[ROUNDS];
    double update_us[ROUNDS]; /* locked read-modify-write of one key */
    double append_us[ROUNDS];
    double pair_us[2][ROUNDS]; /* two children setting at once */
    int ok;
    int pair_ok[2];
};

/* In the child: each round sets OPS distinct keys (new ones in round 0,
 * overwrites after), gets them back, then does locked increments. */
static void child(pf_manager_t *m, pf_dict_t *d, pf_list_t *l,
                  struct results *r)
{
    /* The keys are made before timing, as py_manager.py does. */
    static char keys[OPS][16];
    for (long i = 0; i < OPS; i++)
        snprintf(keys[i], sizeof keys[i], "key%ld", i);
    long long v = 0;
    for (int round = 0; round < ROUNDS; round++) {
        double t0 = bench_now();
        for (long i = 0; i < OPS; i++) {
            v = i + round;
            if (pf_dict_set(d, keys[i], &v, sizeof v) != 0)
                return;
        }
        double t1 = bench_now();
        for (long i = 0; i < OPS; i++) {
            if (pf_dict_get(d, keys[i], &v, sizeof v, NULL) != 0 ||
                v != i + round)
                return;
        }
        double t2 = bench_now();
        for (long i = 0; i < OPS / 10; i++) {
            pf_manager_lock(m, PF_FOREVER);
            pf_dict_get(d, "counter", &v, sizeof v, NULL);
            v++;
            pf_dict_set(d, "counter", &v, sizeof v);
            pf_manager_unlock(m);
        }
        double t3 = bench_now();
        for (long i = 0; i < OPS / 10; i++)
            pf_list_append(l, &v, sizeof v);
        pf_list_clear(l);
        double t4 = bench_now();
        r->append_us[round] = (t4 - t3) / (OPS / 10) * 1e6;
        r->set_us[round] = (t1 - t0) / OPS * 1e6;
        r->get_us[round] = (t2 - t1) / OPS * 1e6;
        r->update_us[round] = (t3 - t2) / (OPS / 10) * 1e6;
    }
    r->ok = 1;
}

/* One of two children setting their own keys at the same time. */
static void pair_child(int who, pf_dict_t *d, struct results *r)
{
    static char keys[OPS / 2][16];
    for (long i = 0; i < OPS / 2; i++)
        snprintf(keys[i], sizeof keys[i], "pair%d-%ld", who, i);
    for (int round = 0; round < ROUNDS; round++) {
        double t0 = bench_now();
        for (long i = 0; i < OPS / 2; i++) {
            if (pf_dict_set(d, keys[i], &i, sizeof i) != 0)
                return;
        }
        r->pair_us[who][round] = (bench_now() - t0) / (OPS / 2) * 1e6;
    }
    r->pair_ok[who] = 1;
}

int main(void)
{
    struct results *r = mmap(NULL, sizeof *r, PROT_READ | PROT_WRITE,
                             MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    pf_manager_t *m;
    pf_dict_t *d;
    pf_list_t *l;
    if (r == MAP_FAILED || pf_manager_new(NULL, &m) != 0 ||
        pf_manager_dict(m, &d) != 0 || pf_manager_list(m, &l) != 0) {
        fprintf(stderr, "bench_manager: setup failed\n");
        return 1;
    }
    long long zero = 0;
    pf_dict_set(d, "counter", &zero, sizeof zero);
    fflush(NULL);
    pid_t pid = fork();
    if (pid == 0) {
        child(m, d, l, r);
        _exit(0);
    }
    int status;
    waitpid(pid, &status, 0);
    pid_t pair[2];
    for (int who = 0; who < 2; who++) {
        pair[who] = fork();
        if (pair[who] == 0) {
            pair_child(who, d, r);
            _exit(0);
        }
    }
    for (int who = 0; who < 2; who++)
        waitpid(pair[who], &status, 0);
    if (!r->ok || !r->pair_ok[0] || !r->pair_ok[1]) {
        fprintf(stderr, "bench_manager: child failed\n");
        return 1;
    }
    double set = bench_median(r->set_us, ROUNDS);
    double get = bench_median(r->get_us, ROUNDS);
    double update = bench_median(r->update_us, ROUNDS);
    double append = bench_median(r->append_us, ROUNDS);
    double both[2 * ROUNDS];
    memcpy(both, r->pair_us[0], sizeof r->pair_us[0]);
    memcpy(both + ROUNDS, r->pair_us[1], sizeof r->pair_us[1]);
    double pair_set = bench_median(both, 2 * ROUNDS);
    pf_manager_free(m);
    munmap(r, sizeof *r);

    double py_set = bench_python("py_manager.py", "set");
    double py_get = bench_python("py_manager.py", "get");
    printf("manager dict from a child process, %d keys, median of %d "
           "rounds\n",
           OPS, ROUNDS);
    bench_row("python Manager().dict() set", py_set, "us/op", 0, NULL);
    bench_row("pfor dict set", set, "us/op", py_set, "of python");
    bench_row("python Manager().dict() get", py_get, "us/op", 0, NULL);
    bench_row("pfor dict get", get, "us/op", py_get, "of python");
    bench_row("pfor locked get+set (one key)", update, "us/op", 0, NULL);
    bench_row("pfor list append", append, "us/op", 0, NULL);
    bench_row("pfor dict set, 2 children at once (each)", pair_set, "us/op",
              py_set, "of python");
    if (py_set > 0 && py_get > 0)
        printf("  speed-up: set %.0fx, get %.0fx; ops/s: set %.2fM, get "
               "%.2fM\n",
               py_set / set, py_get / get, 1.0 / set, 1.0 / get);
    return 0;
}
