/* team.c - parallel regions on MPI ranks: the team is the set of ranks of
 * the team's communicator; single and master run on its rank 0, barrier
 * is MPI_Barrier, copyprivate a broadcast. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "mpi_internal.h"

/*
 * Every rank already runs the whole program, so a region needs no
 * process of its own: pfm_team_run returns 1 once on every rank (the
 * region's body runs everywhere, as a process team's members run it),
 * then 0.  What the region changes is how the loops in it behave:
 * `#pragma pfor for` (pfm_for_new) shares its iterations among the
 * ranks; a `parallel for` nested in the region runs whole on each rank
 * (OpenMP's nested region of one thread).  With if(false) the team is
 * each rank alone: its `for` loops run whole on every rank, no exchange.
 * Regions do not nest: an inner region runs as a team of one.
 */

struct pfm_team {
    const char *file;
    int line;
    bool cond;
    int runs;
    bool outer_active; /* a region was running when this one started */
    bool outer_shared;
    pfm__context_t saved_ctx;
};

static bool region_active, region_shared;

bool pfm__in_region(void)
{
    return region_active;
}

bool pfm__region_shared(void)
{
    return region_active && region_shared;
}

pfm_team_t *pfm_team_new(const char *file, int line)
{
    pfm_team_t *t = calloc(1, sizeof *t);
    if (t == NULL)
        pfm__fatal("%s:%d: out of memory for a region", file ? file : "?",
                   line);
    t->file = file ? file : "?";
    t->line = line;
    t->cond = true;
    return t;
}

void pfm_team_workers(pfm_team_t *team, long workers)
{
    (void)team;
    (void)workers;
}

void pfm_team_if(pfm_team_t *team, int condition)
{
    team->cond = condition != 0;
}

void pfm_team_retries(pfm_team_t *team, long retries)
{
    (void)team;
    (void)retries;
}

int pfm_team_run(pfm_team_t *team)
{
    if (team->runs++ > 0) {
        region_active = team->outer_active;
        region_shared = team->outer_shared;
        pfm__ctx = team->saved_ctx;
        return 0;
    }
    pfm__init();
    team->outer_active = region_active;
    team->outer_shared = region_shared;
    team->saved_ctx = pfm__ctx;
    /* Nested in a region or a loop body: a team of one. */
    bool shared =
        team->cond && !region_active && pfm__loop_depth == 0 && pfm__size() > 1;
    region_active = true;
    region_shared = shared;
    char host[64] = "";
    gethostname(host, sizeof host - 1);
    snprintf(pfm__ctx.where, sizeof pfm__ctx.where,
             "%s:%d: pfor region failed on rank %d of %d (pid %d, host %s)",
             team->file, team->line, pfm__rank(), pfm__size(), (int)getpid(),
             host);
    pfm__ctx.cursor = NULL;
    pfm__ctx.active = 1;
    return 1;
}

void pfm_team_end(pfm_team_t *team)
{
    if (team == NULL)
        return;
    if (team->runs == 1) {
        /* The body left the while loop early (it cannot: break is
         * refused by pforc); restore anyway. */
        region_active = team->outer_active;
        region_shared = team->outer_shared;
        pfm__ctx = team->saved_ctx;
    }
    free(team);
}

/* ---- single, master, barrier ---- */

typedef struct copy {
    void *var;
    size_t size;
} copy_t;
static copy_t *copies;
static int ncopies, copies_cap;
static bool in_single;

int pfm_single_begin(const char *file, int line)
{
    (void)file;
    (void)line;
    in_single = true;
    ncopies = 0;
    if (!pfm__region_shared())
        return 1;
    return pfm__rank() == 0;
}

void pfm_single_copy(void *var, size_t size)
{
    if (ncopies == copies_cap) {
        int cap = copies_cap ? 2 * copies_cap : 8;
        copy_t *c = realloc(copies, (size_t)cap * sizeof *c);
        if (c == NULL)
            pfm__fatal("out of memory for copyprivate");
        copies = c;
        copies_cap = cap;
    }
    copies[ncopies++] = (copy_t){var, size};
}

void pfm_single_end(void)
{
    int n = ncopies;
    ncopies = 0;
    in_single = false;
    if (!pfm__region_shared())
        return;
    MPI_Comm comm = pfm__comm();
    if (n == 0) {
        MPI_Barrier(comm);
        return;
    }
    /* One broadcast of every copyprivate variable, packed. */
    size_t total = 0;
    for (int i = 0; i < n; i++)
        total += copies[i].size;
    unsigned char *buf = malloc(total ? total : 1);
    if (buf == NULL)
        pfm__fatal("out of memory for copyprivate (%zu bytes)", total);
    int rank = pfm__rank();
    if (rank == 0) {
        size_t at = 0;
        for (int i = 0; i < n; i++) {
            memcpy(buf + at, copies[i].var, copies[i].size);
            at += copies[i].size;
        }
    }
    for (size_t at = 0; at < total; at += 1u << 30) {
        size_t m = total - at < (1u << 30) ? total - at : (1u << 30);
        MPI_Bcast(buf + at, (int)m, MPI_BYTE, 0, comm);
    }
    if (rank != 0) {
        size_t at = 0;
        for (int i = 0; i < n; i++) {
            memcpy(copies[i].var, buf + at, copies[i].size);
            at += copies[i].size;
        }
    }
    free(buf);
}

int pfm_master(void)
{
    if (!pfm__region_shared())
        return 1;
    return pfm__rank() == 0;
}

void pfm_barrier(const char *file, int line)
{
    (void)file;
    (void)line;
    if (pfm__region_shared())
        MPI_Barrier(pfm__comm());
}

/* Free the copyprivate list at exit (keeps leak checkers quiet). */
__attribute__((destructor)) static void team_cleanup(void)
{
    free(copies);
    copies = NULL;
    copies_cap = 0;
    (void)in_single;
}
