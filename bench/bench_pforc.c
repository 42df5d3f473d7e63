/* bench_pforc.c - pforc throughput (lines per second) on a generated
 * ~100,000-line C file with a pfor loop every 50 lines, for the process
 * and serial backends and for the same file without pragmas; the Python
 * baseline (bench_pforc.py) is a plain line scan that strips the pragmas. */
#include <fcntl.h>
#include <limits.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "benchutil.h"

#define BLOCKS 2000 /* 50 lines each */
#define REPS 5

extern char **environ;

/* One 50-line block: a function with comments, strings, macros and, when
 * `pragma` is set, an annotated loop with a reduction. */
static void block(FILE *f, int k, int pragma)
{
    fprintf(f,
            "/* block %d: a comment with #pragma pfor parallel for\n"
            " * that must not be taken for a pragma */\n",
            k);
    fprintf(f, "#define BOUND_%d (%d + 16)\n", k, k);
    fprintf(f, "static const char *name_%d = \"#pragma pfor map %d\";\n", k, k);
    fprintf(f, "double work_%d(const double *x, double *y, int n)\n{\n", k);
    fprintf(f, "    double sum = 0;\n    int count = 0;\n");
    fprintf(f, "    (void)name_%d;\n", k);
    if (pragma)
        fprintf(f, "#pragma pfor parallel for reduction(+: sum) collect(y) "
                   "schedule(dynamic, 8)\n");
    else
        fprintf(f, "    /* no pragma here */\n");
    fprintf(f, "    for (int i = 0; i < n + BOUND_%d; i++) {\n", k);
    fprintf(f, "        double v = x[i] * %d.5; /* } { */\n", k);
    fprintf(f, "        y[i] = v > 0 ? v : -v;\n");
    fprintf(f, "        sum += y[i];\n");
    fprintf(f, "        if (y[i] > 100)\n            continue;\n");
    fprintf(f, "        for (int j = 0; j < 3; j++) {\n");
    fprintf(f, "            if (j == 2)\n                break;\n");
    fprintf(f, "            sum += j * 0.5;\n        }\n    }\n");
    for (int i = 0; i < 24; i++)
        fprintf(f, "    count += %d; // line %d of the filler, 'c' \"s\"\n", i,
                i);
    fprintf(f, "    return sum + count;\n}\n");
}

static long generate(const char *path, int pragma)
{
    FILE *f = fopen(path, "w");
    if (!f)
        return -1;
    for (int k = 0; k < BLOCKS; k++)
        block(f, k, pragma);
    fclose(f);
    f = fopen(path, "r");
    long lines = 0;
    int c;
    while ((c = getc(f)) != EOF)
        lines += c == '\n';
    fclose(f);
    return lines;
}

/* Run argv with stdout to /dev/null; returns the wall time or -1. */
static double run(char *const argv[])
{
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_addopen(&fa, 1, "/dev/null", O_WRONLY, 0);
    pid_t pid;
    double t0 = bench_now();
    if (posix_spawn(&pid, argv[0], &fa, NULL, argv, environ) != 0) {
        posix_spawn_file_actions_destroy(&fa);
        return -1;
    }
    int status;
    waitpid(pid, &status, 0);
    double t = bench_now() - t0;
    posix_spawn_file_actions_destroy(&fa);
    return WIFEXITED(status) && WEXITSTATUS(status) == 0 ? t : -1;
}

static double median_lps(char *pforc, const char *backend, char *file,
                         long lines)
{
    double t[REPS];
    char opt[64];
    snprintf(opt, sizeof opt, "--backend=%s", backend);
    char *argv[] = {pforc, opt, file, NULL};
    for (int r = 0; r < REPS; r++) {
        t[r] = run(argv);
        if (t[r] < 0)
            return -1;
    }
    return lines / bench_median(t, REPS);
}

int main(void)
{
    char self[PATH_MAX], pforc[PATH_MAX + 8];
    ssize_t n = readlink("/proc/self/exe", self, sizeof self - 1);
    if (n <= 0)
        return 1;
    self[n] = '\0';
    *strrchr(self, '/') = '\0';
    snprintf(pforc, sizeof pforc, "%s/pforc", self);
    if (access(pforc, X_OK) != 0) {
        fprintf(stderr, "bench_pforc: %s not found (build pforc)\n", pforc);
        return 1;
    }
    char with[] = "/tmp/bench_pforc_XXXXXX.c",
         without[] = "/tmp/bench_pforc_np_XXXXXX.c";
    int fd1 = mkstemps(with, 2), fd2 = mkstemps(without, 2);
    if (fd1 < 0 || fd2 < 0)
        return 1;
    close(fd1);
    close(fd2);
    long lines = generate(with, 1), lines_np = generate(without, 0);

    printf("pforc on a generated file: %ld lines, %d pfor loops\n", lines,
           BLOCKS);
    char args[PATH_MAX + 32];
    snprintf(args, sizeof args, "%s", with);
    double py = bench_python("bench_pforc.py", args);
    double proc = median_lps(pforc, "process", with, lines);
    double ser = median_lps(pforc, "serial", with, lines);
    double np = median_lps(pforc, "process", without, lines_np);
    bench_row("pforc --backend=process", proc, "lines/s", py,
              "python line scan");
    bench_row("pforc --backend=serial", ser, "lines/s", py, "python line scan");
    bench_row("pforc, file without pragmas", np, "lines/s", py,
              "python line scan");
    if (py > 0)
        bench_row("python line scan (baseline)", py, "lines/s", 0, NULL);
    unlink(with);
    unlink(without);
    return proc > 0 && ser > 0 && np > 0 ? 0 : 1;
}
