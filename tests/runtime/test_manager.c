/* test_manager.c - the manager's dict, list and namespace: behaviour, the
 * Python texts' examples, many processes at once, growth, crashes. */
#include <signal.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "internal.h"
#include "pftest.h"

/* ---- helpers ---- */

typedef int (*child_fn)(int index, void *arg);

/* Fork n children running fn(i, arg) and _exit-ing with its result; wait
 * for all; returns how many did not exit with status 0. */
static int run_children(int n, child_fn fn, void *arg)
{
    pid_t pids[64];
    for (int i = 0; i < n; i++) {
        pid_t pid = pf__fork(0);
        if (pid == 0)
            _exit(fn(i, arg));
        CU_ASSERT(pid > 0);
        pids[i] = pid;
    }
    int bad = 0;
    for (int i = 0; i < n; i++) {
        int status;
        if (pids[i] <= 0 || waitpid(pids[i], &status, 0) != pids[i] ||
            !WIFEXITED(status) || WEXITSTATUS(status) != 0)
            bad++;
    }
    return bad;
}

/* Mappings of the kinds pfor makes (pftest: shared, memfd, large
 * reservations); malloc's, the sanitizers' and valgrind's own come and
 * go. */
static int count_map_lines(void)
{
    return pftest_count_maps();
}

static long long dict_get_ll(pf_dict_t *d, const char *key)
{
    long long v = 0;
    size_t len = 0;
    if (pf_dict_get(d, key, &v, sizeof v, &len) != 0 || len != sizeof v)
        return -1;
    return v;
}

static int dict_set_ll(pf_dict_t *d, const char *key, long long v)
{
    return pf_dict_set(d, key, &v, sizeof v);
}

/* ---- dict, single process ---- */

static void test_dict_basic(void)
{
    pf_manager_t *m;
    pf_dict_t *d, *e;
    PFTEST_OK(pf_manager_new(NULL, &m));
    PFTEST_OK(pf_manager_dict(m, &d));
    PFTEST_OK(pf_manager_dict(m, &e));
    CU_ASSERT_EQUAL(pf_dict_len(d), 0);
    PFTEST_OK(pf_dict_set(d, "alpha", "one", 3));
    PFTEST_OK(pf_dict_set(d, "beta", "two!", 4));
    PFTEST_OK(pf_dict_set(d, "", "empty key", 9));
    PFTEST_OK(pf_dict_set(d, "nothing", NULL, 0));
    CU_ASSERT_EQUAL(pf_dict_len(d), 4);
    CU_ASSERT_EQUAL(pf_dict_contains(d, "alpha"), 1);
    CU_ASSERT_EQUAL(pf_dict_contains(d, "gamma"), 0);
    CU_ASSERT_EQUAL(pf_dict_contains(e, "alpha"), 0);

    char buf[16];
    size_t len = 0;
    PFTEST_OK(pf_dict_get(d, "beta", buf, sizeof buf, &len));
    CU_ASSERT_EQUAL(len, 4);
    CU_ASSERT(memcmp(buf, "two!", 4) == 0);
    PFTEST_EXPECT(PF_ENOSPC, pf_dict_get(d, "beta", buf, 2, &len));
    CU_ASSERT_EQUAL(len, 4);
    PFTEST_OK(pf_dict_get(d, "nothing", NULL, 0, &len));
    CU_ASSERT_EQUAL(len, 0);
    PFTEST_EXPECT(PF_ENOENT, pf_dict_get(d, "gamma", buf, sizeof buf, &len));

    /* Overwrite with a longer value. */
    PFTEST_OK(pf_dict_set(d, "alpha", "the first letter", 16));
    void *v = NULL;
    PFTEST_OK(pf_dict_get_alloc(d, "alpha", &v, &len));
    CU_ASSERT_EQUAL(len, 16);
    CU_ASSERT_STRING_EQUAL((char *)v, "the first letter");
    free(v);
    PFTEST_EXPECT(PF_ENOENT, pf_dict_get_alloc(d, "gamma", &v, &len));
    CU_ASSERT_PTR_NULL(v);

    PFTEST_OK(pf_dict_delete(d, "alpha"));
    PFTEST_EXPECT(PF_ENOENT, pf_dict_delete(d, "alpha"));
    CU_ASSERT_EQUAL(pf_dict_len(d), 3);

    /* update from another dict; then clear. */
    PFTEST_OK(pf_dict_set(e, "beta", "B", 1));
    PFTEST_OK(pf_dict_set(e, "delta", "D", 1));
    PFTEST_OK(pf_dict_update(d, e));
    CU_ASSERT_EQUAL(pf_dict_len(d), 4);
    PFTEST_OK(pf_dict_get(d, "beta", buf, sizeof buf, &len));
    CU_ASSERT(len == 1 && buf[0] == 'B');
    PFTEST_OK(pf_dict_update(d, d));
    PFTEST_OK(pf_dict_clear(d));
    CU_ASSERT_EQUAL(pf_dict_len(d), 0);
    CU_ASSERT_EQUAL(pf_dict_contains(d, "beta"), 0);
    PFTEST_OK(pf_dict_set(d, "after", "clear", 5));
    CU_ASSERT_EQUAL(pf_dict_len(d), 1);
    CU_ASSERT_EQUAL(pf_dict_len(e), 2);
    PFTEST_OK(pf_manager_validate(m));

    /* Bad arguments. */
    PFTEST_EXPECT(PF_EINVAL, pf_manager_new(NULL, NULL));
    PFTEST_EXPECT(PF_EINVAL, pf_manager_dict(NULL, &d));
    PFTEST_EXPECT(PF_EINVAL, pf_manager_dict(m, NULL));
    PFTEST_EXPECT(PF_EINVAL, pf_dict_set(NULL, "k", "v", 1));
    PFTEST_EXPECT(PF_EINVAL, pf_dict_set(d, NULL, "v", 1));
    PFTEST_EXPECT(PF_EINVAL, pf_dict_set(d, "k", NULL, 1));
    PFTEST_EXPECT(PF_EINVAL, pf_dict_get(d, "k", NULL, 4, &len));
    PFTEST_EXPECT(PF_EINVAL, pf_dict_get_alloc(d, "k", NULL, &len));
    PFTEST_EXPECT(PF_EINVAL, pf_dict_delete(d, NULL));
    PFTEST_EXPECT(PF_EINVAL, pf_dict_contains(NULL, "k"));
    CU_ASSERT_EQUAL(pf_dict_len(NULL), PF_EINVAL);
    PFTEST_EXPECT(PF_EINVAL, pf_dict_clear(NULL));
    PFTEST_EXPECT(PF_EINVAL, pf_dict_update(d, NULL));
    pf_iter_t *it;
    PFTEST_EXPECT(PF_EINVAL, pf_dict_iter(d, 7, &it));
    PFTEST_EXPECT(PF_EINVAL, pf_dict_iter(d, PF_ITER_KEYS, NULL));
    PFTEST_EXPECT(PF_EINVAL, pf_manager_lock(NULL, 1));
    PFTEST_EXPECT(PF_EINVAL, pf_manager_validate(NULL));
    pf_manager_free(m);
    pf_manager_free(NULL);
}

static void test_dict_iteration_is_a_snapshot(void)
{
    pf_manager_t *m;
    pf_dict_t *d;
    PFTEST_OK(pf_manager_new(NULL, &m));
    PFTEST_OK(pf_manager_dict(m, &d));
    for (int i = 0; i < 100; i++) {
        char key[16];
        snprintf(key, sizeof key, "k%d", i);
        PFTEST_OK(dict_set_ll(d, key, i * 3));
    }
    pf_iter_t *items, *keys;
    PFTEST_OK(pf_dict_iter(d, PF_ITER_ITEMS, &items));
    PFTEST_OK(pf_dict_iter(d, PF_ITER_KEYS, &keys));
    /* Changes after the snapshot do not show in it. */
    PFTEST_OK(pf_dict_clear(d));
    PFTEST_OK(pf_dict_set(d, "new", "x", 1));
    CU_ASSERT_EQUAL(pf_iter_len(items), 100);
    int seen[100] = {0}, n = 0;
    const char *key;
    const void *value;
    size_t len;
    while (pf_iter_next(items, &key, &value, &len) == 1) {
        int i = atoi(key + 1);
        long long v;
        CU_ASSERT_EQUAL(len, sizeof v);
        memcpy(&v, value, sizeof v);
        CU_ASSERT_EQUAL(v, i * 3);
        if (i >= 0 && i < 100)
            seen[i]++;
        n++;
    }
    CU_ASSERT_EQUAL(n, 100);
    for (int i = 0; i < 100; i++)
        CU_ASSERT_EQUAL(seen[i], 1);
    n = 0;
    while (pf_iter_next(keys, &key, &value, &len) == 1) {
        CU_ASSERT_PTR_NULL(value);
        CU_ASSERT_EQUAL(key[0], 'k');
        n++;
    }
    CU_ASSERT_EQUAL(n, 100);
    CU_ASSERT_EQUAL(pf_iter_next(keys, NULL, NULL, NULL), 0);
    PFTEST_EXPECT(PF_EINVAL, pf_iter_next(NULL, NULL, NULL, NULL));
    pf_iter_free(items);
    pf_iter_free(keys);
    pf_iter_free(NULL);
    PFTEST_OK(pf_manager_validate(m));
    pf_manager_free(m);
}

/* ---- list, single process ---- */

static int cmp_int(const void *a, size_t alen, const void *b, size_t blen,
                   void *arg)
{
    (void)arg;
    int x, y;
    if (alen != sizeof x || blen != sizeof y)
        return (alen > blen) - (alen < blen);
    memcpy(&x, a, sizeof x);
    memcpy(&y, b, sizeof y);
    return (x > y) - (x < y);
}

static int list_int(pf_list_t *l, long i)
{
    int v = -1;
    size_t len;
    if (pf_list_get(l, i, &v, sizeof v, &len) != 0 || len != sizeof v)
        return -1000;
    return v;
}

static void test_list_basic(void)
{
    pf_manager_t *m;
    pf_list_t *l;
    PFTEST_OK(pf_manager_new(NULL, &m));
    PFTEST_OK(pf_manager_list(m, &l));
    CU_ASSERT_EQUAL(pf_list_len(l), 0);
    for (int i = 0; i < 20; i++)
        PFTEST_OK(pf_list_append(l, &i, sizeof i));
    CU_ASSERT_EQUAL(pf_list_len(l), 20);
    CU_ASSERT_EQUAL(list_int(l, 0), 0);
    CU_ASSERT_EQUAL(list_int(l, 19), 19);
    CU_ASSERT_EQUAL(list_int(l, -1), 19);
    CU_ASSERT_EQUAL(list_int(l, -20), 0);
    int v;
    size_t len;
    PFTEST_EXPECT(PF_ERANGE, pf_list_get(l, 20, &v, sizeof v, &len));
    PFTEST_EXPECT(PF_ERANGE, pf_list_get(l, -21, &v, sizeof v, &len));
    PFTEST_EXPECT(PF_ENOSPC, pf_list_get(l, 0, &v, 1, &len));
    CU_ASSERT_EQUAL(len, sizeof v);

    /* extend */
    int a = 100, b = 101;
    const void *vals[] = {&a, &b};
    size_t lens[] = {sizeof a, sizeof b};
    PFTEST_OK(pf_list_extend(l, vals, lens, 2));
    CU_ASSERT_EQUAL(pf_list_len(l), 22);
    CU_ASSERT_EQUAL(list_int(l, 21), 101);

    /* set, insert (clamped as Python does), pop, remove, index */
    v = 555;
    PFTEST_OK(pf_list_set(l, 5, &v, sizeof v));
    CU_ASSERT_EQUAL(list_int(l, 5), 555);
    PFTEST_EXPECT(PF_ERANGE, pf_list_set(l, 22, &v, sizeof v));
    v = -1;
    PFTEST_OK(pf_list_insert(l, 0, &v, sizeof v));
    CU_ASSERT_EQUAL(list_int(l, 0), -1);
    CU_ASSERT_EQUAL(list_int(l, 1), 0);
    v = -2;
    PFTEST_OK(pf_list_insert(l, -1000, &v, sizeof v));
    CU_ASSERT_EQUAL(list_int(l, 0), -2);
    v = 999;
    PFTEST_OK(pf_list_insert(l, 1000, &v, sizeof v));
    CU_ASSERT_EQUAL(list_int(l, -1), 999);
    v = 7777;
    PFTEST_OK(pf_list_insert(l, -1, &v, sizeof v));
    CU_ASSERT_EQUAL(list_int(l, -2), 7777);
    CU_ASSERT_EQUAL(pf_list_len(l), 26);

    void *p = NULL;
    PFTEST_OK(pf_list_pop(l, -1, &p, &len));
    CU_ASSERT(p && len == sizeof v && *(int *)p == 999);
    free(p);
    PFTEST_OK(pf_list_pop(l, 0, &p, &len));
    CU_ASSERT(p && *(int *)p == -2);
    free(p);
    PFTEST_OK(pf_list_pop(l, 3, NULL, NULL));
    CU_ASSERT_EQUAL(pf_list_len(l), 23);
    v = 555;
    CU_ASSERT_EQUAL(pf_list_index(l, &v, sizeof v), 5);
    PFTEST_OK(pf_list_remove(l, &v, sizeof v));
    PFTEST_EXPECT(PF_ENOENT, pf_list_remove(l, &v, sizeof v));
    CU_ASSERT_EQUAL(pf_list_index(l, &v, sizeof v), PF_ENOENT);
    CU_ASSERT_EQUAL(pf_list_len(l), 22);

    /* reverse and sort */
    PFTEST_OK(pf_list_reverse(l));
    CU_ASSERT_EQUAL(list_int(l, 0), 7777);
    CU_ASSERT_EQUAL(list_int(l, 1), 101);
    CU_ASSERT_EQUAL(list_int(l, -1), -1);
    PFTEST_OK(pf_list_sort(l, cmp_int, NULL));
    long n = pf_list_len(l);
    for (long i = 1; i < n; i++)
        CU_ASSERT(list_int(l, i - 1) <= list_int(l, i));
    CU_ASSERT_EQUAL(list_int(l, 0), -1);
    CU_ASSERT_EQUAL(list_int(l, -1), 7777);

    /* iteration is a snapshot */
    pf_iter_t *it;
    PFTEST_OK(pf_list_iter(l, &it));
    PFTEST_OK(pf_list_clear(l));
    CU_ASSERT_EQUAL(pf_list_len(l), 0);
    CU_ASSERT_EQUAL(pf_iter_len(it), (size_t)n);
    const char *key = "x";
    const void *value;
    int prev = -100, count = 0;
    while (pf_iter_next(it, &key, &value, &len) == 1) {
        CU_ASSERT_PTR_NULL(key);
        memcpy(&v, value, sizeof v);
        CU_ASSERT(v >= prev);
        prev = v;
        count++;
    }
    CU_ASSERT_EQUAL(count, n);
    pf_iter_free(it);
    PFTEST_EXPECT(PF_ERANGE, pf_list_pop(l, -1, NULL, NULL));

    /* bad arguments */
    PFTEST_EXPECT(PF_EINVAL, pf_list_append(NULL, &v, sizeof v));
    PFTEST_EXPECT(PF_EINVAL, pf_list_append(l, NULL, 3));
    PFTEST_EXPECT(PF_EINVAL, pf_list_extend(l, NULL, NULL, 2));
    PFTEST_EXPECT(PF_EINVAL, pf_list_sort(l, NULL, NULL));
    PFTEST_EXPECT(PF_EINVAL, pf_list_iter(l, NULL));
    PFTEST_EXPECT(PF_EINVAL, pf_list_get_alloc(l, 0, NULL, NULL));
    PFTEST_EXPECT(PF_EINVAL, pf_list_reverse(NULL));
    PFTEST_OK(pf_manager_validate(m));
    pf_manager_free(m);
}

/* ---- namespace, single process ---- */

static void test_namespace_basic(void)
{
    pf_manager_t *m;
    pf_namespace_t *ns;
    PFTEST_OK(pf_manager_new(NULL, &m));
    PFTEST_OK(pf_manager_namespace(m, &ns));
    long long i;
    double x;
    char buf[64];
    size_t len;
    /* Never set: Python's AttributeError. */
    PFTEST_EXPECT(PF_ENOENT, pf_namespace_get_int(ns, "count", &i));
    PFTEST_EXPECT(PF_ENOENT, pf_namespace_type(ns, "count"));
    PFTEST_OK(pf_namespace_set_int(ns, "count", -42));
    PFTEST_OK(pf_namespace_set_double(ns, "ratio", 0.25));
    PFTEST_OK(pf_namespace_set_string(ns, "value", "This is the value"));
    PFTEST_OK(pf_namespace_set_bytes(ns, "raw", "\0\1\2", 3));
    PFTEST_OK(pf_namespace_get_int(ns, "count", &i));
    CU_ASSERT_EQUAL(i, -42);
    PFTEST_OK(pf_namespace_get_double(ns, "ratio", &x));
    CU_ASSERT_EQUAL(x, 0.25);
    PFTEST_OK(pf_namespace_get_string(ns, "value", buf, sizeof buf, &len));
    CU_ASSERT_STRING_EQUAL(buf, "This is the value");
    CU_ASSERT_EQUAL(len, 18);
    PFTEST_EXPECT(PF_ENOSPC,
                  pf_namespace_get_string(ns, "value", buf, 4, &len));
    CU_ASSERT_EQUAL(len, 18);
    char *s = NULL;
    PFTEST_OK(pf_namespace_get_string_alloc(ns, "value", &s));
    CU_ASSERT_STRING_EQUAL(s, "This is the value");
    free(s);
    PFTEST_OK(pf_namespace_get_bytes(ns, "raw", buf, sizeof buf, &len));
    CU_ASSERT(len == 3 && memcmp(buf, "\0\1\2", 3) == 0);
    void *p = NULL;
    PFTEST_OK(pf_namespace_get_bytes_alloc(ns, "raw", &p, &len));
    CU_ASSERT(len == 3 && memcmp(p, "\0\1\2", 3) == 0);
    free(p);
    CU_ASSERT_EQUAL(pf_namespace_type(ns, "ratio"), PF_NS_DOUBLE);
    CU_ASSERT_EQUAL(pf_namespace_type(ns, "value"), PF_NS_STRING);
    /* Wrong type. */
    PFTEST_EXPECT(PF_EINVAL, pf_namespace_get_int(ns, "ratio", &i));
    PFTEST_EXPECT(PF_EINVAL, pf_namespace_get_double(ns, "count", &x));
    /* Re-typing an attribute is allowed, as in Python. */
    PFTEST_OK(pf_namespace_set_string(ns, "count", "many"));
    CU_ASSERT_EQUAL(pf_namespace_type(ns, "count"), PF_NS_STRING);

    /* The trap: a value read out is a copy; changing the copy does not
     * change the namespace until it is written back. */
    PFTEST_OK(pf_namespace_set_bytes(ns, "my_list", "", 0));
    PFTEST_OK(pf_namespace_get_bytes(ns, "my_list", buf, sizeof buf, &len));
    memcpy(buf + len, "item", 4); /* "append" to the copy */
    PFTEST_OK(pf_namespace_get_bytes(ns, "my_list", buf + 32, 32, &len));
    CU_ASSERT_EQUAL(len, 0);
    PFTEST_OK(pf_namespace_set_bytes(ns, "my_list", buf, 4)); /* write back */
    PFTEST_OK(pf_namespace_get_bytes(ns, "my_list", buf + 32, 32, &len));
    CU_ASSERT_EQUAL(len, 4);

    PFTEST_OK(pf_namespace_delete(ns, "count"));
    PFTEST_EXPECT(PF_ENOENT, pf_namespace_delete(ns, "count"));
    PFTEST_EXPECT(PF_ENOENT,
                  pf_namespace_get_string(ns, "count", buf, sizeof buf, &len));
    PFTEST_EXPECT(PF_EINVAL, pf_namespace_set_int(NULL, "a", 1));
    PFTEST_EXPECT(PF_EINVAL, pf_namespace_set_int(ns, NULL, 1));
    PFTEST_EXPECT(PF_EINVAL, pf_namespace_set_string(ns, "a", NULL));
    PFTEST_EXPECT(PF_EINVAL, pf_namespace_get_int(ns, "a", NULL));
    PFTEST_OK(pf_manager_validate(m));
    pf_manager_free(m);
}

/* ---- the Python texts' examples ---- */

struct seed_ctx {
    pf_manager_t *m;
    pf_dict_t *d;
    pf_list_t *l;
    pf_namespace_t *ns;
    pf_list_t *seq;
    int n;
    int *flag;
};

/* Job number -> pid tracker (text 000). */
static int tracker_child(int i, void *arg)
{
    struct seed_ctx *c = arg;
    char key[16];
    snprintf(key, sizeof key, "%d", i);
    return dict_set_ll(c->d, key, getpid()) == 0 ? 0 : 1;
}

static void test_seed_job_tracker(void)
{
    struct seed_ctx c = {0};
    PFTEST_OK(pf_manager_new(NULL, &c.m));
    PFTEST_OK(pf_manager_dict(c.m, &c.d));
    CU_ASSERT_EQUAL(pf_dict_len(c.d), 0);
    CU_ASSERT_EQUAL(run_children(5, tracker_child, &c), 0);
    CU_ASSERT_EQUAL(pf_dict_len(c.d), 5);
    for (int i = 0; i < 5; i++) {
        char key[16];
        snprintf(key, sizeof key, "%d", i);
        long long pid = dict_get_ll(c.d, key);
        CU_ASSERT(pid > 0 && pid != getpid());
    }
    pf_manager_free(c.m);
}

/* A list appended by 4 processes x 5 items (text 003). */
static int append_child(int i, void *arg)
{
    struct seed_ctx *c = arg;
    for (int k = 0; k < 5; k++) {
        int v = i * 10 + k;
        if (pf_list_append(c->l, &v, sizeof v) != 0)
            return 1;
    }
    return 0;
}

static void test_seed_list_append(void)
{
    struct seed_ctx c = {0};
    PFTEST_OK(pf_manager_new(NULL, &c.m));
    PFTEST_OK(pf_manager_list(c.m, &c.l));
    CU_ASSERT_EQUAL(run_children(4, append_child, &c), 0);
    CU_ASSERT_EQUAL(pf_list_len(c.l), 20);
    PFTEST_OK(pf_list_sort(c.l, cmp_int, NULL));
    for (int i = 0; i < 20; i++)
        CU_ASSERT_EQUAL(list_int(c.l, i), (i / 5) * 10 + i % 5);
    pf_manager_free(c.m);
}

/* The semaphore-limited active pool (text 001): at most 3 of 10 workers
 * are in the list at once.  The semaphore is a counter in the namespace
 * guarded by the manager lock. */
static int active_pool_child(int i, void *arg)
{
    struct seed_ctx *c = arg;
    char name[16];
    snprintf(name, sizeof name, "%d", i);
    for (;;) { /* acquire */
        if (pf_manager_lock(c->m, PF_FOREVER) != 0)
            return 1;
        long long slots;
        pf_namespace_get_int(c->ns, "slots", &slots);
        if (slots > 0) {
            pf_namespace_set_int(c->ns, "slots", slots - 1);
            pf_list_append(c->l, name, strlen(name) + 1);
            long long seen;
            pf_namespace_get_int(c->ns, "max_active", &seen);
            long n = pf_list_len(c->l);
            if (n > seen)
                pf_namespace_set_int(c->ns, "max_active", n);
            pf_manager_unlock(c->m);
            break;
        }
        pf_manager_unlock(c->m);
        usleep(1000);
    }
    usleep(20000 + (unsigned)(i * 3000));
    if (pf_manager_lock(c->m, PF_FOREVER) != 0)
        return 1;
    int rc = pf_list_remove(c->l, name, strlen(name) + 1);
    long long slots;
    pf_namespace_get_int(c->ns, "slots", &slots);
    pf_namespace_set_int(c->ns, "slots", slots + 1);
    pf_manager_unlock(c->m);
    return rc == 0 ? 0 : 1;
}

static void test_seed_active_pool(void)
{
    struct seed_ctx c = {0};
    PFTEST_OK(pf_manager_new(NULL, &c.m));
    PFTEST_OK(pf_manager_list(c.m, &c.l));
    PFTEST_OK(pf_manager_namespace(c.m, &c.ns));
    PFTEST_OK(pf_namespace_set_int(c.ns, "slots", 3));
    PFTEST_OK(pf_namespace_set_int(c.ns, "max_active", 0));
    CU_ASSERT_EQUAL(run_children(10, active_pool_child, &c), 0);
    long long max_active = -1, slots = -1;
    PFTEST_OK(pf_namespace_get_int(c.ns, "max_active", &max_active));
    PFTEST_OK(pf_namespace_get_int(c.ns, "slots", &slots));
    CU_ASSERT(max_active >= 1 && max_active <= 3);
    CU_ASSERT_EQUAL(slots, 3);
    CU_ASSERT_EQUAL(pf_list_len(c.l), 0);
    pf_manager_free(c.m);
}

/* Namespace producer / consumer with an event (text 001): the event is a
 * flag attribute the consumer polls. */
static int ns_consumer(int i, void *arg)
{
    (void)i;
    struct seed_ctx *c = arg;
    char buf[64];
    size_t len;
    /* Before the event: AttributeError. */
    if (pf_namespace_get_string(c->ns, "value", buf, sizeof buf, &len) !=
        PF_ENOENT)
        return 2;
    pf_namespace_set_int(c->ns, "consumer_ready", 1);
    long long flag = 0;
    for (int k = 0; k < 10000 && flag == 0; k++) {
        if (pf_namespace_get_int(c->ns, "event", &flag) != 0)
            flag = 0;
        if (flag == 0)
            usleep(1000);
    }
    if (flag != 1)
        return 3;
    if (pf_namespace_get_string(c->ns, "value", buf, sizeof buf, &len) != 0)
        return 4;
    return strcmp(buf, "This is the value") == 0 ? 0 : 5;
}

static int ns_producer(int i, void *arg)
{
    (void)i;
    struct seed_ctx *c = arg;
    long long ready = 0;
    for (int k = 0; k < 10000 && ready == 0; k++)
        if (pf_namespace_get_int(c->ns, "consumer_ready", &ready) != 0) {
            ready = 0;
            usleep(1000);
        }
    if (pf_namespace_set_string(c->ns, "value", "This is the value") != 0)
        return 1;
    return pf_namespace_set_int(c->ns, "event", 1) == 0 ? 0 : 1;
}

static int ns_role(int i, void *arg)
{
    return i == 0 ? ns_consumer(i, arg) : ns_producer(i, arg);
}

static void test_seed_namespace_event(void)
{
    struct seed_ctx c = {0};
    PFTEST_OK(pf_manager_new(NULL, &c.m));
    PFTEST_OK(pf_manager_namespace(c.m, &c.ns));
    CU_ASSERT_EQUAL(run_children(2, ns_role, &c), 0);
    char buf[64];
    PFTEST_OK(pf_namespace_get_string(c.ns, "value", buf, sizeof buf, NULL));
    CU_ASSERT_STRING_EQUAL(buf, "This is the value");
    pf_manager_free(c.m);
}

/* A dict updated with and without the lock (text 003): read-modify-write
 * of one counter by 4 processes. */
#define RMW_ROUNDS 2000

static int rmw_child(int i, void *arg)
{
    (void)i;
    struct seed_ctx *c = arg;
    for (int k = 0; k < RMW_ROUNDS; k++) {
        if (c->n && pf_manager_lock(c->m, PF_FOREVER) != 0)
            return 1;
        long long v = dict_get_ll(c->d, "counter");
        if (v < 0 || dict_set_ll(c->d, "counter", v + 1) != 0)
            return 1;
        if (c->n && pf_manager_unlock(c->m) != 0)
            return 1;
    }
    return 0;
}

static void test_seed_dict_with_and_without_lock(void)
{
    for (int locked = 0; locked < 2; locked++) {
        struct seed_ctx c = {0};
        c.n = locked;
        PFTEST_OK(pf_manager_new(NULL, &c.m));
        PFTEST_OK(pf_manager_dict(c.m, &c.d));
        PFTEST_OK(dict_set_ll(c.d, "counter", 0));
        CU_ASSERT_EQUAL(run_children(4, rmw_child, &c), 0);
        long long v = dict_get_ll(c.d, "counter");
        if (locked) {
            CU_ASSERT_EQUAL(v, 4 * RMW_ROUNDS);
        } else {
            CU_ASSERT(v >= RMW_ROUNDS && v <= 4 * RMW_ROUNDS);
        }
        pf_manager_free(c.m);
    }
}

/* ---- many processes ---- */

#define UPDATES 10000

static int distinct_child(int i, void *arg)
{
    struct seed_ctx *c = arg;
    char key[32];
    for (int k = 0; k < UPDATES; k++) {
        snprintf(key, sizeof key, "p%d-%d", i, k);
        if (dict_set_ll(c->d, key, (long long)i * UPDATES + k) != 0)
            return 1;
    }
    /* Overwrite half and delete a tenth: the final contents are known. */
    for (int k = 0; k < UPDATES; k += 2) {
        snprintf(key, sizeof key, "p%d-%d", i, k);
        if (dict_set_ll(c->d, key, -k) != 0)
            return 1;
    }
    for (int k = 0; k < UPDATES; k += 10) {
        snprintf(key, sizeof key, "p%d-%d", i, k);
        if (pf_dict_delete(c->d, key) != 0)
            return 1;
    }
    return 0;
}

static int same_keys_child(int i, void *arg)
{
    (void)i;
    struct seed_ctx *c = arg;
    char key[32];
    for (int k = 0; k < UPDATES; k++) {
        snprintf(key, sizeof key, "shared-%d", k % 100);
        if (pf_manager_lock(c->m, PF_FOREVER) != 0)
            return 1;
        long long v = pf_dict_contains(c->d, key) ? dict_get_ll(c->d, key) : 0;
        int rc = dict_set_ll(c->d, key, v + 1);
        pf_manager_unlock(c->m);
        if (rc != 0)
            return 1;
        /* And plain sets of values that depend only on the key. */
        snprintf(key, sizeof key, "plain-%d", k % 500);
        if (dict_set_ll(c->d, key, k % 500) != 0)
            return 1;
    }
    return 0;
}

static void test_four_processes_exact(void)
{
    struct seed_ctx c = {0};
    PFTEST_OK(pf_manager_new(NULL, &c.m));
    PFTEST_OK(pf_manager_dict(c.m, &c.d));
    CU_ASSERT_EQUAL(run_children(4, distinct_child, &c), 0);
    CU_ASSERT_EQUAL(pf_dict_len(c.d), 4 * (UPDATES - UPDATES / 10));
    int wrong = 0;
    for (int i = 0; i < 4; i++)
        for (int k = 0; k < UPDATES; k++) {
            char key[32];
            snprintf(key, sizeof key, "p%d-%d", i, k);
            long long want = k % 10 == 0  ? -1
                             : k % 2 == 0 ? -k
                                          : (long long)i * UPDATES + k;
            long long got = dict_get_ll(c.d, key);
            if (k % 10 == 0)
                wrong += pf_dict_contains(c.d, key) != 0;
            else
                wrong += got != want;
        }
    CU_ASSERT_EQUAL(wrong, 0);
    PFTEST_OK(pf_dict_clear(c.d));

    CU_ASSERT_EQUAL(run_children(4, same_keys_child, &c), 0);
    CU_ASSERT_EQUAL(pf_dict_len(c.d), 600);
    wrong = 0;
    for (int k = 0; k < 100; k++) {
        char key[32];
        snprintf(key, sizeof key, "shared-%d", k);
        wrong += dict_get_ll(c.d, key) != 4 * UPDATES / 100;
    }
    for (int k = 0; k < 500; k++) {
        char key[32];
        snprintf(key, sizeof key, "plain-%d", k);
        wrong += dict_get_ll(c.d, key) != k;
    }
    CU_ASSERT_EQUAL(wrong, 0);
    PFTEST_OK(pf_manager_validate(c.m));
    pf_manager_free(c.m);
}

/* ---- growth to a million keys while others read ---- */

#define MILLION 1000000

static int growth_reader(int i, void *arg)
{
    struct seed_ctx *c = arg;
    unsigned seed = (unsigned)(i * 7919 + 1);
    long checked = 0;
    for (;;) {
        long n = pf_dict_len(c->d);
        if (n < 0)
            return 1;
        if (n > 0) {
            for (int r = 0; r < 200; r++) {
                long k = (long)(rand_r(&seed) % (unsigned)n);
                char key[32];
                snprintf(key, sizeof key, "key%ld", k);
                if (dict_get_ll(c->d, key) != k * 3)
                    return 2;
                checked++;
            }
        }
        if (n >= MILLION)
            break;
    }
    return checked > 0 ? 0 : 3;
}

static int growth_role(int i, void *arg)
{
    struct seed_ctx *c = arg;
    if (i > 0)
        return growth_reader(i, arg);
    for (long k = 0; k < MILLION; k++) {
        char key[32];
        snprintf(key, sizeof key, "key%ld", k);
        if (dict_set_ll(c->d, key, k * 3) != 0)
            return 1;
    }
    return 0;
}

static void test_growth_million_keys(void)
{
    struct seed_ctx c = {0};
    PFTEST_OK(pf_manager_new(NULL, &c.m));
    PFTEST_OK(pf_manager_dict(c.m, &c.d));
    pf_manager_stats_t s0, s1;
    PFTEST_OK(pf_manager_stats(c.m, &s0));
    /* The writer (child 0) inserts a million keys in order; the readers
     * check random keys below the current length meanwhile. */
    CU_ASSERT_EQUAL(run_children(3, growth_role, &c), 0);
    CU_ASSERT_EQUAL(pf_dict_len(c.d), MILLION);
    PFTEST_OK(pf_manager_stats(c.m, &s1));
    CU_ASSERT(s1.mapped > s0.mapped && s1.used > s0.used);
    CU_ASSERT(s1.mapped <= s1.reserved);
    CU_ASSERT_EQUAL(s1.owner_deaths, 0);
    /* The parent maps the grown arena on its next call. */
    CU_ASSERT_EQUAL(dict_get_ll(c.d, "key999999"), 999999LL * 3);
    CU_ASSERT_EQUAL(dict_get_ll(c.d, "key0"), 0);
    PFTEST_OK(pf_manager_validate(c.m));
    pf_manager_free(c.m);
}

/* ---- big values ---- */

static int big_child(int i, void *arg)
{
    (void)i;
    struct seed_ctx *c = arg;
    size_t n = (size_t)16 << 20;
    void *v = NULL;
    size_t len = 0;
    if (pf_dict_get_alloc(c->d, "big", &v, &len) != 0 || len != n)
        return 1;
    unsigned char *p = v;
    for (size_t k = 0; k < n; k += 4093)
        if (p[k] != (unsigned char)(k * 31 + 7))
            return 2;
    for (size_t k = 0; k < n; k++)
        p[k] = (unsigned char)~p[k];
    int rc = pf_dict_set(c->d, "big2", p, n);
    free(v);
    return rc == 0 ? 0 : 3;
}

static void test_big_values(void)
{
    struct seed_ctx c = {0};
    PFTEST_OK(pf_manager_new(NULL, &c.m));
    PFTEST_OK(pf_manager_dict(c.m, &c.d));
    PFTEST_OK(pf_manager_list(c.m, &c.l));
    size_t n = (size_t)16 << 20;
    unsigned char *p = malloc(n);
    CU_ASSERT_PTR_NOT_NULL_FATAL(p);
    for (size_t k = 0; k < n; k++)
        p[k] = (unsigned char)(k * 31 + 7);
    PFTEST_OK(pf_dict_set(c.d, "big", p, n));
    PFTEST_OK(pf_list_append(c.l, p, n));
    CU_ASSERT_EQUAL(run_children(1, big_child, &c), 0);
    unsigned char *q = malloc(n);
    CU_ASSERT_PTR_NOT_NULL_FATAL(q);
    size_t len;
    PFTEST_OK(pf_dict_get(c.d, "big2", q, n, &len));
    CU_ASSERT_EQUAL(len, n);
    int wrong = 0;
    for (size_t k = 0; k < n; k++)
        wrong += q[k] != (unsigned char)~p[k];
    CU_ASSERT_EQUAL(wrong, 0);
    PFTEST_OK(pf_list_get(c.l, 0, q, n, &len));
    CU_ASSERT(len == n && memcmp(p, q, n) == 0);
    PFTEST_EXPECT(PF_ENOSPC, pf_list_get(c.l, 0, q, n - 1, &len));
    CU_ASSERT_EQUAL(len, n);
    free(p);
    free(q);
    PFTEST_OK(pf_manager_validate(c.m));
    pf_manager_free(c.m);
}

/* ---- crashes ---- */

/* A stream of mixed updates, forever (until killed).  Values carry their
 * own checksum so a torn write would show. */
static int crash_stream(int i, void *arg)
{
    struct seed_ctx *c = arg;
    unsigned seed = (unsigned)getpid() ^ (unsigned)i;
    static unsigned char buf[1 << 18];
    /* The even writer also extends c->seq with pairs k, k: after any kill
     * it must read 0,0,1,1,...: each extend happened whole or not at all. */
    long next = i % 2 == 0 ? pf_list_len(c->seq) / 2 : -1;
    for (;;) {
        if (next >= 0 && rand_r(&seed) % 4 == 0) {
            const void *vals[2] = {&next, &next};
            size_t lens[2] = {sizeof next, sizeof next};
            if (pf_list_extend(c->seq, vals, lens, 2) == 0)
                next++;
        }
        int k = rand_r(&seed) % 500;
        char key[32];
        snprintf(key, sizeof key, "c%d", k);
        size_t len = (size_t)(rand_r(&seed) % 64) * 8 + 8;
        if (rand_r(&seed) % 50 == 0)
            len = sizeof buf; /* a slow one, to be killed inside */
        memset(buf, k & 0xff, len);
        memcpy(buf, &len, sizeof len);
        switch (rand_r(&seed) % 8) {
        case 0:
            pf_dict_delete(c->d, key);
            break;
        case 1:
            pf_list_append(c->l, buf, len);
            break;
        case 2:
            pf_list_pop(c->l, rand_r(&seed) % 3 == 0 ? 0 : -1, NULL, NULL);
            break;
        case 3:
            pf_list_insert(c->l, rand_r(&seed) % 8, buf, len);
            break;
        case 4:
            if (pf_list_len(c->l) > 300)
                pf_list_clear(c->l);
            break;
        case 5:
            pf_namespace_set_bytes(c->ns, key, buf, len);
            break;
        default:
            pf_dict_set(c->d, key, buf, len);
            break;
        }
    }
    return 0;
}

/* Check that every value of the snapshot has the shape crash_stream
 * writes.  Returns the number of bad values. */
static int check_values(pf_iter_t *it)
{
    int bad = 0;
    const void *value;
    size_t len;
    while (pf_iter_next(it, NULL, &value, &len) == 1) {
        size_t stored;
        if (len < sizeof stored) {
            bad++;
            continue;
        }
        memcpy(&stored, value, sizeof stored);
        if (stored != len)
            bad++;
        const unsigned char *p = value;
        for (size_t k = sizeof stored; k < len; k++)
            if (p[k] != p[len - 1]) {
                bad++;
                break;
            }
    }
    return bad;
}

static void test_sigkill_mid_update(void)
{
    struct seed_ctx c = {0};
    PFTEST_OK(pf_manager_new(NULL, &c.m));
    PFTEST_OK(pf_manager_dict(c.m, &c.d));
    PFTEST_OK(pf_manager_list(c.m, &c.l));
    PFTEST_OK(pf_manager_namespace(c.m, &c.ns));
    PFTEST_OK(pf_manager_list(c.m, &c.seq));
    unsigned seed = 12345;
    for (int round = 0; round < 24; round++) {
        /* Two writers; one of them is killed at a random moment. */
        pid_t pids[2];
        for (int w = 0; w < 2; w++) {
            pids[w] = pf__fork(0);
            if (pids[w] == 0)
                _exit(crash_stream(round * 2 + w, &c));
            CU_ASSERT_FATAL(pids[w] > 0);
        }
        usleep(2000 + (unsigned)(rand_r(&seed) % 30000));
        kill(pids[0], SIGKILL);
        waitpid(pids[0], NULL, 0);
        usleep((unsigned)(rand_r(&seed) % 5000));
        kill(pids[1], SIGKILL);
        waitpid(pids[1], NULL, 0);
        /* Consistent, and usable. */
        PFTEST_OK(pf_manager_validate(c.m));
        pf_iter_t *it;
        PFTEST_OK(pf_dict_iter(c.d, PF_ITER_ITEMS, &it));
        CU_ASSERT_EQUAL(check_values(it), 0);
        CU_ASSERT_EQUAL((long)pf_iter_len(it), pf_dict_len(c.d));
        pf_iter_free(it);
        PFTEST_OK(pf_list_iter(c.l, &it));
        CU_ASSERT_EQUAL(check_values(it), 0);
        pf_iter_free(it);
        PFTEST_OK(pf_dict_set(c.d, "alive", "yes", 3));
        PFTEST_OK(pf_dict_delete(c.d, "alive"));
        PFTEST_OK(pf_list_iter(c.seq, &it));
        CU_ASSERT_EQUAL(pf_iter_len(it) % 2, 0);
        const void *value;
        size_t len;
        long k = 0, bad = 0;
        while (pf_iter_next(it, NULL, &value, &len) == 1) {
            long got;
            memcpy(&got, value, sizeof got);
            bad += len != sizeof got || got != k / 2;
            k++;
        }
        CU_ASSERT_EQUAL(bad, 0);
        pf_iter_free(it);
    }
    /* Most kills land inside a call (the writers hold the lock nearly all
     * the time): the recovery path did run. */
    pf_manager_stats_t st;
    PFTEST_OK(pf_manager_stats(c.m, &st));
    printf(" [%zu owner deaths, %zu rollbacks] ", st.owner_deaths,
           st.rollbacks);
    CU_ASSERT(st.owner_deaths > 0);
    CU_ASSERT(st.rollbacks > 0);
    PFTEST_OK(pf_list_clear(c.l));
    PFTEST_OK(pf_dict_clear(c.d));
    PFTEST_OK(pf_manager_validate(c.m));
    pf_manager_free(c.m);
}

/* A holder killed with the user lock held: the next taker is told. */
static int die_holding(int i, void *arg)
{
    (void)i;
    struct seed_ctx *c = arg;
    if (pf_manager_lock(c->m, PF_FOREVER) != 0)
        return 1;
    pf_dict_set(c->d, "half", "done", 4);
    _exit(0); /* dies holding the lock */
}

static int hold_briefly(int i, void *arg)
{
    (void)i;
    struct seed_ctx *c = arg;
    if (pf_manager_lock(c->m, PF_FOREVER) != 0)
        return 1;
    __atomic_store_n(c->flag, 1, __ATOMIC_SEQ_CST);
    usleep(1000000);
    return pf_manager_unlock(c->m) == 0 ? 0 : 1;
}

static void test_lock_timeout_and_owner_death(void)
{
    struct seed_ctx c = {0};
    c.flag = pf__map_shared(sizeof *c.flag);
    CU_ASSERT_PTR_NOT_NULL_FATAL(c.flag);
    PFTEST_OK(pf_manager_new(NULL, &c.m));
    PFTEST_OK(pf_manager_dict(c.m, &c.d));
    PFTEST_OK(pf_manager_namespace(c.m, &c.ns));
    CU_ASSERT_EQUAL(run_children(1, die_holding, &c), 0);
    PFTEST_EXPECT(PF_EOWNERDEAD, pf_manager_lock(c.m, 5.0));
    /* The recursive lock lets calls run inside it. */
    CU_ASSERT_EQUAL(pf_dict_contains(c.d, "half"), 1);
    PFTEST_OK(pf_manager_unlock(c.m));
    PFTEST_EXPECT(PF_EPERM, pf_manager_unlock(c.m));

    pid_t pid = pf__fork(0);
    if (pid == 0)
        _exit(hold_briefly(0, &c));
    /* The child's flag lives outside the manager (whose lock it holds). */
    for (int k = 0; k < 5000 && !__atomic_load_n(c.flag, __ATOMIC_SEQ_CST); k++)
        usleep(1000);
    PFTEST_EXPECT(PF_ETIMEDOUT, pf_manager_lock(c.m, 0.01));
    int status;
    CU_ASSERT_EQUAL(waitpid(pid, &status, 0), pid);
    CU_ASSERT(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    PFTEST_OK(pf_manager_lock(c.m, 5.0));
    PFTEST_OK(pf_manager_unlock(c.m));
    PFTEST_OK(pf_manager_validate(c.m));
    pf_manager_free(c.m);
    pf__unmap_shared(c.flag, sizeof *c.flag);
}

/* ---- two managers; a child freeing its copy ---- */

static int free_copy_child(int i, void *arg)
{
    (void)i;
    struct seed_ctx *c = arg;
    if (pf_dict_set(c->d, "from child", "x", 1) != 0)
        return 1;
    pf_manager_free(c->m); /* drops only this process's mapping */
    return 0;
}

static void test_two_managers_and_child_free(void)
{
    struct seed_ctx c = {0};
    pf_manager_t *m2;
    pf_dict_t *d2;
    PFTEST_OK(pf_manager_new(NULL, &c.m));
    PFTEST_OK(pf_manager_dict(c.m, &c.d));
    PFTEST_OK(pf_manager_new(NULL, &m2));
    PFTEST_OK(pf_manager_dict(m2, &d2));
    PFTEST_OK(pf_dict_set(c.d, "a", "1", 1));
    PFTEST_OK(pf_dict_set(d2, "a", "2", 1));
    PFTEST_OK(pf_dict_set(d2, "b", "3", 1));
    /* update across managers; inside the destination's lock too. */
    PFTEST_OK(pf_manager_lock(c.m, PF_FOREVER));
    PFTEST_OK(pf_dict_update(c.d, d2));
    PFTEST_OK(pf_manager_unlock(c.m));
    char v[4];
    PFTEST_OK(pf_dict_get(c.d, "a", v, sizeof v, NULL));
    CU_ASSERT_EQUAL(v[0], '2');
    CU_ASSERT_EQUAL(pf_dict_len(c.d), 2);
    CU_ASSERT_EQUAL(pf_dict_len(d2), 2);
    CU_ASSERT_EQUAL(run_children(2, free_copy_child, &c), 0);
    /* The parent's manager still works after the children freed theirs. */
    CU_ASSERT_EQUAL(pf_dict_contains(c.d, "from child"), 1);
    PFTEST_OK(pf_dict_set(c.d, "parent", "y", 1));
    PFTEST_OK(pf_manager_validate(c.m));
    PFTEST_OK(pf_manager_validate(m2));
    pf_manager_free(m2);
    pf_manager_free(c.m);
}

/* ---- a full arena: the failed call is rolled back ---- */

static void test_arena_full(void)
{
    pf_manager_options_t opts = {.max_bytes = (size_t)4 << 20};
    pf_manager_t *m;
    pf_dict_t *d;
    pf_list_t *l;
    PFTEST_OK(pf_manager_new(&opts, &m));
    PFTEST_OK(pf_manager_dict(m, &d));
    PFTEST_OK(pf_manager_list(m, &l));
    static char value[100000];
    int rc = 0, n = 0;
    while (rc == 0 && n < 1000) {
        char key[32];
        snprintf(key, sizeof key, "k%d", n);
        rc = pf_dict_set(d, key, value, sizeof value);
        if (rc == 0)
            n++;
    }
    PFTEST_EXPECT(PF_ENOMEM, rc);
    CU_ASSERT(n > 10 && n < 100);
    CU_ASSERT_EQUAL(pf_dict_len(d), n);
    PFTEST_OK(pf_manager_validate(m));
    PFTEST_EXPECT(PF_ENOMEM, pf_list_append(l, value, (size_t)8 << 20));
    PFTEST_EXPECT(PF_ENOMEM, pf_list_append(l, value, SIZE_MAX - 4));
    PFTEST_EXPECT(PF_ENOMEM, pf_dict_set(d, "huge", value, SIZE_MAX - 4));
    CU_ASSERT_EQUAL(pf_list_len(l), 0);
    PFTEST_OK(pf_manager_validate(m));
    /* Freed space is reused. */
    PFTEST_OK(pf_dict_delete(d, "k0"));
    PFTEST_OK(pf_dict_set(d, "again", value, sizeof value));
    PFTEST_OK(pf_dict_clear(d));
    PFTEST_OK(pf_list_append(l, value, sizeof value));
    PFTEST_OK(pf_manager_validate(m));
    pf_manager_free(m);
}

/* ---- no leak ---- */

static void test_no_leak_after_free(void)
{
    int maps_before = count_map_lines();
    int fds_before = pftest_count_fds();
    for (int round = 0; round < 3; round++) {
        pf_manager_t *m;
        pf_dict_t *d;
        pf_list_t *l;
        pf_namespace_t *ns;
        PFTEST_OK(pf_manager_new(NULL, &m));
        PFTEST_OK(pf_manager_dict(m, &d));
        PFTEST_OK(pf_manager_list(m, &l));
        PFTEST_OK(pf_manager_namespace(m, &ns));
        /* Grow it several times. */
        char value[4096];
        memset(value, 'v', sizeof value);
        for (int k = 0; k < 2000; k++) {
            char key[32];
            snprintf(key, sizeof key, "k%d", k);
            PFTEST_OK(pf_dict_set(d, key, value, sizeof value));
        }
        PFTEST_OK(pf_list_append(l, value, sizeof value));
        PFTEST_OK(pf_namespace_set_int(ns, "x", 1));
        CU_ASSERT(count_map_lines() > maps_before);
        CU_ASSERT_EQUAL(pftest_count_fds(), fds_before + 1);
        pf_manager_free(m);
        CU_ASSERT_EQUAL(count_map_lines(), maps_before);
        CU_ASSERT_EQUAL(pftest_count_fds(), fds_before);
    }
}

void pftest_main(void)
{
    pftest_suite("manager");
    pftest_add("dict basics and bad arguments", test_dict_basic);
    pftest_add("dict iteration is a snapshot",
               test_dict_iteration_is_a_snapshot);
    pftest_add("list basics", test_list_basic);
    pftest_add("namespace basics and the copy trap", test_namespace_basic);
    pftest_add("seed: job tracker by 5 processes", test_seed_job_tracker);
    pftest_add("seed: list appended by 4 x 5", test_seed_list_append);
    pftest_add("seed: semaphore-limited active pool", test_seed_active_pool);
    pftest_add("seed: namespace producer/consumer with event",
               test_seed_namespace_event);
    pftest_add("seed: dict with and without lock",
               test_seed_dict_with_and_without_lock);
    pftest_add("4 processes x 10000 updates exact", test_four_processes_exact);
    pftest_add("16 MiB values", test_big_values);
    pftest_add("growth to 10^6 keys with readers", test_growth_million_keys);
    pftest_add("SIGKILL mid-update keeps it consistent",
               test_sigkill_mid_update);
    pftest_add("lock timeout and owner death",
               test_lock_timeout_and_owner_death);
    pftest_add("two managers; a child frees its copy",
               test_two_managers_and_child_free);
    pftest_add("full arena: PF_ENOMEM, rolled back", test_arena_full);
    pftest_add("no leak after free", test_no_leak_after_free);
}
