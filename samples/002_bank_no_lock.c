/* 002_080be87aa659a7f4.txt: Bank account without a lock (In [9]). */
/*
 * One process deposits 1 a thousand times, another withdraws 1 a thousand
 * times, both on a shared Value.  balance.value = balance.value + 1 is a
 * read (pf_value_get_ll) then a write (pf_value_set_ll): each takes the
 * value's own lock, but nothing keeps the pair atomic, so updates can be
 * lost and the end balance is not determined (often 0 here, as the pauses
 * make collisions rare; 8 in the seed's run).  See 002_bank_lock.c.
 */
#include <pfor.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "sample.h"

static int deposit(void *arg)
{
    pf_value_t *balance = arg;
    for (int i = 0; i < 1000; i++) {
        long long b;
        usleep(1000);
        CHECK(pf_value_get_ll(balance, &b));
        CHECK(pf_value_set_ll(balance, b + 1));
    }
    return 0;
}

static int withdraw(void *arg)
{
    pf_value_t *balance = arg;
    for (int i = 0; i < 1000; i++) {
        long long b;
        usleep(1000);
        CHECK(pf_value_get_ll(balance, &b));
        CHECK(pf_value_set_ll(balance, b - 1));
    }
    return 0;
}

int main(void)
{
    pf_value_t *my_balance;
    pf_process_t *d, *w;
    long long b;

    CHECK(pf_value_new('i', NULL, &my_balance));
    CHECK(pf_value_get_ll(my_balance, &b));
    printf("starting balance: %lld\n", b);

    CHECK(pf_process_new(deposit, my_balance, NULL, &d));
    CHECK(pf_process_new(withdraw, my_balance, NULL, &w));
    CHECK(pf_process_start(d));
    CHECK(pf_process_start(w));
    CHECK(pf_process_join(d, PF_FOREVER));
    CHECK(pf_process_join(w, PF_FOREVER));

    CHECK(pf_value_get_ll(my_balance, &b));
    printf("end balance: %lld\n", b);
    pf_process_free(d);
    pf_process_free(w);
    pf_value_free(my_balance);
    return 0;
}
