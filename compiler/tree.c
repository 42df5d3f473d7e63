/* tree.c - stage 2, the tree walk: builds every construct of the file in
 * text order, as a tree (a pfor loop in the body of another is its child):
 * the pragma and its loop header through the grammar, then one walk of the
 * body statement that finds its extent and records the facts the checks
 * judge (jumps, declarations, writes, failures).  Nothing here prints:
 * check.c owns every diagnostic.  Each token of a body is walked once, by
 * the innermost construct holding it, so the stage is linear in the
 * input. */
#include <stdlib.h>
#include <string.h>

#include "pforc.h"

typedef struct walker {
    unit_t *u;
    construct_t *c; /* the construct whose facts are being recorded */
    size_t end;     /* token index bound of the search */
    int failed;
    int depth; /* statement nesting, across nested constructs */
} walker_t;

static construct_t *build(unit_t *u, size_t p, construct_t *parent, int depth);

static const token_t *tok(const walker_t *w, size_t s)
{
    return &w->u->toks.v[s];
}

static int is_punct(const walker_t *w, size_t s, int c)
{
    return s < w->end && pf_tok_punct(w->u, s, c);
}

static int is_word(const walker_t *w, size_t s, const char *word)
{
    return s < w->end && pf_tok_word(w->u, s, word);
}

static int is_ident(const walker_t *w, size_t s)
{
    return s < w->end && pf_tok_ident(w->u, s);
}

/* Append a problem to a list growing by doubling. */
static void add_problem(unit_t *u, problem_t **v, int *n, int code, size_t off,
                        size_t len, size_t label)
{
    if ((*n & (*n - 1)) == 0) {
        size_t cap = *n ? 2 * (size_t)*n : 4;
        problem_t *p = realloc(*v, cap * sizeof *p);
        if (!p) {
            u->oom = 1;
            return;
        }
        *v = p;
    }
    (*v)[(*n)++] = (problem_t){code, off, len, NULL, label};
}

/* A fact or failure of the walk at token s (the end of the text when s is
 * past the last token). */
static void walk_problem(walker_t *w, size_t s, int code)
{
    const unit_t *u = w->u;
    size_t off = s < u->toks.n ? tok(w, s)->off : u->src.len;
    size_t len = s < u->toks.n ? tok(w, s)->len : 0;
    size_t label = code == PR_GOTO && is_ident(w, s + 1) ? s + 1 : NONE;
    add_problem(w->u, &w->c->walk, &w->c->nwalk, code, off, len, label);
}

static void fail(walker_t *w, size_t s, int code)
{
    walk_problem(w, s, code);
    w->failed = 1;
}

/* The index after the group opened at s ('(', '[' or '{'); w->end when it
 * does not close inside the walker's range. */
static size_t skip_group(const walker_t *w, size_t s)
{
    size_t m = pf_match(w->u, s);
    return m == NONE || m >= w->end ? w->end : m + 1;
}

static const char *const decl_words[] = {
    "int",           "char",     "short",    "long",          "signed",
    "unsigned",      "float",    "double",   "_Bool",         "bool",
    "void",          "struct",   "union",    "enum",          "const",
    "volatile",      "static",   "register", "extern",        "auto",
    "typedef",       "_Atomic",  "_Complex", "__typeof__",    "typeof",
    "__extension__", "restrict", "_Alignas", "_Thread_local", "__thread",
    "inline",        NULL};

static int is_decl_word(const walker_t *w, size_t s)
{
    if (!is_ident(w, s))
        return 0;
    for (int i = 0; decl_words[i]; i++)
        if (is_word(w, s, decl_words[i]))
            return 1;
    return 0;
}

/* Is [s, e) a declaration (as far as tokens can tell)? */
static int is_declaration(const walker_t *w, size_t s, size_t e)
{
    if (s >= e)
        return 0;
    if (is_decl_word(w, s))
        return 1;
    if (is_ident(w, s) && s + 1 < e && is_ident(w, s + 1))
        return 1;
    if (is_ident(w, s) && s + 2 < e && is_punct(w, s + 1, '*') &&
        is_ident(w, s + 2) && s + 3 <= e &&
        (s + 3 == e || is_punct(w, s + 3, '=') || is_punct(w, s + 3, ',') ||
         is_punct(w, s + 3, '[') || is_punct(w, s + 3, ';')))
        return 1;
    return 0;
}

/* Record the names a declaration [s, e) declares and mark the '=' of its
 * initializers. */
static void declare(walker_t *w, size_t s, size_t e)
{
    size_t part = s;
    while (part < e) {
        size_t name = NONE, paren = NONE, i = part;
        for (; i < e; i++) {
            if (is_punct(w, i, ',') || is_punct(w, i, '='))
                break;
            if (is_punct(w, i, '(') || is_punct(w, i, '[') ||
                is_punct(w, i, '{')) {
                if (is_punct(w, i, '(') && paren == NONE)
                    paren = i;
                i = skip_group(w, i) - 1;
                continue;
            }
            if (is_ident(w, i) && !is_decl_word(w, i))
                name = i;
        }
        if (name == NONE && paren != NONE)
            for (size_t j = paren + 1; j < e && name == NONE; j++)
                if (is_ident(w, j) && !is_decl_word(w, j))
                    name = j;
        if (name != NONE && !nm_add(&w->c->decls, pf_tok_text(w->u, name),
                                    tok(w, name)->len, name, NULL))
            w->u->oom = 1;
        if (i < e && is_punct(w, i, '=')) {
            w->u->init_eq[i] = 1;
            /* Skip the initializer. */
            for (i++; i < e && !is_punct(w, i, ','); i++)
                if (is_punct(w, i, '(') || is_punct(w, i, '[') ||
                    is_punct(w, i, '{'))
                    i = skip_group(w, i) - 1;
        }
        part = i + 1;
    }
}

/* The end (after ';') of the expression statement or declaration at s. */
static size_t simple_statement(walker_t *w, size_t s)
{
    size_t i = s;
    while (i < w->end && !is_punct(w, i, ';')) {
        if (is_punct(w, i, '}') || tok(w, i)->kind == T_PRAGMA)
            break;
        if (is_punct(w, i, '(') || is_punct(w, i, '[') || is_punct(w, i, '{'))
            i = skip_group(w, i);
        else
            i++;
    }
    if (!is_punct(w, i, ';')) {
        fail(w, i < w->end ? i : s, PR_EXPECTED_SEMI);
        return i < w->end && !is_punct(w, i, '}') ? i + 1 : (i > s ? i : s + 1);
    }
    if (is_declaration(w, s, i))
        declare(w, s, i);
    return i + 1;
}

static size_t statement(walker_t *w, size_t s, int breakable);

/* '(' ... ')' at s, or a failure. */
static size_t paren_group(walker_t *w, size_t s)
{
    if (!is_punct(w, s, '(')) {
        fail(w, s, PR_EXPECTED_PAREN);
        return s < w->end ? s + 1 : s;
    }
    return skip_group(w, s);
}

/* A nested pfor construct at s, inside the walker's construct: built (and
 * its body walked, into its own facts) right here.  Returns the index
 * after it, or NONE when it has no body of its own, so that what follows
 * the pragma is walked as the outer construct's statement. */
static size_t nested(walker_t *w, size_t s)
{
    construct_t *child = build(w->u, s, w->c, w->depth + 1);
    if (!child)
        return NONE;
    if (child->body_end == 0) {
        if (child->walk_failed) {
            /* The child's body is not delimited, so neither is ours; the
             * child reports why. */
            w->failed = 1;
            return w->end;
        }
        return NONE;
    }
    return child->body_end;
}

/* Walk one statement; returns the token index after it.  breakable: a
 * break here leaves an inner loop or switch, not the pfor loop. */
static size_t statement(walker_t *w, size_t s, int breakable)
{
    if (s >= w->end || w->failed) {
        if (!w->failed)
            fail(w, s, PR_BODY_INCOMPLETE);
        w->failed = 1;
        return w->end;
    }
    if (w->depth > 1000) {
        fail(w, s, PR_BODY_TOO_DEEP);
        return w->end;
    }
    w->depth++;
    size_t r;
    const token_t *t = tok(w, s);
    if (t->kind == T_PRAGMA) {
        r = nested(w, s);
        if (r == NONE)
            r = statement(w, s + 1, breakable);
    } else if (is_punct(w, s, '{')) {
        if (pf_match(w->u, s) == NONE || pf_match(w->u, s) >= w->end) {
            fail(w, s, PR_UNTERMINATED_BLOCK);
            r = w->end;
        } else {
            size_t i = s + 1;
            while (i < w->end && !is_punct(w, i, '}') && !w->failed)
                i = statement(w, i, breakable);
            if (!is_punct(w, i, '}')) {
                if (!w->failed)
                    fail(w, s, PR_UNTERMINATED_BLOCK);
                w->failed = 1;
                r = w->end;
            } else {
                r = i + 1;
            }
        }
    } else if (is_punct(w, s, ';')) {
        r = s + 1;
    } else if (is_word(w, s, "if")) {
        size_t i = statement(w, paren_group(w, s + 1), breakable);
        if (is_word(w, i, "else"))
            i = statement(w, i + 1, breakable);
        r = i;
    } else if (is_word(w, s, "for")) {
        size_t open = s + 1, close = paren_group(w, open);
        /* A declaration in the init part is local to the body. */
        size_t semi = open + 1;
        while (semi < close && !is_punct(w, semi, ';'))
            semi = is_punct(w, semi, '(') ? skip_group(w, semi) : semi + 1;
        if (is_declaration(w, open + 1, semi))
            declare(w, open + 1, semi);
        r = statement(w, close, 1);
    } else if (is_word(w, s, "while") || is_word(w, s, "switch")) {
        r = statement(w, paren_group(w, s + 1), 1);
    } else if (is_word(w, s, "do")) {
        size_t i = statement(w, s + 1, 1);
        if (!is_word(w, i, "while")) {
            fail(w, i, PR_EXPECTED_WHILE);
            r = i;
        } else {
            r = simple_statement(w, paren_group(w, i + 1));
        }
    } else if (is_word(w, s, "break")) {
        if (!breakable)
            walk_problem(w, s, PR_BREAK);
        r = simple_statement(w, s + 1);
    } else if (is_word(w, s, "continue")) {
        r = simple_statement(w, s + 1);
    } else if (is_word(w, s, "return")) {
        walk_problem(w, s, PR_RETURN);
        r = simple_statement(w, s + 1);
    } else if (is_word(w, s, "goto")) {
        walk_problem(w, s, PR_GOTO);
        r = simple_statement(w, s + 1);
    } else if (is_word(w, s, "case") || is_word(w, s, "default")) {
        size_t i = s + 1;
        while (i < w->end && !is_punct(w, i, ':'))
            i = is_punct(w, i, '(') ? skip_group(w, i) : i + 1;
        r = statement(w, i + 1, breakable);
    } else if (is_ident(w, s) && is_punct(w, s + 1, ':')) {
        r = statement(w, s + 2, breakable);
    } else {
        r = simple_statement(w, s);
    }
    w->depth--;
    return r;
}

/* ---- writes -------------------------------------------------------------- */

/* The name an assignment at s writes: walk back over a[...], .f, ->f and
 * parentheses to the identifier the lvalue starts from. */
static size_t lvalue_base(const unit_t *u, size_t s, size_t first)
{
    while (s > first) {
        size_t i = s - 1;
        if (pf_tok_punct(u, i, ']') || pf_tok_punct(u, i, ')')) {
            int open = pf_tok_punct(u, i, ']') ? '[' : '(';
            int close = pf_tok_punct(u, i, ']') ? ']' : ')';
            long depth = 0;
            for (;; i--) {
                if (pf_tok_punct(u, i, close))
                    depth++;
                else if (pf_tok_punct(u, i, open) && --depth == 0)
                    break;
                if (i == first)
                    return NONE;
            }
            if (close == ')') {
                /* (*p) = or (a)[i] =: the first name inside. */
                for (size_t j = i + 1; j < s; j++)
                    if (pf_tok_ident(u, j))
                        return j;
                return NONE;
            }
            s = i;
            continue;
        }
        if (pf_tok_ident(u, i)) {
            if (i > first && (pf_tok_punct(u, i - 1, '.') ||
                              pf_tok_punct(u, i - 1, P_ARROW))) {
                s = i - 1;
                continue;
            }
            return i;
        }
        return NONE;
    }
    return NONE;
}

/* Note that c writes the name at token `base` (first write wins). */
static void note_write(unit_t *u, construct_t *c, name_map_t *seen,
                       const char *p, size_t len, size_t at)
{
    int added;
    name_slot_t *slot = nm_add(seen, p, len, c->nwrites, &added);
    if (!slot) {
        u->oom = 1;
        return;
    }
    if (!added) {
        if (at < c->writes[slot->val].tok)
            c->writes[slot->val].tok = at;
        return;
    }
    size_t cap = c->nwrites;
    if ((cap & (cap - 1)) == 0) {
        written_t *v = realloc(c->writes, (cap ? 2 * cap : 8) * sizeof *v);
        if (!v) {
            u->oom = 1;
            return;
        }
        c->writes = v;
    }
    c->writes[c->nwrites++] = (written_t){p, len, at};
}

/* The assignments of tokens [s, e) (`=` but not an initializer's,
 * compound assignments, ++, --), each by the name its lvalue starts
 * from; `first` bounds the walk back over the lvalue. */
static void scan_writes(unit_t *u, construct_t *c, name_map_t *seen, size_t s,
                        size_t e, size_t first, const name_map_t *except)
{
    for (; s < e; s++) {
        const token_t *t = &u->toks.v[s];
        size_t base = NONE;
        if (t->kind != T_PUNCT)
            continue;
        if ((t->punct == '=' && !u->init_eq[s]) || t->punct == P_ADD_ASSIGN ||
            t->punct == P_SUB_ASSIGN || t->punct == P_OTHER_ASSIGN) {
            /* Skip designators: { .x = 1 } and { [0] = 1 }. */
            if (s >= first + 3 && pf_tok_punct(u, s - 2, '.') &&
                (pf_tok_punct(u, s - 3, '{') || pf_tok_punct(u, s - 3, ',')))
                continue;
            base = lvalue_base(u, s, first);
        } else if (t->punct == P_INC || t->punct == P_DEC) {
            if (pf_tok_ident(u, s + 1) && s + 1 < e)
                base = s + 1;
            else
                base = lvalue_base(u, s, first);
        }
        if (base != NONE && !(except && nm_find(except, pf_tok_text(u, base),
                                                u->toks.v[base].len)))
            note_write(u, c, seen, pf_tok_text(u, base), u->toks.v[base].len,
                       base);
    }
}

/* The names c's statements write, its own and (without what a child
 * declares) its children's: the first write of each.  The parent sees the
 * child's header (`i = 0`, `i++` of a variable declared outside) too. */
static void collect_writes(unit_t *u, construct_t *c)
{
    name_map_t seen = {0};
    size_t s = c->body_first;
    /* A child without a body of its own (no loop, no header) was walked
     * as our statement. */
    for (construct_t *k = c->child; k; k = k->next) {
        if (k->body_end == 0)
            continue;
        scan_writes(u, c, &seen, s, k->pragma, c->body_first, NULL);
        s = k->body_end;
    }
    scan_writes(u, c, &seen, s, c->body_end, c->body_first, NULL);
    for (construct_t *k = c->child; k; k = k->next) {
        if (k->body_end == 0)
            continue;
        scan_writes(u, c, &seen, k->for_tok + 2, k->close, k->for_tok + 2,
                    &k->decls);
        for (size_t i = 0; i < k->nwrites; i++) {
            const written_t *x = &k->writes[i];
            if (!nm_find(&k->decls, x->p, x->len))
                note_write(u, c, &seen, x->p, x->len, x->tok);
        }
    }
    nm_free(&seen);
}

/* ---- constructs ---------------------------------------------------------- */

/* The ')' matching the '(' at s, or NONE: a header holds no brace and no
 * pragma. */
static size_t header_close(const unit_t *u, size_t s)
{
    long depth = 0;
    for (; s < u->toks.n; s++) {
        if (u->toks.v[s].kind == T_PRAGMA)
            return NONE;
        if (pf_tok_punct(u, s, '('))
            depth++;
        else if (pf_tok_punct(u, s, ')') && --depth == 0)
            return s;
        else if (pf_tok_punct(u, s, '{') || pf_tok_punct(u, s, '}'))
            return NONE;
    }
    return NONE;
}

static void pre_problem(unit_t *u, construct_t *c, int code, size_t off,
                        size_t len)
{
    add_problem(u, &c->walk, &c->nwalk, code, off, len, NONE);
}

/* Build the construct of the pragma at token p: parse it and its header,
 * and walk its body (building the constructs nested in it). */
static construct_t *build(unit_t *u, size_t p, construct_t *parent, int depth)
{
    construct_t *c = calloc(1, sizeof *c);
    if (!c ||
        pf_grow((void **)&u->all, &u->capall, u->nall, sizeof *u->all) != 0) {
        free(c);
        u->oom = 1;
        return NULL;
    }
    u->all[u->nall++] = c;
    c->pragma = p;
    c->for_tok = c->close = NONE;
    c->call.out = NONE;
    c->parent = parent;
    for (int i = 0; i < CL_COUNT; i++)
        c->first[i] = -1;
    if (parent) {
        construct_t **k = &parent->child;
        while (*k)
            k = &(*k)->next;
        *k = c;
    }

    /* What follows the pragma: `for (init; test; step)`. */
    size_t s = p + 1, n = u->toks.n;
    if (pf_tok_word(u, s, "for")) {
        c->for_tok = s;
        if (pf_tok_punct(u, s + 1, '('))
            c->close = header_close(u, s + 1);
        if (c->close == NONE)
            c->pre = PR_NO_HEADER;
    } else {
        c->pre = PR_NO_FOR;
    }
    if (pf_pragma_tokens(u, c) != 0) {
        u->oom = 1;
        return c;
    }
    pf_parse_construct(c);

    if (c->close == NONE)
        return c;
    if (c->close + 1 >= n) {
        pre_problem(u, c, PR_NO_BODY, u->src.len, 0);
        return c;
    }
    walker_t w = {u, c, n, 0, depth};
    /* The header's declaration is the body's, for the checks. */
    if (c->h.declared && !pf_span_empty(c->h.var)) {
        const ptok_t *v = &c->t[c->h.var.first];
        if (!nm_add(&c->decls, v->text, v->len, NONE, NULL))
            u->oom = 1;
    }
    {
        size_t semi = c->for_tok + 2;
        while (semi < c->close && !pf_tok_punct(u, semi, ';'))
            semi = pf_tok_punct(u, semi, '(') ? skip_group(&w, semi) : semi + 1;
        if (is_declaration(&w, c->for_tok + 2, semi))
            for (size_t i = c->for_tok + 2; i < semi; i++)
                if (pf_tok_punct(u, i, '=')) {
                    u->init_eq[i] = 1;
                    break;
                }
    }
    c->body_first = c->close + 1;
    size_t end = statement(&w, c->body_first, 0);
    if (w.failed) {
        c->walk_failed = 1;
        return c;
    }
    c->body_end = end;
    collect_writes(u, c);
    return c;
}

static int by_pragma(const void *a, const void *b)
{
    size_t x = (*(construct_t *const *)a)->pragma;
    size_t y = (*(construct_t *const *)b)->pragma;
    return x < y ? -1 : x > y;
}

int pf_parse_unit(unit_t *u)
{
    size_t n = u->toks.n;
    enum { OUTSIDE = 1, BUILT = 2 };
    u->init_eq = calloc(n + 1, 1);
    unsigned char *flags = calloc(n + 1, 1);
    if (!u->init_eq || !flags) {
        free(flags);
        return -1;
    }

    /* Which pragmas are inside a function, and where the top-level
     * declaration (the function) holding the first one starts: pfor_abi.h
     * is included there, after the user's own includes and feature
     * macros. */
    long depth = 0;
    size_t start = 0;
    u->include_at = NONE;
    for (size_t s = 0; s < n; s++) {
        const token_t *t = &u->toks.v[s];
        if (t->kind == T_PRAGMA) {
            if (depth <= 0)
                flags[s] |= OUTSIDE;
            else if (u->include_at == NONE)
                u->include_at = start;
            continue;
        }
        if (t->kind != T_PUNCT)
            continue;
        if (t->punct == '{')
            depth++;
        else if (t->punct == '}') {
            if (--depth <= 0) {
                depth = 0;
                start = s + 1;
            }
        } else if (t->punct == ';' && depth == 0)
            start = s + 1;
    }

    /* Every pragma not already built as another's child, in order. */
    for (size_t s = 0; s < n && !u->oom; s++) {
        if (u->toks.v[s].kind != T_PRAGMA || (flags[s] & BUILT))
            continue;
        size_t before = u->nall;
        if (!build(u, s, NULL, 0))
            break;
        for (size_t i = before; i < u->nall; i++)
            flags[u->all[i]->pragma] |= BUILT;
    }
    for (size_t i = 0; i < u->nall; i++)
        u->all[i]->outside = (flags[u->all[i]->pragma] & OUTSIDE) != 0;
    free(flags);
    /* Text order, for the checks (a pragma the walk of an outer body
     * stepped over, inside a statement expression, is built after it). */
    if (u->nall > 1)
        qsort(u->all, u->nall, sizeof *u->all, by_pragma);
    return u->oom ? -1 : 0;
}

void pf_construct_clear(construct_t *c)
{
    for (int i = 0; i < c->nproblems; i++)
        free(c->problems[i].text);
    free(c->problems);
    free(c->walk);
    free(c->events);
    free(c->clauses);
    free(c->items);
    free(c->t);
    free(c->clean);
    free(c->map);
    free(c->writes);
    free(c->red);
    free(c->coll);
    nm_free(&c->decls);
    nm_free(&c->labels);
    if (c->pool.ptype)
        for (int i = 0; i < c->pool.nargs; i++)
            free(c->pool.ptype[i]);
    free(c->pool.ptype);
    free(c->pool.arg);
}
