/* process.c - pf_process: fork a function as a child, join, signal, name,
 * and the per-process list of children behind pf_active_children. */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "internal.h"

typedef enum state {
    STATE_NEW,     /* created, not started */
    STATE_RUNNING, /* forked, not reaped yet (alive or zombie) */
    STATE_ENDED,   /* reaped: exit_code is known */
    STATE_LOST     /* reaped by someone else (waitpid(-1) elsewhere) */
} state_t;

struct pf_process {
    pf_process_fn fn;
    void *arg;
    char *name;
    char *identity; /* "2" or "1:2": names this process's own children */
    bool daemon;
    state_t state;
    pf__child_t child; /* while STATE_RUNNING (pid kept after, for pid()) */
    pid_t pid;
    pid_t parent_pid; /* the process that started it: only it may reap */
    int exit_code;
};

/*
 * Per-process state.  A forked child fixes it up in the atfork handler
 * (the parent's children are not its children) and, when it is a
 * pf_process child, in start_child (its own name and numbering), so none
 * of it goes stale after fork.
 */
static pthread_mutex_t table_lock = PTHREAD_MUTEX_INITIALIZER;
static pf_process_t **children; /* started here, not yet seen ended */
static size_t children_count, children_cap;
static unsigned long next_number = 1; /* N of the next "Process-N" */
static const char *current_name = "MainProcess";
static const char *current_identity = ""; /* "" in the main process */
static bool current_is_daemon;
static pthread_once_t hooks_once = PTHREAD_ONCE_INIT;

/* ---- fork and exit hooks ---- */

static void atfork_prepare(void)
{
    pthread_mutex_lock(&table_lock);
}

static void atfork_parent(void)
{
    pthread_mutex_unlock(&table_lock);
}

/* In any forked child (pfor's or the user's): the list was the parent's,
 * so empty it (its pidfds name siblings: close them); the lock was held by
 * the forking thread, so make it new. */
static void atfork_child(void)
{
    for (size_t i = 0; i < children_count; i++)
        pf__child_forget(&children[i]->child);
    children_count = 0;
    pthread_mutex_init(&table_lock, NULL);
}

static void exit_children(void);

static void install_hooks(void)
{
    pthread_atfork(atfork_prepare, atfork_parent, atfork_child);
    atexit(exit_children);
}

/* ---- the list of children (table_lock held by the caller) ---- */

/* Make room for one more entry.  Returns 0 or PF_ENOMEM. */
static int table_reserve(void)
{
    if (children_count == children_cap) {
        size_t cap = children_cap ? children_cap * 2 : 8;
        pf_process_t **grown = realloc(children, cap * sizeof *grown);
        if (!grown)
            return PF_ENOMEM;
        children = grown;
        children_cap = cap;
    }
    return 0;
}

static void table_remove(pf_process_t *p)
{
    for (size_t i = 0; i < children_count; i++) {
        if (children[i] == p) {
            children[i] = children[--children_count];
            return;
        }
    }
}

/* Record a wait status: fn's return value, or minus the signal. */
static void set_ended(pf_process_t *p, int status)
{
    if (WIFEXITED(status))
        p->exit_code = WEXITSTATUS(status);
    else if (WIFSIGNALED(status))
        p->exit_code = -WTERMSIG(status);
    else
        p->exit_code = -1;
    p->state = STATE_ENDED;
    table_remove(p);
}

/* Reap p if it has ended, without waiting.  Caller holds table_lock and is
 * p's parent.  Returns 1 ended (or already reaped), 0 still running,
 * PF_ECHILD when someone else reaped it (child.c's ECHILD rule: its status
 * is unknown), or PF_ESTATE when not started. */
static int reap_locked(pf_process_t *p)
{
    if (p->state == STATE_ENDED)
        return 1;
    if (p->state == STATE_LOST)
        return PF_ECHILD;
    if (p->state != STATE_RUNNING)
        return PF_ESTATE;
    int status;
    if (pf__child_reap(&p->child, &status) == 0)
        return 0;
    if (status != PF__STATUS_UNKNOWN) {
        set_ended(p, status);
        return 1;
    }
    p->state = STATE_LOST;
    table_remove(p);
    return PF_ECHILD;
}

static int reap(pf_process_t *p)
{
    pthread_mutex_lock(&table_lock);
    int rc = reap_locked(p);
    pthread_mutex_unlock(&table_lock);
    return rc;
}

/* ---- the API ---- */

int pf_process_new(pf_process_fn fn, void *arg,
                   const pf_process_options_t *opts, pf_process_t **out)
{
    if (!out)
        return PF_EINVAL;
    *out = NULL;
    if (!fn)
        return PF_EINVAL;
    pf_process_t *p = calloc(1, sizeof *p);
    if (!p)
        return PF_ENOMEM;
    pthread_mutex_lock(&table_lock);
    unsigned long number = next_number++;
    pthread_mutex_unlock(&table_lock);
    char identity[512];
    snprintf(identity, sizeof identity, "%s%s%lu", current_identity,
             current_identity[0] ? ":" : "", number);
    p->identity = strdup(identity);
    if (opts && opts->name) {
        p->name = strdup(opts->name);
    } else {
        char name[600];
        snprintf(name, sizeof name, "Process-%s", identity);
        p->name = strdup(name);
    }
    if (!p->identity || !p->name) {
        free(p->identity);
        free(p->name);
        free(p);
        return PF_ENOMEM;
    }
    p->fn = fn;
    p->arg = arg;
    p->daemon = opts ? opts->daemon : false;
    p->state = STATE_NEW;
    *out = p;
    return 0;
}

/* The child's side of pf_process_start: become p, run fn, leave.  The
 * atfork handler has already emptied the inherited list of children. */
_Noreturn static void start_child(pf_process_t *p)
{
    /* Copies, so the names survive the child freeing its copy of p. */
    char *name = strdup(p->name);
    char *identity = strdup(p->identity);
    if (name)
        current_name = name;
    if (identity)
        current_identity = identity;
    next_number = 1;
    current_is_daemon = p->daemon;
    int rc = p->fn(p->arg);
    exit_children();
    pf__worker_exit(rc & 0xff);
}

int pf_process_start(pf_process_t *p)
{
    if (!p)
        return PF_EINVAL;
    if (p->state != STATE_NEW)
        return PF_ESTATE;
    if (current_is_daemon)
        return PF_EPERM;
    pthread_once(&hooks_once, install_hooks);
    /* Room in the list first, so a started child can always be listed. */
    pthread_mutex_lock(&table_lock);
    int rc = table_reserve();
    pthread_mutex_unlock(&table_lock);
    if (rc < 0)
        return rc;
    pf__child_t child;
    pid_t pid = pf__child_fork(&child, 0);
    if (pid < 0)
        return (int)pid;
    if (pid == 0)
        start_child(p);
    pthread_mutex_lock(&table_lock);
    p->child = child;
    p->pid = pid;
    p->parent_pid = getpid();
    p->state = STATE_RUNNING;
    /* Another thread may have used the reserved slot: reserve again. */
    if (table_reserve() == 0)
        children[children_count++] = p;
    pthread_mutex_unlock(&table_lock);
    return 0;
}

int pf_process_join(pf_process_t *p, double timeout)
{
    if (!p)
        return PF_EINVAL;
    if (p->state == STATE_NEW)
        return PF_ESTATE;
    if (p->parent_pid != getpid())
        return PF_ECHILD;
    pf__deadline_t d = pf__deadline_in(timeout);
    for (;;) {
        int rc = reap(p);
        if (rc == 1)
            return 0;
        if (rc < 0)
            return rc;
        if (pf__deadline_passed(d) || timeout == 0)
            return PF_ETIMEDOUT;
        /* Without table_lock: another thread may reap meanwhile (then
         * the next reap() says so). */
        pthread_mutex_lock(&table_lock);
        pf__child_t c =
            p->state == STATE_RUNNING ? p->child : (pf__child_t){0, -1};
        int dup = c.pidfd >= 0 ? fcntl(c.pidfd, F_DUPFD_CLOEXEC, 0) : -1;
        pthread_mutex_unlock(&table_lock);
        c.pidfd = dup;
        rc = pf__child_wait_exit(&c, d);
        pf__close(dup);
        if (rc < 0)
            return rc;
        if (rc == 0)
            return PF_ETIMEDOUT;
    }
}

/* Signal p's child unless it was reaped (so its pid cannot have been
 * reused: a zombie keeps it).  Holds table_lock to keep reap out. */
static int send_signal(pf_process_t *p, int sig)
{
    if (!p)
        return PF_EINVAL;
    if (p->state == STATE_NEW)
        return PF_ESTATE;
    pthread_mutex_lock(&table_lock);
    int rc = 0;
    if (p->state == STATE_RUNNING)
        rc = pf__child_signal(&p->child, sig);
    pthread_mutex_unlock(&table_lock);
    return rc;
}

int pf_process_terminate(pf_process_t *p)
{
    return send_signal(p, SIGTERM);
}

int pf_process_kill(pf_process_t *p)
{
    return send_signal(p, SIGKILL);
}

int pf_process_is_alive(pf_process_t *p)
{
    if (!p)
        return PF_EINVAL;
    if (p->state == STATE_NEW)
        return 0;
    if (p->parent_pid != getpid())
        return PF_ECHILD;
    int rc = reap(p);
    return rc == 0 ? 1 : rc == 1 ? 0 : rc;
}

int pf_process_exitcode(pf_process_t *p, int *code)
{
    if (!p || !code)
        return PF_EINVAL;
    if (p->state == STATE_NEW)
        return PF_ESTATE;
    if (p->state == STATE_RUNNING && p->parent_pid == getpid()) {
        int rc = reap(p);
        if (rc < 0)
            return rc;
    }
    if (p->state == STATE_LOST)
        return PF_ECHILD;
    if (p->state != STATE_ENDED)
        return PF_ESTATE;
    *code = p->exit_code;
    return 0;
}

int pf_process_pid(const pf_process_t *p)
{
    if (!p)
        return PF_EINVAL;
    return p->state == STATE_NEW ? PF_ESTATE : (int)p->pid;
}

const char *pf_process_name(const pf_process_t *p)
{
    return p ? p->name : NULL;
}

bool pf_process_daemon(const pf_process_t *p)
{
    return p && p->daemon;
}

void pf_process_free(pf_process_t *p)
{
    if (!p)
        return;
    if (p->state == STATE_RUNNING && p->parent_pid == getpid()) {
        pthread_mutex_lock(&table_lock);
        if (reap_locked(p) == 0)
            set_ended(p, pf__child_kill(&p->child));
        table_remove(p);
        pthread_mutex_unlock(&table_lock);
    } else if (p->state == STATE_RUNNING) {
        pf__child_forget(&p->child); /* a forked copy's object */
    }
    free(p->name);
    free(p->identity);
    free(p);
}

const char *pf_current_process(void)
{
    return current_name;
}

int pf_active_children(pf_process_t **out, size_t max)
{
    if (!out && max > 0)
        return PF_EINVAL;
    pthread_mutex_lock(&table_lock);
    /* reap_locked removes ended children: walk from the end so removal
     * (which moves the last entry into the hole) skips nothing. */
    for (size_t i = children_count; i-- > 0;)
        reap_locked(children[i]);
    size_t n = children_count;
    for (size_t i = 0; i < n && i < max; i++)
        out[i] = children[i];
    pthread_mutex_unlock(&table_lock);
    return n > (size_t)INT32_MAX ? INT32_MAX : (int)n;
}

/* At exit (the parent's, or a pf_process child's after fn returns), do
 * what multiprocessing's exit function does: terminate the daemon
 * children still running, then join every child still running. */
static void exit_children(void)
{
    pthread_mutex_lock(&table_lock);
    for (size_t i = children_count; i-- > 0;) {
        pf_process_t *c = children[i];
        if (reap_locked(c) == 0 && c->daemon)
            pf__child_signal(&c->child, SIGTERM);
    }
    pthread_mutex_unlock(&table_lock);
    for (;;) {
        pf_process_t *p = NULL;
        pthread_mutex_lock(&table_lock);
        if (children_count > 0)
            p = children[children_count - 1];
        pthread_mutex_unlock(&table_lock);
        if (!p)
            break;
        if (pf_process_join(p, PF_FOREVER) != 0) {
            pthread_mutex_lock(&table_lock);
            table_remove(p); /* cannot be waited for: do not loop on it */
            pthread_mutex_unlock(&table_lock);
        }
    }
}
