/* fatal.c - the parent's fatal-signal handler: a crash in an iteration the
 * parent runs itself (its share, a serial run, `if` false) is reported
 * like a worker's, and the program ends by that signal. */
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "loop_internal.h"

static const int fatal_signals[] = {SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT};
#define NFATAL (sizeof fatal_signals / sizeof fatal_signals[0])

/* The actions in place before ours, chained to outside a scope. */
static struct sigaction previous[NFATAL];
/* The calling thread's innermost scope, or NULL.  Per thread, so loops
 * run by several threads at once keep their own; initial-exec, so the
 * handler reads it with a plain load (async-signal-safe). */
static __thread pf__fatal_scope_t *volatile current
    __attribute__((tls_model("initial-exec")));

const char *pf__fatal_signal_name(int sig)
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
    default:
        return "fatal signal";
    }
}

void pf__fatal_put(char *buf, size_t size, size_t *len, const char *s)
{
    while (*s && *len + 1 < size)
        buf[(*len)++] = *s++;
    buf[*len] = '\0';
}

void pf__fatal_put_ull(char *buf, size_t size, size_t *len,
                       unsigned long long v)
{
    char digits[24];
    int n = 0;
    do {
        digits[n++] = (char)('0' + v % 10);
        v /= 10;
    } while (v != 0);
    char text[24];
    for (int j = 0; j < n; j++)
        text[j] = digits[n - 1 - j];
    text[n] = '\0';
    pf__fatal_put(buf, size, len, text);
}

void pf__fatal_put_ll(char *buf, size_t size, size_t *len, long long v)
{
    if (v < 0) {
        pf__fatal_put(buf, size, len, "-");
        pf__fatal_put_ull(buf, size, len, 0ULL - (unsigned long long)v);
    } else {
        pf__fatal_put_ull(buf, size, len, (unsigned long long)v);
    }
}

static int signal_index(int sig)
{
    for (size_t j = 0; j < NFATAL; j++)
        if (fatal_signals[j] == sig)
            return (int)j;
    return -1;
}

/* Die by sig with its default action.  Async-signal-safe. */
static void die_by(int sig)
{
    struct sigaction dfl;
    memset(&dfl, 0, sizeof dfl);
    dfl.sa_handler = SIG_DFL;
    sigemptyset(&dfl.sa_mask);
    sigaction(sig, &dfl, NULL);
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, sig);
    sigprocmask(SIG_UNBLOCK, &set, NULL);
    raise(sig);
    _exit(128 + sig); /* a signal that did not end us (it cannot happen) */
}

/* Outside a scope (or on another thread): do what the previous action
 * would have done.  Async-signal-safe as far as that action is. */
static void chain(int sig, siginfo_t *info, void *uctx)
{
    int j = signal_index(sig);
    const struct sigaction *prev = j >= 0 ? &previous[j] : NULL;
    if (prev && (prev->sa_flags & SA_SIGINFO) && prev->sa_sigaction) {
        prev->sa_sigaction(sig, info, uctx);
        return;
    }
    if (prev && prev->sa_handler != SIG_DFL && prev->sa_handler != SIG_IGN) {
        prev->sa_handler(sig);
        return;
    }
    if (prev && prev->sa_handler == SIG_IGN && info && info->si_code <= 0)
        return; /* sent by a process, and ignored before we came */
    /* The default action (a fault the kernel would deliver anyway). */
    die_by(sig);
}

/* The handler for the fatal signals: in a scope on its thread, report,
 * kill the scope's workers, die by the signal; else chain.  Only
 * async-signal-safe calls (write, kill, sigaction, sigprocmask, raise). */
static void handler(int sig, siginfo_t *info, void *uctx)
{
    pf__fatal_scope_t *scope = current;
    /* Not ours: no scope, another thread, or a process the program forked
     * inside an iteration (it inherited the scope). */
    if (scope == NULL || !pthread_equal(scope->thread, pthread_self()) ||
        getpid() != scope->pid) {
        chain(sig, info, uctx);
        return;
    }
    current = NULL;
    char buf[1024];
    size_t len = scope->report(scope, sig, buf, sizeof buf);
    size_t off = 0;
    while (off < len) {
        ssize_t w = write(2, buf + off, len - off);
        if (w <= 0)
            break;
        off += (size_t)w;
    }
    if (scope->crew && scope->crew->kids)
        for (int s = 1; s < scope->crew->nslots; s++)
            if (scope->crew->kids[s].pid > 0)
                kill(scope->crew->kids[s].pid, SIGKILL);
    die_by(sig);
}

/* An alternate stack for the calling thread when it has none, so that a
 * stack overflow in the body is reported too.  Made once, never freed
 * (the handler may need it until the process ends). */
static void ensure_altstack(void)
{
    stack_t old;
    if (sigaltstack(NULL, &old) != 0 || !(old.ss_flags & SS_DISABLE))
        return;
    size_t size = 64 << 10;
    void *mem = mmap(NULL, size, PROT_READ | PROT_WRITE,
                     MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (mem == MAP_FAILED)
        return;
    stack_t ss = {.ss_sp = mem, .ss_size = size, .ss_flags = 0};
    if (sigaltstack(&ss, NULL) != 0)
        munmap(mem, size);
}

/* The handlers, and a signal stack for the first thread that runs a
 * loop (one mapping per process, kept: a thread of its own per loop
 * would leak one per thread that ends). */
static void install_once(void)
{
    ensure_altstack();
    for (size_t j = 0; j < NFATAL; j++) {
        struct sigaction sa;
        memset(&sa, 0, sizeof sa);
        sa.sa_sigaction = handler;
        sa.sa_flags = SA_SIGINFO | SA_ONSTACK | SA_NODEFER;
        sigemptyset(&sa.sa_mask);
        sigaction(fatal_signals[j], &sa, &previous[j]);
    }
}

void pf__fatal_install(void)
{
    static pthread_once_t once = PTHREAD_ONCE_INIT;
    pthread_once(&once, install_once);
}

void pf__fatal_enter(pf__fatal_scope_t *scope)
{
    scope->thread = pthread_self();
    scope->pid = pf__pid();
    scope->outer = current;
    atomic_signal_fence(memory_order_seq_cst);
    current = scope;
    atomic_signal_fence(memory_order_seq_cst);
}

void pf__fatal_leave(pf__fatal_scope_t *scope)
{
    atomic_signal_fence(memory_order_seq_cst);
    if (current == scope)
        current = scope->outer;
    atomic_signal_fence(memory_order_seq_cst);
}

void pf__fatal_forget(void)
{
    current = NULL;
}
