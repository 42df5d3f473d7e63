/* test_fork.c - pfor's fork (pf__fork, under pf_process, pools and loops)
 * while another thread prints: no line printed once by the program is
 * printed twice or torn, and the children's stdio works (their stream
 * locks are free), whether the parent had threads or not. */
#include <fcntl.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "internal.h"
#include "pfor/loop.h"
#include "pftest.h"

#define LINES_MAX 2000000

static atomic_int stop_printing;

/* Prints numbered lines as fast as it can until told to stop. */
static void *printer(void *arg)
{
    (void)arg;
    for (long i = 0; !atomic_load(&stop_printing) && i < LINES_MAX; i++)
        printf("line %ld of the printing thread\n", i);
    return NULL;
}

static int child_quiet(void *arg)
{
    (void)arg;
    return 0;
}

static int child_prints(void *arg)
{
    (void)arg;
    /* The child's own stdio works: its stream locks are free.  (On
     * stderr, so that it cannot land inside a line of the stdout file,
     * which the parent writes in 8 KiB pieces.) */
    fprintf(stderr, "a child's own line\n");
    return 0;
}

static int square(const void *in, void *out, void *arg)
{
    (void)arg;
    *(long *)out = *(const long *)in * *(const long *)in;
    return 0;
}

static void loop_body(long long i, void *ctx, void *const *partial)
{
    *(long long *)partial[0] += i;
    (void)ctx;
}

/* Count the lines of `text` that start with "line N of": every N at most
 * once, every such line whole.  Returns the number of duplicates (+1000000
 * for a torn line). */
static long check_output(const char *text, size_t len, long *lines,
                         long *child_lines)
{
    unsigned char *seen = calloc(LINES_MAX, 1);
    long dups = 0;
    *lines = *child_lines = 0;
    for (const char *p = text, *end = text + len; p < end;) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        if (!nl)
            nl = end;
        char line[64], want[64];
        size_t n = (size_t)(nl - p);
        long k = -1;
        if (n < sizeof line) {
            memcpy(line, p, n);
            line[n] = '\0';
            if (sscanf(line, "line %ld", &k) != 1 || k < 0 || k >= LINES_MAX)
                k = -1;
        }
        if (k >= 0 &&
            strcmp(line, (snprintf(want, sizeof want,
                                   "line %ld of the printing thread", k),
                          want)) == 0) {
            if (seen[k]++)
                dups++;
            (*lines)++;
        } else if (n < sizeof line && strcmp(line, "a child's own line") == 0) {
            (*child_lines)++;
        } else if (n > 0) {
            dups += 1000000; /* torn: a piece of a line */
        }
        p = nl + 1;
    }
    free(seen);
    return dups;
}

/* In a child: stdout (fully buffered) to a memfd, a printing thread, 100
 * pf_process forks, 10 pools and 10 loops; then read the memfd.  Exit
 * status 0 or which check failed. */
static int fork_while_printing(void *arg)
{
    (void)arg;
    /* O_APPEND: the children write through the same open file, and each
     * write must land after the others instead of over them. */
    int fd = memfd_create("pftest-stdout", 0);
    int efd = memfd_create("pftest-stderr", 0);
    int saved_stderr = dup(2);
    if (fd < 0 || efd < 0 || fcntl(fd, F_SETFL, O_APPEND) != 0 ||
        fcntl(efd, F_SETFL, O_APPEND) != 0 || dup2(fd, 1) < 0 ||
        dup2(efd, 2) < 0)
        return 2;
    static char buf[8192];
    setvbuf(stdout, buf, _IOFBF, sizeof buf);
    pthread_t t;
    if (pthread_create(&t, NULL, printer, NULL) != 0)
        return 3;
    for (int k = 0; k < 100; k++) {
        pf_process_t *p;
        if (pf_process_new(k % 10 ? child_quiet : child_prints, NULL, NULL,
                           &p) != 0 ||
            pf_process_start(p) != 0 || pf_process_join(p, PF_FOREVER) != 0)
            return 4;
        pf_process_free(p);
    }
    for (int k = 0; k < 10; k++) {
        pf_pool_t *pool;
        long in[8] = {1, 2, 3, 4, 5, 6, 7, 8}, out[8];
        if (pf_pool_new(&(pf_pool_options_t){.workers = 2}, &pool) != 0 ||
            pf_pool_map(pool, square, in, 8, sizeof *in, out, sizeof *out, 1) !=
                0)
            return 5;
        pf_pool_free(pool);
        pf_loop_t *loop;
        long long sum = 0;
        if (pf_loop_new(0, 1000, 1, &loop) != 0 ||
            pf_loop_reduce(loop, PF_OP_ADD, PF_TYPE_LLONG, &sum, 1) < 0)
            return 6;
        pf_loop_options_t o = {.workers = 2};
        if (pf_loop_run(loop, loop_body, NULL, &o) != 0 || sum != 499500)
            return 7;
        pf_loop_free(loop);
    }
    atomic_store(&stop_printing, 1);
    pthread_join(t, NULL);
    fflush(stdout);
    off_t len = lseek(fd, 0, SEEK_END);
    char *text = mmap(NULL, (size_t)len + 1, PROT_READ, MAP_PRIVATE, fd, 0);
    if (text == MAP_FAILED)
        return 8;
    off_t elen = lseek(efd, 0, SEEK_END);
    char *etext = mmap(NULL, (size_t)elen + 1, PROT_READ, MAP_PRIVATE, efd, 0);
    if (etext == MAP_FAILED)
        return 8;
    dup2(saved_stderr, 2);
    long lines, child_lines, thread_lines;
    long dups = check_output(text, (size_t)len, &lines, &child_lines);
    if (check_output(etext, (size_t)elen, &thread_lines, &child_lines) != 0 ||
        thread_lines != 0)
        return 12;
    fprintf(stderr,
            "    %ld lines printed, %ld duplicated, %ld of 10 child "
            "lines\n",
            lines, dups % 1000000, child_lines);
    if (dups >= 1000000)
        return 9;
    if (dups > 0)
        return 10;
    if (lines == 0 || child_lines != 10)
        return 11;
    return 0;
}

static void test_fork_while_printing(void)
{
    CU_ASSERT_EQUAL(pftest_reap(pftest_spawn(fork_while_printing, NULL)), 0);
}

/* A single-threaded parent: the child's stream locks were held by the
 * forking thread (glibc leaves them so): the child can still print and
 * start threads that print. */
static void *print_once(void *arg)
{
    (void)arg;
    printf("from a thread of the child\n");
    fflush(stdout);
    return NULL;
}

static int child_threads_print(void *arg)
{
    (void)arg;
    pthread_t t;
    if (pthread_create(&t, NULL, print_once, NULL) != 0)
        return 1;
    pthread_join(t, NULL);
    fprintf(stderr, "%s", "");
    return 0;
}

static int single_threaded_parent(void *arg)
{
    (void)arg;
    int fd = open("/dev/null", O_WRONLY);
    dup2(fd, 1);
    close(fd);
    for (int k = 0; k < 5; k++) {
        pf_process_t *p;
        if (pf_process_new(child_threads_print, NULL, NULL, &p) != 0 ||
            pf_process_start(p) != 0)
            return 2;
        /* A hang here fails the test by its timeout. */
        if (pf_process_join(p, 30) != 0)
            return 3;
        int code;
        pf_process_exitcode(p, &code);
        pf_process_free(p);
        if (code != 0)
            return 4;
    }
    return 0;
}

static void test_child_stdio_usable(void)
{
    CU_ASSERT_EQUAL(pftest_reap(pftest_spawn(single_threaded_parent, NULL)), 0);
}

void pftest_main(void)
{
    pftest_suite("fork and stdio");
    pftest_add("fork while a thread prints", test_fork_while_printing);
    pftest_add("a child's stdio and threads work", test_child_stdio_usable);
}
