/* generate.c - stage 4: the backend table, and the walk that copies the
 * source to the output and hands each checked construct to the backend at
 * its place; plus the helpers every backend's generator shares. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pforc.h"

/* The peers. */
const backend_t pf_backends[] = {
    {"process", BACKEND_PROCESS, 1, pf_gen_process, NULL},
    {"openmp", BACKEND_OPENMP, 1, NULL,
     "the openmp backend is not available in this version of pfor"},
    {"mpi", BACKEND_MPI, 1, pf_gen_mpi, NULL},
    {"serial", BACKEND_SERIAL, 0, pf_gen_serial, NULL},
    {NULL, 0, 0, NULL, NULL},
};

const backend_t *pf_backend_find(const char *name)
{
    for (const backend_t *b = pf_backends; b->name; b++)
        if (strcmp(b->name, name) == 0)
            return b;
    return NULL;
}

const backend_t *pf_backend_by_id(int id)
{
    for (const backend_t *b = pf_backends; b->name; b++)
        if (b->id == id)
            return b;
    return NULL;
}

/* ---- helpers for the generators ----------------------------------------- */

char *pf_gen_span(const gen_t *g, span_t s)
{
    const construct_t *c = g->c;
    outbuf_t o = {0};
    for (int i = s.first; i <= s.last && i < c->nt; i++) {
        if (i > s.first && c->t[i].space_before)
            ob_put(&o, " ", 1);
        ob_put(&o, c->t[i].text, c->t[i].len);
    }
    return ob_take(&o);
}

char *pf_gen_tokens(const gen_t *g, size_t s, size_t e)
{
    const unit_t *u = g->u;
    outbuf_t o = {0};
    for (size_t i = s; i < e; i++) {
        if (i > s && u->toks.v[i].space)
            ob_put(&o, " ", 1);
        ob_put(&o, pf_tok_text(u, i), u->toks.v[i].len);
    }
    return ob_take(&o);
}

long pf_gen_span_line(const gen_t *g, span_t s, long dflt)
{
    if (s.last < s.first || s.first < 0 || s.first >= g->c->nt)
        return dflt;
    return pf_line_of(&g->u->src, g->c->t[s.first].src_off);
}

static void vline(gen_t *g, int level, const char *fmt, va_list ap)
{
    outbuf_t o = {0};
    ob_puts(&o, g->indent);
    for (int i = 0; i < level; i++)
        ob_puts(&o, "    ");
    va_list aq;
    va_copy(aq, ap);
    int n = vsnprintf(NULL, 0, fmt, aq);
    va_end(aq);
    if (n > 0) {
        char *buf = malloc((size_t)n + 1);
        if (buf) {
            vsnprintf(buf, (size_t)n + 1, fmt, ap);
            ob_put(&o, buf, (size_t)n);
            free(buf);
        } else {
            o.oom = 1;
        }
    }
    ob_put(&o, "\n", 1);
    if (o.oom)
        g->e.out.oom = 1;
    pf_emit_text(&g->e, o.p ? o.p : "", o.n);
    free(o.p);
}

void pf_gen_line(gen_t *g, int level, const char *fmt, ...)
{
    va_list ap;
    pf_emit_sync_gen(&g->e);
    va_start(ap, fmt);
    vline(g, level, fmt, ap);
    va_end(ap);
}

void pf_gen_user_line(gen_t *g, long at, int level, const char *fmt, ...)
{
    va_list ap;
    pf_emit_sync(&g->e, at);
    va_start(ap, fmt);
    vline(g, level, fmt, ap);
    va_end(ap);
}

/* The leading blanks of the line that holds byte offset off. */
static void line_indent(const unit_t *u, size_t off, char *out, size_t cap)
{
    size_t line, col, n = 0;
    pf_locate(&u->src, off, &line, &col);
    const char *p = u->src.text + u->src.line_start[line - 1];
    while (n + 1 < cap && (p[n] == ' ' || p[n] == '\t'))
        out[n] = p[n], n++;
    out[n] = '\0';
}

void pf_gen_begin(gen_t *g, const construct_t *c)
{
    const unit_t *u = g->u;
    g->c = c;
    g->pragma_line = pf_line_of(&u->src, u->toks.v[c->pragma].off);
    line_indent(u, u->toks.v[c->for_tok].off, g->indent, sizeof g->indent);
    pf_emit_newline(&g->e);
}

void pf_gen_end(gen_t *g, const construct_t *c)
{
    const unit_t *u = g->u;
    const token_t *last = &u->toks.v[c->body_end - 1];
    size_t after = (size_t)last->off + last->len, k = after;
    pf_emit_sync(&g->e, pf_line_of(&u->src, after));
    while (k < u->src.len && (u->src.text[k] == ' ' || u->src.text[k] == '\t'))
        k++;
    if (k < u->src.len && u->src.text[k] != '\n')
        pf_emit_pad_to(&g->e, after);
}

/* ---- the walk ------------------------------------------------------------ */

/* The construct whose pragma is token p (u->all is in text order). */
static const construct_t *construct_at(const unit_t *u, size_t p)
{
    size_t lo = 0, hi = u->nall;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (u->all[mid]->pragma < p)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < u->nall && u->all[lo]->pragma == p ? u->all[lo] : NULL;
}

/* `#include <pfor_abi.h>` (mpi: <pfor_mpi_abi.h>) before token t: at the start of its line when
 * only blanks precede it there, else on a line of its own.  The source is
 * copied up to *off; returns where copying resumes. */
static size_t emit_include(gen_t *g, size_t t, size_t off)
{
    const unit_t *u = g->u;
    const char *text = u->src.text;
    size_t at = u->toks.v[t].off, line, col;
    pf_locate(&u->src, at, &line, &col);
    size_t k = at;
    while (k > off &&
           (text[k - 1] == ' ' || text[k - 1] == '\t' || text[k - 1] == '\v' ||
            text[k - 1] == '\f' || text[k - 1] == '\r'))
        k--;
    /* At the beginning of a line: after a newline that no backslash
     * continues. */
    int at_bol =
        k == 0 || (text[k - 1] == '\n' && !(k >= 2 && text[k - 2] == '\\') &&
                   !(k >= 3 && text[k - 2] == '\r' && text[k - 3] == '\\'));
    pf_emit_source(&g->e, off, at_bol ? k : at);
    pf_emit_newline(&g->e);
    const char *inc = g->b->id == BACKEND_MPI ? "#include <pfor_mpi_abi.h>\n"
                                               : "#include <pfor_abi.h>\n";
    pf_emit_text(&g->e, inc, strlen(inc));
    pf_emit_sync(&g->e, (long)line);
    if (at_bol)
        pf_emit_source(&g->e, k, at);
    else if (g->e.lines)
        for (size_t i = 1; i < col; i++)
            pf_emit_text(&g->e, " ", 1);
    return at;
}

/* Copy the source [off, end), which holds the tokens [t, tend), lowering
 * the constructs whose pragmas are among them (and including pfor_abi.h
 * where the unit says). */
void pf_gen_copy(gen_t *g, size_t off, size_t end, size_t t, size_t tend)
{
    const unit_t *u = g->u;
    for (; t < tend && !g->e.out.oom; t++) {
        if (t == u->include_at && g->b->include)
            off = emit_include(g, t, off);
        if (u->toks.v[t].kind != T_PRAGMA)
            continue;
        const construct_t *c = construct_at(u, t);
        const token_t *pt = &u->toks.v[t];
        pf_emit_source(&g->e, off, pt->off);
        if (!c || !c->ok) {
            /* Not lowered (only when there were errors: no output). */
            pf_emit_source(&g->e, pt->off, (size_t)pt->off + pt->len);
            off = (size_t)pt->off + pt->len;
            continue;
        }
        const construct_t *saved = g->c;
        char indent[sizeof g->indent];
        long pragma_line = g->pragma_line;
        memcpy(indent, g->indent, sizeof indent);
        g->b->construct(g, c);
        g->c = saved;
        memcpy(g->indent, indent, sizeof indent);
        g->pragma_line = pragma_line;
        const token_t *last = &u->toks.v[c->body_end - 1];
        off = (size_t)last->off + last->len;
        t = c->body_end - 1;
    }
    pf_emit_source(&g->e, off, end);
}

void pf_gen_body(gen_t *g, const construct_t *c)
{
    const unit_t *u = g->u;
    const token_t *first = &u->toks.v[c->body_first];
    const token_t *last = &u->toks.v[c->body_end - 1];
    pf_gen_copy(g, first->off, (size_t)last->off + last->len, c->body_first,
                c->body_end);
}

int pf_generate(unit_t *u, const backend_t *b, outbuf_t *out)
{
    gen_t g = {0};
    g.u = u;
    g.b = b;
    if (pf_emit_init(&g.e, &u->src, u->opt->lines, u->opt->output_name) != 0) {
        pf_emit_free(&g.e);
        return -1;
    }
    /* When the output has a name of its own, its first lines are the
     * user's: say so (a file without constructs is copied as it is). */
    if (g.e.gen_qname && g.e.lines && u->nall > 0) {
        g.e.in_gen = 1;
        pf_emit_sync(&g.e, 1);
    }
    pf_gen_copy(&g, 0, u->src.len, 0, u->toks.n);
    if (g.tail.n > 0) {
        pf_emit_newline(&g.e);
        pf_emit_text(&g.e, g.tail.p, g.tail.n);
    }
    int rc = g.e.out.oom || g.tail.oom ? -1 : 0;
    free(g.tail.p);
    *out = g.e.out;
    g.e.out = (outbuf_t){0};
    pf_emit_free(&g.e);
    return rc;
}
