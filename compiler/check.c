/* check.c - pforc's checks on a loop body: its extent, jumps that would
 * leave it, the shape of a map body, and writes the workers would lose. */
#include <stdlib.h>
#include <string.h>

#include "pforc.h"

#define NONE ((size_t)-1)

typedef struct name {
    const char *p;
    size_t len;
} name_t;

typedef struct walker {
    unit_t *u;
    const pctx_t *ctx;
    size_t end;     /* significant index bound of the search */
    int check;      /* second pass: report */
    name_t *labels; /* labels defined in the body */
    size_t nlabels;
    name_t *decls; /* names declared in the body */
    size_t ndecls;
    unsigned char *init_eq; /* per significant index: '=' of an initializer */
    size_t base;            /* significant index of init_eq[0] */
    int failed;
} walker_t;

static const token_t *tok(const walker_t *w, size_t s)
{
    return &w->u->toks.v[w->u->sig[s]];
}

static const char *text(const walker_t *w, size_t s)
{
    return w->u->src.text + tok(w, s)->off;
}

static int is_punct(const walker_t *w, size_t s, int c)
{
    return s < w->end && tok(w, s)->kind == T_PUNCT && tok(w, s)->punct == c;
}

static int is_word(const walker_t *w, size_t s, const char *word)
{
    size_t n = strlen(word);
    return s < w->end && tok(w, s)->kind == T_IDENT && tok(w, s)->len == n &&
           memcmp(text(w, s), word, n) == 0;
}

static int is_ident(const walker_t *w, size_t s)
{
    return s < w->end && tok(w, s)->kind == T_IDENT;
}

static void error_at(walker_t *w, size_t s, const char *msg)
{
    if (!w->check)
        return;
    const token_t *t = s < w->u->nsig ? tok(w, s) : NULL;
    pf_error(&w->u->diag, t ? t->off : w->u->src.len, t ? t->len : 0, "%s",
             msg);
}

static void add_name(name_t **v, size_t *n, const char *p, size_t len)
{
    name_t *nv = realloc(*v, (*n + 1) * sizeof *nv);
    if (!nv)
        return;
    *v = nv;
    nv[(*n)++] = (name_t){p, len};
}

static int has_name(const name_t *v, size_t n, const char *p, size_t len)
{
    for (size_t i = 0; i < n; i++)
        if (v[i].len == len && memcmp(v[i].p, p, len) == 0)
            return 1;
    return 0;
}

/* Pair every bracket of the file once, so that finding a group's end is
 * O(1) and an unbalanced file costs linear time, not quadratic.  A '(' or
 * '[' never spans a ';' or a pfor pragma unless a '{' opened inside it (GNU
 * statement expressions), so `f((1;` is unbalanced right there.  Returns
 * -1 when out of memory. */
static int is_for_paren(const unit_t *u, size_t s)
{
    const token_t *t = s > 0 ? &u->toks.v[u->sig[s - 1]] : NULL;
    return t && t->kind == T_IDENT && t->len == 3 &&
           memcmp(u->src.text + t->off, "for", 3) == 0;
}

static int pair_brackets(unit_t *u)
{
    size_t n = u->nsig, *stack = malloc((n + 1) * sizeof *stack), top = 0;
    u->match = malloc((n + 1) * sizeof *u->match);
    if (!stack || !u->match) {
        free(stack);
        return -1;
    }
    for (size_t s = 0; s < n; s++) {
        const token_t *t = &u->toks.v[u->sig[s]];
        int p = t->kind == T_PUNCT ? t->punct : 0;
        u->match[s] = NONE;
        if (p == '(' || p == '[' || p == '{') {
            stack[top++] = s;
        } else if (p == ';' || t->kind == T_PRAGMA) {
            /* A for header's '(' holds its two ';'. */
            while (top > 0 && u->toks.v[u->sig[stack[top - 1]]].punct != '{' &&
                   !(p == ';' && is_for_paren(u, stack[top - 1])))
                top--;
        } else if (p == ')' || p == ']' || p == '}') {
            int open = p == ')' ? '(' : p == ']' ? '[' : '{';
            /* Unwind opens that cannot close here. */
            size_t k = top;
            while (k > 0 && u->toks.v[u->sig[stack[k - 1]]].punct != open &&
                   (p == '}' || u->toks.v[u->sig[stack[k - 1]]].punct != '{'))
                k--;
            if (k > 0 && u->toks.v[u->sig[stack[k - 1]]].punct == open) {
                u->match[stack[k - 1]] = s;
                top = k - 1;
            }
        }
    }
    free(stack);
    return 0;
}

/* The index after the group opened at s ('(', '[' or '{'); w->end when it
 * does not close inside the walker's range. */
static size_t skip_group(const walker_t *w, size_t s)
{
    size_t m = w->u->match[s];
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
        if (name != NONE)
            add_name(&w->decls, &w->ndecls, text(w, name), tok(w, name)->len);
        if (i < e && is_punct(w, i, '=')) {
            if (w->init_eq && i >= w->base && i - w->base < w->end - w->base)
                w->init_eq[i - w->base] = 1;
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
        error_at(w, i < w->end ? i : s, "expected ';' in the pfor loop body");
        w->failed = 1;
        return i < w->end && !is_punct(w, i, '}') ? i + 1 : (i > s ? i : s + 1);
    }
    if (is_declaration(w, s, i))
        declare(w, s, i);
    return i + 1;
}

static size_t statement(walker_t *w, size_t s, int breakable, int depth);

/* '(' ... ')' at s, or an error. */
static size_t paren_group(walker_t *w, size_t s)
{
    if (!is_punct(w, s, '(')) {
        error_at(w, s, "expected '(' in the pfor loop body");
        w->failed = 1;
        return s < w->end ? s + 1 : s;
    }
    return skip_group(w, s);
}

/* Walk one statement; returns the significant index after it.  breakable:
 * a break here leaves an inner loop or switch, not the pfor loop. */
static size_t statement(walker_t *w, size_t s, int breakable, int depth)
{
    if (s >= w->end || w->failed) {
        if (!w->failed)
            error_at(w, s, "the pfor loop body is incomplete");
        w->failed = 1;
        return w->end;
    }
    if (depth > 1000) {
        error_at(w, s, "the pfor loop body is nested too deeply");
        w->failed = 1;
        return w->end;
    }
    const token_t *t = tok(w, s);
    if (t->kind == T_PRAGMA) /* a nested pfor loop */
        return statement(w, s + 1, breakable, depth + 1);
    if (is_punct(w, s, '{')) {
        if (w->u->match[s] == NONE || w->u->match[s] >= w->end) {
            error_at(w, s, "unterminated block in the pfor loop body");
            w->failed = 1;
            return w->end;
        }
        size_t i = s + 1;
        while (i < w->end && !is_punct(w, i, '}') && !w->failed)
            i = statement(w, i, breakable, depth + 1);
        if (!is_punct(w, i, '}')) {
            if (!w->failed)
                error_at(w, s, "unterminated block in the pfor loop body");
            w->failed = 1;
            return w->end;
        }
        return i + 1;
    }
    if (is_punct(w, s, ';'))
        return s + 1;
    if (is_word(w, s, "if")) {
        size_t i = statement(w, paren_group(w, s + 1), breakable, depth + 1);
        if (is_word(w, i, "else"))
            i = statement(w, i + 1, breakable, depth + 1);
        return i;
    }
    if (is_word(w, s, "for")) {
        size_t open = s + 1, close = paren_group(w, open);
        /* A declaration in the init part is local to the body. */
        size_t semi = open + 1;
        while (semi < close && !is_punct(w, semi, ';'))
            semi = is_punct(w, semi, '(') ? skip_group(w, semi) : semi + 1;
        if (is_declaration(w, open + 1, semi))
            declare(w, open + 1, semi);
        return statement(w, close, 1, depth + 1);
    }
    if (is_word(w, s, "while"))
        return statement(w, paren_group(w, s + 1), 1, depth + 1);
    if (is_word(w, s, "switch"))
        return statement(w, paren_group(w, s + 1), 1, depth + 1);
    if (is_word(w, s, "do")) {
        size_t i = statement(w, s + 1, 1, depth + 1);
        if (!is_word(w, i, "while")) {
            error_at(w, i, "expected 'while' after 'do' body");
            w->failed = 1;
            return i;
        }
        return simple_statement(w, paren_group(w, i + 1));
    }
    if (is_word(w, s, "break")) {
        if (!breakable)
            error_at(w, s, "'break' would leave the pfor loop body");
        return simple_statement(w, s + 1);
    }
    if (is_word(w, s, "continue"))
        return simple_statement(w, s + 1);
    if (is_word(w, s, "return")) {
        error_at(w, s, "'return' would leave the pfor loop body");
        return simple_statement(w, s + 1);
    }
    if (is_word(w, s, "goto")) {
        if (!(is_ident(w, s + 1) &&
              has_name(w->labels, w->nlabels, text(w, s + 1),
                       tok(w, s + 1)->len)))
            error_at(w, s, "'goto' would leave the pfor loop body");
        return simple_statement(w, s + 1);
    }
    if (is_word(w, s, "case") || is_word(w, s, "default")) {
        size_t i = s + 1;
        while (i < w->end && !is_punct(w, i, ':'))
            i = is_punct(w, i, '(') ? skip_group(w, i) : i + 1;
        return statement(w, i + 1, breakable, depth + 1);
    }
    if (is_ident(w, s) && is_punct(w, s + 1, ':'))
        return statement(w, s + 2, breakable, depth + 1);
    return simple_statement(w, s);
}

/* Labels defined in [s, e): "name :" at a statement start. */
static void collect_labels(walker_t *w, size_t s, size_t e)
{
    for (size_t i = s; i + 1 < e; i++)
        if (is_ident(w, i) && is_punct(w, i + 1, ':') && i > s &&
            (is_punct(w, i - 1, ';') || is_punct(w, i - 1, '{') ||
             is_punct(w, i - 1, '}')) &&
            !is_word(w, i, "default"))
            add_name(&w->labels, &w->nlabels, text(w, i), tok(w, i)->len);
}

/* The name an assignment at s writes: walk back over a[...], .f, ->f and
 * parentheses to the identifier the lvalue starts from. */
static size_t lvalue_base(const walker_t *w, size_t s, size_t first)
{
    while (s > first) {
        size_t i = s - 1;
        if (is_punct(w, i, ']') || is_punct(w, i, ')')) {
            int open = is_punct(w, i, ']') ? '[' : '(';
            int close = is_punct(w, i, ']') ? ']' : ')';
            long depth = 0;
            for (;; i--) {
                if (is_punct(w, i, close))
                    depth++;
                else if (is_punct(w, i, open) && --depth == 0)
                    break;
                if (i == first)
                    return NONE;
            }
            if (close == ')') {
                /* (*p) = or (a)[i] =: the first name inside. */
                for (size_t j = i + 1; j < s; j++)
                    if (is_ident(w, j))
                        return j;
                return NONE;
            }
            s = i;
            continue;
        }
        if (is_ident(w, i)) {
            if (i > first &&
                (is_punct(w, i - 1, '.') || is_punct(w, i - 1, P_ARROW))) {
                s = i - 1;
                continue;
            }
            return i;
        }
        return NONE;
    }
    return NONE;
}

static int ptok_names(const pctx_t *ctx, span_t sp, const char *p, size_t len)
{
    for (int i = sp.first; i <= sp.last && i < ctx->n; i++)
        if (ctx->t[i].code != '(' && ctx->t[i].kind == T_IDENT) {
            return ctx->t[i].len == len && memcmp(ctx->t[i].text, p, len) == 0;
        }
    return 0;
}

/* May the body write to the variable named p? */
static int private_or_shared(const walker_t *w, const body_t *b, const char *p,
                             size_t len)
{
    const loop_t *l = w->ctx->loop;
    if (has_name(w->decls, w->ndecls, p, len))
        return 1;
    if (ptok_names(w->ctx, l->var, p, len))
        return 1;
    for (int i = 0; i < l->nred; i++)
        if (ptok_names(w->ctx, l->red[i].var, p, len))
            return 1;
    for (int i = 0; i < l->ncoll; i++)
        if (ptok_names(w->ctx, l->coll[i], p, len))
            return 1;
    if (b->map_out != NONE && tok(w, b->map_out)->len == len &&
        memcmp(text(w, b->map_out), p, len) == 0)
        return 1;
    return 0;
}

/* Warn once per name about writes to variables declared outside. */
static void check_writes(walker_t *w, const body_t *b)
{
    name_t *warned = NULL;
    size_t nwarned = 0;
    for (size_t s = b->first; s < b->end; s++) {
        const token_t *t = tok(w, s);
        size_t base = NONE;
        if (t->kind != T_PUNCT)
            continue;
        if ((t->punct == '=' && !w->init_eq[s - w->base]) ||
            t->punct == P_ADD_ASSIGN || t->punct == P_SUB_ASSIGN ||
            t->punct == P_OTHER_ASSIGN) {
            /* Skip designators: { .x = 1 } and { [0] = 1 }. */
            if (s >= b->first + 3 && is_punct(w, s - 2, '.') &&
                (is_punct(w, s - 3, '{') || is_punct(w, s - 3, ',')))
                continue;
            base = lvalue_base(w, s, b->first);
        } else if (t->punct == P_INC || t->punct == P_DEC) {
            if (is_ident(w, s + 1) && s + 1 < b->end)
                base = s + 1;
            else
                base = lvalue_base(w, s, b->first);
        }
        if (base == NONE)
            continue;
        const char *p = text(w, base);
        size_t len = tok(w, base)->len;
        if (private_or_shared(w, b, p, len) ||
            has_name(warned, nwarned, p, len))
            continue;
        add_name(&warned, &nwarned, p, len);
        pf_warning(&w->u->diag, tok(w, base)->off, len,
                   "'%.*s' is assigned in the pfor loop body but declared "
                   "outside it and is in neither reduction nor collect: "
                   "its value after the loop is unspecified (workers' "
                   "writes are lost)",
                   (int)len, p);
    }
    free(warned);
}

/* A map body is `lhs = call(args);` or `call(args);`, optionally in
 * braces.  Records the out array when lhs is `out[i]`. */
static void check_map(walker_t *w, body_t *b)
{
    size_t s = b->first, e = b->end;
    const loop_t *l = w->ctx->loop;
    if (is_punct(w, s, '{') && e - s >= 2 && is_punct(w, e - 1, '}')) {
        s++;
        e--;
    }
    size_t eq = NONE;
    for (size_t i = s; i < e; i++) {
        if (is_punct(w, i, '(') || is_punct(w, i, '[') || is_punct(w, i, '{'))
            i = skip_group(w, i) - 1;
        else if (is_punct(w, i, '=')) {
            eq = i;
            break;
        }
    }
    size_t c = eq == NONE ? s : eq + 1;
    int ok = c < e && is_ident(w, c);
    while (ok && c + 2 < e &&
           (is_punct(w, c + 1, '.') || is_punct(w, c + 1, P_ARROW)) &&
           is_ident(w, c + 2))
        c += 2;
    ok = ok && is_punct(w, c + 1, '(');
    if (ok) {
        size_t after = skip_group(w, c + 1);
        ok = after + 1 == e && is_punct(w, after, ';');
    }
    if (ok && eq != NONE && eq == s)
        ok = 0;
    if (!ok) {
        error_at(w, b->first,
                 "a map body must be 'lhs = call(args);' or 'call(args);'");
        return;
    }
    /* out[i] = ...: collect out. */
    if (eq == s + 4 && is_ident(w, s) && is_punct(w, s + 1, '[') &&
        is_ident(w, s + 2) && is_punct(w, s + 3, ']') &&
        ptok_names(w->ctx, l->var, text(w, s + 2), tok(w, s + 2)->len))
        b->map_out = s;
}

int pf_check_body(unit_t *u, const pctx_t *ctx, size_t start, body_t *b)
{
    walker_t w = {0};
    w.u = u;
    w.ctx = ctx;
    w.end = u->nsig;
    w.base = start;
    b->first = start;
    if (!u->match && pair_brackets(u) != 0) {
        u->out.oom = 1;
        return -1;
    }
    b->map_out = NONE;

    /* Pass 1: the extent. */
    size_t end = statement(&w, start, 0, 0);
    free(w.decls);
    w.decls = NULL;
    w.ndecls = 0;
    if (w.failed) {
        /* Report what made the body undelimited. */
        w.failed = 0;
        w.check = 1;
        statement(&w, start, 0, 0);
        free(w.decls);
        free(w.labels);
        return -1;
    }
    b->end = end;
    /* Pass 2: the checks, now that labels are known. */
    w.end = end;
    w.check = 1;
    w.init_eq = calloc(end - start + 1, 1);
    if (!w.init_eq) {
        u->out.oom = 1;
        return -1;
    }
    collect_labels(&w, start, end);
    statement(&w, start, 0, 0);
    if (ctx->loop->construct == C_MAP)
        check_map(&w, b);
    /* Only a loop without errors gets the warning: a rejected reduction
     * would make it say the wrong thing. */
    if (u->diag.errors == ctx->errors_before)
        check_writes(&w, b);
    free(w.init_eq);
    free(w.decls);
    free(w.labels);
    return 0;
}
