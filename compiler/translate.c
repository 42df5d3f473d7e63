/* translate.c - the driver: one translation unit through the pipeline,
 * scan -> parse -> check -> generate(backend) -> emit, each stage reading
 * what the ones before it built. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pforc.h"

static void unit_free(unit_t *u)
{
    pf_diag_free(&u->diag);
    pf_source_free(&u->src);
    free(u->toks.v);
    free(u->match);
    free(u->init_eq);
    free(u->same_next);
    free(u->same_prev);
    pf_macro_free(u);
    for (size_t i = 0; i < u->nall; i++) {
        pf_construct_clear(u->all[i]);
        free(u->all[i]);
    }
    free(u->all);
}

int pforc_translate(const char *name, const char *text, size_t len,
                    const pforc_options_t *opt, void *diag_stream, char **out,
                    size_t *out_len)
{
    unit_t u = {0};
    int rc = -1;

    *out = NULL;
    *out_len = 0;
    if (len > PF_MAX_INPUT) {
        if (diag_stream)
            fprintf(diag_stream,
                    "%s: error: the file is too large for pforc (%zu bytes; "
                    "at most %zu)\n",
                    name, len, PF_MAX_INPUT);
        return 1;
    }
    const backend_t *b = pf_backend_by_id(opt->backend);
    if (!b || !b->construct)
        return -1;
    /* Every pfor pragma spells "pfor": a file without it is copied as it
     * is, without being scanned. */
    if (!memmem(text, len, "pfor", 4)) {
        *out = malloc(len + 1);
        if (!*out)
            return -1;
        memcpy(*out, text, len);
        *out_len = len;
        return 0;
    }
    u.opt = opt;
    u.diag.src = &u.src;
    u.diag.stream = diag_stream;
    if (pf_source_init(&u.src, name, text, len) != 0 || pf_scan_unit(&u) != 0 ||
        pf_parse_unit(&u) != 0 || pf_check_unit(&u) != 0)
        goto done;
    rc = u.diag.errors;
    if (rc == 0) {
        outbuf_t o = {0};
        if (pf_generate(&u, b, &o) != 0) {
            free(o.p);
            rc = -1;
            goto done;
        }
        *out = o.p ? o.p : calloc(1, 1);
        *out_len = o.n;
        if (!*out)
            rc = -1;
    }
done:
    unit_free(&u);
    return rc;
}
