/* source.c - the input and where each byte of it comes from: the line
 * table, and the line markers (`# 12 "file.c" 1 3`, as cc -E writes them)
 * and #line directives that say which file and line a stretch of the input
 * is; for diagnostics, the original file's own line, read from disk, with
 * the column of the same token in it. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pforc.h"

int pf_source_init(source_t *src, const char *name, const char *text,
                   size_t len)
{
    size_t lines = 1;
    for (const char *p = text, *end = text + len;
         (p = memchr(p, '\n', (size_t)(end - p))) != NULL; p++)
        lines++;
    memset(src, 0, sizeof *src);
    src->name = name;
    src->text = text;
    src->len = len;
    src->line_start = malloc(lines * sizeof *src->line_start);
    src->files = calloc(1, sizeof *src->files);
    if (!src->line_start || !src->files)
        return -1;
    src->nfiles = src->capfiles = 1;
    src->pair.istart = NONE;
    src->files[0].name = strdup(name);
    src->files[0].qname = pf_quote(name);
    src->files[0].is_input = 1;
    if (!src->files[0].name || !src->files[0].qname)
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
    for (size_t i = 0; i < src->nfiles; i++) {
        free(src->files[i].name);
        free(src->files[i].qname);
        free(src->files[i].text);
        free(src->files[i].line_start);
    }
    free(src->files);
    free(src->pair.it.v);
    free(src->pair.ot.v);
    free(src->marks);
    free(src->omit);
    free(src->line_start);
    src->files = NULL;
    src->marks = NULL;
    src->line_start = NULL;
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

/* ---- line markers ------------------------------------------------------ */

/* The index of the file called name (unescaped), added if new; -1 when out
 * of memory. */
static int file_index(source_t *src, const char *name, size_t len)
{
    for (size_t i = 0; i < src->nfiles; i++)
        if (strlen(src->files[i].name) == len &&
            memcmp(src->files[i].name, name, len) == 0)
            return (int)i;
    if (pf_grow((void **)&src->files, &src->capfiles, src->nfiles,
                sizeof *src->files) != 0)
        return -1;
    src_file_t *f = &src->files[src->nfiles];
    memset(f, 0, sizeof *f);
    f->name = malloc(len + 1);
    if (!f->name)
        return -1;
    memcpy(f->name, name, len);
    f->name[len] = '\0';
    f->qname = pf_quote(f->name);
    if (!f->qname) {
        free(f->name);
        return -1;
    }
    return (int)src->nfiles++;
}

int pf_source_directive(source_t *src, size_t off, size_t len)
{
    const char *s = src->text + off, *end = s + len;
    while (s < end && (*s == ' ' || *s == '\t'))
        s++;
    if (s == end || *s != '#')
        return 0;
    for (s++; s < end && (*s == ' ' || *s == '\t'); s++)
        ;
    /* `# 12 "f" flags` (GNU) or `#line 12 "f"`. */
    if (end - s >= 4 && memcmp(s, "line", 4) == 0 &&
        (end - s == 4 || s[4] == ' ' || s[4] == '\t')) {
        for (s += 4; s < end && (*s == ' ' || *s == '\t'); s++)
            ;
    } else if (s == end || *s < '0' || *s > '9') {
        return 0;
    }
    unsigned long line = 0;
    if (s == end || *s < '0' || *s > '9')
        return 0;
    for (; s < end && *s >= '0' && *s <= '9'; s++)
        line = line * 10 + (unsigned long)(*s - '0');
    if (line > 0x7fffffff)
        return 0;
    while (s < end && (*s == ' ' || *s == '\t'))
        s++;
    int file = -1, sys = 0;
    if (s < end && *s == '"') {
        /* The name, with \\ and \" escapes as cc -E writes them. */
        char *name = malloc((size_t)(end - s));
        size_t n = 0;
        if (!name)
            return -1;
        for (s++; s < end && *s != '"'; s++) {
            if (*s == '\\' && s + 1 < end)
                s++;
            name[n++] = *s;
        }
        file = file_index(src, name, n);
        free(name);
        if (file < 0)
            return -1;
        for (s += s < end; s < end; s++)
            if (*s == '3' && (s[-1] == ' ' || s[-1] == '\t'))
                sys = 1;
    }
    /* It applies from the line after the directive. */
    size_t next = off + len;
    while (next < src->len && src->text[next] != '\n')
        next++;
    next += next < src->len;
    if (file < 0)
        file = src->nmarks ? (int)src->marks[src->nmarks - 1].file : 0;
    if (pf_grow((void **)&src->marks, &src->capmarks, src->nmarks,
                sizeof *src->marks) != 0)
        return -1;
    src->marks[src->nmarks++] = (line_mark_t){
        (uint32_t)off, (uint32_t)next, (uint32_t)line, (uint32_t)file, sys};
    return 1;
}

/* The last mark in effect at off, or NULL. */
static const line_mark_t *mark_at(const source_t *src, size_t off)
{
    size_t lo = 0, hi = src->nmarks;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (src->marks[mid].off <= off)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo ? &src->marks[lo - 1] : NULL;
}

int pf_source_omit(source_t *src, size_t off, size_t len)
{
    if (pf_grow((void **)&src->omit, &src->capomit, src->nomit,
                sizeof *src->omit) != 0)
        return -1;
    src->omit[src->nomit][0] = (uint32_t)off;
    src->omit[src->nomit][1] = (uint32_t)(off + len);
    src->nomit++;
    return 0;
}

int pf_source_file_at(const source_t *src, size_t off)
{
    const line_mark_t *m = mark_at(src, off);
    return m ? (int)m->file : 0;
}

int pf_source_is_marker(const source_t *src, size_t off)
{
    /* marks[] is ordered by directive too: find one starting at off. */
    size_t lo = 0, hi = src->nmarks;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (src->marks[mid].dir < off)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < src->nmarks && src->marks[lo].dir == off;
}

where_t pf_where(const source_t *src, size_t off)
{
    where_t w = {0};
    size_t line, col;
    if (off > src->len)
        off = src->len;
    pf_locate(src, off, &line, &col);
    w.col = (long)col;
    w.text = src->text + src->line_start[line - 1];
    w.text_len = (line < src->nlines ? src->line_start[line] - 1 : src->len) -
                 src->line_start[line - 1];
    const line_mark_t *m = mark_at(src, off);
    if (!m) {
        w.file = 0;
        w.line = (long)line;
        return w;
    }
    size_t mline, mcol;
    pf_locate(src, m->off, &mline, &mcol);
    w.file = (int)m->file;
    w.line = (long)m->line + (long)(line - mline);
    w.sys = m->sys;
    return w;
}

long pf_line_of(const source_t *src, size_t off)
{
    return pf_where(src, off).line;
}

/* ---- the original file's lines, for diagnostics ---------------------------
 */

/* Load file f from disk once; 0 when its text is there. */
static int load(source_t *src, src_file_t *f)
{
    if (f->tried)
        return f->text ? 0 : -1;
    f->tried = 1;
    FILE *fp = fopen(f->name, "rb");
    if (!fp)
        return -1;
    size_t cap = 65536, n = 0;
    char *p = malloc(cap);
    while (p) {
        if (n == cap) {
            char *q = realloc(p, cap *= 2);
            if (!q) {
                free(p);
                p = NULL;
                break;
            }
            p = q;
        }
        size_t got = fread(p + n, 1, cap - n, fp);
        n += got;
        if (got == 0)
            break;
    }
    fclose(fp);
    if (!p)
        return -1;
    size_t lines = 1;
    for (size_t i = 0; i < n; i++)
        lines += p[i] == '\n';
    f->line_start = malloc(lines * sizeof *f->line_start);
    if (!f->line_start) {
        free(p);
        return -1;
    }
    f->nlines = 0;
    f->line_start[f->nlines++] = 0;
    for (size_t i = 0; i < n; i++)
        if (p[i] == '\n')
            f->line_start[f->nlines++] = (uint32_t)(i + 1);
    f->text = p;
    f->len = n;
    (void)src;
    return 0;
}

/* The tokens of text[from, to), skipping a leading directive's '#' so that
 * its words are tokens too; offsets relative to text. */
static int line_tokens(const char *text, size_t from, size_t to,
                       token_vec_t *tv)
{
    size_t s = from;
    while (s < to && (text[s] == ' ' || text[s] == '\t'))
        s++;
    if (s < to && text[s] == '#')
        s++;
    size_t first = tv->n;
    if (pf_scan(text + s, to - s, tv) != 0)
        return -1;
    for (size_t i = first; i < tv->n; i++)
        tv->v[i].off += (uint32_t)s;
    return 0;
}

where_t pf_where_exact(source_t *src, size_t off)
{
    where_t w = pf_where(src, off);
    src_file_t *f = &src->files[w.file];
    if (f->is_input && src->nmarks == 0)
        return w; /* the input is the original */
    if (load(src, f) != 0 || w.line < 1 || (size_t)w.line > f->nlines)
        return w;
    /* The input's line around off, and the original's logical line from
     * w.line (backslash continuations included), tokenised once for all
     * the tokens of that line. */
    size_t istart = (size_t)(w.text - src->text), iend = istart + w.text_len;
    struct line_pair *lp = &src->pair;
    if (lp->istart != istart || lp->file != w.file || lp->line != w.line) {
        size_t ostart = f->line_start[w.line - 1], oend = ostart;
        for (;;) {
            while (oend < f->len && f->text[oend] != '\n')
                oend++;
            size_t e = oend;
            if (e > ostart && f->text[e - 1] == '\r')
                e--;
            if (e > ostart && f->text[e - 1] == '\\' && oend < f->len) {
                oend++;
                continue;
            }
            break;
        }
        lp->it.n = lp->ot.n = 0;
        lp->istart = NONE;
        if (line_tokens(src->text, istart, iend, &lp->it) != 0 ||
            line_tokens(f->text, ostart, oend, &lp->ot) != 0)
            return w;
        lp->istart = istart;
        lp->file = w.file;
        lp->line = w.line;
        /* How many leading tokens the two lines have in common. */
        lp->agree = 0;
        while (lp->agree < lp->it.n && lp->agree < lp->ot.n &&
               lp->it.v[lp->agree].len == lp->ot.v[lp->agree].len &&
               memcmp(src->text + lp->it.v[lp->agree].off,
                      f->text + lp->ot.v[lp->agree].off,
                      lp->it.v[lp->agree].len) == 0)
            lp->agree++;
    }
    token_vec_t it = lp->it, ot = lp->ot;
    /* The token of the input line holding off (or the first after it). */
    size_t k = 0, hi = it.n;
    while (k < hi) {
        size_t mid = k + (hi - k) / 2;
        if ((size_t)it.v[mid].off + it.v[mid].len <= off)
            k = mid + 1;
        else
            hi = mid;
    }
    size_t match = NONE;
    if (k < it.n && k < lp->agree) {
        match = k;
    } else if (k < it.n && it.n <= 4096) {
        /* The same token, the same number of times before it (a line the
         * preprocessor changed, within reason). */
        const char *kt = src->text + it.v[k].off;
        size_t nth = 0;
        for (size_t i = 0; i < k; i++)
            nth += it.v[i].len == it.v[k].len &&
                   memcmp(src->text + it.v[i].off, kt, it.v[k].len) == 0;
        for (size_t i = 0; i < ot.n && match == NONE; i++)
            if (ot.v[i].len == it.v[k].len &&
                memcmp(f->text + ot.v[i].off, kt, it.v[k].len) == 0 &&
                nth-- == 0)
                match = i;
    }
    if (match != NONE) {
        size_t o =
            ot.v[match].off + (off > it.v[k].off ? off - it.v[k].off : 0);
        size_t l = 0, h = f->nlines;
        while (h - l > 1) {
            size_t mid = l + (h - l) / 2;
            if (f->line_start[mid] <= o)
                l = mid;
            else
                h = mid;
        }
        w.line = (long)l + 1;
        w.col = (long)(o - f->line_start[l]) + 1;
        w.text = f->text + f->line_start[l];
        w.text_len = (l + 1 < f->nlines ? f->line_start[l + 1] - 1 : f->len) -
                     f->line_start[l];
        w.original = 1;
    }
    return w;
}
