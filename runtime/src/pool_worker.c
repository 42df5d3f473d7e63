/* pool_worker.c - the worker side of pf_pool: take task records from the
 * shared ring, run them, write results back; plus large-payload memfds. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <unistd.h>

#include "pool_internal.h"

/* How long a waiting worker spins before it sleeps. */
#define WORKER_SPIN_NS 50000
/* Results of quick tasks are published together at most this late. */
#define PUBLISH_BATCH_NS 5000

struct pf_pool_out {
    char *buf;
    size_t len, cap;
};

void *pf_pool_out_alloc(pf_pool_out_t *out, size_t len)
{
    if (!out)
        return NULL;
    if (len > out->cap) {
        size_t cap = out->cap ? out->cap : 256;
        while (cap < len)
            cap *= 2;
        char *b = realloc(out->buf, cap);
        if (!b)
            return NULL;
        out->buf = b;
        out->cap = cap;
    }
    out->len = len;
    /* A zero-length result still gets a valid pointer. */
    return out->buf ? out->buf : (void *)out;
}

int pf_pool_out_set(pf_pool_out_t *out, const void *data, size_t len)
{
    if (!out || (!data && len))
        return PF_EINVAL;
    void *b = pf_pool_out_alloc(out, len);
    if (!b)
        return PF_ENOMEM;
    if (len)
        memcpy(b, data, len);
    return 0;
}

/* ---- large payloads ---- */

int pf__pool_send_big(int sock, const void *data, size_t len)
{
    int fd = pf__inject_hit(PF__INJECT_MEMFD)
                 ? -1
                 : memfd_create("pfor-pool", MFD_CLOEXEC);
    if (fd < 0)
        return pf__from_errno(errno);
    int rc = pf__write_all(fd, data, len, pf__deadline_in(PF_FOREVER));
    if (rc == 0) {
        char byte = 0;
        struct iovec iov = {.iov_base = &byte, .iov_len = 1};
        union {
            char buf[CMSG_SPACE(sizeof(int))];
            struct cmsghdr align;
        } u;
        memset(&u, 0, sizeof u);
        struct msghdr msg = {.msg_iov = &iov,
                             .msg_iovlen = 1,
                             .msg_control = u.buf,
                             .msg_controllen = sizeof u.buf};
        struct cmsghdr *c = CMSG_FIRSTHDR(&msg);
        c->cmsg_level = SOL_SOCKET;
        c->cmsg_type = SCM_RIGHTS;
        c->cmsg_len = CMSG_LEN(sizeof(int));
        memcpy(CMSG_DATA(c), &fd, sizeof(int));
        ssize_t n;
        do
            n = sendmsg(sock, &msg, MSG_NOSIGNAL);
        while (n < 0 && errno == EINTR);
        if (n == 1)
            rc = 0;
        else if (n == 0 || errno == EPIPE || errno == ECONNRESET ||
                 errno == ECONNREFUSED || errno == ENOTCONN)
            rc = PF_EPIPE; /* the peer process is gone */
        else
            rc = pf__from_errno(errno);
    }
    pf__close(fd);
    return rc;
}

/* Receive one descriptor sent by pf__pool_send_big.  Returns it or PF_E*. */
static int recv_fd(int sock)
{
    char byte;
    struct iovec iov = {.iov_base = &byte, .iov_len = 1};
    union {
        char buf[CMSG_SPACE(sizeof(int))];
        struct cmsghdr align;
    } u;
    struct msghdr msg = {.msg_iov = &iov,
                         .msg_iovlen = 1,
                         .msg_control = u.buf,
                         .msg_controllen = sizeof u.buf};
    ssize_t n;
    do
        n = recvmsg(sock, &msg, MSG_CMSG_CLOEXEC);
    while (n < 0 && errno == EINTR);
    if (n <= 0)
        return n < 0 ? pf__from_errno(errno) : PF_EPIPE;
    struct cmsghdr *c = CMSG_FIRSTHDR(&msg);
    if (!c || c->cmsg_type != SCM_RIGHTS)
        return PF_ESYS;
    int fd;
    memcpy(&fd, CMSG_DATA(c), sizeof(int));
    return fd;
}

int pf__pool_recv_big_map(int sock, size_t len, void **map)
{
    int fd = recv_fd(sock);
    if (fd < 0)
        return fd;
    void *p = mmap(NULL, len ? len : 1, PROT_READ, MAP_PRIVATE, fd, 0);
    int e = errno;
    pf__close(fd);
    if (p == MAP_FAILED)
        return pf__from_errno(e);
    *map = p;
    return 0;
}

int pf__pool_recv_big_copy(int sock, size_t len, void **buf)
{
    int fd = recv_fd(sock);
    if (fd < 0)
        return fd;
    char *b = malloc(len ? len : 1);
    int rc = b ? 0 : PF_ENOMEM;
    for (size_t got = 0; rc == 0 && got < len;) {
        ssize_t n = pread(fd, b + got, len - got, (off_t)got);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            rc = n < 0 ? pf__from_errno(errno) : PF_EPIPE;
        else
            got += (size_t)n;
    }
    pf__close(fd);
    if (rc) {
        free(b);
        return rc;
    }
    *buf = b;
    return 0;
}

/* ---- the worker ---- */

/* A worker's private state. */
struct worker {
    struct pool_shared *sh;
    struct pool_slot *slot;
    struct ring_side task; /* consumer */
    struct ring_side res;  /* producer */
    int sock;
    pf_pool_out_t out;
};

static int64_t now_ns(void)
{
    return pf__now_ns();
}

/* Make the results so far visible and wake the parent if it sleeps. */
static void publish_results(struct worker *w)
{
    if (atomic_load_explicit(&w->res.ctl->tail, memory_order_relaxed) ==
        w->res.pos)
        return;
    ring_publish(&w->res, false); /* the parent sleeps on parent_word */
    pf__wake(&w->sh->parent_word);
}

/* A worker waits spinning (pause, then yield), then asleep; it is the one
 * sleeper on its words. */
static const pf__wait_policy_t worker_wait = {
    .spin_ns = WORKER_SPIN_NS, .pause_ns = SPIN_PURE_NS, .one_sleeper = true};

struct reserve {
    struct worker *w;
    size_t size;
    void *p;
};

static int result_room(void *ctx)
{
    struct reserve *r = ctx;
    r->p = ring_reserve(&r->w->res, r->size);
    return r->p != NULL;
}

/* Room for a result record of `size` bytes; publishes what is pending and
 * waits while the parent has not drained enough. */
static void *reserve_result(struct worker *w, size_t size)
{
    void *p = ring_reserve(&w->res, size);
    if (p)
        return p;
    publish_results(w);
    struct reserve r = {w, size, NULL};
    pf__wait(&w->res.ctl->space_word, result_room, &r,
             pf__deadline_in(PF_FOREVER), &worker_wait);
    return r.p;
}

static int task_ready(void *ctx)
{
    struct worker *w = ctx;
    return ring_peek(&w->task) != NULL;
}

/* Wait for the next task record. */
static struct task_rec *next_task(struct worker *w)
{
    struct ring_rec *r = ring_peek(&w->task);
    if (r)
        return (struct task_rec *)r;
    /* Nothing to do: let the parent see what we have done. */
    publish_results(w);
    pf__wait(&w->task.ctl->data_word, task_ready, w,
             pf__deadline_in(PF_FOREVER), &worker_wait);
    return (struct task_rec *)ring_peek(&w->task);
}

static void fill_res(struct res_rec *r, uint16_t kind, uint16_t flags,
                     uint32_t size, const struct task_rec *t)
{
    r->h.size = size;
    r->h.kind = kind;
    r->h.flags = flags;
    r->tag = t->tag;
    r->code = 0;
    r->pad = 0;
    r->len = 0;
    r->elapsed_ns = 0;
}

/* Write an error result for item `k` of task record t. */
static void put_error(struct worker *w, const struct task_rec *t, uint32_t k,
                      int code, bool last)
{
    struct res_rec *e = reserve_result(w, RES_HDR);
    fill_res(e, RES_ERR, last ? REC_F_LAST : 0, (uint32_t)RES_HDR, t);
    e->first = k;
    e->count = 1;
    e->code = code;
    w->res.pos += RES_HDR;
}

/* Run an element or star chunk: outputs go straight into reserved result
 * space; an item error closes the current range and opens a new one. */
static void run_chunk(struct worker *w, struct task_rec *t)
{
    const char *payload = (const char *)t + TASK_HDR;
    const void *argv[POOL_MAX_ARGS];
    size_t offs[POOL_MAX_ARGS];
    size_t nargs = t->h.kind == REC_STAR ? t->nargs : 0;
    if (nargs) {
        const uint64_t *sizes = (const uint64_t *)payload;
        size_t off = 0;
        for (size_t a = 0; a < nargs; a++) {
            size_t sz = (size_t)sizes[a];
            size_t al = sz % 16 == 0  ? 16
                        : sz % 8 == 0 ? 8
                        : sz % 4 == 0 ? 4
                        : sz % 2 == 0 ? 2
                                      : 1;
            off = (off + al - 1) & ~(al - 1);
            offs[a] = off;
            off += sz;
        }
        payload += ring_round(nargs * sizeof(uint64_t));
    }
    uint32_t n = t->count;
    size_t isz = (size_t)t->in_size, osz = (size_t)t->out_size;
    uint32_t k = 0;
    while (k < n) {
        uint32_t k0 = k;
        struct res_rec *r = reserve_result(w, RES_HDR + (n - k0) * osz);
        char *o = (char *)r + RES_HDR;
        int rc = 0;
        int64_t t0 = now_ns();
        for (; k < n; k++) {
            atomic_store_explicit(&w->slot->cur_item, k, memory_order_relaxed);
            if (t->timeout_ns)
                atomic_store_explicit(&w->slot->deadline_ns,
                                      now_ns() + t->timeout_ns,
                                      memory_order_relaxed);
            const char *in = payload + (size_t)k * isz;
            char *out = o + (size_t)(k - k0) * osz;
            if (nargs) {
                for (size_t a = 0; a < nargs; a++)
                    argv[a] = in + offs[a];
                rc = ((pf_pool_star_fn)(uintptr_t)t->fn)(argv, out,
                                                         (void *)t->arg);
            } else {
                rc =
                    ((pf_pool_map_fn)(uintptr_t)t->fn)(in, out, (void *)t->arg);
            }
            if (rc < 0)
                break;
        }
        uint32_t cnt = k - k0;
        if (cnt > 0) {
            size_t size = ring_round(RES_HDR + cnt * osz);
            fill_res(r, RES_RANGE, k == n ? REC_F_LAST : 0, (uint32_t)size, t);
            r->first = k0;
            r->count = cnt;
            r->elapsed_ns = now_ns() - t0;
            w->res.pos += size;
        }
        if (k < n) {
            put_error(w, t, k, rc, k + 1 == n);
            k++;
        }
    }
}

/* Run a bytes task. */
static void run_task(struct worker *w, struct task_rec *t)
{
    size_t len = (size_t)t->in_size;
    const void *in = (const char *)t + TASK_HDR;
    void *map = NULL;
    if (t->h.flags & REC_F_BIG) {
        int rc = pf__pool_recv_big_map(w->sock, len, &map);
        if (rc < 0) {
            put_error(w, t, 0, rc, true);
            return;
        }
        in = map;
    }
    w->out.len = 0;
    int64_t t0 = now_ns();
    if (t->timeout_ns)
        atomic_store(&w->slot->deadline_ns, t0 + t->timeout_ns);
    int rc = ((pf_pool_task_fn)(uintptr_t)t->fn)(in, len, &w->out);
    int64_t elapsed = now_ns() - t0;
    if (map)
        munmap(map, len ? len : 1);
    if (rc < 0) {
        put_error(w, t, 0, rc, true);
        return;
    }
    size_t olen = w->out.len;
    bool big = RES_HDR + olen > w->res.cap / 4;
    size_t size = ring_round(RES_HDR + (big ? 0 : olen));
    struct res_rec *r = reserve_result(w, size);
    if (big) {
        rc = pf__pool_send_big(w->sock, w->out.buf, olen);
        if (rc < 0) {
            put_error(w, t, 0, rc, true);
            return;
        }
    } else if (olen) {
        memcpy((char *)r + RES_HDR, w->out.buf, olen);
    }
    fill_res(r, RES_BYTES, REC_F_LAST | (big ? REC_F_BIG : 0), (uint32_t)size,
             t);
    r->first = 0;
    r->count = 1;
    r->len = olen;
    r->elapsed_ns = elapsed;
    w->res.pos += size;
    /* Keep a huge result buffer from pinning memory forever. */
    if (w->out.cap > (1u << 20)) {
        free(w->out.buf);
        w->out.buf = NULL;
        w->out.cap = 0;
    }
}

_Noreturn void pf__pool_worker_main(struct pool_shared *sh,
                                    struct pool_slot *slot, char *task_data,
                                    char *res_data, size_t cap, int sock,
                                    void (*init)(void *), void *initarg,
                                    unsigned long maxtasks)
{
    struct worker w = {
        .sh = sh,
        .slot = slot,
        .task = {.ctl = &slot->task, .data = task_data, .cap = cap},
        .res = {.ctl = &slot->res, .data = res_data, .cap = cap},
        .sock = sock,
    };
    w.task.pos = atomic_load(&slot->task.head);
    w.res.pos = atomic_load(&slot->res.tail);
    if (init)
        init(initarg);
    atomic_store(&slot->ready, 1);
    unsigned long done = 0;
    int64_t last_publish = now_ns();
    for (;;) {
        struct task_rec *t = next_task(&w);
        if (t->h.kind == REC_STOP)
            break;
        atomic_store_explicit(&slot->cur_tag, t->tag, memory_order_relaxed);
        atomic_store_explicit(&slot->cur_item, 0, memory_order_relaxed);
        atomic_store(&slot->busy, 1);
        if (t->h.kind == REC_TASK)
            run_task(&w, t);
        else
            run_chunk(&w, t);
        atomic_store_explicit(&slot->deadline_ns, 0, memory_order_relaxed);
        atomic_store(&slot->busy, 0);
        ring_release(&w.task, t->h.size, false); /* never waited on */
        done++;
        if (maxtasks && done >= maxtasks) {
            atomic_store(&slot->retiring, 1);
            break;
        }
        /* Publish now unless more work is already waiting and the last
         * publication is recent (batching the wake-ups of small tasks
         * without holding back the result of a slow one). */
        int64_t now = now_ns();
        if (now - last_publish > PUBLISH_BATCH_NS || !ring_peek(&w.task)) {
            publish_results(&w);
            last_publish = now;
        }
    }
    publish_results(&w);
    free(w.out.buf);
    pf__worker_exit(0);
}
