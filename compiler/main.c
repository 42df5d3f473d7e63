/* main.c - the pforc command line: read a C file, translate its pfor
 * loops, write the result (only when there was no error). */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "pforc.h"

#ifndef PFOR_VERSION_STRING
#define PFOR_VERSION_STRING "0.0.0"
#endif

static void usage(FILE *f)
{
    fputs("usage: pforc [--backend=process|serial] [--no-line] [-o out.c] "
          "in.c\n"
          "\n"
          "Translate the '#pragma pfor' loops of a C file into calls of the\n"
          "pfor loop engine (process backend) or strip them (serial).\n"
          "\n"
          "  --backend=B   process (default): fork workers at each loop;\n"
          "                serial: remove the pragmas\n"
          "                (openmp and mpi are not available yet)\n"
          "  --no-line     do not emit #line directives\n"
          "  -o FILE       write to FILE instead of standard output\n"
          "  in.c          the input file; '-' reads standard input\n"
          "  --help        show this help\n"
          "  --version     show the version\n",
          f);
}

/* Read a whole stream; NULL on error (errno set). */
static char *slurp(FILE *f, size_t *len)
{
    size_t cap = 65536, n = 0;
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

int main(int argc, char **argv)
{
    pforc_options_t opt = {BACKEND_PROCESS, 1};
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
        } else if (strncmp(a, "--backend=", 10) == 0) {
            const char *b = a + 10;
            if (strcmp(b, "process") == 0)
                opt.backend = BACKEND_PROCESS;
            else if (strcmp(b, "serial") == 0)
                opt.backend = BACKEND_SERIAL;
            else if (strcmp(b, "openmp") == 0 || strcmp(b, "mpi") == 0) {
                fprintf(stderr,
                        "pforc: error: the %s backend is not available in "
                        "this version of pfor (use --backend=process or "
                        "--backend=serial)\n",
                        b);
                return 1;
            } else {
                fprintf(stderr,
                        "pforc: error: unknown backend '%s' "
                        "(expected process or serial)\n",
                        b);
                return 1;
            }
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

    FILE *f = strcmp(in, "-") == 0 ? stdin : fopen(in, "rb");
    if (!f) {
        fprintf(stderr, "pforc: error: %s: %s\n", in, strerror(errno));
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
    int errors = pforc_translate(name, text, len, &opt, stderr, &out, &out_len);
    free(text);
    if (errors != 0) {
        if (errors < 0)
            fputs("pforc: error: out of memory\n", stderr);
        /* Leave no stale output behind. */
        if (outname)
            unlink(outname);
        free(out);
        return 1;
    }

    FILE *o = outname ? fopen(outname, "wb") : stdout;
    if (!o) {
        fprintf(stderr, "pforc: error: %s: %s\n", outname, strerror(errno));
        free(out);
        return 1;
    }
    int bad = fwrite(out, 1, out_len, o) != out_len;
    bad |= outname ? fclose(o) != 0 : fflush(o) != 0;
    free(out);
    if (bad) {
        fprintf(stderr, "pforc: error: cannot write %s\n",
                outname ? outname : "standard output");
        if (outname)
            unlink(outname);
        return 1;
    }
    return 0;
}
