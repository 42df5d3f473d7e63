/* macro.c - the macros of preprocessed input, for pragma text.  cc -E
 * does not expand macros in a pragma it does not know, so `#pragma pfor
 * parallel for workers(NW) schedule(KIND)` reaches pforc as written; with
 * -dD the input still holds every #define and #undef where it was, and
 * pforc expands the pragma's text here with them, as the C preprocessor
 * would (object-like and function-like macros, # and ##, __VA_ARGS__, no
 * macro expanded inside its own expansion).  The expanded tokens point at
 * the macro's name in the pragma, for diagnostics and #line. */
#include <stdlib.h>
#include <string.h>

#include "pforc.h"

/* A #define or #undef of the input, in input order. */
typedef struct macro_def {
    size_t off; /* the directive's offset */
    const char *name;
    size_t len;
    int undef;
    int function; /* function-like */
    int variadic; /* its last parameter is ... (__VA_ARGS__) */
    int nparams;
    const char **param; /* names (pointers into the input) */
    size_t *plen;
    const char *body; /* replacement list text, in the input */
    size_t body_len;
} macro_def_t;

struct macro_table {
    macro_def_t *def;
    size_t n, cap;
    /* The definitions in force at `at`: name -> def index + 1 (0: none). */
    name_map_t now;
    size_t applied; /* defs[0 .. applied) are in `now` */
    size_t at;
};

static int is_id_start(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' ||
           c == '$';
}

static int is_id_char(char c)
{
    return is_id_start(c) || (c >= '0' && c <= '9');
}

int pf_macro_directive(unit_t *u, size_t off, size_t len)
{
    const char *s = u->src.text + off, *end = s + len;
    while (s < end && (*s == ' ' || *s == '\t'))
        s++;
    if (s >= end || *s++ != '#')
        return 0;
    while (s < end && (*s == ' ' || *s == '\t'))
        s++;
    int undef;
    if (end - s > 6 && memcmp(s, "define", 6) == 0 &&
        (s[6] == ' ' || s[6] == '\t'))
        undef = 0, s += 6;
    else if (end - s > 5 && memcmp(s, "undef", 5) == 0 &&
             (s[5] == ' ' || s[5] == '\t'))
        undef = 1, s += 5;
    else
        return 0;
    while (s < end && (*s == ' ' || *s == '\t'))
        s++;
    if (s >= end || !is_id_start(*s))
        return 0;
    const char *name = s;
    while (s < end && is_id_char(*s))
        s++;
    macro_def_t d = {off,  name, (size_t)(s - name), undef, 0, 0, 0, NULL, NULL,
                     NULL, 0};
    if (!undef && s < end && *s == '(') {
        /* (a, b, ...) right after the name: function-like. */
        d.function = 1;
        s++;
        for (;;) {
            while (s < end && (*s == ' ' || *s == '\t'))
                s++;
            if (s < end && *s == ')') {
                s++;
                break;
            }
            const char *p = s;
            size_t plen;
            if (end - s >= 3 && memcmp(s, "...", 3) == 0) {
                d.variadic = 1;
                s += 3;
                p = "__VA_ARGS__";
                plen = 11;
            } else {
                while (s < end && is_id_char(*s))
                    s++;
                plen = (size_t)(s - p);
            }
            if (plen == 0)
                goto bad;
            const char **np =
                realloc(d.param, (size_t)(d.nparams + 1) * sizeof *np);
            size_t *nl = realloc(d.plen, (size_t)(d.nparams + 1) * sizeof *nl);
            if (np)
                d.param = np;
            if (nl)
                d.plen = nl;
            if (!np || !nl)
                goto oom;
            d.param[d.nparams] = p;
            d.plen[d.nparams++] = plen;
            while (s < end && (*s == ' ' || *s == '\t'))
                s++;
            if (s < end && *s == ',') {
                s++;
                continue;
            }
            if (s < end && *s == ')') {
                s++;
                break;
            }
            goto bad;
        }
    }
    while (s < end && (*s == ' ' || *s == '\t'))
        s++;
    d.body = s;
    d.body_len = (size_t)(end - s);
    struct macro_table *t = u->macros;
    if (!t) {
        t = u->macros = calloc(1, sizeof *t);
        if (!t)
            goto oom;
    }
    if (pf_grow((void **)&t->def, &t->cap, t->n, sizeof *t->def) != 0)
        goto oom;
    t->def[t->n++] = d;
    return 1;
bad:
    free(d.param);
    free(d.plen);
    return 0;
oom:
    free(d.param);
    free(d.plen);
    return -1;
}

void pf_macro_free(unit_t *u)
{
    struct macro_table *t = u->macros;
    if (!t)
        return;
    for (size_t i = 0; i < t->n; i++) {
        free(t->def[i].param);
        free(t->def[i].plen);
    }
    free(t->def);
    nm_free(&t->now);
    free(t);
    u->macros = NULL;
}

/* The definition of name in force at offset `at`, or NULL. */
static const macro_def_t *lookup(struct macro_table *t, const char *p,
                                 size_t len, size_t at)
{
    if (at < t->at) {
        /* Back in the text (rare): start over. */
        nm_free(&t->now);
        t->applied = 0;
    }
    t->at = at;
    while (t->applied < t->n && t->def[t->applied].off < at) {
        const macro_def_t *d = &t->def[t->applied];
        name_slot_t *s = nm_add(&t->now, d->name, d->len, 0, NULL);
        if (s)
            s->val = d->undef ? 0 : t->applied + 1;
        t->applied++;
    }
    name_slot_t *s = nm_find(&t->now, p, len);
    return s && s->val ? &t->def[s->val - 1] : NULL;
}

/* ---- expansion ----------------------------------------------------------- */

/* A token of the text being expanded; `hide` lists the macros that must
 * not be expanded in it (its own expansion's). */
typedef struct hide {
    const macro_def_t *m;
    struct hide *next;
} hide_t;

typedef struct xtok {
    ptok_t t;
    hide_t *hide;
} xtok_t;

typedef struct xvec {
    xtok_t *v;
    size_t n, cap;
} xvec_t;

typedef struct expander {
    unit_t *u;
    construct_t *c;
    size_t at;     /* the pragma's offset */
    size_t budget; /* tokens left to make; 0: stop expanding */
    int oom;
} expander_t;

/* Memory that lives as long as the construct: hide sets, new texts. */
static void *arena(expander_t *x, size_t n)
{
    struct arena_block {
        struct arena_block *next;
        unsigned char mem[];
    };
    struct arena_block *b = malloc(sizeof *b + n);
    if (!b) {
        x->oom = 1;
        return NULL;
    }
    b->next = x->c->arena;
    x->c->arena = b;
    return b->mem;
}

static int push(expander_t *x, xvec_t *v, xtok_t t)
{
    if (pf_grow((void **)&v->v, &v->cap, v->n, sizeof *v->v) != 0) {
        x->oom = 1;
        return -1;
    }
    v->v[v->n++] = t;
    return 0;
}

static int hidden(const hide_t *h, const macro_def_t *m)
{
    for (; h; h = h->next)
        if (h->m == m)
            return 1;
    return 0;
}

static hide_t *hide_add(expander_t *x, hide_t *h, const macro_def_t *m)
{
    if (hidden(h, m))
        return h;
    hide_t *n = arena(x, sizeof *n);
    if (!n)
        return h;
    n->m = m;
    n->next = h;
    return n;
}

static int same(const ptok_t *t, const char *p, size_t len)
{
    return t->len == len && memcmp(t->text, p, len) == 0;
}

/* The tokens of text[0..len), in the arena, positioned at `at`. */
static int lex(expander_t *x, const char *text, size_t len, const xtok_t *at,
               hide_t *hide, xvec_t *out)
{
    /* A leading byte keeps a '#' of the text from starting a directive. */
    char *buf = arena(x, len + 3);
    if (!buf)
        return -1;
    buf[0] = '@';
    buf[1] = ' ';
    memcpy(buf + 2, text, len);
    buf[len + 2] = '\0';
    token_vec_t tv = {0};
    if (pf_scan(buf, len + 2, &tv) != 0) {
        free(tv.v);
        x->oom = 1;
        return -1;
    }
    for (size_t i = 1; i < tv.n; i++) {
        const token_t *k = &tv.v[i];
        xtok_t t = *at;
        t.t.kind = k->kind;
        t.t.punct = k->punct;
        t.t.text = buf + k->off;
        t.t.len = k->len;
        t.t.space_before = i > 1 && k->space;
        t.hide = hide;
        if (push(x, out, t) != 0)
            break;
    }
    free(tv.v);
    return x->oom ? -1 : 0;
}

static int param_index(const macro_def_t *m, const ptok_t *t)
{
    if (t->kind != T_IDENT)
        return -1;
    for (int i = 0; i < m->nparams; i++)
        if (same(t, m->param[i], m->plen[i]))
            return i;
    return -1;
}

static int expand(expander_t *x, const xvec_t *in, xvec_t *out);

/* The spelling of tokens [a, b) as a string literal (the # operator). */
static xtok_t stringify(expander_t *x, const xtok_t *a, const xtok_t *b,
                        const xtok_t *at)
{
    size_t n = 3;
    for (const xtok_t *p = a; p < b; p++)
        n += 2 * p->t.len + 1;
    char *s = arena(x, n);
    xtok_t t = *at;
    t.t.kind = T_STRING;
    t.t.punct = 0;
    t.t.text = "\"\"";
    t.t.len = 2;
    if (!s)
        return t;
    size_t k = 0;
    s[k++] = '"';
    for (const xtok_t *p = a; p < b; p++) {
        if (p > a && p->t.space_before)
            s[k++] = ' ';
        int quoted = p->t.kind == T_STRING || p->t.kind == T_CHAR;
        for (size_t i = 0; i < p->t.len; i++) {
            char c = p->t.text[i];
            if (quoted && (c == '"' || c == '\\'))
                s[k++] = '\\';
            s[k++] = c;
        }
    }
    s[k++] = '"';
    t.t.text = s;
    t.t.len = k;
    return t;
}

/* a ## b: one token of their joined spelling (if it is not one token, the
 * two stay, as a preprocessor's undefined behaviour allows). */
static int paste(expander_t *x, xvec_t *out, const xtok_t *b)
{
    xtok_t *a = &out->v[out->n - 1];
    size_t n = a->t.len + b->t.len;
    char *s = arena(x, n + 1);
    if (!s)
        return -1;
    memcpy(s, a->t.text, a->t.len);
    memcpy(s + a->t.len, b->t.text, b->t.len);
    xvec_t one = {0};
    xtok_t at = *a;
    if (lex(x, s, n, &at, a->hide, &one) != 0) {
        free(one.v);
        return -1;
    }
    int rc = 0;
    if (one.n == 1) {
        one.v[0].t.space_before = a->t.space_before;
        *a = one.v[0];
    } else {
        rc = push(x, out, *b);
    }
    free(one.v);
    return rc;
}

/* The replacement of macro m at invocation `at` with arguments args[0 ..
 * nargs) (token ranges of the call). */
static int substitute(expander_t *x, const macro_def_t *m, const xtok_t *at,
                      xvec_t *args, int nargs, hide_t *hide, xvec_t *out)
{
    xvec_t body = {0};
    if (lex(x, m->body, m->body_len, at, hide, &body) != 0) {
        free(body.v);
        return -1;
    }
    int pasting = 0; /* the next token is pasted onto the last one */
    for (size_t i = 0; i < body.n && !x->oom; i++) {
        const xtok_t *b = &body.v[i];
        int next_paste = i + 1 < body.n && body.v[i + 1].t.kind == T_PUNCT &&
                         body.v[i + 1].t.punct == P_HASHHASH;
        if (b->t.kind == T_PUNCT && b->t.punct == P_HASHHASH) {
            pasting = out->n > 0;
            continue;
        }
        if (m->function && b->t.kind == T_PUNCT && b->t.punct == '#' &&
            i + 1 < body.n) {
            int p = param_index(m, &body.v[i + 1].t);
            if (p >= 0) {
                xtok_t s =
                    stringify(x, p < nargs ? args[p].v : NULL,
                              p < nargs ? args[p].v + args[p].n : NULL, at);
                s.t.space_before = b->t.space_before;
                s.hide = hide;
                if (pasting)
                    paste(x, out, &s);
                else
                    push(x, out, s);
                pasting = 0;
                i++;
                continue;
            }
        }
        int p = m->function ? param_index(m, &b->t) : -1;
        if (p >= 0) {
            xvec_t raw = p < nargs ? args[p] : (xvec_t){0}, val = {0};
            const xvec_t *use = &raw;
            if (!pasting && !next_paste) {
                /* A plain use: the argument fully expanded first. */
                if (expand(x, &raw, &val) != 0) {
                    free(val.v);
                    break;
                }
                use = &val;
            }
            for (size_t k = 0; k < use->n; k++) {
                xtok_t t = use->v[k];
                t.t.src_off = at->t.src_off;
                t.t.src_len = at->t.src_len;
                if (k == 0)
                    t.t.space_before = b->t.space_before;
                for (hide_t *h = hide; h; h = h->next)
                    t.hide = hide_add(x, t.hide, h->m);
                if (k == 0 && pasting)
                    paste(x, out, &t);
                else
                    push(x, out, t);
            }
            pasting = pasting && use->n == 0; /* an empty side */
            free(val.v);
            continue;
        }
        if (pasting)
            paste(x, out, b);
        else
            push(x, out, *b);
        pasting = 0;
    }
    free(body.v);
    return x->oom ? -1 : 0;
}

/* Expand `in` into `out`, rescanning each replacement with what follows. */
static int expand(expander_t *x, const xvec_t *in, xvec_t *out)
{
    xvec_t work = {0}; /* the rest, replacements in front */
    for (size_t i = in->n; i-- > 0;)
        if (push(x, &work, in->v[i]) != 0)
            break;
    /* work is a stack: its top is the next token. */
    while (work.n > 0 && !x->oom) {
        xtok_t t = work.v[--work.n];
        const macro_def_t *m = NULL;
        if (t.t.kind == T_IDENT && x->budget > 0)
            m = lookup(x->u->macros, t.t.text, t.t.len, x->at);
        if (!m || hidden(t.hide, m) ||
            (m->function &&
             !(work.n > 0 && work.v[work.n - 1].t.kind == T_PUNCT &&
               work.v[work.n - 1].t.punct == '('))) {
            push(x, out, t);
            continue;
        }
        xvec_t *args = NULL;
        int nargs = 0;
        if (m->function) {
            /* The arguments: up to the matching ')', split at top-level
             * commas (those of __VA_ARGS__ kept). */
            work.n--; /* the '(' */
            int depth = 0, closed = 0;
            args = calloc((size_t)m->nparams + 1, sizeof *args);
            if (!args) {
                x->oom = 1;
                break;
            }
            nargs = 1;
            while (work.n > 0) {
                xtok_t a = work.v[--work.n];
                int p = a.t.kind == T_PUNCT ? a.t.punct : 0;
                if (p == ')' && depth == 0) {
                    closed = 1;
                    break;
                }
                depth += p == '(';
                depth -= p == ')';
                if (p == ',' && depth == 0 &&
                    !(m->variadic && nargs >= m->nparams)) {
                    if (nargs <= m->nparams)
                        nargs++;
                    continue;
                }
                if (nargs <= m->nparams + 0 &&
                    push(x, &args[nargs - 1], a) != 0)
                    break;
            }
            if (!closed) {
                /* No ')': not a call after all; the rest as it is. */
                for (int k = 0; k <= m->nparams; k++)
                    free(args[k].v);
                free(args);
                push(x, out, t);
                continue;
            }
            if (m->nparams == 0 && nargs == 1 && args[0].n == 0)
                nargs = 0;
        }
        xvec_t rep = {0};
        hide_t *hide = hide_add(x, t.hide, m);
        int rc = substitute(x, m, &t, args, nargs, hide, &rep);
        if (args) {
            for (int k = 0; k <= m->nparams; k++)
                free(args[k].v);
            free(args);
        }
        if (rc != 0) {
            free(rep.v);
            break;
        }
        x->budget = rep.n < x->budget ? x->budget - rep.n : 0;
        if (rep.n > 0)
            rep.v[0].t.space_before = t.t.space_before;
        for (size_t k = rep.n; k-- > 0;)
            if (push(x, &work, rep.v[k]) != 0)
                break;
        free(rep.v);
    }
    free(work.v);
    return x->oom ? -1 : 0;
}

int pf_macro_expand(unit_t *u, construct_t *c, ptok_t **toks, int *n, size_t at)
{
    if (!u->macros || *n == 0)
        return 0;
    expander_t x = {u, c, at, 100000, 0};
    xvec_t in = {0}, out = {0};
    /* The first word (pfor) is the pragma's namespace: never a macro. */
    for (int i = 0; i < *n; i++) {
        xtok_t t = {(*toks)[i], NULL};
        if (i == 0)
            push(&x, &out, t);
        else
            push(&x, &in, t);
    }
    if (!x.oom)
        expand(&x, &in, &out);
    free(in.v);
    if (x.oom) {
        free(out.v);
        return -1;
    }
    ptok_t *v = malloc((out.n + 1) * sizeof *v);
    if (!v) {
        free(out.v);
        return -1;
    }
    for (size_t i = 0; i < out.n; i++)
        v[i] = out.v[i].t;
    free(out.v);
    free(*toks);
    *toks = v;
    *n = (int)out.n;
    return 0;
}
