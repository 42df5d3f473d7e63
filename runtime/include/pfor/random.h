/* pfor/random.h - pf_random: counter-based random numbers for parallel loops. */
#ifndef PFOR_RANDOM_H
#define PFOR_RANDOM_H

#include <stdint.h>

#include "common.h"
#include "errors.h"

/*
 * The k-th number of stream `seed` is a function of (seed, k) alone: no
 * state to copy into forked workers (a forked rand() state makes every
 * worker draw the same numbers), so a Monte Carlo loop that draws by
 * iteration index gives the same answer for any workers and schedule:
 *
 *     #pragma pfor parallel for reduction(+:hits)
 *     for (long i = 0; i < n; i++) {
 *         pf_random_t r = pf_random_stream(seed, i);
 *         double x = pf_random_next_double(&r);
 *         double y = pf_random_next_double(&r);
 *         hits += x * x + y * y < 1.0;
 *     }
 *
 * The generator hashes the 128-bit input (key, counter) with two rounds of
 * a 64-bit multiply-xorshift mixer keyed by the seed (a bijection of the
 * counter for a fixed key, so one stream never repeats within 2^64 draws);
 * a per-iteration stream takes its key from (seed, index).  Not for
 * cryptography.
 */

/* The mixer: a bijection of 64-bit words with full avalanche (the
 * finaliser constants of Stafford's "Mix13"). */
static inline uint64_t pf_random_mix(uint64_t z)
{
    z ^= z >> 30;
    z *= 0xbf58476d1ce4e5b9ULL;
    z ^= z >> 27;
    z *= 0x94d049bb133111ebULL;
    z ^= z >> 31;
    return z;
}

/* The k-th 64-bit number of stream `seed`. */
static inline uint64_t pf_random_u64(uint64_t seed, uint64_t k)
{
    uint64_t key = pf_random_mix(seed ^ 0x6a09e667f3bcc909ULL);
    uint64_t z = pf_random_mix(k * 0x9e3779b97f4a7c15ULL + key);
    return pf_random_mix(z ^ (key >> 7 | key << 57));
}

/* 64 random bits as a double in [0, 1), 53 bits of precision. */
static inline double pf_random_to_double(uint64_t bits)
{
    return (double)(bits >> 11) * 0x1.0p-53;
}

/* The k-th number of stream `seed` as a double in [0, 1). */
static inline double pf_random_double(uint64_t seed, uint64_t k)
{
    return pf_random_to_double(pf_random_u64(seed, k));
}

/* A small stream for several draws in one iteration: stream `index` of
 * `seed` (index: the iteration's index).  Streams of different indices
 * do not overlap in practice (keys are hashed). */
typedef struct pf_random {
    uint64_t key;
    uint64_t counter;
} pf_random_t;

static inline pf_random_t pf_random_stream(uint64_t seed, uint64_t index)
{
    pf_random_t r;
    r.key = pf_random_mix(pf_random_mix(seed ^ 0xbb67ae8584caa73bULL) +
                          index * 0xd1b54a32d192ed03ULL);
    r.counter = 0;
    return r;
}

/* The stream's next 64-bit number. */
static inline uint64_t pf_random_next_u64(pf_random_t *r)
{
    uint64_t z = pf_random_mix(r->counter++ * 0x9e3779b97f4a7c15ULL + r->key);
    return pf_random_mix(z ^ (r->key >> 7 | r->key << 57));
}

/* The stream's next double in [0, 1). */
static inline double pf_random_next_double(pf_random_t *r)
{
    return pf_random_to_double(pf_random_next_u64(r));
}

/* A uniform integer in [0, bound) (bound > 0), without modulo bias
 * (Lemire's multiply-shift with rejection). */
static inline uint64_t pf_random_next_below(pf_random_t *r, uint64_t bound)
{
    /* __extension__: __int128 is GNU C, and pfor's headers stay quiet
     * under -std=c11 -pedantic. */
    __extension__ typedef unsigned __int128 pf__u128_t;
    uint64_t x = pf_random_next_u64(r);
    pf__u128_t m = (pf__u128_t)x * bound;
    uint64_t low = (uint64_t)m;
    if (low < bound) {
        uint64_t threshold = (0 - bound) % bound;
        while (low < threshold) {
            x = pf_random_next_u64(r);
            m = (pf__u128_t)x * bound;
            low = (uint64_t)m;
        }
    }
    return (uint64_t)(m >> 64);
}

#endif /* PFOR_RANDOM_H */
