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

#include "parser.h"
#include "pforc.h"

typedef struct walker {
    unit_t *u;
    construct_t *c; /* the construct whose facts are being recorded */
    size_t end;     /* token index bound of the search */
    int failed;
    int depth; /* statement nesting, across nested constructs */
} walker_t;

/* What a jump may do where a statement stands (statement()'s `jumps`). */
enum { J_BREAK = 1, J_CONTINUE = 2 };

static construct_t *build(unit_t *u, size_t p, construct_t *parent, int depth,
                          size_t func_end);

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

/* Words that may carry a parenthesized argument inside a declaration
 * and name nothing: float t[64] __attribute__((aligned(64))); */
static const char *const attribute_words[] = {
    "__attribute__", "__attribute", "__asm__", "__asm", "asm",
    "__declspec",    "_Alignas",    "alignas", NULL};

static int is_attribute_word(const walker_t *w, size_t s)
{
    for (int i = 0; attribute_words[i]; i++)
        if (is_word(w, s, attribute_words[i]))
            return 1;
    return 0;
}

static int is_decl_word(const walker_t *w, size_t s)
{
    if (!is_ident(w, s))
        return 0;
    for (int i = 0; decl_words[i]; i++)
        if (is_word(w, s, decl_words[i]))
            return 1;
    return is_attribute_word(w, s);
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
            if (is_attribute_word(w, i)) {
                /* __attribute__((...)): neither a name nor a declarator's
                 * parentheses. */
                if (is_punct(w, i + 1, '('))
                    i = skip_group(w, i + 1) - 1;
                continue;
            }
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

static size_t statement(walker_t *w, size_t s, int jumps);

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
 * after it, or NONE when it governs nothing it could delimit, so that
 * what follows the pragma is walked as the outer construct's statement. */
static size_t nested(walker_t *w, size_t s)
{
    construct_t *child = build(w->u, s, w->c, w->depth + 1, w->c->func_end);
    if (!child)
        return NONE;
    if (child->end == 0) {
        if (child->walk_failed) {
            /* The child's body is not delimited, so neither is ours; the
             * child reports why. */
            w->failed = 1;
            return w->end;
        }
        return NONE;
    }
    return child->end;
}

/* Walk one statement; returns the token index after it.  `jumps`
 * (J_BREAK, J_CONTINUE) says what break and continue may do here without
 * leaving the construct. */
static size_t statement(walker_t *w, size_t s, int jumps)
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
        if (r == NONE && is_punct(w, s + 1, '}'))
            r = s + 1; /* a pragma that governs nothing, at a block's end */
        else if (r == NONE)
            r = statement(w, s + 1, jumps);
    } else if (is_punct(w, s, '{')) {
        if (pf_match(w->u, s) == NONE || pf_match(w->u, s) >= w->end) {
            fail(w, s, PR_UNTERMINATED_BLOCK);
            r = w->end;
        } else {
            size_t i = s + 1;
            while (i < w->end && !is_punct(w, i, '}') && !w->failed)
                i = statement(w, i, jumps);
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
        size_t i = statement(w, paren_group(w, s + 1), jumps);
        if (is_word(w, i, "else"))
            i = statement(w, i + 1, jumps);
        r = i;
    } else if (is_word(w, s, "for")) {
        size_t open = s + 1, close = paren_group(w, open);
        /* A declaration in the init part is local to the body. */
        size_t semi = open + 1;
        while (semi < close && !is_punct(w, semi, ';'))
            semi = is_punct(w, semi, '(') ? skip_group(w, semi) : semi + 1;
        if (is_declaration(w, open + 1, semi))
            declare(w, open + 1, semi);
        r = statement(w, close, J_BREAK | J_CONTINUE);
    } else if (is_word(w, s, "while")) {
        r = statement(w, paren_group(w, s + 1), J_BREAK | J_CONTINUE);
    } else if (is_word(w, s, "switch")) {
        r = statement(w, paren_group(w, s + 1), jumps | J_BREAK);
    } else if (is_word(w, s, "do")) {
        size_t i = statement(w, s + 1, J_BREAK | J_CONTINUE);
        if (!is_word(w, i, "while")) {
            fail(w, i, PR_EXPECTED_WHILE);
            r = i;
        } else {
            r = simple_statement(w, paren_group(w, i + 1));
        }
    } else if (is_word(w, s, "break")) {
        if (!(jumps & J_BREAK))
            walk_problem(w, s, PR_BREAK);
        r = simple_statement(w, s + 1);
    } else if (is_word(w, s, "continue")) {
        if (!(jumps & J_CONTINUE))
            walk_problem(w, s, PR_CONTINUE);
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
        r = statement(w, i + 1, jumps);
    } else if (is_ident(w, s) && is_punct(w, s + 1, ':')) {
        r = statement(w, s + 2, jumps);
    } else {
        r = simple_statement(w, s);
    }
    w->depth--;
    return r;
}

/* ---- writes -------------------------------------------------------------- */

/* The name an assignment at s writes: walk back over a[...], .f, ->f and
 * parentheses to the identifier the lvalue starts from.  *start gets the
 * first token of the lvalue. */
static size_t lvalue_base(const unit_t *u, size_t s, size_t first,
                          size_t *start)
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
                *start = i;
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
            *start = i;
            /* *p = e: a unary '*' before the name. */
            if (i > first && pf_tok_punct(u, i - 1, '*') &&
                !(i - 1 > first &&
                  (pf_tok_ident(u, i - 2) ||
                   u->toks.v[i - 2].kind == T_NUMBER ||
                   pf_tok_punct(u, i - 2, ')') || pf_tok_punct(u, i - 2, ']'))))
                *start = i - 1;
            return i;
        }
        return NONE;
    }
    return NONE;
}

/* How the lvalue [start, op) with its name at base writes that name:
 * W_SELF, W_ELEM or W_THROUGH. */
static int lvalue_how(const unit_t *u, size_t start, size_t base, size_t op)
{
    /* Before the name: '*' or '(' '*' is a write through it. */
    for (size_t i = start; i < base; i++)
        if (pf_tok_punct(u, i, '*'))
            return W_THROUGH;
    int how = W_SELF;
    for (size_t i = base + 1; i < op; i++) {
        if (pf_tok_punct(u, i, '[') || pf_tok_punct(u, i, '(')) {
            if (pf_tok_punct(u, i, '['))
                how = W_ELEM;
            size_t m = pf_match(u, i);
            if (m == NONE || m >= op)
                break;
            i = m;
        } else if (pf_tok_punct(u, i, P_ARROW)) {
            return W_THROUGH;
        } else if (pf_tok_punct(u, i, '.')) {
            how = W_ELEM;
        }
    }
    return how;
}

/* Is [base, op) a name followed only by subscripts and members? */
static int simple_lvalue(const unit_t *u, size_t base, size_t op)
{
    for (size_t i = base + 1; i < op; i++) {
        if (pf_tok_punct(u, i, '[')) {
            size_t m = pf_match(u, i);
            if (m == NONE || m >= op)
                return 0;
            i = m;
        } else if ((pf_tok_punct(u, i, '.') || pf_tok_punct(u, i, P_ARROW)) &&
                   i + 1 < op && pf_tok_ident(u, i + 1)) {
            i++;
        } else {
            return 0;
        }
    }
    return 1;
}

static void add_lvalue(unit_t *u, construct_t *c, lvalue_t lv)
{
    size_t cap = c->nlvals;
    if ((cap & (cap - 1)) == 0) {
        lvalue_t *v = realloc(c->lvals, (cap ? 2 * cap : 8) * sizeof *v);
        if (!v) {
            u->oom = 1;
            return;
        }
        c->lvals = v;
    }
    c->lvals[c->nlvals++] = lv;
}

/* Note that c writes the name p (first write wins), in the ways `how`. */
static void note_write(unit_t *u, construct_t *c, name_map_t *seen,
                       const char *p, size_t len, size_t at, int how, int own)
{
    int added;
    name_slot_t *slot = nm_add(seen, p, len, c->nwrites, &added);
    if (!slot) {
        u->oom = 1;
        return;
    }
    if (!added) {
        written_t *x = &c->writes[slot->val];
        if (at < x->tok)
            x->tok = at;
        x->how |= how;
        if (own && (x->own_tok == NONE || at < x->own_tok))
            x->own_tok = at;
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
    c->writes[c->nwrites++] = (written_t){p, len, at, how, own ? at : NONE};
}

/* The assignments of tokens [s, e) (`=` but not an initializer's,
 * compound assignments, ++, --), each by the name its lvalue starts
 * from; `first` bounds the walk back over the lvalue. */
static void scan_writes(unit_t *u, construct_t *c, name_map_t *seen, size_t s,
                        size_t e, size_t first, const name_map_t *except,
                        int own)
{
    for (; s < e; s++) {
        const token_t *t = &u->toks.v[s];
        size_t base = NONE, start = NONE;
        int how = W_SELF;
        if (t->kind != T_PUNCT)
            continue;
        if ((t->punct == '=' && !u->init_eq[s]) || t->punct == P_ADD_ASSIGN ||
            t->punct == P_SUB_ASSIGN || t->punct == P_OTHER_ASSIGN) {
            /* Skip designators: { .x = 1 } and { [0] = 1 }. */
            if (s >= first + 3 && pf_tok_punct(u, s - 2, '.') &&
                (pf_tok_punct(u, s - 3, '{') || pf_tok_punct(u, s - 3, ',')))
                continue;
            base = lvalue_base(u, s, first, &start);
            if (base != NONE) {
                how = lvalue_how(u, start, base, s);
                if (start == base && how != W_SELF && t->punct == '=' &&
                    simple_lvalue(u, base, s))
                    add_lvalue(u, c, (lvalue_t){base, s});
            }
        } else if (t->punct == P_INC || t->punct == P_DEC) {
            if (pf_tok_ident(u, s + 1) && s + 1 < e) {
                /* ++x, ++a[i], ++p->n: the lvalue after it. */
                base = s + 1;
                size_t op = s + 2;
                while (op < e &&
                       (pf_tok_punct(u, op, '[') || pf_tok_punct(u, op, '.') ||
                        pf_tok_punct(u, op, P_ARROW))) {
                    if (pf_tok_punct(u, op, '[')) {
                        size_t m = pf_match(u, op);
                        op = m == NONE || m >= e ? e : m + 1;
                    } else {
                        op += 2;
                    }
                }
                how = lvalue_how(u, base, base, op < e ? op : e);
                if (s > first && pf_tok_punct(u, s - 1, '*'))
                    how = W_THROUGH;
            } else {
                base = lvalue_base(u, s, first, &start);
                if (base != NONE)
                    how = lvalue_how(u, start, base, s);
            }
        }
        if (base != NONE && !(except && nm_find(except, pf_tok_text(u, base),
                                                u->toks.v[base].len)))
            note_write(u, c, seen, pf_tok_text(u, base), u->toks.v[base].len,
                       base, how, own);
    }
}

/* The names c's statements write, its own and (without what a child
 * declares) its children's: the first write of each.  The parent sees the
 * child's headers (`i = 0`, `i++` of a variable declared outside) too. */
static void collect_writes(unit_t *u, construct_t *c)
{
    name_map_t seen = {0};
    size_t s = c->body_first;
    /* A child that governs nothing it could delimit was walked as our
     * statement. */
    for (construct_t *k = c->child; k; k = k->next) {
        if (k->end == 0)
            continue;
        scan_writes(u, c, &seen, s, k->pragma, c->body_first, NULL, 1);
        s = k->end;
    }
    scan_writes(u, c, &seen, s, c->body_end, c->body_first, NULL, 1);
    for (construct_t *k = c->child; k; k = k->next) {
        if (k->end == 0)
            continue;
        for (int d = 0; d < k->nloops; d++) {
            const header_t *h = pf_loop(k, d);
            if (h->for_tok != NONE && h->close != NONE)
                scan_writes(u, c, &seen, h->for_tok + 2, h->close,
                            h->for_tok + 2, &k->decls, 0);
        }
        for (size_t i = 0; i < k->nwrites; i++) {
            const written_t *x = &k->writes[i];
            if (!nm_find(&k->decls, x->p, x->len))
                note_write(u, c, &seen, x->p, x->len, x->tok, x->how, 0);
        }
        for (size_t i = 0; i < k->nlvals; i++) {
            const token_t *b = &u->toks.v[k->lvals[i].base];
            if (!nm_find(&k->decls, u->src.text + b->off, b->len))
                add_lvalue(u, c, k->lvals[i]);
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

static void pre_problem_at(unit_t *u, construct_t *c, int code, size_t s)
{
    if (s < u->toks.n)
        pre_problem(u, c, code, u->toks.v[s].off, u->toks.v[s].len);
    else
        pre_problem(u, c, code, u->src.len, 0);
}

/* What the pragma governs, from its first words (the parse may have
 * failed): a loop, a block, a statement, nothing. */
static int pragma_follows(const construct_t *c)
{
    if (c->nt < 2)
        return FOLLOW_LOOP;
    switch (c->t[1].code) {
    case TK_PARALLEL:
        return c->nt > 2 && c->t[2].code == TK_FOR ? FOLLOW_LOOP : FOLLOW_BLOCK;
    case TK_FOR:
    case TK_MAP:
        return FOLLOW_LOOP;
    case TK_SINGLE:
    case TK_MASTER:
        return FOLLOW_STMT;
    case TK_BARRIER:
    case TK_IDENT:
        return FOLLOW_NONE;
    }
    return FOLLOW_LOOP;
}

/* collapse(n) with a literal n of 1 .. PF_MAX_COLLAPSE: n (check.c
 * refuses anything else), else 1. */
static int collapse_count(construct_t *c)
{
    for (int i = 0; i < c->nclauses; i++) {
        clause_t *cl = &c->clauses[i];
        if (cl->id != CL_COLLAPSE || cl->arg.first != cl->arg.last)
            continue;
        const ptok_t *t = &c->t[cl->arg.first];
        if (t->kind == T_NUMBER && t->len == 1 && t->text[0] >= '1' &&
            t->text[0] <= '0' + PF_MAX_COLLAPSE)
            cl->collapse = t->text[0] - '0';
        return cl->collapse > 0 ? cl->collapse : 1;
    }
    return 1;
}

/* Parse the header of the for loop at token s as loop d of c; returns the
 * token after its ')', or NONE (a problem recorded). */
static size_t take_header(unit_t *u, construct_t *c, size_t s, int d)
{
    header_t *h = d == 0 ? &c->h : &c->inner[d - 1];
    size_t close = pf_tok_punct(u, s + 1, '(') ? header_close(u, s + 1) : NONE;
    if (close == NONE) {
        if (d == 0)
            c->pre = PR_NO_HEADER;
        else
            pre_problem_at(u, c, PR_COLLAPSE_HEADER, s);
        return NONE;
    }
    h->for_tok = s;
    h->close = close;
    if (d == 0) {
        c->for_tok = s;
        c->close = close;
    }
    int first = pf_header_tokens(u, c, s, close);
    if (first < 0) {
        u->oom = 1;
        return NONE;
    }
    pf_parse_header(c, d, first, c->nt);
    c->nloops = d + 1;
    /* The header's declaration is the body's, for the checks, and its
     * '=' is an initializer's. */
    if (h->declared && !pf_span_empty(h->var)) {
        const ptok_t *v = &c->t[h->var.first];
        if (!nm_add(&c->decls, v->text, v->len, NONE, NULL))
            u->oom = 1;
    }
    walker_t w = {u, c, u->toks.n, 0, 0};
    size_t semi = s + 2;
    while (semi < close && !pf_tok_punct(u, semi, ';'))
        semi = pf_tok_punct(u, semi, '(') ? skip_group(&w, semi) : semi + 1;
    if (is_declaration(&w, s + 2, semi))
        for (size_t i = s + 2; i < semi; i++)
            if (pf_tok_punct(u, i, '=')) {
                u->init_eq[i] = 1;
                break;
            }
    return close + 1;
}

/* The loops of a loop construct: the first header, and with collapse(n)
 * the n - 1 loops perfectly nested in it (each the whole body of the one
 * around it, in braces or not).  Returns the first token of the innermost
 * body, or NONE; *wraps gets the braces around inner loops, outermost
 * first. */
static size_t take_loops(unit_t *u, construct_t *c, size_t *wraps, int *nwraps)
{
    size_t s = c->pragma + 1;
    int n = collapse_count(c);
    *nwraps = 0;
    if (!pf_tok_word(u, s, "for")) {
        c->pre = PR_NO_FOR;
        return NONE;
    }
    for (int d = 0; d < n; d++) {
        s = take_header(u, c, s, d);
        if (s == NONE)
            return NONE;
        if (d + 1 == n)
            break;
        if (pf_tok_punct(u, s, '{') && pf_tok_word(u, s + 1, "for")) {
            wraps[(*nwraps)++] = s;
            s++;
        } else if (!pf_tok_word(u, s, "for")) {
            pre_problem_at(u, c, PR_COLLAPSE_NEST, s);
            return NONE;
        }
    }
    return s;
}

/* Is the pragma at token p the whole body of an if, else, for, while,
 * switch or do (where a statement of its own would change what the
 * serial program's next statement belongs to)? */
static int sole_body(const unit_t *u, size_t p)
{
    if (p == 0)
        return 0;
    if (pf_tok_word(u, p - 1, "else") || pf_tok_word(u, p - 1, "do"))
        return 1;
    if (!pf_tok_punct(u, p - 1, ')'))
        return 0;
    /* The '(' of that ')' (brackets are paired forwards only). */
    long depth = 0;
    for (size_t i = p - 1;; i--) {
        if (pf_tok_punct(u, i, ')'))
            depth++;
        else if (pf_tok_punct(u, i, '(') && --depth == 0)
            return i > 0 && (pf_tok_word(u, i - 1, "if") ||
                             pf_tok_word(u, i - 1, "for") ||
                             pf_tok_word(u, i - 1, "while") ||
                             pf_tok_word(u, i - 1, "switch"));
        if (i == 0 || pf_tok_punct(u, i, '{') || pf_tok_punct(u, i, '}'))
            return 0;
    }
}

/* Build the construct of the pragma at token p: parse it, take what it
 * governs (loop headers, a block, a statement), and walk its body
 * (building the constructs nested in it). */
static construct_t *build(unit_t *u, size_t p, construct_t *parent, int depth,
                          size_t func_end)
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
    c->func_end = func_end;
    c->call.out = NONE;
    c->parent = parent;
    for (int i = 0; i < CL_COUNT; i++)
        c->first[i] = -1;
    for (int d = 0; d < PF_MAX_COLLAPSE; d++) {
        header_t *h = d == 0 ? &c->h : &c->inner[d - 1];
        h->for_tok = h->close = NONE;
    }
    if (parent) {
        construct_t **k = &parent->child;
        while (*k)
            k = &(*k)->next;
        *k = c;
    }
    if (pf_pragma_tokens(u, c) != 0) {
        u->oom = 1;
        return c;
    }
    pf_parse_construct(c);
    c->follows = pragma_follows(c);

    size_t n = u->toks.n, s = p + 1, wraps[PF_MAX_COLLAPSE];
    int nwraps = 0, jumps = 0;
    switch (c->follows) {
    case FOLLOW_NONE:
        /* A statement of its own (barrier), or a refused construct: what
         * follows is walked as the enclosing code. */
        c->body_first = c->body_end = c->end = p + 1;
        if (c->kind == C_BARRIER && sole_body(u, p))
            pre_problem_at(u, c, PR_SOLE_BODY, p);
        return c;
    case FOLLOW_BLOCK:
        if (!pf_tok_punct(u, s, '{')) {
            c->pre = PR_NO_BLOCK;
            return c;
        }
        break;
    case FOLLOW_STMT:
        if (s >= n || pf_tok_punct(u, s, '}')) {
            c->pre = PR_NO_STMT;
            return c;
        }
        break;
    default:
        s = take_loops(u, c, wraps, &nwraps);
        if (s == NONE)
            return c;
        jumps = J_CONTINUE;
        if (s >= n) {
            pre_problem(u, c, PR_NO_BODY, u->src.len, 0);
            return c;
        }
        break;
    }
    walker_t w = {u, c, n, 0, depth};
    c->body_first = s;
    size_t end = statement(&w, c->body_first, jumps);
    if (w.failed) {
        c->walk_failed = 1;
        return c;
    }
    c->body_end = end;
    /* The braces around inner loops of a collapsed nest hold nothing
     * else. */
    for (int i = nwraps - 1; i >= 0; i--) {
        if (pf_match(u, wraps[i]) != end) {
            pre_problem_at(u, c, PR_COLLAPSE_NEST, end);
            c->walk_failed = 1;
            return c;
        }
        end++;
    }
    c->end = end;
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

    /* Every pragma not already built as another's child, in order, with
     * the '}' that closes the function holding it. */
    size_t func_end = NONE;
    depth = 0;
    for (size_t s = 0; s < n && !u->oom; s++) {
        const token_t *t = &u->toks.v[s];
        if (t->kind == T_PUNCT && t->punct == '{' && depth++ == 0)
            func_end = pf_match(u, s);
        else if (t->kind == T_PUNCT && t->punct == '}' && --depth <= 0)
            depth = 0;
        if (t->kind != T_PRAGMA || (flags[s] & BUILT))
            continue;
        size_t before = u->nall;
        if (!build(u, s, NULL, 0, depth > 0 ? func_end : NONE))
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
    for (void *b = c->arena; b;) {
        void *next = *(void **)b;
        free(b);
        b = next;
    }
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
    free(c->lvals);
    free(c->lost);
    free(c->red);
    free(c->coll);
    free(c->data);
    free(c->call.arg);
    free(c->call.assert_arg);
    nm_free(&c->decls);
    nm_free(&c->labels);
    if (c->pool.ptype)
        for (int i = 0; i < c->pool.nargs; i++)
            free(c->pool.ptype[i]);
    free(c->pool.ptype);
    free(c->pool.arg);
}
