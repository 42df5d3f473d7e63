/* 003_b255cf522e5fcd6b.txt, "Using fetch_rates and Manager". */
/*
 * One process per base currency fills one entry of a manager dict with
 * that currency's conversion rates.  The seed downloads the rates from
 * floatrates.com with requests; a sample must run offline, so fetch_rate
 * here looks them up in a fixed table (rates of one day, rounded) and the
 * point stays the same: workers write a shared dict of dicts that the
 * parent prints.  A nested dict becomes a struct value.
 */
#include <pfor.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "sample.h"

enum { NSYM = 3 };
static const char *const symbols[NSYM] = {"eur", "jpy", "usd"};

/* The value stored under each base: {symbol: rate} for the 3 symbols. */
struct rates {
    double rate[NSYM];
};

/* Units of each currency per 1 EUR, the stand-in for the web service. */
static double per_eur(const char *currency)
{
    if (strcmp(currency, "eur") == 0)
        return 1.0;
    if (strcmp(currency, "jpy") == 0)
        return 160.0;
    return 1.08; /* usd */
}

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec * 1e-9;
}

struct fetch_args {
    const char *base;
    int timing;
    pf_dict_t *shared_dict;
};

/* Fetch the conversion rates of one base currency into the shared dict. */
static int fetch_rate(void *arg)
{
    struct fetch_args *a = arg;
    double started = now();
    struct rates r;

    for (int i = 0; i < NSYM; i++)
        r.rate[i] = per_eur(symbols[i]) / per_eur(a->base);
    CHECK(pf_dict_set(a->shared_dict, a->base, &r, sizeof r));

    if (a->timing) {
        printf("Completed pid: %d\n", getpid());
        printf("Time Elapsed on CPU:  %.2fs\n\n", now() - started);
    }
    return 0;
}

static void multicore(int debug)
{
    pf_manager_t *manager;
    pf_dict_t *shared_dict;
    const char *bases[3] = {"usd", "eur", "jpy"};
    struct fetch_args args[3];
    pf_process_t *processes[3];

    CHECK(pf_manager_new(NULL, &manager));
    CHECK(pf_manager_dict(manager, &shared_dict));
    for (int i = 0; i < 3; i++) {
        args[i] = (struct fetch_args){bases[i], debug, shared_dict};
        CHECK(pf_process_new(fetch_rate, &args[i], NULL, &processes[i]));
    }

    double a = now();
    for (int i = 0; i < 3; i++)
        CHECK(pf_process_start(processes[i]));
    for (int i = 0; i < 3; i++) {
        CHECK(pf_process_join(processes[i], PF_FOREVER));
        pf_process_free(processes[i]);
    }
    printf("Total Time with processes Elapsed:  %.2fs\n", now() - a);

    printf("Shared Dictionary: {");
    for (int b = 0; b < 3; b++) {
        struct rates r;
        CHECK(pf_dict_get(shared_dict, bases[b], &r, sizeof r, NULL));
        printf("%s'%s': {", b ? ", " : "", bases[b]);
        for (int i = 0; i < NSYM; i++)
            printf("%s'%s': %.6g", i ? ", " : "", symbols[i], r.rate[i]);
        printf("}");
    }
    printf("}\n");
    pf_manager_free(manager);
}

int main(void)
{
    setvbuf(stdout, NULL, _IOLBF, 0);
    multicore(1);
    return 0;
}
