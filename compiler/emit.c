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

int pf_emit_init(emitter_t *e, source_t *src, int lines,
                 const char *output_name)
{
    memset(e, 0, sizeof *e);
    e->src = src;
    e->lines = lines;
    e->mapped = 1;
    e->phys = 1;
    if (output_name)
        e->gen_qname = pf_quote(output_name);
    /* Room for the copy of the input and a little more: the output is
     * about as large, and one allocation beats a chain of doublings. */
    e->out.p = malloc(src->len + src->len / 8 + 4096);
    if (e->out.p)
        e->out.cap = src->len + src->len / 8 + 4096;
    return (!output_name || e->gen_qname) && e->out.p ? 0 : -1;
}

void pf_emit_free(emitter_t *e)
{
    free(e->out.p);
    free(e->gen_qname);
    e->out = (outbuf_t){0};
    e->gen_qname = NULL;
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

void pf_emit_newline(emitter_t *e)
{
    if (e->out.n > 0 && e->out.p[e->out.n - 1] != '\n')
        pf_emit_text(e, "\n", 1);
}

/* Make the next output line count as line `line` of file `file`. */
void pf_emit_sync_to(emitter_t *e, int file, long line, int sys)
{
    if (!e->lines || (!e->in_gen && e->file == file && e->mapped == line))
        return;
    pf_emit_newline(e);
    if (sys) /* keep the system-header flag of cc -E's marker */
        ob_printf(&e->out, "# %ld %s 3\n", line, e->src->files[file].qname);
    else
        ob_printf(&e->out, "#line %ld %s\n", line, e->src->files[file].qname);
    e->phys++;
    e->mapped = line;
    e->file = file;
    e->in_gen = 0;
}

void pf_emit_sync(emitter_t *e, size_t off)
{
    where_t w = pf_where(e->src, off);
    pf_emit_sync_to(e, w.file, w.line, w.sys);
}

void pf_emit_source(emitter_t *e, size_t off, size_t end)
{
    if (end <= off)
        return;
    /* A line marker there sets the mapping itself. */
    if (!pf_source_is_marker(e->src, off))
        pf_emit_sync(e, off);
    /* The bytes, less the omitted ranges among them. */
    const source_t *src = e->src;
    size_t lo = 0, hi = src->nomit, at = off, start = e->out.n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (src->omit[mid][1] <= off)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (size_t i = lo; i < src->nomit && src->omit[i][0] < end; i++) {
        size_t a = src->omit[i][0] > at ? src->omit[i][0] : at;
        ob_put(&e->out, src->text + at, a - at);
        at = src->omit[i][1] < end ? src->omit[i][1] : end;
    }
    ob_put(&e->out, src->text + at, end - at);
    size_t nl = 0;
    if (!e->out.oom)
        for (const char *p = e->out.p + start, *z = e->out.p + e->out.n;
             (p = memchr(p, '\n', (size_t)(z - p))) != NULL; p++)
            nl++;
    e->phys += (long)nl;
    where_t w = pf_where(e->src, end);
    e->file = w.file;
    e->mapped = w.line;
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

void pf_emit_anchor(emitter_t *e, size_t off)
{
    if (e->gen_qname)
        pf_emit_sync_gen(e);
    else
        pf_emit_sync(e, off);
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
