/* lang.c - the tables of lang.h's lists, and look-ups by spelling. */
#include <string.h>

#include "lang.h"

const construct_info_t pf_constructs[C_COUNT + 1] = {
    [C_NONE] = {"", 0, FOLLOW_LOOP},
#define CONSTRUCT_ROW(id, name, bit, follows)                                  \
    [C_##id] = {name, bit, FOLLOW_##follows},
    PF_CONSTRUCTS(CONSTRUCT_ROW)
#undef CONSTRUCT_ROW
        [C_REFUSED] = {"", 0, FOLLOW_NONE},
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
#define ALIAS_LOOKUP(w, id)                                                    \
    if (same(w, word, len))                                                    \
        return CL_##id;
    PF_CLAUSE_ALIASES(ALIAS_LOOKUP)
#undef ALIAS_LOOKUP
    return CL_UNKNOWN;
}

typedef struct refusal {
    const char *word, *instead;
} refusal_t;

static const refusal_t refused_constructs[] = {
#define REFUSED_ROW(w, instead) {w, instead},
    PF_REFUSED_CONSTRUCTS(REFUSED_ROW){NULL, NULL}};
static const refusal_t refused_clauses[] = {
    PF_REFUSED_CLAUSES(REFUSED_ROW){NULL, NULL}};
#undef REFUSED_ROW

static const char *refusal(const refusal_t *r, const char *word,
                           unsigned long len)
{
    for (; r->word; r++)
        if (same(r->word, word, len))
            return r->instead;
    return NULL;
}

const char *pf_refused_construct(const char *word, unsigned long len)
{
    return refusal(refused_constructs, word, len);
}

const char *pf_refused_clause(const char *word, unsigned long len)
{
    return refusal(refused_clauses, word, len);
}

const char *pf_construct_list(void)
{
    static char list[256];
    if (!list[0]) {
        size_t n = 0;
        for (int i = 1; i < C_COUNT; i++) {
            const char *sep = i == 1 ? "" : i == C_COUNT - 1 ? " or " : ", ";
            size_t a = strlen(sep), b = strlen(pf_constructs[i].name);
            if (n + a + b + 1 > sizeof list)
                break;
            memcpy(list + n, sep, a);
            memcpy(list + n + a, pf_constructs[i].name, b);
            n += a + b;
        }
        list[n] = '\0';
    }
    return list;
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
