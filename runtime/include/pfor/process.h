/* pfor/process.h - processes: start, join, terminate, names, cpu count. */
#ifndef PFOR_PROCESS_H
#define PFOR_PROCESS_H

#include <stdbool.h>
#include <stddef.h>

#include "common.h"
#include "errors.h"

/*
 * The C counterpart of multiprocessing.Process with the fork start method.
 *
 *     pf_process_t *p;
 *     pf_process_new(work, &arg, NULL, &p);   // named "Process-1"
 *     pf_process_start(p);                     // fork; child runs work(&arg)
 *     pf_process_join(p, PF_FOREVER);
 *     int code;
 *     pf_process_exitcode(p, &code);           // work's return value
 *     pf_process_free(p);
 *
 * The child is a forked copy of the caller: it runs fn(arg), flushes stdio
 * and _exits with fn's return value (modulo 256, as exit statuses are).  It
 * dies with its parent (PR_SET_PDEATHSIG; note the kernel ties this to the
 * parent *thread* that called pf_process_start).
 *
 * At the parent's normal exit (exit() or return from main) pfor does what
 * Python does: daemon children still running get SIGTERM, then every child
 * still running is joined (waited for without limit).  A child started by
 * pf_process does the same for its own children when fn returns.
 *
 * A process object is used from one thread at a time; the list behind
 * pf_active_children is thread-safe.
 */
typedef struct pf_process pf_process_t;

/* The function a child runs; its return value becomes the exit code. */
typedef int (*pf_process_fn)(void *arg);

typedef struct pf_process_options {
    const char *name; /* copied; NULL = "Process-N" (N counts the processes
                         this process created, from 1; a child of Process-2
                         names its own "Process-2:1", as Python does) */
    bool daemon;      /* terminated (SIGTERM) at the parent's exit instead
                         of joined; a daemon may not start children */
} pf_process_options_t;

/* Create a process object (not started).  `opts` may be NULL.  Returns 0
 * and *out, PF_EINVAL (NULL fn or out), or PF_ENOMEM. */
int pf_process_new(pf_process_fn fn, void *arg,
                   const pf_process_options_t *opts, pf_process_t **out);

/* Fork and run fn(arg) in the child.  Returns 0 in the parent; PF_EINVAL
 * (NULL), PF_ESTATE (already started), PF_EPERM (the caller is a daemon
 * process), or the fork error.  Never returns in the child. */
int pf_process_start(pf_process_t *p);

/* Wait until the child ended, at most `timeout` seconds (PF_FOREVER: no
 * limit, 0: just check).  Returns 0 when it ended (it is then reaped and
 * its exit code known), PF_ETIMEDOUT, PF_ESTATE (not started), PF_ECHILD
 * (called from a process that is not its parent, or the child was reaped
 * behind pfor's back), PF_EINVAL. */
int pf_process_join(pf_process_t *p, double timeout);

/* Send SIGTERM / SIGKILL to the child.  Returns 0 (also when it already
 * ended: nothing is sent then), PF_ESTATE (not started), PF_EINVAL. */
int pf_process_terminate(pf_process_t *p);
int pf_process_kill(pf_process_t *p);

/* 1 when the child is running, 0 when not started or ended (an ended child
 * is reaped by this call), PF_ECHILD (not our child), PF_EINVAL. */
int pf_process_is_alive(pf_process_t *p);

/* The exit code, as multiprocessing's exitcode: fn's return value (0..255)
 * or minus the signal number that killed it.  Returns 0 and *code when the
 * child ended (reaping it if needed, without waiting); PF_ESTATE when it
 * was not started or is still running; PF_EINVAL. */
int pf_process_exitcode(pf_process_t *p, int *code);

/* The child's pid (> 0) once started; PF_ESTATE before; PF_EINVAL. */
int pf_process_pid(const pf_process_t *p);

/* The process's name, owned by `p`; NULL when p is NULL. */
const char *pf_process_name(const pf_process_t *p);

/* Whether it is a daemon; false for NULL. */
bool pf_process_daemon(const pf_process_t *p);

/* Release the object.  NULL-safe.  If the child is still running and this
 * process is its parent, it is killed (SIGKILL) and reaped first, so no
 * process is ever leaked; join or terminate it first to end it gently.  In
 * any other process (e.g. a child freeing its inherited copy) only the
 * memory is released. */
void pf_process_free(pf_process_t *p);

/* The calling process's name: "MainProcess" in the original program, the
 * process's name in a child started by pf_process_start.  Never NULL; the
 * string stays valid for the life of the process. */
const char *pf_current_process(void);

/* The children started by pf_process_start in this process that are still
 * running, as multiprocessing.active_children(): ended ones are reaped and
 * dropped first.  Stores up to `max` of them in `out` (may be NULL when max
 * is 0) and returns how many are running (which may exceed max), or
 * PF_EINVAL (NULL out with max > 0). */
int pf_active_children(pf_process_t **out, size_t max);

/* The number of CPUs this process may use: the CPUs of its affinity mask,
 * further limited by its cgroup v2 CPU quota (cpu.max of its cgroup and
 * every ancestor: quota/period rounded up).  Always >= 1. */
int pf_cpu_count(void);

#endif /* PFOR_PROCESS_H */
