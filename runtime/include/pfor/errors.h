/* pfor/errors.h - the PF_E* error codes every pfor function may return. */
#ifndef PFOR_ERRORS_H
#define PFOR_ERRORS_H

#include <errno.h>

/*
 * One list generates the enum, pf_strerror() and pf_err_name().  Codes that
 * have a POSIX counterpart are the negated errno value (as libuv does), so a
 * caller may compare against -errno; the others live above 4000.
 */
#define PF_ERRNO_MAP(X)                                                       \
    X(EINVAL, -EINVAL, "invalid argument")                                    \
    X(ENOMEM, -ENOMEM, "out of memory")                                       \
    X(ETIMEDOUT, -ETIMEDOUT, "timed out")                                     \
    X(EOWNERDEAD, -EOWNERDEAD,                                                \
      "previous owner died while holding the lock; the lock is now yours")    \
    X(EPERM, -EPERM, "operation not permitted (e.g. releasing a lock "        \
                     "held by another process)")                              \
    X(EAGAIN, -EAGAIN, "resource temporarily unavailable; try again")         \
    X(EPIPE, -EPIPE, "the peer end is closed")                                \
    X(ENOENT, -ENOENT, "no such key or attribute")                            \
    X(ECHILD, -ECHILD, "no such child process")                               \
    X(EMFILE, -EMFILE, "too many open files")                                 \
    X(ENOSPC, -ENOSPC, "buffer too small for the message")                    \
    X(ERANGE, -ERANGE, "value out of range")                                  \
    X(ECANCELED, -ECANCELED, "operation canceled")                            \
    X(ENOTSUP, -ENOTSUP, "operation not supported")                           \
    X(EOF, -4001, "end of file: every peer end is closed")                    \
    X(ECLOSED, -4002, "the object is closed")                                 \
    X(EFULL, -4003, "the queue is full")                                      \
    X(EEMPTY, -4004, "the queue is empty")                                    \
    X(EBROKEN, -4005, "the barrier is broken")                                \
    X(EWORKER, -4006, "a worker process crashed or exited early")             \
    X(ESTATE, -4007, "the object is not in a state that allows this call")    \
    X(ESYS, -4008, "unexpected system error")                                 \
    X(ETOOBIG, -4009, "message or object too large")                          \
    X(ESCHEDULE, -4010, "malformed schedule (e.g. in PFOR_SCHEDULE)")

typedef enum pf_errno {
#define PF__ERRNO_ENUM(name, value, text) PF_##name = (value),
    PF_ERRNO_MAP(PF__ERRNO_ENUM)
#undef PF__ERRNO_ENUM
} pf_errno_t;

/* Human-readable text for an error code; never NULL.  Unknown codes (and
 * negated errno values outside the list) get strerror()'s text. */
const char *pf_strerror(int err);

/* The code's symbolic name ("PF_EINVAL"), or "PF_UNKNOWN". */
const char *pf_err_name(int err);

#endif /* PFOR_ERRORS_H */
