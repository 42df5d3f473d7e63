/* test_process.c - pf_process: start, join, exit codes, signals, names,
 * active children, daemons and exit-time behaviour, cpu count. */
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "pftest.h"

/* process_cpu.c: the cgroup part of pf_cpu_count, run on a fake tree. */
int pf__cgroup_cpu_limit(const char *mount, const char *self_cgroup);

/* ---- child bodies ---- */

static int return_arg(void *arg)
{
    return *(int *)arg;
}

static int raise_usr1(void *arg)
{
    (void)arg;
    signal(SIGUSR1, SIG_DFL);
    raise(SIGUSR1);
    return 0;
}

static int sleep_long(void *arg)
{
    (void)arg;
    for (int i = 0; i < 600; i++)
        usleep(100000);
    return 0;
}

/* Sends its name (pf_current_process), its pid and the default name of a
 * process it creates through the pipe end in arg. */
static int report_identity(void *arg)
{
    pf_conn_t *conn = arg;
    char msg[512];
    pf_process_t *grandchild = NULL;
    int rc = pf_process_new(return_arg, &(int){0}, NULL, &grandchild);
    snprintf(msg, sizeof msg, "%s|%d|%s", pf_current_process(), (int)getpid(),
             rc == 0 ? pf_process_name(grandchild) : "?");
    pf_process_free(grandchild);
    return pf_conn_send(conn, msg, strlen(msg), 10.0) == 0 ? 0 : 1;
}

/* ---- start, join, exit codes ---- */

static void test_exit_codes(void)
{
    int values[] = {0, 42, 255};
    for (size_t i = 0; i < sizeof values / sizeof values[0]; i++) {
        pf_process_t *p;
        PFTEST_OK(pf_process_new(return_arg, &values[i], NULL, &p));
        PFTEST_OK(pf_process_start(p));
        CU_ASSERT(pf_process_pid(p) > 0);
        PFTEST_OK(pf_process_join(p, 30.0));
        int code = -1000;
        PFTEST_OK(pf_process_exitcode(p, &code));
        CU_ASSERT_EQUAL(code, values[i]);
        CU_ASSERT_EQUAL(pf_process_is_alive(p), 0);
        /* Joining an ended process again is fine. */
        PFTEST_OK(pf_process_join(p, 0));
        pf_process_free(p);
    }
}

static void test_signalled_child_negative_code(void)
{
    pf_process_t *p;
    PFTEST_OK(pf_process_new(raise_usr1, NULL, NULL, &p));
    PFTEST_OK(pf_process_start(p));
    PFTEST_OK(pf_process_join(p, PF_FOREVER));
    int code = 0;
    PFTEST_OK(pf_process_exitcode(p, &code));
    CU_ASSERT_EQUAL(code, -SIGUSR1);
    pf_process_free(p);
}

static void test_terminate_and_kill(void)
{
    int sig[] = {SIGTERM, SIGKILL};
    for (int i = 0; i < 2; i++) {
        pf_process_t *p;
        PFTEST_OK(pf_process_new(sleep_long, NULL, NULL, &p));
        PFTEST_OK(pf_process_start(p));
        CU_ASSERT_EQUAL(pf_process_is_alive(p), 1);
        int code;
        PFTEST_EXPECT(PF_ESTATE, pf_process_exitcode(p, &code));
        PFTEST_OK(i == 0 ? pf_process_terminate(p) : pf_process_kill(p));
        PFTEST_OK(pf_process_join(p, 30.0));
        PFTEST_OK(pf_process_exitcode(p, &code));
        CU_ASSERT_EQUAL(code, -sig[i]);
        /* Signalling an ended process is a no-op. */
        PFTEST_OK(pf_process_terminate(p));
        PFTEST_OK(pf_process_kill(p));
        pf_process_free(p);
    }
}

static void test_join_timeout(void)
{
    pf_process_t *p;
    PFTEST_OK(pf_process_new(sleep_long, NULL, NULL, &p));
    PFTEST_OK(pf_process_start(p));
    PFTEST_EXPECT(PF_ETIMEDOUT, pf_process_join(p, 0));
    PFTEST_EXPECT(PF_ETIMEDOUT, pf_process_join(p, 0.2));
    CU_ASSERT_EQUAL(pf_process_is_alive(p), 1);
    PFTEST_OK(pf_process_kill(p));
    PFTEST_OK(pf_process_join(p, PF_FOREVER));
    CU_ASSERT_EQUAL(pf_process_is_alive(p), 0);
    pf_process_free(p);
}

static void test_free_running_process_reaps_it(void)
{
    /* The leak check fails this test if the child is left behind. */
    pf_process_t *p;
    PFTEST_OK(pf_process_new(sleep_long, NULL, NULL, &p));
    PFTEST_OK(pf_process_start(p));
    pf_process_free(p);
    CU_ASSERT_EQUAL(pf_active_children(NULL, 0), 0);
}

static void test_bad_arguments(void)
{
    pf_process_t *p = (pf_process_t *)1;
    PFTEST_EXPECT(PF_EINVAL, pf_process_new(NULL, NULL, NULL, &p));
    CU_ASSERT_PTR_NULL(p);
    PFTEST_EXPECT(PF_EINVAL, pf_process_new(return_arg, NULL, NULL, NULL));
    PFTEST_EXPECT(PF_EINVAL, pf_process_start(NULL));
    PFTEST_EXPECT(PF_EINVAL, pf_process_join(NULL, 0));
    PFTEST_EXPECT(PF_EINVAL, pf_process_terminate(NULL));
    PFTEST_EXPECT(PF_EINVAL, pf_process_kill(NULL));
    PFTEST_EXPECT(PF_EINVAL, pf_process_is_alive(NULL));
    PFTEST_EXPECT(PF_EINVAL, pf_process_pid(NULL));
    int code;
    PFTEST_EXPECT(PF_EINVAL, pf_process_exitcode(NULL, &code));
    CU_ASSERT_PTR_NULL(pf_process_name(NULL));
    CU_ASSERT_FALSE(pf_process_daemon(NULL));
    PFTEST_EXPECT(PF_EINVAL, pf_active_children(NULL, 3));
    pf_process_free(NULL);

    int zero = 0;
    PFTEST_OK(pf_process_new(return_arg, &zero, NULL, &p));
    /* Before start. */
    PFTEST_EXPECT(PF_ESTATE, pf_process_join(p, 0));
    PFTEST_EXPECT(PF_ESTATE, pf_process_join(p, PF_FOREVER));
    PFTEST_EXPECT(PF_ESTATE, pf_process_exitcode(p, &code));
    PFTEST_EXPECT(PF_EINVAL, pf_process_exitcode(p, NULL));
    PFTEST_EXPECT(PF_ESTATE, pf_process_pid(p));
    PFTEST_EXPECT(PF_ESTATE, pf_process_terminate(p));
    PFTEST_EXPECT(PF_ESTATE, pf_process_kill(p));
    CU_ASSERT_EQUAL(pf_process_is_alive(p), 0);
    /* Start twice. */
    PFTEST_OK(pf_process_start(p));
    PFTEST_EXPECT(PF_ESTATE, pf_process_start(p));
    PFTEST_OK(pf_process_join(p, 30.0));
    PFTEST_EXPECT(PF_ESTATE, pf_process_start(p));
    pf_process_free(p);
    /* A never-started process can be freed. */
    PFTEST_OK(pf_process_new(return_arg, &zero, NULL, &p));
    pf_process_free(p);
}

static int call_exit(void *arg)
{
    (void)arg;
    exit(7);
}

static void test_exit_call_in_child(void)
{
    pf_process_t *p;
    PFTEST_OK(pf_process_new(call_exit, NULL, NULL, &p));
    PFTEST_OK(pf_process_start(p));
    PFTEST_OK(pf_process_join(p, 30.0));
    int code = -1;
    PFTEST_OK(pf_process_exitcode(p, &code));
    CU_ASSERT_EQUAL(code, 7);
    pf_process_free(p);
}

static int write_to_stream(void *arg)
{
    fputs("child\n", (FILE *)arg);
    return 0;
}

/* Output buffered before the start appears once, not once per process. */
static void test_buffered_output_not_duplicated(void)
{
    FILE *f = tmpfile();
    CU_ASSERT_PTR_NOT_NULL_FATAL(f);
    setvbuf(f, NULL, _IOFBF, 4096);
    fputs("parent\n", f); /* still in the buffer */
    pf_process_t *p;
    PFTEST_OK(pf_process_new(write_to_stream, f, NULL, &p));
    PFTEST_OK(pf_process_start(p));
    PFTEST_OK(pf_process_join(p, 30.0));
    pf_process_free(p);
    fflush(f);
    rewind(f);
    char text[64] = "";
    size_t n = fread(text, 1, sizeof text - 1, f);
    text[n] = '\0';
    CU_ASSERT_STRING_EQUAL(text, "parent\nchild\n");
    fclose(f);
}

/* A child dies with its parent.  The middle process starts a sleeping
 * grandchild that holds the write end of a pipe, then is killed: the
 * grandchild must die too, which the reader sees as end of file. */
static pf_conn_t *grandchild_end;

static int middle(void *arg)
{
    (void)arg;
    pf_process_t *g;
    if (pf_process_new(sleep_long, NULL, NULL, &g) != 0 ||
        pf_process_start(g) != 0)
        return 1;
    pf_conn_free(grandchild_end); /* only the grandchild holds it now */
    pf_conn_send((pf_conn_t *)arg, "up", 2, 10.0);
    for (;;)
        pause();
}

static void test_children_die_with_parent(void)
{
    pf_conn_t *reader, *writer, *up_r, *up_w;
    PFTEST_OK(pf_pipe(false, &reader, &writer));
    PFTEST_OK(pf_pipe(false, &up_r, &up_w));
    grandchild_end = writer;
    pf_process_t *p;
    PFTEST_OK(pf_process_new(middle, up_w, NULL, &p));
    PFTEST_OK(pf_process_start(p));
    pf_conn_free(writer);
    pf_conn_free(up_w);
    char buf[4];
    CU_ASSERT_EQUAL(pf_conn_recv(up_r, buf, sizeof buf, 30.0), 2);
    /* The grandchild is alive and holds the pipe: no EOF yet. */
    PFTEST_EXPECT(PF_ETIMEDOUT, (int)pf_conn_recv(reader, buf, 4, 0.1));
    PFTEST_OK(pf_process_kill(p));
    PFTEST_OK(pf_process_join(p, 30.0));
    PFTEST_EXPECT(PF_EOF, (int)pf_conn_recv(reader, buf, sizeof buf, 30.0));
    pf_process_free(p);
    pf_conn_free(reader);
    pf_conn_free(up_r);
}

/* ---- names and identity ---- */

static void test_names(void)
{
    CU_ASSERT_STRING_EQUAL(pf_current_process(), "MainProcess");
    pf_process_t *a, *b, *c;
    PFTEST_OK(pf_process_new(return_arg, NULL, NULL, &a));
    PFTEST_OK(pf_process_new(return_arg, NULL, NULL, &b));
    pf_process_options_t opts = {.name = "worker-7"};
    PFTEST_OK(pf_process_new(return_arg, NULL, &opts, &c));
    int na = -1, nb = -1;
    CU_ASSERT_EQUAL(sscanf(pf_process_name(a), "Process-%d", &na), 1);
    CU_ASSERT_EQUAL(sscanf(pf_process_name(b), "Process-%d", &nb), 1);
    CU_ASSERT(na >= 1);
    CU_ASSERT_EQUAL(nb, na + 1);
    CU_ASSERT_STRING_EQUAL(pf_process_name(c), "worker-7");
    pf_process_free(a);
    pf_process_free(b);
    pf_process_free(c);
}

/* The child reports pf_current_process, its pid and its own child's
 * default name through a pipe. */
static void check_identity_in_child(const pf_process_options_t *opts,
                                    const char *expect_name)
{
    pf_conn_t *reader, *writer;
    PFTEST_OK(pf_pipe(false, &reader, &writer));
    pf_process_t *p;
    PFTEST_OK(pf_process_new(report_identity, writer, opts, &p));
    PFTEST_OK(pf_process_start(p));
    pf_conn_free(writer);
    char msg[512];
    ssize_t n = pf_conn_recv(reader, msg, sizeof msg - 1, 30.0);
    CU_ASSERT(n > 0);
    if (n > 0) {
        msg[n] = '\0';
        char name[256], grandchild[256];
        int pid = 0;
        CU_ASSERT_EQUAL(
            sscanf(msg, "%255[^|]|%d|%255s", name, &pid, grandchild), 3);
        CU_ASSERT_STRING_EQUAL(name,
                               expect_name ? expect_name : pf_process_name(p));
        CU_ASSERT_EQUAL(pid, pf_process_pid(p));
        /* Python names a child of Process-N's children "Process-N:1";
         * the identity follows the numbering, whatever the name. */
        const char *id = strchr(pf_process_name(p), '-');
        char expect[300];
        if (!expect_name && id) {
            snprintf(expect, sizeof expect, "Process-%s:1", id + 1);
            CU_ASSERT_STRING_EQUAL(grandchild, expect);
        } else {
            CU_ASSERT_EQUAL(strncmp(grandchild, "Process-", 8), 0);
            CU_ASSERT_PTR_NOT_NULL(strstr(grandchild, ":1"));
        }
    }
    PFTEST_OK(pf_process_join(p, 30.0));
    int code = -1;
    PFTEST_OK(pf_process_exitcode(p, &code));
    CU_ASSERT_EQUAL(code, 0);
    pf_process_free(p);
    pf_conn_free(reader);
    CU_ASSERT_STRING_EQUAL(pf_current_process(), "MainProcess");
}

static void test_current_process_in_child(void)
{
    check_identity_in_child(NULL, NULL);
    pf_process_options_t opts = {.name = "custom name"};
    check_identity_in_child(&opts, "custom name");
}

/* A copy of a process object in another process is not that process's
 * child: join says so, free only releases memory. */
static pf_process_t *sibling;

static int join_sibling(void *arg)
{
    (void)arg;
    int rc = pf_process_join(sibling, 0);
    int alive = pf_process_is_alive(sibling);
    pf_process_free(sibling); /* must not kill it */
    return rc == PF_ECHILD && alive == PF_ECHILD ? 0 : 1;
}

static void test_join_from_non_parent(void)
{
    PFTEST_OK(pf_process_new(sleep_long, NULL, NULL, &sibling));
    PFTEST_OK(pf_process_start(sibling));
    pf_process_t *p;
    PFTEST_OK(pf_process_new(join_sibling, NULL, NULL, &p));
    PFTEST_OK(pf_process_start(p));
    PFTEST_OK(pf_process_join(p, 30.0));
    int code = -1;
    PFTEST_OK(pf_process_exitcode(p, &code));
    CU_ASSERT_EQUAL(code, 0);
    CU_ASSERT_EQUAL(pf_process_is_alive(sibling), 1);
    pf_process_free(p);
    PFTEST_OK(pf_process_kill(sibling));
    PFTEST_OK(pf_process_join(sibling, 30.0));
    pf_process_free(sibling);
}

/* ---- active children ---- */

static void test_active_children(void)
{
    CU_ASSERT_EQUAL(pf_active_children(NULL, 0), 0);
    pf_process_t *slow[2], *quick;
    int zero = 0;
    for (int i = 0; i < 2; i++) {
        PFTEST_OK(pf_process_new(sleep_long, NULL, NULL, &slow[i]));
        PFTEST_OK(pf_process_start(slow[i]));
    }
    PFTEST_OK(pf_process_new(return_arg, &zero, NULL, &quick));
    PFTEST_OK(pf_process_start(quick));
    /* The quick one ends by itself; active_children reaps and drops it. */
    pf_process_t *out[4] = {NULL};
    int n = -1;
    for (int i = 0; i < 3000; i++) {
        n = pf_active_children(out, 4);
        if (n == 2)
            break;
        usleep(10000);
    }
    CU_ASSERT_EQUAL(n, 2);
    CU_ASSERT((out[0] == slow[0] && out[1] == slow[1]) ||
              (out[0] == slow[1] && out[1] == slow[0]));
    CU_ASSERT_EQUAL(pf_process_is_alive(quick), 0);
    int code = -1;
    PFTEST_OK(pf_process_exitcode(quick, &code));
    CU_ASSERT_EQUAL(code, 0);
    /* Fewer slots than children: the count is still the whole. */
    pf_process_t *one[1];
    CU_ASSERT_EQUAL(pf_active_children(one, 1), 2);
    CU_ASSERT_EQUAL(pf_active_children(NULL, 0), 2);
    for (int i = 0; i < 2; i++) {
        PFTEST_OK(pf_process_kill(slow[i]));
        PFTEST_OK(pf_process_join(slow[i], 30.0));
    }
    CU_ASSERT_EQUAL(pf_active_children(out, 4), 0);
    for (int i = 0; i < 2; i++)
        pf_process_free(slow[i]);
    pf_process_free(quick);
}

/* ---- daemons and exit-time behaviour ---- */

static pf_conn_t *report; /* write end the grandchildren report through */

static void on_term(int sig)
{
    (void)sig;
    static const char word[] = "terminated";
    pf_conn_send(report, word, sizeof word - 1, 5.0);
    _exit(0);
}

static int daemon_body(void *arg)
{
    (void)arg;
    for (int i = 0; i < 600; i++)
        usleep(100000);
    return 3;
}

static int slow_worker_body(void *arg)
{
    (void)arg;
    usleep(300000);
    pf_conn_send(report, "joined", 6, 5.0);
    return 0;
}

/* A daemon process may not have children (as in Python). */
static int daemon_starting_child(void *arg)
{
    (void)arg;
    pf_process_t *p;
    if (pf_process_new(return_arg, &(int){0}, NULL, &p) != 0)
        return 1;
    int rc = pf_process_start(p);
    pf_process_free(p);
    return rc == PF_EPERM ? 0 : 2;
}

/* Starts a daemon and a slow non-daemon child, waits until the daemon is
 * ready, then leaves: by returning (arg NULL) or by exit() (arg non-NULL).
 * Either way the daemon must get SIGTERM and the slow one be joined. */
static int leave_children_behind(void *arg)
{
    pf_process_t *d, *w;
    pf_process_options_t daemon = {.daemon = true};
    if (pf_process_new(daemon_body, NULL, &daemon, &d) != 0 ||
        pf_process_new(slow_worker_body, NULL, NULL, &w) != 0)
        return 1;
    /* The daemon inherits the SIGTERM handler from birth, so it reports
     * the signal however soon it comes. */
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_term;
    sigaction(SIGTERM, &sa, NULL);
    int rc = pf_process_start(d);
    signal(SIGTERM, SIG_DFL);
    if (rc != 0 || pf_process_start(w) != 0)
        return 2;
    if (arg)
        exit(0);
    return 0;
}

static void check_exit_behaviour(bool by_exit)
{
    pf_conn_t *reader;
    PFTEST_OK(pf_pipe(false, &reader, &report));
    pf_process_t *p;
    PFTEST_OK(pf_process_new(leave_children_behind, by_exit ? &report : NULL,
                             NULL, &p));
    PFTEST_OK(pf_process_start(p));
    pf_conn_free(report);
    report = NULL;
    PFTEST_OK(pf_process_join(p, 30.0));
    int code = -1;
    PFTEST_OK(pf_process_exitcode(p, &code));
    CU_ASSERT_EQUAL(code, 0);
    /* By the time p ended it had terminated the daemon and joined the
     * worker: both words are already in the pipe, then EOF. */
    int terminated = 0, joined = 0;
    for (;;) {
        char word[32];
        ssize_t n = pf_conn_recv(reader, word, sizeof word - 1, 0);
        if (n < 0) {
            PFTEST_EXPECT(PF_EOF, (int)n);
            break;
        }
        word[n] = '\0';
        terminated += strcmp(word, "terminated") == 0;
        joined += strcmp(word, "joined") == 0;
    }
    CU_ASSERT_EQUAL(terminated, 1);
    CU_ASSERT_EQUAL(joined, 1);
    pf_process_free(p);
    pf_conn_free(reader);
}

static void test_exit_terminates_daemons_joins_others(void)
{
    check_exit_behaviour(false);
    check_exit_behaviour(true);
}

static void test_daemon(void)
{
    pf_process_options_t opts = {.daemon = true};
    pf_process_t *p;
    PFTEST_OK(pf_process_new(daemon_starting_child, NULL, &opts, &p));
    CU_ASSERT_TRUE(pf_process_daemon(p));
    PFTEST_OK(pf_process_start(p));
    PFTEST_OK(pf_process_join(p, 30.0));
    int code = -1;
    PFTEST_OK(pf_process_exitcode(p, &code));
    CU_ASSERT_EQUAL(code, 0);
    pf_process_free(p);
}

/* ---- cpu count ---- */

static void test_cpu_count(void)
{
    cpu_set_t set;
    CPU_ZERO(&set);
    PFTEST_OK(sched_getaffinity(0, sizeof set, &set));
    int n = pf_cpu_count();
    CU_ASSERT(n >= 1);
    CU_ASSERT(n <= CPU_COUNT(&set));
}

static void write_file(const char *path, const char *text)
{
    FILE *f = fopen(path, "w");
    CU_ASSERT_PTR_NOT_NULL_FATAL(f);
    fputs(text, f);
    fclose(f);
}

static void test_cgroup_quota(void)
{
    char root[] = "/tmp/pfor-cgroup-XXXXXX";
    CU_ASSERT_PTR_NOT_NULL_FATAL(mkdtemp(root));
    char path[512], self[512];
    snprintf(self, sizeof self, "%s/self", root);
    snprintf(path, sizeof path, "%s/a", root);
    mkdir(path, 0700);
    snprintf(path, sizeof path, "%s/a/b", root);
    mkdir(path, 0700);

    /* No v2 line: no limit. */
    write_file(self, "4:memory:/x\n");
    CU_ASSERT_EQUAL(pf__cgroup_cpu_limit(root, self), 0);
    write_file(self, "4:memory:/x\n0::/a/b\n");
    /* No cpu.max anywhere: no limit. */
    CU_ASSERT_EQUAL(pf__cgroup_cpu_limit(root, self), 0);
    snprintf(path, sizeof path, "%s/a/b/cpu.max", root);
    write_file(path, "max 100000\n");
    CU_ASSERT_EQUAL(pf__cgroup_cpu_limit(root, self), 0);
    write_file(path, "150000 100000\n"); /* 1.5 CPUs: rounded up */
    CU_ASSERT_EQUAL(pf__cgroup_cpu_limit(root, self), 2);
    write_file(path, "1000 100000\n"); /* a sliver: at least 1 */
    CU_ASSERT_EQUAL(pf__cgroup_cpu_limit(root, self), 1);
    /* An ancestor's tighter quota wins. */
    write_file(path, "400000 100000\n");
    char parent[512];
    snprintf(parent, sizeof parent, "%s/a/cpu.max", root);
    write_file(parent, "300000 100000\n");
    CU_ASSERT_EQUAL(pf__cgroup_cpu_limit(root, self), 3);
    write_file(parent, "garbage\n");
    CU_ASSERT_EQUAL(pf__cgroup_cpu_limit(root, self), 4);
    CU_ASSERT_EQUAL(pf__cgroup_cpu_limit(root, "/nonexistent/cgroup"), 0);

    unlink(parent);
    unlink(path);
    unlink(self);
    snprintf(path, sizeof path, "%s/a/b", root);
    rmdir(path);
    snprintf(path, sizeof path, "%s/a", root);
    rmdir(path);
    rmdir(root);
}

void pftest_main(void)
{
    pftest_suite("process");
    pftest_add("exit codes", test_exit_codes);
    pftest_add("signalled child: negative code",
               test_signalled_child_negative_code);
    pftest_add("terminate and kill", test_terminate_and_kill);
    pftest_add("join timeout", test_join_timeout);
    pftest_add("free of a running process reaps it",
               test_free_running_process_reaps_it);
    pftest_add("bad arguments", test_bad_arguments);
    pftest_add("exit() in the child", test_exit_call_in_child);
    pftest_add("buffered output not duplicated",
               test_buffered_output_not_duplicated);
    pftest_add("children die with their parent", test_children_die_with_parent);
    pftest_add("names", test_names);
    pftest_add("current process in a child", test_current_process_in_child);
    pftest_add("join from a non-parent", test_join_from_non_parent);
    pftest_add("active children", test_active_children);
    pftest_add("daemon may not have children", test_daemon);
    pftest_add("exit terminates daemons, joins others",
               test_exit_terminates_daemons_joins_others);
    pftest_add("cpu count", test_cpu_count);
    pftest_add("cgroup quota", test_cgroup_quota);
}
