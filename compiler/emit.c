/* emit.c - stage 5, the output: a buffer that knows which line the C
 * compiler will think each output line is, so that a #line is written only
 * where that mapping changes (docs/compiler.md, "Internals"). */
#include <stdlib.h>
#include <string.h>

#include "pforc.h"

char *pf_quote(const char *name)
{
    size_t n = strlen(name);
    char *q = malloc(2 * n + 3), *p = q;
    if (!q)
        return NULL;
    *p++ = '"';
    for (size_t i = 0; i < n; i++) {
        if (name[i] == '"' || name[i] == '\\')
            *p++ = '\\';
        *p++ = name[i] == '\n' ? ' ' : name[i];
    }
    *p++ = '"';
    *p = '\0';
    return q;
}

int pf_emit_init(emitter_t *e, const source_t *src, int lines,
                 const char *output_name)
{
    memset(e, 0, sizeof *e);
    e->src = src;
    e->lines = lines;
    e->mapped = 1;
    e->phys = 1;
    e->qname = pf_quote(src->name);
    if (output_name)
        e->gen_qname = pf_quote(output_name);
    /* Room for the copy of the input and a little more: the output is
     * about as large, and one allocation beats a chain of doublings. */
    e->out.p = malloc(src->len + src->len / 8 + 4096);
    if (e->out.p)
        e->out.cap = src->len + src->len / 8 + 4096;
    return e->qname && (!output_name || e->gen_qname) && e->out.p ? 0 : -1;
}

void pf_emit_free(emitter_t *e)
{
    free(e->out.p);
    free(e->qname);
    free(e->gen_qname);
    e->out = (outbuf_t){0};
    e->qname = e->gen_qname = NULL;
}

void pf_emit_text(emitter_t *e, const char *s, size_t n)
{
    ob_put(&e->out, s, n);
    size_t nl = 0;
    for (const char *p = s, *end = s + n;
         (p = memchr(p, '\n', (size_t)(end - p))) != NULL; p++)
        nl++;
    e->phys += (long)nl;
    if (e->mapped > 0)
        e->mapped += (long)nl;
}

void pf_emit_source(emitter_t *e, size_t off, size_t end)
{
    if (end > off)
        pf_emit_text(e, e->src->text + off, end - off);
}

void pf_emit_newline(emitter_t *e)
{
    if (e->out.n > 0 && e->out.p[e->out.n - 1] != '\n')
        pf_emit_text(e, "\n", 1);
}

void pf_emit_sync(emitter_t *e, long line)
{
    if (!e->lines || (!e->in_gen && e->mapped == line))
        return;
    pf_emit_newline(e);
    ob_printf(&e->out, "#line %ld %s\n", line, e->qname);
    e->phys++;
    e->mapped = line;
    e->in_gen = 0;
}

void pf_emit_sync_gen(emitter_t *e)
{
    if (!e->lines || !e->gen_qname || e->in_gen)
        return;
    pf_emit_newline(e);
    /* This directive is on line phys; the next line is phys + 1. */
    ob_printf(&e->out, "#line %ld %s\n", e->phys + 1, e->gen_qname);
    e->phys++;
    e->mapped = e->phys;
    e->in_gen = 1;
}

void pf_emit_anchor(emitter_t *e, long line)
{
    if (e->gen_qname)
        pf_emit_sync_gen(e);
    else
        pf_emit_sync(e, line);
}

void pf_emit_pad_to(emitter_t *e, size_t off)
{
    size_t line, col;
    if (!e->lines)
        return;
    pf_locate(e->src, off, &line, &col);
    const char *p = e->src->text + e->src->line_start[line - 1];
    for (size_t i = 0; i + 1 < col; i++)
        ob_put(&e->out, p[i] == '\t' ? "\t" : " ", 1);
}
