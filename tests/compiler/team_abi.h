/* team_abi.h - the region ABI of PLAN C' (pfc_team_*, pfc_for_new, single,
 * master, barrier), declared while the runtime's pfor_abi.h does not
 * declare it yet: for the golden tests' compile check (golden.sh includes
 * it only then) and the region tests built with team_stub.c.  The
 * declarations are the contract the generated code is written against;
 * the team runtime must match them. */
#ifndef PFOR_TEST_TEAM_ABI_H
#define PFOR_TEST_TEAM_ABI_H
/* No #include, and nothing but a typedef C11 lets repeat: pfcc's compile
 * step may see these lines twice (once from its preprocessing step, once
 * from -include). */

typedef struct pfc_team pfc_team_t;
pfc_team_t *pfc_team_new(const char *file, int line);
void pfc_team_workers(pfc_team_t *team, long workers);
void pfc_team_if(pfc_team_t *team, int condition);
void pfc_team_retries(pfc_team_t *team, long retries);
int pfc_team_run(pfc_team_t *team);
void pfc_team_end(pfc_team_t *team);
struct pfc_loop *pfc_for_new(const char *file, int line);
void pfc_loop_nowait(struct pfc_loop *loop);
int pfc_single_begin(const char *file, int line);
void pfc_single_copy(void *var, __SIZE_TYPE__ size);
void pfc_single_end(const char *file, int line, int nowait);
int pfc_master(void);
void pfc_barrier(const char *file, int line);
#endif
