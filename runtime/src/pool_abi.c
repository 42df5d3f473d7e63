/* pool_abi.c - pfc_pool_map: the pool entry of pforc's generated code for
 * `#pragma pfor map ... pool(p)` (retries, and the fatal failure report). */
#include <signal.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"
#include "pfor.h"
#include "pfor_abi.h"

/* Stop the program the way every pfc_ failure does: "pfor: file:line: "
 * and the message on stderr, exit status 1. */
static _Noreturn void die(const char *file, int line, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
static _Noreturn void die(const char *file, int line, const char *fmt, ...)
{
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    fflush(stdout);
    fprintf(stderr, "pfor: %s:%d: %s\n", file ? file : "?", line, msg);
    exit(1);
}

void *pfc_pool_realloc(void *p, size_t n, size_t size, const char *file,
                       int line)
{
    if (n == 0 || size == 0) {
        free(p);
        return NULL;
    }
    if (n > SIZE_MAX / size)
        die(file, line, "pfor pool map: too many iterations (%zu)", n);
    void *q = realloc(p, n * size);
    if (!q)
        die(file, line, "pfor pool map: out of memory for %zu iterations", n);
    return q;
}

/* Is an item that failed with `code` worth running again? */
static int retryable(int code)
{
    return code == PF_EWORKER || code == PF_ETIMEDOUT;
}

/* Report the failure of item `index` (0-based iteration) and exit. */
static _Noreturn void fail(const char *file, int line, int rc,
                           const pf_pool_failure_t *f, size_t index, long used,
                           long retries)
{
    char what[160];
    if (f->signal > 0)
        snprintf(what, sizeof what, "killed by signal %d (%s)", f->signal,
                 strsignal(f->signal));
    else if (f->exit_status >= 0 && f->code == PF_EWORKER)
        snprintf(what, sizeof what, "its worker exited with status %d",
                 f->exit_status);
    else
        snprintf(what, sizeof what, "%s", pf_strerror(rc));
    char pid[32] = "";
    if (f->pid > 0)
        snprintf(pid, sizeof pid, " (worker pid %d)", f->pid);
    die(file, line,
        "pfor pool map failed at iteration %zu (0-based)%s, %s; "
        "%ld retr%s used of %ld",
        index, pid, what, used, used == 1 ? "y" : "ies", retries);
}

void pfc_pool_map(pf_pool_t *pool, const char *file, int line,
                  pf_pool_map_fn task, const void *in, size_t n, size_t in_size,
                  void *out, size_t out_size, long chunksize, long retries,
                  int progress)
{
    if (!pool)
        die(file, line, "pfor pool map: the pool is NULL");
    if (!task || (n && ((!in && in_size) || (!out && out_size))))
        die(file, line, "pfor pool map: %s", pf_strerror(PF_EINVAL));
    if (n == 0)
        return;
    if (retries < 0)
        retries = 0;
    int *status = pfc_pool_realloc(NULL, n, sizeof *status, file, line);
    pf_pool_failure_t f = {0};
    pf_pool_map_args_t a = {.fn = task,
                            .in = in_size ? in : NULL,
                            .in_size = in_size,
                            .n = n,
                            .out = out_size ? out : NULL,
                            .out_size = out_size,
                            .chunksize = chunksize > 0 ? (size_t)chunksize : 0,
                            .status = status,
                            .failure = &f,
                            .progress_line = progress};
    int rc = pf_pool_map_ex(pool, &a);
    if (rc == 0) {
        free(status);
        return;
    }
    /* Collect the failed items; anything but a dead or late worker is
     * final (the generated trampoline itself never fails). */
    size_t *idx = pfc_pool_realloc(NULL, n, sizeof *idx, file, line), nf = 0;
    int whole = 1; /* rc describes the call, not an item */
    for (size_t k = 0; k < n; k++)
        if (status[k] != 0) {
            idx[nf++] = k;
            whole = 0;
        }
    if (whole || !retryable(rc) || retries == 0) {
        free(idx);
        free(status);
        if (whole)
            die(file, line, "pfor pool map: %s", pf_strerror(rc));
        fail(file, line, rc, &f, f.index, 0, retries);
    }
    /* Run the failed items again, as one smaller map per round. */
    char *rin =
        in_size ? pfc_pool_realloc(NULL, nf, in_size, file, line) : NULL;
    char *rout =
        out_size ? pfc_pool_realloc(NULL, nf, out_size, file, line) : NULL;
    for (long round = 1;; round++) {
        for (size_t j = 0; j < nf; j++) {
            if (in_size)
                memcpy(rin + j * in_size, (const char *)in + idx[j] * in_size,
                       in_size);
        }
        memset(&f, 0, sizeof f);
        a.in = rin;
        a.n = nf;
        a.out = rout;
        a.status = status;
        rc = pf_pool_map_ex(pool, &a);
        for (size_t j = 0; j < nf; j++)
            if (status[j] == 0 && out_size)
                memcpy((char *)out + idx[j] * out_size, rout + j * out_size,
                       out_size);
        if (rc == 0)
            break;
        size_t left = 0, first = (size_t)-1;
        for (size_t j = 0; j < nf; j++) {
            if (status[j] == 0)
                continue;
            if (j == f.index)
                first = idx[j];
            idx[left++] = idx[j];
        }
        int fatal = left == 0 || !retryable(rc) || round >= retries;
        if (fatal) {
            free(rin);
            free(rout);
            free(idx);
            free(status);
            if (left == 0)
                die(file, line, "pfor pool map: %s", pf_strerror(rc));
            fail(file, line, rc, &f, first == (size_t)-1 ? 0 : first, round,
                 retries);
        }
        nf = left;
    }
    free(rin);
    free(rout);
    free(idx);
    free(status);
}
