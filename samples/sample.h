/* sample.h - the one helper every sample shares: CHECK(a pfor call). */
#ifndef PFOR_SAMPLE_H
#define PFOR_SAMPLE_H

#include <pfor.h>
#include <stdio.h>
#include <stdlib.h>

/* Run a pfor call; on a negative result print where and why, and exit.
 * (pfor calls return 0, a count, or a negative PF_E* code.) */
#define CHECK(call)                                                            \
    do {                                                                       \
        long long rc_ = (call);                                                \
        if (rc_ < 0) {                                                         \
            fprintf(stderr, "%s:%d: %s: %s\n", __FILE__, __LINE__, #call,      \
                    pf_strerror((int)rc_));                                    \
            exit(1);                                                           \
        }                                                                      \
    } while (0)

#endif /* PFOR_SAMPLE_H */
