/* 001_cea31294124c9188.txt: Semaphore + Manager list (ActivePool). */
/*
 * Ten processes share a resource that at most three may use at once.
 * Semaphore(3) is pf_semaphore_new(3, ...); `with s:` is acquire/release.
 * ActivePool keeps the names of the active processes in a manager list
 * (mgr.list() is pf_manager_list) guarded by a lock, as the seed does,
 * and printing it shows that no more than three are ever running.  The
 * random pause is up to 0.1 s (up to 1 s in the seed).
 */
#include <pfor.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "sample.h"

struct active_pool {
    pf_manager_t *mgr;
    pf_list_t *active;
    pf_lock_t *lock;
};

struct shared {
    pf_semaphore_t *s;
    struct active_pool pool;
};

static void make_active(struct active_pool *pool, const char *name)
{
    CHECK(pf_lock_acquire(pool->lock, PF_FOREVER));
    CHECK(pf_list_append(pool->active, name, strlen(name) + 1));
    CHECK(pf_lock_release(pool->lock));
}

static void make_inactive(struct active_pool *pool, const char *name)
{
    CHECK(pf_lock_acquire(pool->lock, PF_FOREVER));
    CHECK(pf_list_remove(pool->active, name, strlen(name) + 1));
    CHECK(pf_lock_release(pool->lock));
}

/* ActivePool.__str__, printed: Now running: ['3', '2', '0'] */
static void print_pool(struct active_pool *pool)
{
    pf_iter_t *it;
    const void *name;
    const char *sep = "";

    CHECK(pf_lock_acquire(pool->lock, PF_FOREVER));
    CHECK(pf_list_iter(pool->active, &it));
    CHECK(pf_lock_release(pool->lock));
    printf("Now running: [");
    while (pf_iter_next(it, NULL, &name, NULL) == 1) {
        printf("%s'%s'", sep, (const char *)name);
        sep = ", ";
    }
    printf("]\n");
    pf_iter_free(it);
}

static int worker(void *arg)
{
    struct shared *sh = arg;
    const char *name = pf_current_process();
    unsigned int seed = (unsigned int)getpid();

    CHECK(pf_semaphore_acquire(sh->s, PF_FOREVER));
    make_active(&sh->pool, name);
    print_pool(&sh->pool);
    usleep(rand_r(&seed) % 100000); /* time.sleep(random.random()) */
    make_inactive(&sh->pool, name);
    CHECK(pf_semaphore_release(sh->s));
    return 0;
}

int main(void)
{
    struct shared sh;
    pf_process_t *jobs[10];

    setvbuf(stdout, NULL, _IOLBF, 0);
    CHECK(pf_manager_new(NULL, &sh.pool.mgr));
    CHECK(pf_manager_list(sh.pool.mgr, &sh.pool.active));
    CHECK(pf_lock_new(&sh.pool.lock));
    CHECK(pf_semaphore_new(3, &sh.s));

    for (int i = 0; i < 10; i++) {
        char name[16];
        snprintf(name, sizeof name, "%d", i);
        CHECK(pf_process_new(worker, &sh, &(pf_process_options_t){.name = name},
                             &jobs[i]));
    }
    for (int i = 0; i < 10; i++)
        CHECK(pf_process_start(jobs[i]));
    for (int i = 0; i < 10; i++) {
        CHECK(pf_process_join(jobs[i], PF_FOREVER));
        print_pool(&sh.pool);
        pf_process_free(jobs[i]);
    }

    pf_semaphore_free(sh.s);
    pf_lock_free(sh.pool.lock);
    pf_manager_free(sh.pool.mgr);
    return 0;
}
