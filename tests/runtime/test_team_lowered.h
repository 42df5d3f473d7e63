/* test_team_lowered.h - the code pforc generates for regions and the
 * constructs inside them (pfor_abi.h's header comment, PLAN C'), as
 * macros that expand to exactly that text, for the team tests. */
#ifndef TEST_TEAM_LOWERED_H
#define TEST_TEAM_LOWERED_H

#include "pfor.h"
#include "pfor_abi.h"

/* #pragma pfor parallel [workers(w)] [retries(r)] { body }:
 *
 *   REGION_BEGIN(file, line)
 *       pfc_team_workers(__pf_team, (long)(w));      (clauses)
 *   REGION_BODY
 *       body
 *   REGION_END
 */
#define REGION_BEGIN(file, line)                                               \
    {                                                                          \
        pfc_team_t *__pf_team = pfc_team_new(file, line);
#define REGION_BODY while (pfc_team_run(__pf_team)) {
#define REGION_END                                                             \
    }                                                                          \
    pfc_team_end(__pf_team);                                                   \
    }

/* #pragma pfor for [clauses] for (T i = lo; i CMP hi; i += step) body:
 *
 *   FOR_BEGIN(file, line, T, lo, hi, step, cmp)
 *       pfc_loop_collect_bytes(__pf_loop, &a[0], sizeof a);   (clauses)
 *   FOR_BODY(i)
 *       body
 *   FOR_END
 *
 * The schedule is schedule(runtime), so PFOR_SCHEDULE chooses it.  With
 * one reduction (slot 0, on the variable itself): FOR_RBODY(i, var) and
 * FOR_REND(var). */
#define FOR_BEGIN(file, line, T, lo, hi, step, cmp)                            \
    {                                                                          \
        pfc_loop_t *__pf_loop = pfc_for_new(file, line);                       \
        typedef T __pf_iv_t;                                                   \
        PFC_RANGE(__pf_loop, __pf_iv_t, lo, hi, step, cmp);                    \
        pfc_loop_schedule(__pf_loop, PFC_SCHED_RUNTIME, (long)(0));

#define FOR_BODY(i)                                                            \
    pfc_loop_start(__pf_loop);                                                 \
    {                                                                          \
        volatile unsigned long long *__pf_cursor = pfc_loop_cursor(__pf_loop); \
        unsigned long long __pf_k, __pf_end;                                   \
        while (pfc_loop_next(__pf_loop, &__pf_k, &__pf_end)) {                 \
            *__pf_cursor = __pf_k;                                             \
            for (; __pf_k < __pf_end; __pf_k++) {                              \
                __pf_iv_t i = PFC_IV(__pf_loop, __pf_iv_t, __pf_k);            \
                (void)i;

#define FOR_END                                                                \
    }                                                                          \
    }                                                                          \
    }                                                                          \
    pfc_loop_end(__pf_loop);                                                   \
    }

#define FOR_RBODY(i, var)                                                      \
    pfc_loop_start(__pf_loop);                                                 \
    {                                                                          \
        volatile unsigned long long *__pf_cursor = pfc_loop_cursor(__pf_loop); \
        unsigned long long __pf_k, __pf_end;                                   \
        while (pfc_loop_next(__pf_loop, &__pf_k, &__pf_end)) {                 \
            *__pf_cursor = __pf_k;                                             \
            pfc_loop_identity(__pf_loop, 0, &(var));                           \
            for (; __pf_k < __pf_end; __pf_k++) {                              \
                __pf_iv_t i = PFC_IV(__pf_loop, __pf_iv_t, __pf_k);            \
                (void)i;

#define FOR_REND(var)                                                          \
    }                                                                          \
    pfc_loop_deposit(__pf_loop, 0, &(var));                                    \
    }                                                                          \
    }                                                                          \
    pfc_loop_end(__pf_loop);                                                   \
    }

/* The same for `#pragma pfor parallel for` (a plain loop). */
#define PFOR_BEGIN(file, line, T, lo, hi, step, cmp)                           \
    {                                                                          \
        pfc_loop_t *__pf_loop = pfc_loop_new(file, line);                      \
        typedef T __pf_iv_t;                                                   \
        PFC_RANGE(__pf_loop, __pf_iv_t, lo, hi, step, cmp);                    \
        pfc_loop_schedule(__pf_loop, PFC_SCHED_RUNTIME, (long)(0));

/* #pragma pfor single [copyprivate(x)] [nowait] stmt:
 *
 *   SINGLE_BEGIN(file, line) stmt SINGLE_COPY(x) SINGLE_END(file, line, 0)
 */
#define SINGLE_BEGIN(file, line)                                               \
    {                                                                          \
        if (pfc_single_begin(file, line)) {
#define SINGLE_COPY(x)                                                         \
    }                                                                          \
    pfc_single_copy(&(x), sizeof(x));                                          \
    {
#define SINGLE_END(file, line, nowait)                                         \
    }                                                                          \
    pfc_single_end(file, line, nowait);                                        \
    }

#endif /* TEST_TEAM_LOWERED_H */
