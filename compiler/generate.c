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
    {"openmp", BACKEND_OPENMP, 1, pf_gen_openmp, NULL},
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

size_t pf_gen_span_off(const gen_t *g, span_t s, size_t dflt)
{
    if (s.last < s.first || s.first < 0 || s.first >= g->c->nt)
        return dflt;
    return g->c->t[s.first].src_off;
}

/* Append s[0..n) with every `__pf_` turned into pfx (when pfx is set):
 * the names a nested construct generates must not shadow those of the
 * constructs around it (-Wshadow).  With `abi` ("pfm", the mpi backend),
 * the calls and macros of the process ABI (pfc_, PFC_) become that ABI's
 * (pfm_, PFM_: pfor_mpi_abi.h mirrors pfor_abi.h), but PFC_SCHED_AUTO
 * (pfm_schedule_t is pfc_schedule_t, which has it). */
static void put_renamed(outbuf_t *o, const char *s, size_t n, const char *pfx,
                        const char *abi)
{
    const char *end = s + n;
    while (s < end) {
        size_t left = (size_t)(end - s);
        if (pfx[0] && left >= 5 && memcmp(s, "__pf_", 5) == 0) {
            ob_puts(o, pfx);
            s += 5;
        } else if (abi && left >= 4 &&
                   (memcmp(s, "pfc_", 4) == 0 ||
                    (memcmp(s, "PFC_", 4) == 0 &&
                     !(left >= 14 && memcmp(s, "PFC_SCHED_AUTO", 14) == 0))) &&
                   (s == end - n ||
                    !(s[-1] == '_' || (s[-1] >= 'a' && s[-1] <= 'z') ||
                      (s[-1] >= 'A' && s[-1] <= 'Z') ||
                      (s[-1] >= '0' && s[-1] <= '9')))) {
            int upper = s[0] == 'P';
            for (int k = 0; k < 3; k++)
                ob_put(o, &(char){upper ? (char)(abi[k] - 'a' + 'A') : abi[k]},
                       1);
            ob_put(o, "_", 1);
            s += 4;
        } else {
            const char *next = s + 1;
            while (next < end && *next != '_' && *next != 'p' && *next != 'P')
                next++;
            ob_put(o, s, (size_t)(next - s));
            s = next;
        }
    }
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
            put_renamed(&o, buf, (size_t)n, g->pfx, g->abi);
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

void pf_gen_user_line(gen_t *g, size_t at, int level, const char *fmt, ...)
{
    va_list ap;
    pf_emit_sync(&g->e, at);
    va_start(ap, fmt);
    vline(g, level, fmt, ap);
    va_end(ap);
}

/* ---- statements with user text at its place -------------------------------
 */

void pf_gs_begin(gstmt_t *st, gen_t *g, int level)
{
    memset(st, 0, sizeof *st);
    st->g = g;
    st->first = 1;
    ob_puts(&st->line, g->indent);
    for (int i = 0; i < level; i++)
        ob_puts(&st->line, "    ");
}

void pf_gs_begin_macro(gstmt_t *st, gen_t *g, int level)
{
    pf_gs_begin(st, g, level);
    st->whole = 1;
}

void pf_gs_text(gstmt_t *st, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n <= 0)
        return;
    char *buf = malloc((size_t)n + 1);
    if (!buf) {
        st->line.oom = 1;
        return;
    }
    va_start(ap, fmt);
    vsnprintf(buf, (size_t)n + 1, fmt, ap);
    va_end(ap);
    put_renamed(&st->line, buf, (size_t)n, st->g->pfx, st->g->abi);
    free(buf);
}

/* Write the line being built (pfor's own when it holds no user token). */
static void gs_flush(gstmt_t *st)
{
    emitter_t *e = &st->g->e;
    if (!st->user)
        pf_emit_sync_gen(e);
    while (st->line.n > 0 && st->line.p[st->line.n - 1] == ' ')
        st->line.n--;
    ob_put(&st->line, "\n", 1);
    if (st->line.oom)
        e->out.oom = 1;
    pf_emit_text(e, st->line.p ? st->line.p : "\n",
                 st->line.p ? st->line.n : 1);
    st->line.n = 0;
}

/* Tokens further right than this are not placed at their column (a line of
 * a thousand reduction variables would need quadratic padding). */
#define PLACE_MAX 1024

/* Blanks from the line's end up to 1-based column col, copying the tabs
 * of the user's line so that display columns agree. */
static void gs_pad(gstmt_t *st, long col)
{
    for (size_t i = st->line.n; (long)i + 1 < col; i++)
        ob_put(&st->line, i < st->ulen && st->utext[i] == '\t' ? "\t" : " ", 1);
}

/* Start a user line for w: the pending text stays on it when it fits
 * before w's column (over no tab of the user's line), else it is written
 * as a line of its own first. */
static void gs_start_user(gstmt_t *st, const where_t *w)
{
    emitter_t *e = &st->g->e;
    size_t lead = 0;
    while (lead < st->line.n &&
           (st->line.p[lead] == ' ' || st->line.p[lead] == '\t'))
        lead++;
    size_t plen = st->line.n - lead;
    int fits = (long)plen < w->col;
    for (long i = w->col - 1 - (long)plen; fits && i < w->col - 1; i++)
        fits = i < 0 || (size_t)i >= w->text_len || w->text[i] != '\t';
    char *prefix = NULL;
    if (!fits && st->whole) {
        /* Keep the line whole, mapped to w's line; w lands right of its
         * column. */
        pf_emit_sync_to(e, w->file, w->line, w->sys);
        st->user = 1;
        st->file = w->file;
        st->uline = w->line;
        st->utext = w->text;
        st->ulen = w->text_len;
        return;
    }
    if (fits && plen > 0) {
        prefix = malloc(plen);
        if (!prefix)
            fits = 0;
        else
            memcpy(prefix, st->line.p + lead, plen);
    } else if (!fits && plen > 0) {
        gs_flush(st);
    }
    st->line.n = 0;
    pf_emit_sync_to(e, w->file, w->line, w->sys);
    st->user = 1;
    st->file = w->file;
    st->uline = w->line;
    st->utext = w->text;
    st->ulen = w->text_len;
    if (fits && plen > 0) {
        gs_pad(st, w->col - (long)plen);
        ob_put(&st->line, prefix, plen);
        free(prefix);
    }
}

/* Place one user token. */
static void gs_token(gstmt_t *st, size_t src_off, const char *text, size_t len,
                     int space)
{
    gen_t *g = st->g;
    int first = st->first;
    st->first = 0;
    if (!g->e.lines) {
        /* Without #line: the tokens one blank apart, as written. */
        if (!first && space)
            ob_put(&st->line, " ", 1);
        ob_put(&st->line, text, len);
        return;
    }
    where_t w = pf_where_exact(&g->u->src, src_off);
    if (w.col > PLACE_MAX)
        w.col = 1; /* no padding: next to what comes before */
    if (st->user && (w.file != st->file || w.line != st->uline)) {
        long gap = w.line - st->uline;
        if (st->whole && !(w.file == st->file && gap > 0 && gap <= 4)) {
            /* A macro call: no directive inside; stay on this line. */
            if (space && st->line.n > 0)
                ob_put(&st->line, " ", 1);
            ob_put(&st->line, text, len);
            return;
        }
        gs_flush(st);
        if (w.file == st->file && gap > 0 && gap <= 4) {
            /* The next lines: numbered so already. */
            for (long i = 1; i < gap; i++)
                pf_emit_text(&g->e, "\n", 1);
            st->uline = w.line;
            st->utext = w.text;
            st->ulen = w.text_len;
        } else {
            st->user = 0;
        }
    }
    if (!st->user)
        gs_start_user(st, &w);
    if ((long)st->line.n + 1 < w.col)
        gs_pad(st, w.col);
    else if (space && !first && st->line.n > 0 &&
             st->line.p[st->line.n - 1] != ' ')
        ob_put(&st->line, " ", 1);
    ob_put(&st->line, text, len);
}

void pf_gs_span(gstmt_t *st, span_t s)
{
    const construct_t *c = st->g->c;
    int first = 1;
    for (int i = s.first; i <= s.last && i < c->nt; i++) {
        gs_token(st, c->t[i].src_off, c->t[i].text, c->t[i].len,
                 !first && c->t[i].space_before);
        first = 0;
    }
}

void pf_gs_tokens(gstmt_t *st, size_t s, size_t e)
{
    const unit_t *u = st->g->u;
    for (size_t i = s; i < e; i++)
        gs_token(st, u->toks.v[i].off, pf_tok_text(u, i), u->toks.v[i].len,
                 i > s && u->toks.v[i].space);
}

void pf_gs_end(gstmt_t *st)
{
    gs_flush(st);
    free(st->line.p);
    st->line = (outbuf_t){0};
}

/* ---- the parts every backend's loop shares ----------------------------------
 */

void pf_gen_integer_check(gen_t *g, const item_t *r)
{
    const redop_info_t *op = &pf_redops[r->op];
    if (!op->integer_only)
        return;
    char *v = pf_gen_span(g, r->expr);
    gstmt_t st;
    pf_gs_begin_macro(&st, g, 1);
    pf_gs_text(&st, "_Static_assert(PF_TYPE_OF(%s",
               pf_span_empty(r->lo) ? "" : "(");
    pf_gs_span(&st, r->expr);
    pf_gs_text(&st,
               "%s) < PF_TYPE_FLOAT, \"reduction(%s: %s) needs a variable of "
               "an integer type\");",
               pf_span_empty(r->lo) ? "" : ")[0]", op->symbol, v);
    pf_gs_end(&st);
    free(v);
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
    int depth = 0;
    g->c = c;
    for (const construct_t *p = c->parent; p; p = p->parent)
        depth += pf_is_loop(p) || p->kind == C_PARALLEL;
    if (depth > 0)
        snprintf(g->pfx, sizeof g->pfx, "__pf%d_", depth);
    else
        g->pfx[0] = '\0';
    g->pragma_off = u->toks.v[c->pragma].off;
    where_t w = pf_where(&u->src, g->pragma_off);
    g->qfile = u->src.files[w.file].qname;
    g->pragma_line = w.line;
    /* The indentation of the loop's `for`, or of what a region, single
     * or master governs, or of the statement after a barrier. */
    size_t t = c->for_tok != NONE            ? c->for_tok
               : c->body_first < c->body_end ? c->body_first
                                             : c->pragma + 1;
    while (t < u->toks.n && u->toks.v[t].kind == T_PRAGMA)
        t++;
    if (t >= u->toks.n)
        t = c->pragma;
    line_indent(u, u->toks.v[t].off, g->indent, sizeof g->indent);
    pf_emit_newline(&g->e);
}

void pf_gen_end(gen_t *g, const construct_t *c)
{
    const unit_t *u = g->u;
    const token_t *last = &u->toks.v[c->end - 1];
    size_t after = (size_t)last->off + last->len, k = after;
    pf_emit_sync(&g->e, after);
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

/* `#include <pfor_abi.h>` (mpi: <pfor_mpi_abi.h>) before token t: at the start
 * of its line when only blanks precede it there, else on a line of its own. The
 * source is copied up to *off; returns where copying resumes. */
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
    /* After the user's own declarations: a local name in pfor's inline
     * functions may shadow one of their globals. */
    const char *inc = g->b->id == BACKEND_MPI
                          ? "#pragma GCC diagnostic push\n"
                            "#pragma GCC diagnostic ignored \"-Wshadow\"\n"
                            "#include <pfor_mpi_abi.h>\n"
                            "#pragma GCC diagnostic pop\n"
                          : "#pragma GCC diagnostic push\n"
                            "#pragma GCC diagnostic ignored \"-Wshadow\"\n"
                            "#include <pfor_abi.h>\n"
                            "#pragma GCC diagnostic pop\n";
    pf_emit_text(&g->e, inc, strlen(inc));
    pf_emit_sync(&g->e, at);
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
        if (t == u->include_at && g->b->include && !u->opt->preprocessed)
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
        gen_t saved = *g; /* the enclosing construct's part */
        g->b->construct(g, c);
        g->c = saved.c;
        memcpy(g->indent, saved.indent, sizeof g->indent);
        memcpy(g->pfx, saved.pfx, sizeof g->pfx);
        g->pragma_off = saved.pragma_off;
        g->qfile = saved.qfile;
        g->pragma_line = saved.pragma_line;
        const token_t *last = &u->toks.v[c->end - 1];
        off = (size_t)last->off + last->len;
        t = c->end - 1;
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
     * user's: the first copy says so (a file without constructs is copied
     * as it is). */
    if (g.e.gen_qname && g.e.lines && u->nall > 0)
        g.e.in_gen = 1;
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
