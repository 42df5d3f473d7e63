/* util.c - the small containers every stage uses: a growable byte buffer
 * and a hash map of names. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pforc.h"

/* Grow the buffer to hold n more bytes (and a NUL); sets oom and returns -1
 * when it cannot. */
static int reserve(outbuf_t *o, size_t n)
{
    if (o->oom)
        return -1;
    if (o->n + n + 1 <= o->cap)
        return 0;
    size_t cap = o->cap ? o->cap : 4096;
    while (cap < o->n + n + 1)
        cap *= 2;
    char *p = realloc(o->p, cap);
    if (!p) {
        o->oom = 1;
        return -1;
    }
    o->p = p;
    o->cap = cap;
    return 0;
}

void ob_put(outbuf_t *o, const char *s, size_t n)
{
    if (n == 0 || reserve(o, n) != 0)
        return;
    memcpy(o->p + o->n, s, n);
    o->n += n;
}

void ob_puts(outbuf_t *o, const char *s)
{
    ob_put(o, s, strlen(s));
}

void ob_printf(outbuf_t *o, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n <= 0 || reserve(o, (size_t)n) != 0)
        return;
    va_start(ap, fmt);
    vsnprintf(o->p + o->n, (size_t)n + 1, fmt, ap);
    va_end(ap);
    o->n += (size_t)n;
}

char *ob_take(outbuf_t *o)
{
    char *p = o->p;
    if (!p || o->oom) {
        free(p);
        *o = (outbuf_t){0};
        return calloc(1, 1);
    }
    p[o->n] = '\0';
    *o = (outbuf_t){0};
    return p;
}

/* FNV-1a. */
static size_t hash(const char *p, size_t len)
{
    size_t h = 2166136261u;
    for (size_t i = 0; i < len; i++)
        h = (h ^ (unsigned char)p[i]) * 16777619u;
    return h;
}

name_slot_t *nm_find(const name_map_t *m, const char *p, size_t len)
{
    if (m->cap == 0)
        return NULL;
    for (size_t i = hash(p, len) & (m->cap - 1);; i = (i + 1) & (m->cap - 1)) {
        name_slot_t *s = &m->slot[i];
        if (!s->p)
            return NULL;
        if (s->len == len && memcmp(s->p, p, len) == 0)
            return s;
    }
}

name_slot_t *nm_add(name_map_t *m, const char *p, size_t len, size_t val,
                    int *added)
{
    int dummy;
    if (!added)
        added = &dummy;
    *added = 0;
    name_slot_t *s = nm_find(m, p, len);
    if (s)
        return s;
    if (2 * (m->n + 1) > m->cap) {
        size_t cap = m->cap ? 2 * m->cap : 16;
        name_slot_t *v = calloc(cap, sizeof *v);
        if (!v) {
            m->oom = 1;
            return NULL;
        }
        for (size_t i = 0; i < m->cap; i++) {
            if (!m->slot[i].p)
                continue;
            size_t j = hash(m->slot[i].p, m->slot[i].len) & (cap - 1);
            while (v[j].p)
                j = (j + 1) & (cap - 1);
            v[j] = m->slot[i];
        }
        free(m->slot);
        m->slot = v;
        m->cap = cap;
    }
    size_t i = hash(p, len) & (m->cap - 1);
    while (m->slot[i].p)
        i = (i + 1) & (m->cap - 1);
    m->slot[i] = (name_slot_t){p, len, val};
    m->n++;
    *added = 1;
    return &m->slot[i];
}

void nm_free(name_map_t *m)
{
    free(m->slot);
    *m = (name_map_t){0};
}

int pf_grow(void **v, size_t *cap, size_t n, size_t elem)
{
    if (n < *cap)
        return 0;
    size_t c = *cap ? 2 * *cap : 8;
    void *p = realloc(*v, c * elem);
    if (!p)
        return -1;
    *v = p;
    *cap = c;
    return 0;
}
