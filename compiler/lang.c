/* lang.c - the tables of lang.h's lists, and look-ups by spelling. */
#include <string.h>

#include "lang.h"

const construct_info_t pf_constructs[C_COUNT] = {[C_NONE] = {"", 0},
#define CONSTRUCT_ROW(id, name, bit) [C_##id] = {name, bit},
                                                 PF_CONSTRUCTS(CONSTRUCT_ROW)
#undef CONSTRUCT_ROW
};

const clause_info_t pf_clauses[CL_COUNT] = {
#define CLAUSE_ROW(id, word, shape, on, rep)                                   \
    [CL_##id] = {word, SHAPE_##shape, on, rep},
    PF_CLAUSES(CLAUSE_ROW)
#undef CLAUSE_ROW
};

const redop_info_t pf_redops[RED_COUNT] = {[RED_NONE] = {"", "", 0},
#define REDOP_ROW(id, sym, name, int_only) [RED_##id] = {sym, name, int_only},
                                           PF_REDOPS(REDOP_ROW)
#undef REDOP_ROW
};

const sched_info_t pf_scheds[SCHED_COUNT] = {
    [SCHED_NONE] = {"", "PFC_SCHED_DEFAULT", ""},
#define SCHED_ROW(id, word, pfc, omp) [SCHED_##id] = {word, pfc, omp},
    PF_SCHEDULES(SCHED_ROW)
#undef SCHED_ROW
};

static int same(const char *a, const char *b, unsigned long len)
{
    return strlen(a) == len && memcmp(a, b, len) == 0;
}

int pf_clause_lookup(const char *word, unsigned long len)
{
    for (int i = 0; i < CL_COUNT; i++)
        if (same(pf_clauses[i].word, word, len))
            return i;
    return CL_UNKNOWN;
}

int pf_redop_lookup(const char *sym, unsigned long len)
{
    for (int i = 1; i < RED_COUNT; i++)
        if (same(pf_redops[i].symbol, sym, len))
            return i;
    return RED_NONE;
}

int pf_sched_lookup(const char *word, unsigned long len)
{
    for (int i = 1; i < SCHED_COUNT; i++)
        if (same(pf_scheds[i].word, word, len))
            return i;
    return SCHED_NONE;
}

const char *pf_redop_list(void)
{
    /* The symbols, one blank apart. */
    static const char list[] =
#define REDOP_WORD(id, sym, name, int_only) " " sym
        PF_REDOPS(REDOP_WORD)
#undef REDOP_WORD
        ;
    return list + 1;
}

const char *pf_sched_list(void)
{
    static char list[256];
    if (!list[0]) {
        size_t n = 0;
        for (int i = 1; i < SCHED_COUNT; i++) {
            const char *sep = i == 1                 ? ""
                              : i == SCHED_COUNT - 1 ? " or "
                                                     : ", ";
            size_t a = strlen(sep), b = strlen(pf_scheds[i].word);
            if (n + a + b + 1 > sizeof list)
                break;
            memcpy(list + n, sep, a);
            memcpy(list + n + a, pf_scheds[i].word, b);
            n += a + b;
        }
        list[n] = '\0';
    }
    return list;
}
