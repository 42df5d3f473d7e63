/* diag.c - the source's line table and gcc-style diagnostics
 * (file:line:col, the source line, a caret under the span). */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pforc.h"

int pf_source_init(source_t *src, const char *name, const char *text,
                   size_t len)
{
    size_t lines = 1;
    for (size_t i = 0; i < len; i++)
        lines += text[i] == '\n';
    src->name = name;
    src->text = text;
    src->len = len;
    src->line_start = malloc(lines * sizeof *src->line_start);
    if (!src->line_start)
        return -1;
    src->nlines = 0;
    src->line_start[src->nlines++] = 0;
    for (const char *p = text, *end = text + len;
         (p = memchr(p, '\n', (size_t)(end - p))) != NULL;)
        src->line_start[src->nlines++] = (uint32_t)(++p - text);
    return 0;
}

void pf_source_free(source_t *src)
{
    free(src->line_start);
    src->line_start = NULL;
}

long pf_line_of(const source_t *src, size_t off)
{
    size_t line, col;
    pf_locate(src, off, &line, &col);
    return (long)line;
}

/* Binary search of the line-start table: 1-based line and byte column. */
void pf_locate(const source_t *src, size_t off, size_t *line, size_t *col)
{
    size_t lo = 0, hi = src->nlines;
    while (hi - lo > 1) {
        size_t mid = lo + (hi - lo) / 2;
        if (src->line_start[mid] <= off)
            lo = mid;
        else
            hi = mid;
    }
    *line = lo + 1;
    *col = off - src->line_start[lo] + 1;
}

/* Source lines longer than this are shown as a window around the caret,
 * so that a diagnostic costs a bounded amount of output. */
#define SHOW_MAX 240

/* Append the diagnostic to the sink's buffer (written out in large
 * pieces by pf_diag_flush, not byte by byte): the header, then the line
 * with a caret and tildes under [off, off+len) (clipped to the line).
 * Tabs in the source line are repeated in the caret line so that the
 * caret lines up. */
static void report(diag_sink_t *d, const char *kind, size_t off, size_t len,
                   const char *fmt, va_list ap)
{
    const source_t *src = d->src;
    outbuf_t *o = &d->buf;
    size_t line, col;

    if (!d->stream)
        return;
    if (off > src->len)
        off = src->len;
    pf_locate(src, off, &line, &col);
    ob_printf(o, "%s:%zu:%zu: %s: ", src->name, line, col, kind);
    va_list aq;
    va_copy(aq, ap);
    int n = vsnprintf(NULL, 0, fmt, aq);
    va_end(aq);
    if (n > 0) {
        char *msg = malloc((size_t)n + 1);
        if (msg) {
            vsnprintf(msg, (size_t)n + 1, fmt, ap);
            ob_put(o, msg, (size_t)n);
            free(msg);
        }
    }
    ob_put(o, "\n", 1);

    size_t start = src->line_start[line - 1], end = start;
    while (end < src->len && src->text[end] != '\n')
        end++;
    if (end > start && src->text[end - 1] == '\r')
        end--;
    /* A window of at most SHOW_MAX bytes holding the caret. */
    int cut_left = 0, cut_right = 0;
    if (end - start > SHOW_MAX) {
        size_t from = off > start + SHOW_MAX / 3 ? off - SHOW_MAX / 3 : start;
        if (from + SHOW_MAX > end)
            from = end - SHOW_MAX;
        cut_left = from > start;
        cut_right = from + SHOW_MAX < end;
        start = from;
        end = from + SHOW_MAX;
    }
    ob_printf(o, "%5zu | %s", line, cut_left ? "..." : "");
    ob_put(o, src->text + start, end - start);
    ob_puts(o, cut_right ? "...\n" : "\n");
    ob_printf(o, "%5s | %s", "", cut_left ? "   " : "");
    for (size_t i = start; i < off && i < end; i++)
        ob_put(o, src->text[i] == '\t' ? "\t" : " ", 1);
    ob_put(o, "^", 1);
    for (size_t i = off + 1; i < off + len && i < end; i++)
        ob_put(o, "~", 1);
    ob_put(o, "\n", 1);
    if (o->n >= 65536)
        pf_diag_flush(d);
}

void pf_diag_flush(diag_sink_t *d)
{
    if (d->stream && d->buf.n > 0) {
        fwrite(d->buf.p, 1, d->buf.n, d->stream);
        fflush(d->stream);
    }
    d->buf.n = 0;
}

void pf_diag_free(diag_sink_t *d)
{
    pf_diag_flush(d);
    free(d->buf.p);
    d->buf = (outbuf_t){0};
}

void pf_error(diag_sink_t *d, size_t off, size_t len, const char *fmt, ...)
{
    va_list ap;
    if (d->stopped)
        return;
    if (d->errors >= PF_MAX_ERRORS) {
        /* clang's words: the run ends here. */
        d->stopped = 1;
        if (d->stream)
            ob_printf(&d->buf,
                      "%s: fatal error: too many errors emitted, stopping "
                      "now\n",
                      d->src->name);
        d->errors++;
        return;
    }
    va_start(ap, fmt);
    report(d, "error", off, len, fmt, ap);
    va_end(ap);
    d->errors++;
}

void pf_warning(diag_sink_t *d, size_t off, size_t len, const char *fmt, ...)
{
    va_list ap;
    if (d->stopped)
        return;
    va_start(ap, fmt);
    report(d, "warning", off, len, fmt, ap);
    va_end(ap);
    d->warnings++;
}
