/* team_abi.c - the calls pforc's generated code makes for `#pragma pfor
 * parallel` regions and the constructs inside them (pfor_abi.h):
 * pfc_team_*, pfc_for_new, pfc_loop_nowait, single, master, barrier. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "team_internal.h"

pfc_team_t *pfc_team_new(const char *file, int line)
{
    pfc_team_t *t = pf__team_alloc(file, line);
    if (t == NULL) {
        fprintf(stderr, "pfor: %s:%d: out of memory for a region\n",
                file ? file : "?", line);
        exit(1);
    }
    return t;
}

/* Die unless the region has not started (its clauses come first). */
static void before_run(pfc_team_t *t, const char *what)
{
    if (t->state != PF__TEAM_NEW) {
        fflush(stdout);
        fprintf(stderr, "pfor: %s:%d: pfor region: %s after its start\n",
                t->file, t->line, what);
        exit(1);
    }
}

void pfc_team_workers(pfc_team_t *team, long workers)
{
    before_run(team, "clause workers");
    team->workers = workers > 0 ? workers : 0;
}

void pfc_team_if(pfc_team_t *team, int condition)
{
    before_run(team, "clause if");
    team->cond = condition != 0;
}

void pfc_team_retries(pfc_team_t *team, long retries)
{
    before_run(team, "clause retries");
    team->retries = retries > 0 ? retries : 0;
}

int pfc_team_run(pfc_team_t *team)
{
    /* The caller's stack pointer at this call: above the saved frame
     * pointer and the return address.  The frames of the functions the
     * region's body calls lie below it. */
    uintptr_t frame =
        (uintptr_t)__builtin_frame_address(0) + 2 * sizeof(void *);
    return pf__team_run(team, frame);
}

void pfc_team_end(pfc_team_t *team)
{
    if (team == NULL)
        return;
    const char *message;
    int status;
    if (pf__team_error(team, &message, &status) != 0) {
        fflush(stdout);
        fprintf(stderr, "pfor: %s\n", message);
        exit(status);
    }
    pf__team_free(team);
}

pfc_loop_t *pfc_for_new(const char *file, int line)
{
    pfc_loop_t *loop = pfc_loop_new(file, line);
    pfc_team_t *region = pf__team_current();
    if (region != NULL) {
        if (pf__team_shares(region))
            loop->team = region;
        else
            loop->forced_serial = true;
    }
    return loop;
}

void pfc_loop_nowait(pfc_loop_t *loop)
{
    if (loop->state != PF__LOOP_NEW) {
        pf__loop_error(loop, PF_ESTATE,
                       "pfor loop: clause nowait after the "
                       "start");
        pf__loop_die(loop);
    }
    loop->nowait = true;
}

/* ---- single ---- */

/* The team of one that runs a single's statement on member 0. */
static pfc_team_t *solo_of(pfc_team_t *m)
{
    if (m->solo == NULL) {
        m->solo = pf__team_alloc(m->file, m->line);
        if (m->solo == NULL)
            pf__team_fail(m, m->file, m->line,
                          "pfor region failed: out of memory");
        m->solo->serial = true;
        m->solo->nmembers = 1;
        m->solo->member = m;
        m->solo->state = PF__TEAM_SERIAL;
    }
    m->solo->outer = m;
    m->solo->single_depth = 0;
    return m->solo;
}

int pfc_single_begin(const char *file, int line)
{
    (void)file;
    (void)line;
    pfc_team_t *c = pf__team_current();
    if (c == NULL)
        return 1;
    if (c->serial) {
        c->single_depth++;
        return 1;
    }
    if (c->me != 0)
        return 0;
    pf__team_set_current(solo_of(c));
    return 1;
}

void pfc_single_copy(void *var, size_t size)
{
    pfc_team_t *c = pf__team_current();
    pfc_team_t *m;
    if (c == NULL)
        return;
    if (c->serial) {
        /* Member 0's single (not one nested in it): publish. */
        if (c->single_depth > 0 || c->member == NULL || c->member->solo != c)
            return;
        m = c->member;
    } else {
        m = c; /* another member: receive */
    }
    pf__team_digest(m, size);
    m->single_copies++;
    unsigned char *at = pf__team_reserve(m, size, m->file, m->line);
    if (m->me == 0) {
        memcpy(at, var, size);
        return;
    }
    if (m->ncopies == m->copies_cap) {
        int cap = m->copies_cap ? 2 * m->copies_cap : 8;
        struct pf__team_copy *cp = realloc(m->copies, (size_t)cap * sizeof *cp);
        if (cp == NULL)
            pf__team_fail(m, m->file, m->line,
                          "pfor region failed: out of memory");
        m->copies = cp;
        m->copies_cap = cap;
    }
    m->copies[m->ncopies++] = (struct pf__team_copy){var, size, at};
}

/* The end of a single in a forked member: meet (unless nowait without
 * copyprivate items), then take member 0's items. */
static void member_single_end(pfc_team_t *m, const char *file, int line,
                              int nowait)
{
    int copies = m->single_copies;
    m->single_copies = 0;
    if (nowait && copies == 0)
        return;
    pf__team_sync_begin(m, PF__SYNC_SINGLE, file, line);
    for (int j = 0; j < m->ncopies; j++) {
        memcpy(m->copies[j].var, m->copies[j].at, m->copies[j].size);
        pf__share_wrote(m, m->copies[j].var, m->copies[j].size);
    }
    pf__team_sync_end(m);
}

void pfc_single_end(const char *file, int line, int nowait)
{
    pfc_team_t *c = pf__team_current();
    if (c == NULL)
        return;
    if (c->serial) {
        if (c->single_depth > 0) {
            c->single_depth--;
            return;
        }
        if (c->member == NULL || c->member->solo != c)
            return;
        pf__team_set_current(c->member);
        member_single_end(c->member, file, line, nowait);
        return;
    }
    member_single_end(c, file, line, nowait);
}

int pfc_master(void)
{
    pfc_team_t *c = pf__team_current();
    return c == NULL || c->serial || c->me == 0;
}

void pfc_barrier(const char *file, int line)
{
    pfc_team_t *c = pf__team_current();
    if (c == NULL || c->serial)
        return;
    pf__team_sync_begin(c, PF__SYNC_BARRIER, file, line);
    pf__team_sync_end(c);
}
