/* test_shared.c - pf_shared_alloc, pf_value and pf_array across forked
 * processes: sizes, every type code, locks, owner death, the bank account. */
#include <math.h>
#include <signal.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "internal.h"
#include "pftest.h"

#define LONG_WAIT 30.0

/* ---- raw blocks ---- */

static int child_fill(void *arg)
{
    unsigned char *p = arg;
    size_t n = pf_shared_size(p);
    for (size_t i = 0; i < n; i++)
        p[i] = (unsigned char)(i * 7 + 1);
    return 0;
}

static void test_alloc_sizes(void)
{
    ptrdiff_t sizes[] = {1, 7, 64, 4096 - 64, 4096, 4097, 1 << 20};
    for (size_t k = 0; k < sizeof sizes / sizeof sizes[0]; k++) {
        unsigned char *p = NULL;
        PFTEST_OK(pf_shared_alloc(sizes[k], (void **)&p));
        CU_ASSERT_PTR_NOT_NULL_FATAL(p);
        CU_ASSERT_EQUAL(pf_shared_size(p), (size_t)sizes[k]);
        CU_ASSERT_EQUAL((uintptr_t)p % 64, 0);
        /* Zeroed, and what a child writes is what the parent reads. */
        size_t zeros = 0;
        for (ptrdiff_t i = 0; i < sizes[k]; i++)
            zeros += p[i] == 0;
        CU_ASSERT_EQUAL(zeros, (size_t)sizes[k]);
        CU_ASSERT_EQUAL(pftest_reap(pftest_spawn(child_fill, p)), 0);
        size_t good = 0;
        for (ptrdiff_t i = 0; i < sizes[k]; i++)
            good += p[i] == (unsigned char)(i * 7 + 1);
        CU_ASSERT_EQUAL(good, (size_t)sizes[k]);
        pf_shared_free(p);
    }
}

static void test_alloc_bad_sizes(void)
{
    void *p = (void *)1;
    PFTEST_EXPECT(PF_EINVAL, pf_shared_alloc(0, &p));
    CU_ASSERT_PTR_NULL(p);
    PFTEST_EXPECT(PF_EINVAL, pf_shared_alloc(-1, &p));
    PFTEST_EXPECT(PF_EINVAL, pf_shared_alloc(PTRDIFF_MIN, &p));
    PFTEST_EXPECT(PF_EINVAL, pf_shared_alloc(16, NULL));
    /* Far more than the address space: refused, not a crash. */
    int rc = pf_shared_alloc(PTRDIFF_MAX, &p);
    CU_ASSERT(rc == PF_ENOMEM || rc == PF_EINVAL);
    CU_ASSERT_PTR_NULL(p);
    pf_shared_free(NULL);
    CU_ASSERT_EQUAL(pf_shared_size(NULL), 0);
}

/* ---- type codes ---- */

static const char CODES[] = "cbBhHiIlLqQfd";

static void test_type_codes(void)
{
    const pf_type_t want[] = {PF_TYPE_CHAR,  PF_TYPE_SCHAR,  PF_TYPE_UCHAR,
                              PF_TYPE_SHORT, PF_TYPE_USHORT, PF_TYPE_INT,
                              PF_TYPE_UINT,  PF_TYPE_LONG,   PF_TYPE_ULONG,
                              PF_TYPE_LLONG, PF_TYPE_ULLONG, PF_TYPE_FLOAT,
                              PF_TYPE_DOUBLE};
    for (size_t i = 0; CODES[i]; i++) {
        pf_type_t t;
        PFTEST_OK(pf_type_from_code(CODES[i], &t));
        CU_ASSERT_EQUAL(t, want[i]);
        CU_ASSERT(pf_type_size(t) > 0);
    }
    CU_ASSERT_EQUAL(pf_type_size(PF_TYPE_DOUBLE), sizeof(double));
    CU_ASSERT_EQUAL(pf_type_size(PF_TYPE_SHORT), sizeof(short));
    pf_type_t t;
    const char bad[] = {'x', 'u', '?', 'D', 0, ' '};
    for (size_t i = 0; i < sizeof bad; i++)
        PFTEST_EXPECT(PF_EINVAL, pf_type_from_code(bad[i], &t));
}

/* ---- values ---- */

struct pair {
    pf_value_t *v;
    pf_array_t *a;
};

static int child_set_value(void *arg)
{
    struct pair *p = arg;
    if (pf_value_set_ll(p->v, 42) != 0)
        return 1;
    return 0;
}

static void test_value_every_code(void)
{
    for (size_t i = 0; CODES[i]; i++) {
        char code = CODES[i];
        struct pair p = {0};
        PFTEST_OK(pf_value_new(code, NULL, &p.v));
        CU_ASSERT_PTR_NOT_NULL_FATAL(p.v);
        pf_type_t t;
        pf_type_from_code(code, &t);
        CU_ASSERT_EQUAL(pf_value_type(p.v), (int)t);
        CU_ASSERT_PTR_NOT_NULL(pf_value_get_lock(p.v));
        CU_ASSERT_PTR_NOT_NULL(pf_value_ptr(p.v));
        long long x = -1;
        PFTEST_OK(pf_value_get_ll(p.v, &x));
        CU_ASSERT_EQUAL(x, 0);
        /* A child's store is seen by the parent. */
        CU_ASSERT_EQUAL(pftest_reap(pftest_spawn(child_set_value, &p)), 0);
        PFTEST_OK(pf_value_get_ll(p.v, &x));
        CU_ASSERT_EQUAL(x, 42);
        double d = 0;
        PFTEST_OK(pf_value_get_double(p.v, &d));
        CU_ASSERT_EQUAL(d, 42.0);
        PFTEST_OK(pf_value_add_ll(p.v, 8));
        PFTEST_OK(pf_value_get_ll(p.v, &x));
        CU_ASSERT_EQUAL(x, 50);
        PFTEST_OK(pf_value_set_double(p.v, 2.5));
        PFTEST_OK(pf_value_get_double(p.v, &d));
        /* Integer codes truncate toward zero. */
        CU_ASSERT_EQUAL(d, (code == 'f' || code == 'd') ? 2.5 : 2.0);
        PFTEST_OK(pf_value_add_double(p.v, 1.0));
        PFTEST_OK(pf_value_get_double(p.v, &d));
        CU_ASSERT_EQUAL(d, (code == 'f' || code == 'd') ? 3.5 : 3.0);
        if (code != 'f' && code != 'd') {
            PFTEST_EXPECT(PF_ERANGE, pf_value_set_double(p.v, NAN));
            PFTEST_EXPECT(PF_ERANGE, pf_value_set_double(p.v, 1e300));
        }
        pf_value_free(p.v);
    }
}

static void test_value_wraps_like_ctypes(void)
{
    pf_value_t *v;
    long long x;
    PFTEST_OK(pf_value_new('B', NULL, &v));
    PFTEST_OK(pf_value_set_ll(v, 300));
    PFTEST_OK(pf_value_get_ll(v, &x));
    CU_ASSERT_EQUAL(x, 44);
    PFTEST_OK(pf_value_set_ll(v, -1));
    PFTEST_OK(pf_value_get_ll(v, &x));
    CU_ASSERT_EQUAL(x, 255);
    pf_value_free(v);
    PFTEST_OK(pf_value_new('i', NULL, &v));
    PFTEST_OK(pf_value_set_ll(v, 2147483647));
    PFTEST_OK(pf_value_add_ll(v, 1));
    PFTEST_OK(pf_value_get_ll(v, &x));
    CU_ASSERT_EQUAL(x, -2147483647LL - 1);
    *(int *)pf_value_ptr(v) = 7; /* the raw pointer is the value */
    PFTEST_OK(pf_value_get_ll(v, &x));
    CU_ASSERT_EQUAL(x, 7);
    pf_value_free(v);
}

static void test_value_options(void)
{
    pf_value_t *v, *w;
    pf_rlock_t *lock;
    pf_shared_options_t raw = {.raw = true};
    PFTEST_OK(pf_value_new('d', &raw, &v));
    CU_ASSERT_PTR_NULL(pf_value_get_lock(v));
    PFTEST_OK(pf_value_set_double(v, 1.25));
    CU_ASSERT_EQUAL(*(double *)pf_value_ptr(v), 1.25);
    pf_value_free(v);
    /* A value's own lock goes away with it: freeing it alone does not. */
    PFTEST_OK(pf_value_new('d', NULL, &v));
    pf_rlock_free(pf_value_get_lock(v));
    PFTEST_OK(pf_value_add_double(v, 0.5));
    PFTEST_OK(pf_rlock_acquire(pf_value_get_lock(v), 0));
    PFTEST_OK(pf_rlock_release(pf_value_get_lock(v)));
    pf_value_free(v);
    /* Two values sharing one given rlock. */
    PFTEST_OK(pf_rlock_new(&lock));
    pf_shared_options_t given = {.lock = lock};
    PFTEST_OK(pf_value_new('q', &given, &v));
    PFTEST_OK(pf_value_new('q', &given, &w));
    CU_ASSERT_PTR_EQUAL(pf_value_get_lock(v), lock);
    CU_ASSERT_PTR_EQUAL(pf_value_get_lock(w), lock);
    /* The helpers re-enter the rlock the caller already holds. */
    PFTEST_OK(pf_rlock_acquire(lock, 0));
    PFTEST_OK(pf_value_set_ll(v, 5));
    PFTEST_OK(pf_value_set_ll(w, 6));
    CU_ASSERT_EQUAL(pf_rlock_count(lock), 1);
    PFTEST_OK(pf_rlock_release(lock));
    pf_value_free(v);
    pf_value_free(w);
    /* The given lock survives the values. */
    PFTEST_OK(pf_rlock_acquire(lock, 0));
    PFTEST_OK(pf_rlock_release(lock));
    pf_shared_options_t both = {.raw = true, .lock = lock};
    v = (pf_value_t *)1;
    PFTEST_EXPECT(PF_EINVAL, pf_value_new('i', &both, &v));
    CU_ASSERT_PTR_NULL(v);
    pf_rlock_free(lock);
}

static void test_value_bad_arguments(void)
{
    pf_value_t *v;
    long long x;
    double d;
    PFTEST_EXPECT(PF_EINVAL, pf_value_new('x', NULL, &v));
    PFTEST_EXPECT(PF_EINVAL, pf_value_new('u', NULL, &v));
    PFTEST_EXPECT(PF_EINVAL, pf_value_new('i', NULL, NULL));
    PFTEST_EXPECT(PF_EINVAL, pf_value_get_ll(NULL, &x));
    PFTEST_EXPECT(PF_EINVAL, pf_value_set_ll(NULL, 1));
    PFTEST_EXPECT(PF_EINVAL, pf_value_add_ll(NULL, 1));
    PFTEST_EXPECT(PF_EINVAL, pf_value_get_double(NULL, &d));
    PFTEST_EXPECT(PF_EINVAL, pf_value_set_double(NULL, 1));
    PFTEST_EXPECT(PF_EINVAL, pf_value_add_double(NULL, 1));
    PFTEST_EXPECT(PF_EINVAL, pf_value_type(NULL));
    CU_ASSERT_PTR_NULL(pf_value_ptr(NULL));
    CU_ASSERT_PTR_NULL(pf_value_get_lock(NULL));
    PFTEST_OK(pf_value_new('i', NULL, &v));
    PFTEST_EXPECT(PF_EINVAL, pf_value_get_ll(v, NULL));
    PFTEST_EXPECT(PF_EINVAL, pf_value_get_double(v, NULL));
    /* An array is not a value. */
    PFTEST_EXPECT(PF_EINVAL, pf_array_length((pf_array_t *)v));
    pf_value_free(v);
    pf_value_free(NULL);
}

/* ---- arrays ---- */

static int child_fill_array(void *arg)
{
    struct pair *p = arg;
    ptrdiff_t n = pf_array_length(p->a);
    for (ptrdiff_t i = 0; i < n; i++)
        if (pf_array_set_ll(p->a, i, i * i) != 0)
            return 1;
    return 0;
}

static void test_array_every_code(void)
{
    for (size_t k = 0; CODES[k]; k++) {
        struct pair p = {0};
        PFTEST_OK(pf_array_new(CODES[k], 10, NULL, &p.a));
        CU_ASSERT_PTR_NOT_NULL_FATAL(p.a);
        CU_ASSERT_EQUAL(pf_array_length(p.a), 10);
        CU_ASSERT_PTR_NOT_NULL(pf_array_get_lock(p.a));
        pf_type_t t;
        pf_type_from_code(CODES[k], &t);
        CU_ASSERT_EQUAL(pf_array_type(p.a), (int)t);
        CU_ASSERT_EQUAL(pftest_reap(pftest_spawn(child_fill_array, &p)), 0);
        long long sum = 0;
        for (ptrdiff_t i = 0; i < 10; i++) {
            long long x = -1;
            PFTEST_OK(pf_array_get_ll(p.a, i, &x));
            sum += x;
            double d = -1;
            PFTEST_OK(pf_array_get_double(p.a, i, &d));
            CU_ASSERT_EQUAL(d, (double)(i * i));
        }
        CU_ASSERT_EQUAL(sum, 285);
        PFTEST_OK(pf_array_set_double(p.a, 9, 0.5));
        long long x;
        PFTEST_EXPECT(PF_ERANGE, pf_array_get_ll(p.a, 10, &x));
        PFTEST_EXPECT(PF_ERANGE, pf_array_get_ll(p.a, -1, &x));
        PFTEST_EXPECT(PF_ERANGE, pf_array_set_ll(p.a, 10, 1));
        PFTEST_EXPECT(PF_ERANGE, pf_array_set_double(p.a, -1, 1));
        pf_array_free(p.a);
    }
}

static void test_array_raw_pointer_and_bad_arguments(void)
{
    pf_array_t *a;
    pf_shared_options_t raw = {.raw = true};
    PFTEST_OK(pf_array_new('d', 1000, &raw, &a));
    CU_ASSERT_PTR_NULL(pf_array_get_lock(a));
    double *xs = pf_array_ptr(a);
    for (int i = 0; i < 1000; i++)
        xs[i] = i / 4.0;
    double d;
    PFTEST_OK(pf_array_get_double(a, 999, &d));
    CU_ASSERT_EQUAL(d, 249.75);
    pf_array_free(a);
    a = (pf_array_t *)1;
    PFTEST_EXPECT(PF_EINVAL, pf_array_new('i', 0, NULL, &a));
    CU_ASSERT_PTR_NULL(a);
    PFTEST_EXPECT(PF_EINVAL, pf_array_new('i', -4, NULL, &a));
    PFTEST_EXPECT(PF_EINVAL, pf_array_new('z', 4, NULL, &a));
    PFTEST_EXPECT(PF_EINVAL, pf_array_new('i', 4, NULL, NULL));
    PFTEST_EXPECT(PF_EINVAL, pf_array_new('q', PTRDIFF_MAX, NULL, &a));
    PFTEST_EXPECT(PF_EINVAL, pf_array_length(NULL));
    PFTEST_EXPECT(PF_EINVAL, pf_array_type(NULL));
    PFTEST_EXPECT(PF_EINVAL, pf_array_get_ll(NULL, 0, (long long *)&d));
    PFTEST_EXPECT(PF_EINVAL, pf_array_set_ll(NULL, 0, 1));
    PFTEST_EXPECT(PF_EINVAL, pf_array_get_double(NULL, 0, &d));
    PFTEST_EXPECT(PF_EINVAL, pf_array_set_double(NULL, 0, 1));
    CU_ASSERT_PTR_NULL(pf_array_ptr(NULL));
    CU_ASSERT_PTR_NULL(pf_array_get_lock(NULL));
    pf_array_free(NULL);
}

/* ---- the bank account ---- */

#define INCREMENTS 10000

/* Deposit under the value's own lock, the multi-step way (get_lock). */
static int child_deposit_locked(void *arg)
{
    pf_value_t *v = arg;
    pf_rlock_t *lock = pf_value_get_lock(v);
    int *balance = pf_value_ptr(v);
    for (int i = 0; i < INCREMENTS; i++) {
        if (pf_rlock_acquire(lock, LONG_WAIT) != 0)
            return 1;
        *balance = *balance + 1;
        if (pf_rlock_release(lock) != 0)
            return 2;
    }
    return 0;
}

/* Deposit with the atomic helper. */
static int child_deposit_add(void *arg)
{
    for (int i = 0; i < INCREMENTS; i++)
        if (pf_value_add_ll(arg, 1) != 0)
            return 1;
    return 0;
}

/* Deposit with no lock at all: updates may be lost. */
static int child_deposit_unlocked(void *arg)
{
    volatile int *balance = pf_value_ptr(arg);
    for (int i = 0; i < INCREMENTS; i++)
        *balance = *balance + 1;
    return 0;
}

static long long bank(int (*deposit)(void *), const pf_shared_options_t *o)
{
    pf_value_t *v;
    long long x = -1;
    PFTEST_OK(pf_value_new('i', o, &v));
    pid_t a = pftest_spawn(deposit, v);
    pid_t b = pftest_spawn(deposit, v);
    CU_ASSERT_EQUAL(pftest_reap(a), 0);
    CU_ASSERT_EQUAL(pftest_reap(b), 0);
    PFTEST_OK(pf_value_get_ll(v, &x));
    pf_value_free(v);
    return x;
}

static void test_bank_account_locked(void)
{
    CU_ASSERT_EQUAL(bank(child_deposit_locked, NULL), 2 * INCREMENTS);
    CU_ASSERT_EQUAL(bank(child_deposit_add, NULL), 2 * INCREMENTS);
}

static void test_bank_account_unlocked(void)
{
    /* A demonstration only: without the lock the total may fall short
     * (it need not; on a quiet machine it often does not). */
    pf_shared_options_t raw = {.raw = true};
    long long total = bank(child_deposit_unlocked, &raw);
    CU_ASSERT(total > 0 && total <= 2 * INCREMENTS);
}

/* ---- a value's lock whose owner dies ---- */

static int child_die_holding_value_lock(void *arg)
{
    pf_value_t *v = arg;
    if (pf_rlock_acquire(pf_value_get_lock(v), LONG_WAIT) != 0)
        return 1;
    *(long long *)pf_value_ptr(v) = 99; /* half-done update */
    kill(getpid(), SIGKILL);
    return 2;
}

static void test_value_lock_owner_death(void)
{
    pf_value_t *v;
    long long x = 0;
    PFTEST_OK(pf_value_new('q', NULL, &v));
    CU_ASSERT_EQUAL(pftest_reap(pftest_spawn(child_die_holding_value_lock, v)),
                    PFTEST_SIGNALLED + SIGKILL);
    /* The helper reports the death, still does its work and lets go. */
    PFTEST_EXPECT(PF_EOWNERDEAD, pf_value_add_ll(v, 1));
    PFTEST_OK(pf_value_get_ll(v, &x));
    CU_ASSERT_EQUAL(x, 100);
    CU_ASSERT_EQUAL(pf_rlock_count(pf_value_get_lock(v)), 0);
    CU_ASSERT_EQUAL(bank(child_deposit_add, NULL), 2 * INCREMENTS);
    pf_value_free(v);
}

void pftest_main(void)
{
    pftest_suite("shared alloc");
    pftest_add("sizes, zeroed, seen across fork", test_alloc_sizes);
    pftest_add("bad sizes", test_alloc_bad_sizes);
    pftest_suite("value and array");
    pftest_add("type codes", test_type_codes);
    pftest_add("value of every type code", test_value_every_code);
    pftest_add("integer stores wrap like ctypes", test_value_wraps_like_ctypes);
    pftest_add("raw and given-lock options", test_value_options);
    pftest_add("value bad arguments", test_value_bad_arguments);
    pftest_add("array of every type code", test_array_every_code);
    pftest_add("array raw pointer, bad arguments",
               test_array_raw_pointer_and_bad_arguments);
    pftest_suite("bank account");
    pftest_add("2 x 10000 locked increments are exact",
               test_bank_account_locked);
    pftest_add("unlocked increments: at most exact",
               test_bank_account_unlocked);
    pftest_add("value's lock owner SIGKILLed: PF_EOWNERDEAD",
               test_value_lock_owner_death);
}
