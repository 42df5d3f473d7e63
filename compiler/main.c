/* main.c - the pforc command line: read a C file, translate its pfor
 * loops, write the result (only when there was no error). */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "pforc.h"

#ifndef PFOR_VERSION_STRING
#define PFOR_VERSION_STRING "0.0.0"
#endif

static void usage(FILE *f)
{
    fputs("usage: pforc [--backend=process|openmp|mpi|serial] [--preprocessed]\n"
          "             [--no-line] [-o out.c] in.c\n"
          "\n"
          "Translate the '#pragma pfor' loops of a C file into calls of the\n"
          "pfor loop engine (process backend), into OpenMP loops (openmp),\n"
          "into calls of libpfor_mpi (mpi), or strip them (serial).\n"
          "\n"
          "  --backend=B     process (default): fork workers at each loop;\n"
          "                  openmp: '#pragma omp' loops (compile with\n"
          "                  -fopenmp); mpi: SPMD loops on MPI ranks\n"
          "                  (libpfor_mpi); serial: remove the pragmas\n"
          "  --preprocessed  in.c is cc -E output: its line markers name the\n"
          "                  user's files, pfor_abi.h is in it already\n"
          "  --no-line       do not emit #line directives\n"
          "  -o FILE         write to FILE ('-': standard output); FILE is\n"
          "                  replaced only when the translation succeeds\n"
          "  in.c            the input file; '-' reads standard input\n"
          "  --help          show this help\n"
          "  --version       show the version\n",
          f);
}

/* Read a whole stream; NULL on error (errno set).  A regular file is read
 * into a buffer of its exact size, so the input costs its size once. */
static char *slurp(FILE *f, size_t *len)
{
    struct stat st;
    size_t cap = 65536, n = 0;
    if (fstat(fileno(f), &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0)
        cap = (size_t)st.st_size + 1;
    char *p = malloc(cap);
    if (!p)
        return NULL;
    for (;;) {
        if (n == cap) {
            char *q = realloc(p, cap *= 2);
            if (!q) {
                free(p);
                return NULL;
            }
            p = q;
        }
        size_t got = fread(p + n, 1, cap - n, f);
        n += got;
        if (got == 0)
            break;
    }
    if (ferror(f)) {
        free(p);
        return NULL;
    }
    *len = n;
    return p;
}

/* ---- -o: a new file renamed into place --------------------------------
 *
 * pforc never opens the -o path itself for writing.  It writes a temporary
 * file it creates (O_EXCL) in the same directory and renames it onto the
 * path only when the translation and every write succeeded, so a failing
 * run leaves whatever was there byte for byte, and a device, FIFO,
 * directory or symbolic link named by -o is refused before anything is
 * done.  The only file pforc ever removes is its own temporary. */

/* The temporary being written, for the signal handler (empty: none). */
static char temp_path[4096];

static void remove_temp_and_die(int sig)
{
    if (temp_path[0])
        unlink(temp_path);
    signal(sig, SIG_DFL);
    raise(sig);
}

/* May -o name `out`, given the input's status?  Prints the reason and
 * returns -1 when not. */
static int check_output(const char *out, const char *in,
                        const struct stat *in_st)
{
    struct stat st;
    if (strcmp(out, in) == 0) {
        fprintf(stderr, "pforc: error: -o %s names the input file\n", out);
        return -1;
    }
    if (lstat(out, &st) != 0) {
        if (errno == ENOENT)
            return 0;
        fprintf(stderr, "pforc: error: %s: %s\n", out, strerror(errno));
        return -1;
    }
    if (S_ISLNK(st.st_mode)) {
        fprintf(stderr,
                "pforc: error: -o %s is a symbolic link; pforc replaces "
                "its output by renaming a new file into place and does not "
                "follow links (name the link's target, or remove the link)\n",
                out);
        return -1;
    }
    if (!S_ISREG(st.st_mode)) {
        fprintf(stderr,
                "pforc: error: -o %s exists and is not a regular file; "
                "pforc only replaces regular files\n",
                out);
        return -1;
    }
    if (in_st && st.st_dev == in_st->st_dev && st.st_ino == in_st->st_ino) {
        fprintf(stderr,
                "pforc: error: -o %s is the input file (the same file under "
                "another name)\n",
                out);
        return -1;
    }
    return 0;
}

/* Write data to a new temporary beside `out` and rename it onto `out`.
 * Returns 0, or -1 after a message (the temporary removed, `out` left as
 * it was). */
static int write_output(const char *out, const char *data, size_t len)
{
    const char *slash = strrchr(out, '/');
    int dirlen = slash ? (int)(slash - out + 1) : 0;
    int n = snprintf(temp_path, sizeof temp_path, "%.*s.%s.pforc-XXXXXX",
                     dirlen, out, slash ? slash + 1 : out);
    if (n < 0 || (size_t)n >= sizeof temp_path) {
        temp_path[0] = '\0';
        fprintf(stderr, "pforc: error: -o %s: name too long\n", out);
        return -1;
    }
    int fd = mkstemp(temp_path);
    if (fd < 0) {
        fprintf(stderr, "pforc: error: cannot create a file beside %s: %s\n",
                out, strerror(errno));
        temp_path[0] = '\0';
        return -1;
    }
    /* The mode a plain creation would give, or the replaced file's. */
    struct stat st;
    mode_t mask = umask(0);
    umask(mask);
    mode_t mode = 0666 & ~mask;
    if (lstat(out, &st) == 0 && S_ISREG(st.st_mode))
        mode = st.st_mode & 07777;
    int err = fchmod(fd, mode) != 0 ? errno : 0;
    for (size_t done = 0; !err && done < len;) {
        ssize_t w = write(fd, data + done, len - done);
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0)
            err = w < 0 ? errno : EIO;
        else
            done += (size_t)w;
    }
    if (close(fd) != 0 && !err)
        err = errno;
    /* The target may have changed while we translated. */
    if (!err && lstat(out, &st) == 0 && !S_ISREG(st.st_mode)) {
        fprintf(stderr,
                "pforc: error: -o %s exists and is not a regular file; "
                "pforc only replaces regular files\n",
                out);
        err = -1;
    } else if (!err && rename(temp_path, out) != 0) {
        err = errno;
    }
    if (err) {
        if (err > 0)
            fprintf(stderr, "pforc: error: cannot write %s: %s\n", out,
                    strerror(err));
        unlink(temp_path);
        temp_path[0] = '\0';
        return -1;
    }
    temp_path[0] = '\0';
    return 0;
}

int main(int argc, char **argv)
{
    pforc_options_t opt = {BACKEND_PROCESS, 1, 0, NULL};
    const char *in = NULL, *outname = NULL;

    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
            usage(stdout);
            return 0;
        } else if (strcmp(a, "--version") == 0) {
            printf("pforc %s\n", PFOR_VERSION_STRING);
            return 0;
        } else if (strcmp(a, "--no-line") == 0) {
            opt.lines = 0;
        } else if (strcmp(a, "--preprocessed") == 0) {
            opt.preprocessed = 1;
        } else if (strncmp(a, "--backend=", 10) == 0) {
            const backend_t *b = pf_backend_find(a + 10);
            if (!b) {
                fprintf(stderr,
                        "pforc: error: unknown backend '%s' (expected "
                        "process, openmp, mpi or serial)\n",
                        a + 10);
                return 1;
            }
            if (!b->construct) {
                fprintf(stderr,
                        "pforc: error: %s (use --backend=process, openmp "
                        "or serial)\n",
                        b->unavailable);
                return 1;
            }
            opt.backend = b->id;
        } else if (strcmp(a, "-o") == 0) {
            if (++i >= argc) {
                fputs("pforc: error: -o needs a file name\n", stderr);
                return 1;
            }
            outname = argv[i];
        } else if (a[0] == '-' && a[1] != '\0') {
            fprintf(stderr, "pforc: error: unknown option '%s'\n", a);
            usage(stderr);
            return 1;
        } else if (in) {
            fputs("pforc: error: only one input file\n", stderr);
            return 1;
        } else {
            in = a;
        }
    }
    if (!in) {
        fputs("pforc: error: no input file\n", stderr);
        usage(stderr);
        return 1;
    }

    if (outname && strcmp(outname, "-") == 0)
        outname = NULL; /* -o -: standard output */

    FILE *f = strcmp(in, "-") == 0 ? stdin : fopen(in, "rb");
    if (!f) {
        fprintf(stderr, "pforc: error: %s: %s\n", in, strerror(errno));
        return 1;
    }
    struct stat in_st;
    int have_in_st = fstat(fileno(f), &in_st) == 0;
    if (outname && check_output(outname, in, have_in_st ? &in_st : NULL)) {
        if (f != stdin)
            fclose(f);
        return 1;
    }
    size_t len = 0;
    char *text = slurp(f, &len);
    int read_errno = errno;
    if (f != stdin)
        fclose(f);
    if (!text) {
        fprintf(stderr, "pforc: error: %s: %s\n", in, strerror(read_errno));
        return 1;
    }

    char *out = NULL;
    size_t out_len = 0;
    const char *name = strcmp(in, "-") == 0 ? "<stdin>" : in;
    opt.output_name = outname;
    int errors = pforc_translate(name, text, len, &opt, stderr, &out, &out_len);
    free(text);
    if (errors != 0) {
        /* Nothing is written: an existing -o file stays as it was. */
        if (errors < 0)
            fputs("pforc: error: out of memory\n", stderr);
        free(out);
        return 1;
    }

    int bad;
    if (outname) {
        signal(SIGINT, remove_temp_and_die);
        signal(SIGTERM, remove_temp_and_die);
        signal(SIGHUP, remove_temp_and_die);
        bad = write_output(outname, out, out_len) != 0;
    } else {
        bad = fwrite(out, 1, out_len, stdout) != out_len;
        bad |= fflush(stdout) != 0;
        if (bad)
            fputs("pforc: error: cannot write standard output\n", stderr);
    }
    free(out);
    return bad ? 1 : 0;
}
