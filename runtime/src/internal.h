/* internal.h - helpers shared by the runtime's sources; not installed. */
#ifndef PFOR_INTERNAL_H
#define PFOR_INTERNAL_H

#include <pthread.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>
#include <time.h>

#include "pfor.h"

#define PF__UNUSED(x) ((void)(x))
#define PF__MIN(a, b) ((a) < (b) ? (a) : (b))
#define PF__MAX(a, b) ((a) > (b) ? (a) : (b))

/* ---- errors (error.c) ---- */

/* The PF_E* code for a system errno value: -e when e is in the error list,
 * PF_ESYS otherwise.  Never returns 0. */
int pf__from_errno(int e);

/* ---- time and deadlines (clock.c) ---- */

/* An absolute point on CLOCK_MONOTONIC, in nanoseconds; INT64_MAX means
 * "never".  Blocking calls turn their timeout into a deadline once, so a
 * call that loops (EINTR, spurious wake-ups) never waits longer in total. */
typedef struct pf__deadline {
    int64_t ns;
} pf__deadline_t;

int64_t pf__now_ns(void);
/* A deadline `timeout` seconds from now; negative means never. */
pf__deadline_t pf__deadline_in(double timeout);
bool pf__deadline_passed(pf__deadline_t d);
/* Milliseconds left, rounded up, for poll(2): -1 for never, 0 when past. */
int pf__deadline_poll_ms(pf__deadline_t d);
/* The deadline as a CLOCK_MONOTONIC timespec (for *_clocklock/clockwait). */
struct timespec pf__deadline_timespec(pf__deadline_t d);

/* ---- process-shared robust mutexes and conditions (mutex.c) ---- */

/* Initialise a mutex that lives in shared memory: process-shared, robust,
 * error-checking (or recursive when `recursive`).  Returns 0 or PF_E*. */
int pf__mutex_init(pthread_mutex_t *m, bool recursive);
/* Lock before the deadline.  Returns 0; PF_EOWNERDEAD when the previous
 * owner died holding it (the mutex is made consistent and is now held by
 * the caller); PF_ETIMEDOUT (not held); PF_EAGAIN/PF_ESYS on other errors.
 * Sleeps in slices of at most 50 ms (pf__wait_slice), so a wake-up lost
 * with a waiter that was killed delays the others by one slice at most. */
int pf__mutex_lock(pthread_mutex_t *m, pf__deadline_t d);
/* Unlock.  Returns 0 or PF_EPERM when the caller does not hold it. */
int pf__mutex_unlock(pthread_mutex_t *m);
void pf__mutex_destroy(pthread_mutex_t *m);
/* ---- waiting on shared memory (wait.c) ---- */

/*
 * The one way pfor sleeps until another process changes something in
 * shared memory: queues, pool rings, sync objects.  Futexes on words in the
 * shared mapping, not pthread condition variables: a glibc pthread_cond_t
 * keeps per-waiter counts in the shared object, and a waiter SIGKILLed
 * inside pthread_cond_wait can make a later signal block forever (seen
 * with glibc 2.36); the kernel keeps no state for a futex sleeper in user
 * memory, so a killed sleeper simply disappears.
 *
 * A wait word is a uint32_t in shared memory (zero is a valid start): a
 * change counter in steps of 2 whose bit 0 says that someone may be asleep
 * on it.  A waker makes its change, then calls pf__wake (or pf__wake_some):
 * the counter advances, and FUTEX_WAKE is made only when the bit was set,
 * so an uncontended change costs no system call.  A waiter checks its
 * condition, spins briefly (the policy), sets the bit (pf__wait_prepare),
 * checks again, and sleeps in slices of at most 50 ms, re-checking after
 * each: a wake-up taken by a sleeper that was killed before acting on it
 * delays the others by one slice at most.  A waiter killed asleep leaves
 * the bit set: the next waker pays one needless system call.  All accesses
 * are sequentially consistent, so a waker sees the bit or the waiter sees
 * the change (no lost wake-up).
 */

/* A readiness test: non-zero stops the wait (negative: with that code). */
typedef int (*pf__ready_fn)(void *ctx);

/* How to wait; a zeroed policy (or NULL) sleeps at once, in slices. */
typedef struct pf__wait_policy {
    int64_t spin_ns;         /* longest spin before sleeping; 0: never spin */
    int64_t pause_ns;        /* spin with the CPU's pause hint this long, then
                                with sched_yield (the peer may need this CPU);
                                >= spin_ns: pause only */
    int64_t *adapt;          /* optional: a spin budget (0..spin_ns) in shared
                                memory that grows when spinning pays off and
                                halves when it does not; replaces spin_ns */
    void (*tick)(void *ctx); /* optional: called after every sleep that
                                ended without the condition (at most every
                                50 ms while sleeping) */
    bool one_sleeper;        /* only one process ever sleeps on the word (the
                                consumer of an SPSC ring): no wake-up can be taken
                                by another, so sleep without slices */
} pf__wait_policy_t;

/* Wait until ready(ctx) != 0 or the deadline: check, spin, then sleep on
 * `word`.  Returns 0 (ready returned > 0), ready's negative code, or
 * PF_ETIMEDOUT. */
int pf__wait(uint32_t *word, pf__ready_fn ready, void *ctx, pf__deadline_t d,
             const pf__wait_policy_t *policy);
/* Wait until the word's counter moves past `seen` (a value read before
 * the caller looked at the state the word guards).  Returns 0 or
 * PF_ETIMEDOUT. */
int pf__wait_change(uint32_t *word, uint32_t seen, pf__deadline_t d,
                    const pf__wait_policy_t *policy);
/* The two steps of a sleep, for waiters that must let go of a lock in
 * between (conditions, semaphores): set the sleeper bit and return the
 * value to sleep on (call it with the lock that guards the state held);
 * then sleep while the word holds `seen`, until woken or the deadline, in
 * 50 ms slices when `sliced`.  Returns 0 (woken, changed, or a signal:
 * re-check) or PF_ETIMEDOUT. */
uint32_t pf__wait_prepare(uint32_t *word);
int pf__wait_sleep(uint32_t *word, uint32_t seen, pf__deadline_t d,
                   bool sliced);
/* Announce a change made before the call: advance the counter, wake every
 * sleeper (clearing the bit). */
void pf__wake(uint32_t *word);
/* The same waking at most n sleepers (the bit stays set: others may still
 * sleep). */
void pf__wake_some(uint32_t *word, int n);
/* Wake at most n sleepers of a word that keeps its own protocol (the
 * team barrier's generation, with its own count of sleepers): the word is
 * not touched. */
void pf__wake_raw(uint32_t *word, int n);
/* The end of the next 50 ms slice of a wait that ends at d (for sleeps
 * pfor does not make on a wait word, such as a pthread mutex's). */
pf__deadline_t pf__wait_slice(pf__deadline_t d);

/* The CPU's spin-wait hint, for a busy-wait loop's body. */
static inline void pf__cpu_relax(void)
{
#if defined(__x86_64__) || defined(__i386__)
    __builtin_ia32_pause();
#elif defined(__aarch64__)
    __asm__ __volatile__("yield" ::: "memory");
#endif
}

/* ---- rlocks inside other shared objects (sync.c, for shm.c) ---- */

/* Bytes of the small datum an embedded rlock carries on its mutex's
 * cache line (16-byte aligned). */
#define PF__RLOCK_PAYLOAD 16
/* Bytes to reserve, 64-byte aligned, for pf__rlock_init_embedded. */
size_t pf__rlock_size(void);
/* Initialise an rlock in `mem` (zeroed shared memory, 64-byte aligned,
 * pf__rlock_size() bytes) that pf_rlock_free will leave alone.  Sets *out
 * and *payload (PF__RLOCK_PAYLOAD bytes next to the mutex).  Returns 0 or
 * PF_E*. */
int pf__rlock_init_embedded(void *mem, pf_rlock_t **out, void **payload);

/* ---- shared mappings (shm.c owns the public allocator) ---- */

/* Map `size` bytes of zeroed memory shared with every process forked later
 * (MAP_SHARED | MAP_ANONYMOUS, so nothing to unlink or leak at exit).
 * Returns NULL with errno set on failure. */
void *pf__map_shared(size_t size);
/* The same, MAP_NORESERVE: address space for memory that may never be
 * written (pages exist once touched; MADV_REMOVE gives them back). */
void *pf__map_shared_reserve(size_t size);
void pf__unmap_shared(void *p, size_t size);
size_t pf__page_size(void);

/* ---- fork (fork.c) ---- */

enum {
    PF__FORK_WORKER = 1 /* child is a pfor loop/pool worker: loops there
                           run serially (pf__is_worker() is true) */
};

/* Fork the calling process the pfor way: flush every stdio stream first,
 * holding stdout's and stderr's locks until the fork so that no other
 * thread refills them in between, and in the child drop what their copies
 * hold (buffered output is printed once, by the parent); ask the kernel to
 * SIGKILL it when the parent dies (and exit at once if the parent is
 * already gone), and mark it a worker when PF__FORK_WORKER is given.
 * Returns the pid in the parent, 0 in the child, or PF_E* on failure. */
pid_t pf__fork(int flags);
/* getpid() without a system call on every use: cached, and forgotten in
 * the child of any fork (pthread_atfork), pfor's own or not. */
pid_t pf__pid(void);
/* True in a process forked with PF__FORK_WORKER (and its descendants). */
bool pf__is_worker(void);
/* Leave a worker: flush stdio, then _exit(status) (no atexit handlers of
 * the parent's program run twice). */
_Noreturn void pf__worker_exit(int status);

/* ---- child processes (child.c) ---- */

/*
 * The one place pfor reaps, kills and waits for the children it forked
 * (process.c, pool*.c, and the loop's and team's crews in forkjoin.c).  A child is its pid
 * and, when the kernel has them, a pidfd: poll()able for the child's exit,
 * and naming exactly that process even once its pid was reaped and reused.
 * Parent only: in a forked copy of the parent the children are not ours
 * (pf__child_forget drops them there).
 *
 * The ECHILD rule: a child that someone else already reaped (a SIGCHLD
 * handler calling waitpid(-1), or SIGCHLD set to SIG_IGN so that the kernel
 * reaps) has ended with an unknown status.  Every call below reports it as
 * ended, with the status PF__STATUS_UNKNOWN, a value no real wait status
 * has (WIFEXITED, WIFSIGNALED and WIFSTOPPED are all false for it).  What
 * that means for the caller (a lost exit code, a failed task) is the
 * caller's to say.
 */
#define PF__STATUS_UNKNOWN (-1)

typedef struct pf__child {
    pid_t pid; /* > 0 until reaped; 0 for no child */
    int pidfd; /* -1 without one (old kernel, descriptor limit) */
} pf__child_t;

/* pidfd_open(2): a descriptor (close-on-exec) or -1 with errno set. */
int pf__pidfd_open(pid_t pid);
/* pf__fork(flags), and in the parent fill *c with the pid and a pidfd (or
 * -1: everything still works by pid).  Returns as pf__fork: the pid, 0 in
 * the child (c is then untouched but empty), PF_E* (c empty). */
pid_t pf__child_fork(pf__child_t *c, int flags);
/* Reap c if it has ended, without waiting.  Returns 1 when it ended (*status
 * is its wait status, or PF__STATUS_UNKNOWN under the ECHILD rule; c is
 * emptied: pid 0, pidfd closed), 0 while it runs.  An empty c has ended
 * (1, unknown status).  EINTR is retried. */
int pf__child_reap(pf__child_t *c, int *status);
/* Wait until c has exited or the deadline, without reaping it (the caller
 * may hold no lock the reaper needs).  Returns 1 exited (or reaped
 * elsewhere, or c empty), 0 at the deadline, or PF_E*. */
int pf__child_wait_exit(const pf__child_t *c, pf__deadline_t d);
/* Wait until c ends, at most until the deadline, and reap it.  Returns 1
 * (*status set, c emptied), 0 at the deadline, or PF_E*. */
int pf__child_wait(pf__child_t *c, pf__deadline_t d, int *status);
/* Send `sig` to c (through its pidfd when it has one).  Returns 0, also
 * when c already ended or is empty, or PF_E*. */
int pf__child_signal(const pf__child_t *c, int sig);
/* SIGKILL c and reap it, waiting through EINTR.  Returns its wait status
 * (PF__STATUS_UNKNOWN under the ECHILD rule or for an empty c); c is
 * emptied. */
int pf__child_kill(pf__child_t *c);
/* Drop c without touching the process (in a forked copy of its parent,
 * where it is a sibling): closes the pidfd, empties c. */
void pf__child_forget(pf__child_t *c);

/* ---- failure injection, for tests (inject.c) ---- */

/*
 * Tests make the Nth next call of a kind fail, to walk every error path of
 * the constructors (tests/runtime/test_inject.c).  Compiled in always: a
 * call site costs one relaxed load of a flag while nothing is armed.  Only
 * the process that armed an injection sees it (not its forked children),
 * except PF__INJECT_PAGEMAP, whose call is made in loop workers.
 */
typedef enum pf__inject_kind {
    PF__INJECT_FORK,    /* pf__fork: fork(2) */
    PF__INJECT_PIPE,    /* pipe2(2) */
    PF__INJECT_SOCKET,  /* socketpair(2) */
    PF__INJECT_MMAP,    /* mmap(2) of pfor's own mappings */
    PF__INJECT_THREAD,  /* pthread_create(3) */
    PF__INJECT_MEMFD,   /* memfd_create(2) */
    PF__INJECT_PIDFD,   /* pidfd_open(2) */
    PF__INJECT_EVENTFD, /* eventfd(2) */
    PF__INJECT_PAGEMAP, /* a loop worker opening /proc/self/pagemap: the one
                           kind the armer's forked children see too (with
                           the armer's count at the fork) */
    PF__INJECT_KINDS
} pf__inject_kind_t;

/* Make calls nth .. nth+count-1 (1-based, counted from now) of `kind` in
 * this process fail with errno `err`; count 0 means every call from the
 * nth on.  nth 0 disarms the kind. */
void pf__inject(pf__inject_kind_t kind, unsigned nth, unsigned count, int err);
/* Disarm every kind. */
void pf__inject_reset(void);
/* How many calls of `kind` were made (counted while armed) and failed. */
unsigned pf__inject_calls(pf__inject_kind_t kind);
unsigned pf__inject_failed(pf__inject_kind_t kind);

extern int pf__inject_armed; /* any kind armed (in some process) */
bool pf__inject_hit_slow(pf__inject_kind_t kind);
/* At a call site: true (errno set) when this call must fail. */
static inline bool pf__inject_hit(pf__inject_kind_t kind)
{
    return __builtin_expect(
               __atomic_load_n(&pf__inject_armed, __ATOMIC_RELAXED) != 0, 0) &&
           pf__inject_hit_slow(kind);
}

/* ---- descriptors and I/O (io.c) ---- */

/* Write all `len` bytes to `fd` before the deadline, retrying on EINTR,
 * partial writes and EAGAIN (waiting with poll).  Never raises SIGPIPE.
 * Returns 0, PF_EPIPE when the reader is gone, PF_ETIMEDOUT, or PF_E*. */
int pf__write_all(int fd, const void *buf, size_t len, pf__deadline_t d);
/* Wait until fd is ready for `events` (POLLIN counts a hang-up as ready),
 * retrying on EINTR.  Returns 1 ready, 0 on timeout, or PF_E*. */
int pf__wait_fd(int fd, short events, pf__deadline_t d);
/* Close, keeping errno, ignoring EINTR (Linux always frees the fd). */
void pf__close(int fd);
/* Number of descriptors open in this process (counts /proc/self/fd). */
int pf__count_fds(void);

#endif /* PFOR_INTERNAL_H */
