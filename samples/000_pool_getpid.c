/* 000_af678ed9c2489058.txt: Get PID: apply_async(os.getpid) x 10. */
/*
 * Ten single jobs on a pool of 3 workers, each answering with the pid of
 * the worker that ran it: the same three pids come back again and again,
 * because a pool keeps its processes.  The task is os.getpid itself in the
 * seed; in C a small task function returns getpid() as its result.
 */
#include <pfor.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "sample.h"

static int get_pid(const void *in, size_t in_len, pf_pool_out_t *out)
{
    (void)in;
    (void)in_len;
    int pid = getpid();
    return pf_pool_out_set(out, &pid, sizeof pid);
}

int main(void)
{
    pf_pool_t *pool;
    int seen[3], nseen = 0;

    CHECK(pf_pool_new(&(pf_pool_options_t){.workers = 3}, &pool));
    for (int i = 0; i < 10; i++) {
        pf_pool_async_t *reply;
        const void *value;
        size_t len;
        CHECK(pf_pool_apply_async(pool, get_pid, NULL, 0, NULL, NULL, NULL,
                                  &reply));
        CHECK(pf_pool_async_get(reply, 5.0));
        CHECK(pf_pool_async_value(reply, &value, &len));
        int pid = *(const int *)value;
        printf("Handle %d PID %d\n", i, pid);
        pf_pool_async_free(reply);

        int known = 0;
        for (int k = 0; k < nseen; k++)
            known |= seen[k] == pid;
        if (!known && nseen < 3)
            seen[nseen++] = pid;
    }
    printf("%d distinct worker pids\n", nseen);

    CHECK(pf_pool_close(pool));
    CHECK(pf_pool_join(pool, PF_FOREVER));
    pf_pool_free(pool);
    return 0;
}
