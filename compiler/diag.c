/* diag.c - gcc-style diagnostics: file:line:col (where the input says the
 * byte comes from: line markers and #line count), the line (the original
 * file's when it can be read), a caret under the span. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pforc.h"

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
    source_t *src = d->src;
    outbuf_t *o = &d->buf;

    if (!d->stream)
        return;
    if (off > src->len)
        off = src->len;
    where_t w = pf_where_exact(src, off);
    ob_printf(o, "%s:%ld:%ld: %s: ", src->files[w.file].name, w.line, w.col,
              kind);
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

    /* The line shown and the caret's place in it. */
    const char *text = w.text;
    size_t end = w.text_len, start = 0, at = (size_t)w.col - 1;
    if (end > 0 && text[end - 1] == '\r')
        end--;
    if (at > end)
        at = end;
    /* A window of at most SHOW_MAX bytes holding the caret. */
    int cut_left = 0, cut_right = 0;
    if (end - start > SHOW_MAX) {
        size_t from = at > SHOW_MAX / 3 ? at - SHOW_MAX / 3 : 0;
        if (from + SHOW_MAX > end)
            from = end - SHOW_MAX;
        cut_left = from > 0;
        cut_right = from + SHOW_MAX < end;
        start = from;
        end = from + SHOW_MAX;
    }
    ob_printf(o, "%5ld | %s", w.line, cut_left ? "..." : "");
    ob_put(o, text + start, end - start);
    ob_puts(o, cut_right ? "...\n" : "\n");
    ob_printf(o, "%5s | %s", "", cut_left ? "   " : "");
    for (size_t i = start; i < at && i < end; i++)
        ob_put(o, text[i] == '\t' ? "\t" : " ", 1);
    ob_put(o, "^", 1);
    for (size_t i = at + 1; i < at + len && i < end; i++)
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
                      d->src->files[0].name);
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
