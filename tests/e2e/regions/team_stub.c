/* team_stub.c - a stand-in for the region ABI (PLAN C') while the runtime
 * has no team: a region runs once, in the calling process, as a team of
 * one ("outside a team" in C'), so each `pfor for` is a plain parallel
 * for (pfc_loop_new: fork-join, collect, reductions, lastprivate), single
 * and master run their statement, copyprivate has no one to copy to and
 * barrier does nothing.  It lets the region programs check pforc's
 * lowering end to end against their serial builds; CMake links it only
 * when runtime/src does not define pfc_team_run, and the real team
 * replaces it. */
#include <stdlib.h>

#include <pfor_abi.h>

#include "../../compiler/team_abi.h"

struct pfc_team {
    int runs;
};

pfc_team_t *pfc_team_new(const char *file, int line)
{
    (void)file;
    (void)line;
    pfc_team_t *t = calloc(1, sizeof *t);
    if (!t)
        abort();
    return t;
}

void pfc_team_workers(pfc_team_t *team, long workers)
{
    (void)team;
    (void)workers;
}

void pfc_team_if(pfc_team_t *team, int condition)
{
    (void)team;
    (void)condition;
}

void pfc_team_retries(pfc_team_t *team, long retries)
{
    (void)team;
    (void)retries;
}

int pfc_team_run(pfc_team_t *team)
{
    return team->runs++ == 0;
}

void pfc_team_end(pfc_team_t *team)
{
    free(team);
}

struct pfc_loop *pfc_for_new(const char *file, int line)
{
    return pfc_loop_new(file, line);
}

void pfc_loop_nowait(struct pfc_loop *loop)
{
    (void)loop;
}

int pfc_single_begin(const char *file, int line)
{
    (void)file;
    (void)line;
    return 1;
}

void pfc_single_copy(void *var, __SIZE_TYPE__ size)
{
    (void)var;
    (void)size;
}

void pfc_single_end(const char *file, int line, int nowait)
{
    (void)file;
    (void)line;
    (void)nowait;
}

int pfc_master(void)
{
    return 1;
}

void pfc_barrier(const char *file, int line)
{
    (void)file;
    (void)line;
}
