/* 002_080be87aa659a7f4.txt, "Lock": bank account with a lock (In [10]). */
/*
 * The same deposits and withdrawals, each read-modify-write done under one
 * multiprocessing-style Lock (pf_lock_new, pf_lock_acquire/release), so no
 * update is lost and the end balance is always 0.  (pf_value_add_ll(v, 1)
 * would be a single atomic step too.)
 */
#include <pfor.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "sample.h"

struct account {
    pf_value_t *balance;
    pf_lock_t *lock;
};

static void add(struct account *a, int delta)
{
    long long b;
    CHECK(pf_lock_acquire(a->lock, PF_FOREVER));
    CHECK(pf_value_get_ll(a->balance, &b));
    CHECK(pf_value_set_ll(a->balance, b + delta));
    CHECK(pf_lock_release(a->lock));
}

static int deposit(void *arg)
{
    for (int i = 0; i < 1000; i++) {
        usleep(1000);
        add(arg, +1);
    }
    return 0;
}

static int withdraw(void *arg)
{
    for (int i = 0; i < 1000; i++) {
        usleep(1000);
        add(arg, -1);
    }
    return 0;
}

int main(void)
{
    struct account a;
    pf_process_t *d, *w;
    long long b;

    CHECK(pf_value_new('i', NULL, &a.balance));
    CHECK(pf_value_get_ll(a.balance, &b));
    printf("starting balance: %lld\n", b);

    CHECK(pf_lock_new(&a.lock));
    CHECK(pf_process_new(deposit, &a, NULL, &d));
    CHECK(pf_process_new(withdraw, &a, NULL, &w));
    CHECK(pf_process_start(d));
    CHECK(pf_process_start(w));
    CHECK(pf_process_join(d, PF_FOREVER));
    CHECK(pf_process_join(w, PF_FOREVER));

    CHECK(pf_value_get_ll(a.balance, &b));
    printf("end balance: %lld\n", b);
    pf_process_free(d);
    pf_process_free(w);
    pf_lock_free(a.lock);
    pf_value_free(a.balance);
    return 0;
}
