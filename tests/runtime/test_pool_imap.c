/* test_pool_imap.c - a 10^7-item pf_pool imap streams with bounded memory
 * (its own program, so that the peak-RSS reading is its own). */
#include <stdlib.h>
#include <string.h>

#include "pftest.h"

static int triple(const void *in, void *out, void *arg)
{
    (void)arg;
    *(unsigned long *)out = *(const size_t *)in * 3;
    return 0;
}

static void index_gen(size_t index, void *item, void *arg)
{
    (void)arg;
    memcpy(item, &index, sizeof index);
}

/* Peak resident set of this process in KiB (VmHWM), or -1. */
static long peak_rss_kib(void)
{
    FILE *f = fopen("/proc/self/status", "re");
    if (!f)
        return -1;
    char line[256];
    long kib = -1;
    while (fgets(line, sizeof line, f))
        if (strncmp(line, "VmHWM:", 6) == 0)
            kib = strtol(line + 6, NULL, 10);
    fclose(f);
    return kib;
}

static void run_imap(bool ordered)
{
    pf_pool_options_t o = {.workers = 2};
    pf_pool_t *p;
    PFTEST_OK(pf_pool_new(&o, &p));
    const size_t n = 10000000;
    long before = peak_rss_kib();
    pf_pool_map_args_t a = {.fn = triple,
                            .gen = index_gen,
                            .in_size = sizeof(size_t),
                            .n = n,
                            .out_size = sizeof(unsigned long)};
    pf_pool_iter_t *it;
    PFTEST_OK(pf_pool_imap_ex(p, &a, ordered, &it));
    unsigned long v, sum = 0;
    size_t idx, count = 0, bad = 0;
    int rc;
    while ((rc = pf_pool_iter_next(it, &v, &idx, 60.0, NULL)) == 0) {
        bad += v != idx * 3 || (ordered && idx != count);
        sum += v;
        count++;
    }
    PFTEST_EXPECT(PF_EOF, rc);
    CU_ASSERT_EQUAL(count, n);
    CU_ASSERT_EQUAL(bad, 0);
    CU_ASSERT_EQUAL(sum, 3 * (unsigned long)n * (n - 1) / 2);
    pf_pool_iter_free(it);
    long after = peak_rss_kib();
    /* Holding every result would take 80 MB (plus 80 MB of inputs); the
     * window holds well under 16 MB. */
    CU_ASSERT(before > 0 && after > 0);
    CU_ASSERT(after - before < 16 * 1024);
    if (after - before >= 16 * 1024)
        fprintf(stderr, "peak RSS grew by %ld KiB\n", after - before);
    pf_pool_free(p);
}

static void test_imap_ordered_bounded(void)
{
    run_imap(true);
}

static void test_imap_unordered_bounded(void)
{
    run_imap(false);
}

void pftest_main(void)
{
    pftest_suite("pool imap");
    pftest_add("10^7-item imap, bounded memory", test_imap_ordered_bounded);
    pftest_add("10^7-item imap_unordered, bounded memory",
               test_imap_unordered_bounded);
}
