/* env.c - libpfor_mpi's process environment: MPI_Init/MPI_Finalize when
 * the program does not call them, the team's communicator, what becomes
 * of each rank's output, and the report of a rank that crashes or exits
 * inside pfor code. */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "mpi_internal.h"

/*
 * Design.
 *
 * MPI is initialised lazily, at the first pfm_ call that needs it
 * (MPI_Init_thread, MPI_THREAD_FUNNELED: only the main thread calls MPI;
 * libpfor's own helpers never do), and finalised by an on_exit handler.
 * MPI_Init, MPI_Init_thread and MPI_Finalize are interposed (the MPI
 * profiling interface: we define them and call PMPI_*), so a program that
 * calls them works whether it does so before or after pfor did: a second
 * init is a no-op that succeeds, finalize first frees pfor's windows and
 * communicators.  A constructor was the alternative; it would run MPI_Init
 * in every program linked with the library, before main could choose its
 * thread level, and with no argc/argv.
 *
 * Output is decided before main, from the launcher's environment
 * (OMPI_COMM_WORLD_RANK, PMIX_RANK or PMI_RANK: no MPI call needed):
 * ranks other than 0 get /dev/null on descriptors 1 and 2, so the job
 * prints what the serial program prints.  PFOR_MPI_OUTPUT=all sends every
 * rank's lines through a forwarder process that prefixes "[rank N] ".
 * pfor's own fatal reports go to a copy of the original standard error,
 * which is never redirected.
 *
 * Failures: while a rank runs loop iterations or region code, a handler
 * for SIGSEGV, SIGBUS, SIGFPE, SIGILL and SIGABRT writes a report naming
 * the loop (file:line), the rank and its iterations, then restores the
 * previous handler (Open MPI's) and re-raises: the rank dies of the
 * signal, mpirun stops the other ranks and exits 128 + N, as the shell
 * does for the serial program.  An exit() from inside a loop is reported
 * the same way and ends the rank without MPI_Finalize (a finalised rank
 * would leave the others waiting in the loop's exchange forever).
 */

static int real_stderr = 2;    /* never redirected */
static int world_rank_env = 0; /* from the launcher's environment */
static bool we_initialised;    /* pfor called MPI_Init_thread */
static bool initialised;       /* MPI is up (ours or the program's) */
static bool finalised;
static int provided_level;
static MPI_Comm team_comm = MPI_COMM_NULL; /* a dup, or NULL: world */
static int team_rank = 0, team_size = 1;

pfm__context_t pfm__ctx;

void pfm__write_err(const char *text)
{
    size_t n = strlen(text);
    while (n > 0) {
        ssize_t w = write(real_stderr, text, n);
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0)
            return;
        text += w;
        n -= (size_t)w;
    }
}

_Noreturn void pfm__fatal(const char *fmt, ...)
{
    char msg[1024];
    int n = snprintf(msg, sizeof msg, "pfor: ");
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg + n, sizeof msg - (size_t)n, fmt, ap);
    va_end(ap);
    size_t len = strlen(msg);
    if (len + 2 < sizeof msg) {
        msg[len] = '\n';
        msg[len + 1] = '\0';
    }
    fflush(stdout);
    pfm__write_err(msg);
    pfm__ctx.active = 0;
    int up = 0, down = 0;
    MPI_Initialized(&up);
    MPI_Finalized(&down);
    if (up && !down)
        MPI_Abort(MPI_COMM_WORLD, 1);
    _exit(1);
}

/* ---- output ---- */

static int env_rank(void)
{
    static const char *names[] = {"OMPI_COMM_WORLD_RANK", "PMIX_RANK",
                                  "PMI_RANK"};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        const char *v = getenv(names[i]);
        if (v && *v)
            return atoi(v);
    }
    return 0;
}

/* Copy lines from `in` to `out`, each prefixed; partial lines wait for
 * their newline (or the end).  Forwarder process only. */
typedef struct fwd {
    int in, out;
    char line[8192];
    size_t len;
} fwd_t;

static void fwd_flush(fwd_t *f, const char *prefix)
{
    /* One write per line: lines of ranks sharing mpirun's pipe do not
     * interleave (a pipe write up to PIPE_BUF bytes is atomic). */
    char out[sizeof f->line + 32];
    size_t plen = strlen(prefix);
    memcpy(out, prefix, plen);
    memcpy(out + plen, f->line, f->len);
    size_t n = plen + f->len, at = 0;
    while (at < n) {
        ssize_t w = write(f->out, out + at, n - at);
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0)
            break;
        at += (size_t)w;
    }
    f->len = 0;
}

static _Noreturn void forwarder(int out_r, int err_r, int rank)
{
    char prefix[32];
    snprintf(prefix, sizeof prefix, "[rank %d] ", rank);
    fwd_t f[2] = {{out_r, 1, {0}, 0}, {err_r, 2, {0}, 0}};
    int open_fds = 2;
    while (open_fds > 0) {
        struct pollfd p[2];
        int n = 0;
        for (int i = 0; i < 2; i++)
            if (f[i].in >= 0)
                p[n++] = (struct pollfd){f[i].in, POLLIN, 0};
        if (poll(p, (nfds_t)n, -1) < 0 && errno != EINTR)
            break;
        for (int i = 0; i < 2; i++) {
            if (f[i].in < 0)
                continue;
            char buf[4096];
            ssize_t r = read(f[i].in, buf, sizeof buf);
            if (r < 0 && (errno == EINTR || errno == EAGAIN))
                continue;
            if (r <= 0) {
                fwd_flush(&f[i], prefix);
                close(f[i].in);
                f[i].in = -1;
                open_fds--;
                continue;
            }
            for (ssize_t j = 0; j < r; j++) {
                if (f[i].len < sizeof f[i].line)
                    f[i].line[f[i].len++] = buf[j];
                if (buf[j] == '\n' || f[i].len == sizeof f[i].line)
                    fwd_flush(&f[i], prefix);
            }
        }
    }
    _exit(0);
}

/* Send descriptors 1 and 2 through a forwarder that prefixes each line.
 * The forwarder is a grandchild (not our child: no zombie, no surprise
 * for waitpid(-1)); it ends at end-of-file, when the rank is gone. */
static void start_forwarder(int rank)
{
    int po[2], pe[2];
    if (pipe(po) < 0)
        return;
    if (pipe(pe) < 0) {
        close(po[0]);
        close(po[1]);
        return;
    }
    fcntl(po[0], F_SETFL, O_NONBLOCK);
    fcntl(pe[0], F_SETFL, O_NONBLOCK);
    pid_t pid = fork();
    if (pid == 0) {
        if (fork() != 0)
            _exit(0);
        close(po[1]);
        close(pe[1]);
        signal(SIGINT, SIG_IGN);
        signal(SIGTERM, SIG_IGN);
        forwarder(po[0], pe[0], rank);
    }
    close(po[0]);
    close(pe[0]);
    if (pid > 0) {
        while (waitpid(pid, NULL, 0) < 0 && errno == EINTR)
            ;
        dup2(po[1], 1);
        dup2(pe[1], 2);
    }
    close(po[1]);
    close(pe[1]);
}

static void exit_handler(int status, void *arg);

__attribute__((constructor)) static void pfm_startup(void)
{
    int fd = fcntl(2, F_DUPFD_CLOEXEC, 3);
    if (fd >= 0)
        real_stderr = fd;
    world_rank_env = env_rank();
    const char *mode = getenv("PFOR_MPI_OUTPUT");
    if (mode && strcmp(mode, "all") == 0) {
        start_forwarder(world_rank_env);
    } else if (world_rank_env != 0) {
        int null = open("/dev/null", O_WRONLY | O_CLOEXEC);
        if (null >= 0) {
            dup2(null, 1);
            dup2(null, 2);
            close(null);
        }
    }
    on_exit(exit_handler, NULL);
}

/* ---- MPI ---- */

static void update_team(void)
{
    MPI_Comm c = team_comm == MPI_COMM_NULL ? MPI_COMM_WORLD : team_comm;
    MPI_Comm_rank(c, &team_rank);
    MPI_Comm_size(c, &team_size);
}

void pfm__init(void)
{
    if (initialised) {
        if (finalised)
            pfm__fatal("a pfor loop ran after MPI_Finalize");
        return;
    }
    int up = 0;
    MPI_Initialized(&up);
    if (!up) {
        int rc =
            PMPI_Init_thread(NULL, NULL, MPI_THREAD_FUNNELED, &provided_level);
        if (rc != MPI_SUCCESS)
            pfm__fatal("MPI_Init_thread failed (error %d)", rc);
        we_initialised = true;
    } else {
        MPI_Query_thread(&provided_level);
    }
    initialised = true;
    update_team();
    pfm__crash_handlers();
    (void)pfm__track_method(); /* its descriptors, once, now */
}

MPI_Comm pfm__comm(void)
{
    pfm__init();
    return team_comm == MPI_COMM_NULL ? MPI_COMM_WORLD : team_comm;
}

int pfm__rank(void)
{
    pfm__init();
    return team_rank;
}

int pfm__size(void)
{
    pfm__init();
    return team_size;
}

int pfm_rank(void)
{
    return pfm__rank();
}

int pfm_size(void)
{
    return pfm__size();
}

void pfm_set_comm(MPI_Comm comm)
{
    pfm__init();
    pfm__free_windows();
    if (team_comm != MPI_COMM_NULL)
        MPI_Comm_free(&team_comm);
    team_comm = MPI_COMM_NULL;
    if (comm != MPI_COMM_NULL && comm != MPI_COMM_WORLD)
        MPI_Comm_dup(comm, &team_comm);
    update_team();
}

/* Free what pfor holds in MPI (windows, the team's dup): before any
 * MPI_Finalize. */
static void release_mpi(void)
{
    pfm__free_windows();
    if (team_comm != MPI_COMM_NULL)
        MPI_Comm_free(&team_comm);
    team_comm = MPI_COMM_NULL;
}

/* The MPI profiling interface: the program's own init/finalize calls. */
int MPI_Init(int *argc, char ***argv)
{
    int up = 0;
    MPI_Initialized(&up);
    if (up)
        return MPI_SUCCESS; /* pfor initialised it already */
    return PMPI_Init(argc, argv);
}

int MPI_Init_thread(int *argc, char ***argv, int required, int *provided)
{
    int up = 0;
    MPI_Initialized(&up);
    if (up) {
        MPI_Query_thread(provided);
        return MPI_SUCCESS;
    }
    return PMPI_Init_thread(argc, argv, required, provided);
}

int MPI_Finalize(void)
{
    int down = 0;
    MPI_Finalized(&down);
    if (down)
        return MPI_SUCCESS;
    release_mpi();
    finalised = true;
    return PMPI_Finalize();
}

static void exit_handler(int status, void *arg)
{
    (void)arg;
    if (pfm__ctx.active) {
        /* exit() from a loop body or region code: the other ranks are
         * about to wait for this one in an exchange. */
        char msg[600];
        snprintf(msg, sizeof msg, "pfor: %s, exit status %d\n", pfm__ctx.where,
                 status);
        fflush(stdout);
        fflush(stderr);
        pfm__write_err(msg);
        if (status == 0)
            MPI_Abort(MPI_COMM_WORLD, 0);
        _exit(status);
    }
    int up = 0, down = 0;
    MPI_Initialized(&up);
    MPI_Finalized(&down);
    if (up && !down && we_initialised) {
        fflush(stdout);
        release_mpi();
        finalised = true;
        PMPI_Finalize();
    }
}

/* ---- fatal signals ---- */

static const int fatal_signals[] = {SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT};
#define NFATAL (sizeof fatal_signals / sizeof fatal_signals[0])
static struct sigaction previous[NFATAL];

static const char *signal_name(int sig)
{
    switch (sig) {
    case SIGSEGV:
        return "Segmentation fault";
    case SIGBUS:
        return "Bus error";
    case SIGFPE:
        return "Floating point exception";
    case SIGILL:
        return "Illegal instruction";
    case SIGABRT:
        return "Aborted";
    }
    return "a signal";
}

/* Decimal text of v into buf (at least 24 bytes); async-signal-safe. */
static const char *fmt_u(unsigned long long v, char *buf)
{
    char *p = buf + 23;
    *p = '\0';
    do {
        *--p = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    return p;
}

static const char *fmt_value(unsigned long long v, int is_signed, char *buf)
{
    if (is_signed && (long long)v < 0) {
        const char *p = fmt_u(0 - v, buf + 1);
        char *q = (char *)p - 1;
        *q = '-';
        return q;
    }
    return fmt_u(v, buf);
}

static void crash_handler(int sig, siginfo_t *info, void *uctx)
{
    int idx = 0;
    for (size_t i = 0; i < NFATAL; i++)
        if (fatal_signals[i] == sig)
            idx = (int)i;
    if (pfm__ctx.active) {
        pfm__ctx.active = 0;
        char num[32], val[32];
        pfm__write_err("pfor: ");
        pfm__write_err(pfm__ctx.where);
        if (pfm__ctx.cursor != NULL) {
            unsigned long long k = *pfm__ctx.cursor;
            if (k != ~0ULL) {
                pfm__write_err(", in the stretch from iteration ");
                pfm__write_err(fmt_value(pfm__ctx.lo + k * pfm__ctx.step,
                                         pfm__ctx.is_signed, val));
            }
        }
        pfm__write_err(", killed by signal ");
        pfm__write_err(fmt_u((unsigned long long)sig, num));
        pfm__write_err(" (");
        pfm__write_err(signal_name(sig));
        pfm__write_err(")\n");
    }
    /* Chain: the previous handler (Open MPI's backtrace, or the default
     * action) takes the signal again when we return or re-raise. */
    sigaction(sig, &previous[idx], NULL);
    if (previous[idx].sa_flags & SA_SIGINFO) {
        if (previous[idx].sa_sigaction != NULL)
            previous[idx].sa_sigaction(sig, info, uctx);
        return;
    }
    if (previous[idx].sa_handler != SIG_DFL &&
        previous[idx].sa_handler != SIG_IGN) {
        previous[idx].sa_handler(sig);
        return;
    }
    raise(sig);
}

void pfm__crash_handlers(void)
{
    static bool installed;
    if (installed)
        return;
    installed = true;
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = crash_handler;
    sa.sa_flags = SA_SIGINFO | SA_ONSTACK;
    sigemptyset(&sa.sa_mask);
    for (size_t i = 0; i < NFATAL; i++)
        sigaction(fatal_signals[i], &sa, &previous[i]);
}
