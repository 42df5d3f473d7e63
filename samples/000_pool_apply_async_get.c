/* 000_af678ed9c2489058.txt: Send Single Job: apply_async, get(timeout). */
/*
 * One job sent to a pool without waiting, then its result fetched with a
 * time limit.  apply_async is pf_pool_apply_async, reply.get(timeout=1) is
 * pf_pool_async_get(reply, timeout) (PF_ETIMEDOUT when not ready in time)
 * followed by pf_pool_async_value for the result's bytes.  An apply task
 * takes any bytes in and stores any bytes out (pf_pool_out_set).  The
 * limit is 5 s instead of the seed's 1 s, for a heavily loaded machine.
 */
#include <pfor.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sample.h"

static int work(const void *in, size_t in_len, pf_pool_out_t *out)
{
    int data;
    if (in_len != sizeof data)
        return PF_EINVAL;
    memcpy(&data, in, sizeof data);
    int result = data * data;
    return pf_pool_out_set(out, &result, sizeof result);
}

int main(void)
{
    pf_pool_t *pool;
    pf_pool_async_t *reply;
    int arg = 20;
    const void *value;
    size_t len;

    CHECK(pf_pool_new(&(pf_pool_options_t){.workers = 2}, &pool));
    CHECK(pf_pool_apply_async(pool, work, &arg, sizeof arg, NULL, NULL, NULL,
                              &reply));
    CHECK(pf_pool_async_get(reply, 5.0));
    CHECK(pf_pool_async_value(reply, &value, &len));
    printf("%d\n", *(const int *)value);
    pf_pool_async_free(reply);

    CHECK(pf_pool_close(pool));
    CHECK(pf_pool_join(pool, PF_FOREVER));
    pf_pool_free(pool);
    return 0;
}
