/* check.c - stage 3: every diagnostic pforc gives.  For each construct, in
 * text order, it replays what the parser saw (syntax errors, clauses,
 * reduction operators and items, the header), judges the facts the tree
 * walk recorded about the body (jumps, writes), parses a map's body once,
 * and plans a map on a pool from the called function's prototype.  What it
 * concludes (ok, the accepted clauses and items, the map call, the pool
 * plan) is all the generators read. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "parser.h"
#include "pforc.h"

/* The words of the problems the parse stage records. */
static const char *problem_text(int code)
{
    switch (code) {
    case PR_OUTSIDE_FUNCTION:
        return "'#pragma pfor' must be inside a function body";
    case PR_NO_FOR:
        return "'#pragma pfor' must be followed by a for loop";
    case PR_NO_HEADER:
        return "the for loop after '#pragma pfor' has no complete header "
               "'(init; test; step)'";
    case PR_NO_BODY:
        return "the pfor loop has no body";
    case PR_INIT_MISSING:
        return "loop not in canonical form: the init is missing";
    case PR_INIT_FORM:
        return "loop not in canonical form: the init must be 'var = lo' or "
               "'type var = lo' for one integer variable";
    case PR_TEST_MISSING:
        return "loop not in canonical form: the test is missing";
    case PR_TEST_FORM:
        return "loop not in canonical form: the test must compare the loop "
               "variable with <, <=, > or >=";
    case PR_TEST_NO_VAR:
        return "loop not in canonical form: the test must compare the loop "
               "variable itself with the bound";
    case PR_STEP_MISSING:
        return "loop not in canonical form: the step is missing";
    case PR_STEP_FORM:
        return "loop not in canonical form: the step must be ++, --, += e, "
               "-= e, v = v + e, v = e + v or v = v - e";
    case PR_EXPECTED_SEMI:
        return "expected ';' in the pfor loop body";
    case PR_EXPECTED_PAREN:
        return "expected '(' in the pfor loop body";
    case PR_EXPECTED_WHILE:
        return "expected 'while' after 'do' body";
    case PR_BODY_INCOMPLETE:
        return "the pfor loop body is incomplete";
    case PR_BODY_TOO_DEEP:
        return "the pfor loop body is nested too deeply";
    case PR_UNTERMINATED_BLOCK:
        return "unterminated block in the pfor loop body";
    case PR_BREAK:
        return "'break' would leave the pfor loop body";
    case PR_RETURN:
        return "'return' would leave the pfor loop body";
    case PR_GOTO:
        return "'goto' would leave the pfor loop body";
    }
    return "internal error";
}

typedef struct checker {
    unit_t *u;
    construct_t *c;
    name_map_t listed; /* reduction and collect names */
} checker_t;

static void report(checker_t *k, const problem_t *p)
{
    if (p->code == PR_SYNTAX)
        pf_error(&k->u->diag, p->off, p->len, "syntax error in pfor pragma: %s",
                 p->text);
    else
        pf_error(&k->u->diag, p->off, p->len, "%s", problem_text(p->code));
}

/* An error at parse token i of the construct. */
static void error_tok(checker_t *k, int i, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static void error_tok(checker_t *k, int i, const char *fmt, ...)
{
    const construct_t *c = k->c;
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    if (i < 0)
        i = 0;
    if (i >= c->nt)
        i = c->nt - 1;
    pf_error(&k->u->diag, c->t[i].src_off, c->t[i].src_len, "%s", msg);
}

static int push_int(int **v, int *n, int x)
{
    if ((*n & (*n - 1)) == 0) {
        int *p = realloc(*v, (size_t)(*n ? 2 * *n : 8) * sizeof *p);
        if (!p)
            return -1;
        *v = p;
    }
    (*v)[(*n)++] = x;
    return 0;
}

/* ---- the parser's events --------------------------------------------------
 */

static int listed(checker_t *k, span_t s)
{
    const ptok_t *t = &k->c->t[s.first];
    return s.first == s.last && nm_find(&k->listed, t->text, t->len);
}

static void list_name(checker_t *k, span_t s)
{
    const ptok_t *t = &k->c->t[s.first];
    if (s.first == s.last && !nm_add(&k->listed, t->text, t->len, 0, NULL))
        k->u->oom = 1;
}

static void item_event(checker_t *k, int index)
{
    construct_t *c = k->c;
    const item_t *it = &c->items[index];
    const ptok_t *t = &c->t[it->expr.first];
    if (it->clause == CL_REDUCTION && it->op == RED_NONE)
        return; /* its operator was already refused */
    if ((it->clause == CL_REDUCTION ||
         (it->expr.first == it->expr.last && t->code == TK_IDENT)) &&
        listed(k, it->expr)) {
        error_tok(k, it->expr.first,
                  "'%.*s' appears more than once in reduction/collect",
                  (int)t->len, t->text);
        return;
    }
    list_name(k, it->expr);
    if (it->clause == CL_REDUCTION ? push_int(&c->red, &c->nred, index)
                                   : push_int(&c->coll, &c->ncoll, index))
        k->u->oom = 1;
}

static void clause_event(checker_t *k, int index)
{
    construct_t *c = k->c;
    clause_t *cl = &c->clauses[index];
    const ptok_t *name = &c->t[cl->name.first];
    if (cl->id == CL_UNKNOWN) {
        error_tok(k, cl->name.first, "unknown pfor clause '%.*s'",
                  (int)name->len, name->text);
        return;
    }
    const clause_info_t *info = &pf_clauses[cl->id];
    if (!(info->on & pf_constructs[c->kind].bit)) {
        error_tok(k, cl->name.first, "clause '%s' is not allowed on 'pfor %s'",
                  info->word, pf_constructs[c->kind].name);
        return;
    }
    if (c->first[cl->id] >= 0 && !info->repeatable) {
        error_tok(k, cl->name.first, "duplicate clause '%s'", info->word);
        return;
    }
    if (c->first[cl->id] < 0)
        c->first[cl->id] = index;
    if (cl->id == CL_SCHEDULE) {
        const ptok_t *kind = &c->t[cl->arg.first];
        cl->sched = pf_sched_lookup(kind->text, kind->len);
        if (cl->sched == SCHED_NONE)
            error_tok(k, cl->arg.first,
                      "unknown schedule kind '%.*s' (expected %s)",
                      (int)kind->len, kind->text, pf_sched_list());
    }
}

static int same_ident(const construct_t *c, span_t a, span_t b)
{
    const ptok_t *x = &c->t[a.first], *y = &c->t[b.first];
    return a.first == a.last && b.first == b.last && x->len == y->len &&
           memcmp(x->text, y->text, x->len) == 0;
}

/* The three parts of the header must name the same variable. */
static void header_event(checker_t *k)
{
    construct_t *c = k->c;
    header_t *h = &c->h;
    const ptok_t *v = &c->t[h->var.first];
    if (!same_ident(c, h->var, h->test_var)) {
        error_tok(k, h->test_var.first,
                  "loop not in canonical form: the test must use the loop "
                  "variable '%.*s'",
                  (int)v->len, v->text);
        return;
    }
    if (!same_ident(c, h->var, h->step_var)) {
        error_tok(k, h->step_var.first,
                  "loop not in canonical form: the step must change the "
                  "loop variable '%.*s'",
                  (int)v->len, v->text);
        return;
    }
    h->ok = 1;
}

static void replay(checker_t *k)
{
    construct_t *c = k->c;
    for (int i = 0; i < c->nevents; i++) {
        const event_t *e = &c->events[i];
        switch (e->kind) {
        case EV_PROBLEM:
            report(k, &c->problems[e->index]);
            break;
        case EV_REDOP:
            if (e->arg == RED_NONE) {
                const ptok_t *t = &c->t[e->index];
                error_tok(k, e->index,
                          "unknown reduction operator '%.*s' (expected %s)",
                          (int)t->len, t->text, pf_redop_list());
            }
            break;
        case EV_ITEM:
            item_event(k, e->index);
            break;
        case EV_CLAUSE:
            clause_event(k, e->index);
            break;
        case EV_HEADER_DONE:
            header_event(k);
            break;
        }
    }
}

/* ---- the body -------------------------------------------------------------
 */

/* Is there a label `name :` in the body (at a statement start) for the
 * goto whose label token is `label`? */
static int label_in_body(checker_t *k, size_t label)
{
    unit_t *u = k->u;
    construct_t *c = k->c;
    if (label == NONE)
        return 0;
    if (c->labels.cap == 0) {
        size_t s = c->body_first, e = c->body_end;
        for (size_t i = s; i + 1 < e; i++)
            if (pf_tok_ident(u, i) && pf_tok_punct(u, i + 1, ':') && i > s &&
                (pf_tok_punct(u, i - 1, ';') || pf_tok_punct(u, i - 1, '{') ||
                 pf_tok_punct(u, i - 1, '}')) &&
                !pf_tok_word(u, i, "default") &&
                !nm_add(&c->labels, pf_tok_text(u, i), u->toks.v[i].len, i,
                        NULL))
                u->oom = 1;
        if (c->labels.cap == 0 && !nm_add(&c->labels, "", 0, 0, NULL))
            u->oom = 1; /* built, and empty */
    }
    return nm_find(&c->labels, pf_tok_text(u, label), u->toks.v[label].len) !=
           NULL;
}

/* The jumps and failures of the walk, in text order. */
static void walk_problems(checker_t *k)
{
    construct_t *c = k->c;
    for (int i = 0; i < c->nwalk; i++) {
        const problem_t *p = &c->walk[i];
        if (p->code == PR_GOTO && !c->walk_failed && label_in_body(k, p->tok))
            continue;
        report(k, p);
    }
}

/* A map body is `lhs = call(args);` or `call(args);`, optionally in
 * braces; parsed here, once, for every backend.  Records the out array
 * when lhs is `out[i]`. */
static void check_map(checker_t *k)
{
    unit_t *u = k->u;
    construct_t *c = k->c;
    map_call_t *m = &c->call;
    size_t s = c->body_first, e = c->body_end;
    m->out = NONE;
    if (pf_tok_punct(u, s, '{') && e - s >= 2 && pf_tok_punct(u, e - 1, '}')) {
        s++;
        e--;
    }
    size_t eq = NONE;
    for (size_t i = s; i < e; i++) {
        if (pf_tok_punct(u, i, '(') || pf_tok_punct(u, i, '[') ||
            pf_tok_punct(u, i, '{')) {
            size_t g = pf_match(u, i);
            i = g == NONE || g >= e ? e : g;
        } else if (pf_tok_punct(u, i, '=')) {
            eq = i;
            break;
        }
    }
    size_t f = eq == NONE ? s : eq + 1, callee = f;
    int ok = f < e && pf_tok_ident(u, f);
    while (ok && f + 2 < e &&
           (pf_tok_punct(u, f + 1, '.') || pf_tok_punct(u, f + 1, P_ARROW)) &&
           pf_tok_ident(u, f + 2))
        f += 2;
    ok = ok && pf_tok_punct(u, f + 1, '(');
    size_t close = NONE;
    if (ok) {
        close = pf_match(u, f + 1);
        size_t after = close == NONE || close >= e ? e : close + 1;
        ok = after + 1 == e && pf_tok_punct(u, after, ';');
    }
    if (ok && eq != NONE && eq == s)
        ok = 0;
    if (!ok) {
        const token_t *t = &u->toks.v[c->body_first];
        pf_error(&u->diag, t->off, t->len,
                 "a map body must be 'lhs = call(args);' or 'call(args);'");
        return;
    }
    m->ok = 1;
    m->lhs_first = s;
    m->lhs_end = eq == NONE ? s : eq;
    m->fn = callee;
    m->open = f + 1;
    m->close = close;
    /* out[i] = ...: collect out. */
    const ptok_t *v = &c->t[c->h.var.first];
    if (eq == s + 4 && pf_tok_ident(u, s) && pf_tok_punct(u, s + 1, '[') &&
        pf_tok_ident(u, s + 2) && pf_tok_punct(u, s + 3, ']') &&
        !pf_span_empty(c->h.var) && u->toks.v[s + 2].len == v->len &&
        memcmp(pf_tok_text(u, s + 2), v->text, v->len) == 0)
        m->out = s;
}

/* Does the span's first name (past opening parentheses) spell p? */
static int span_names(const construct_t *c, span_t sp, const char *p,
                      size_t len)
{
    for (int i = sp.first; i <= sp.last && i < c->nt; i++)
        if (c->t[i].code != '(' && c->t[i].kind == T_IDENT)
            return c->t[i].len == len && memcmp(c->t[i].text, p, len) == 0;
    return 0;
}

/* May the body write to the variable named p without a warning? */
static int private_or_shared(const checker_t *k, const char *p, size_t len)
{
    const construct_t *c = k->c;
    if (nm_find(&c->decls, p, len))
        return 1;
    if (span_names(c, c->h.var, p, len))
        return 1;
    for (int i = 0; i < c->nred; i++)
        if (span_names(c, c->items[c->red[i]].expr, p, len))
            return 1;
    for (int i = 0; i < c->ncoll; i++)
        if (span_names(c, c->items[c->coll[i]].expr, p, len))
            return 1;
    if (c->call.out != NONE && k->u->toks.v[c->call.out].len == len &&
        memcmp(pf_tok_text(k->u, c->call.out), p, len) == 0)
        return 1;
    return 0;
}

static int by_tok(const void *a, const void *b)
{
    size_t x = (*(const written_t *const *)a)->tok;
    size_t y = (*(const written_t *const *)b)->tok;
    return x < y ? -1 : x > y;
}

/* Warn once per name about writes to variables declared outside. */
static void check_writes(checker_t *k)
{
    construct_t *c = k->c;
    unit_t *u = k->u;
    const written_t **order = malloc((c->nwrites + 1) * sizeof *order);
    if (!order) {
        u->oom = 1;
        return;
    }
    for (size_t i = 0; i < c->nwrites; i++)
        order[i] = &c->writes[i];
    if (c->nwrites > 1)
        qsort(order, c->nwrites, sizeof *order, by_tok);
    for (size_t i = 0; i < c->nwrites; i++) {
        const written_t *x = order[i];
        if (private_or_shared(k, x->p, x->len))
            continue;
        pf_warning(&u->diag, u->toks.v[x->tok].off, x->len,
                   "'%.*s' is assigned in the pfor loop body but declared "
                   "outside it and is in neither reduction nor collect: "
                   "its value after the loop is unspecified (workers' "
                   "writes are lost)",
                   (int)x->len, x->p);
    }
    free(order);
}

/* ---- map ... pool(p) ------------------------------------------------------
 */

/* Split [s, e) at the commas outside brackets: *n parts, starts in
 * part[i], each ending before part[i + 1] - 1 (the comma) or e. */
static size_t *split_commas(const unit_t *u, size_t s, size_t e, int *n)
{
    size_t *part = malloc((e - s + 2) * sizeof *part);
    *n = 0;
    if (!part)
        return NULL;
    if (s >= e)
        return part;
    part[(*n)++] = s;
    for (size_t i = s; i < e; i++) {
        if (pf_tok_punct(u, i, '(') || pf_tok_punct(u, i, '[') ||
            pf_tok_punct(u, i, '{')) {
            size_t m = pf_match(u, i);
            if (m != NONE && m < e)
                i = m;
        } else if (pf_tok_punct(u, i, ',')) {
            part[(*n)++] = i + 1;
        }
    }
    part[*n] = e + 1;
    return part;
}

/* The text of tokens [s, e), one blank between tokens that had white
 * space (or a comment, or a line break) between them. */
static char *tokens_str(const unit_t *u, size_t s, size_t e)
{
    outbuf_t o = {0};
    for (size_t i = s; i < e; i++) {
        if (i > s && u->toks.v[i].space)
            ob_put(&o, " ", 1);
        ob_put(&o, pf_tok_text(u, i), u->toks.v[i].len);
    }
    return ob_take(&o);
}

static const char *const type_words[] = {
    "int",      "char",     "short",    "long",     "signed",  "unsigned",
    "float",    "double",   "_Bool",    "bool",     "void",    "const",
    "volatile", "restrict", "register", "_Complex", "_Atomic", NULL};

static int is_type_word(const unit_t *u, size_t s)
{
    for (int i = 0; type_words[i]; i++)
        if (pf_tok_word(u, s, type_words[i]))
            return 1;
    return 0;
}

/* The index of every file-scope declarator `... f ( params ) ;` or
 * `... f ( params ) {`: for each, the token after its parameter list (and
 * attributes, asm labels) goes in decl_end, chained per name. */
typedef struct proto_index {
    name_map_t last; /* name -> index in entries of its last declarator */
    struct proto {
        size_t open;  /* its '(' */
        size_t after; /* the ';' or '{' */
        size_t prev;  /* the previous entry of the same name, or NONE */
    } * e;
    size_t n, cap;
} proto_index_t;

static int build_protos(unit_t *u, proto_index_t *ix)
{
    long braces = 0, parens = 0;
    for (size_t s = 0; s < u->toks.n; s++) {
        if (pf_tok_punct(u, s, '{'))
            braces++;
        else if (pf_tok_punct(u, s, '}'))
            braces--;
        else if (braces == 0 && pf_tok_punct(u, s, '('))
            parens++;
        else if (braces == 0 && pf_tok_punct(u, s, ')'))
            parens--;
        if (braces != 0 || parens != 0 || !pf_tok_ident(u, s) ||
            !pf_tok_punct(u, s + 1, '(') || s == 0)
            continue;
        if (!(pf_tok_ident(u, s - 1) || pf_tok_punct(u, s - 1, '*') ||
              pf_tok_punct(u, s - 1, ')') || pf_tok_punct(u, s - 1, '}')))
            continue;
        size_t close = pf_match(u, s + 1);
        if (close == NONE)
            continue;
        size_t after = close + 1;
        /* Skip attributes and asm labels: f(...) __attribute__((x)); */
        while (after + 1 < u->toks.n &&
               (pf_tok_word(u, after, "__attribute__") ||
                pf_tok_word(u, after, "__asm__") ||
                pf_tok_word(u, after, "asm")) &&
               pf_tok_punct(u, after + 1, '(') &&
               pf_match(u, after + 1) != NONE)
            after = pf_match(u, after + 1) + 1;
        if (!(pf_tok_punct(u, after, ';') || pf_tok_punct(u, after, '{')))
            continue;
        if (pf_grow((void **)&ix->e, &ix->cap, ix->n, sizeof *ix->e) != 0)
            return -1;
        int added;
        name_slot_t *slot = nm_add(&ix->last, pf_tok_text(u, s),
                                   u->toks.v[s].len, ix->n, &added);
        if (!slot)
            return -1;
        ix->e[ix->n] = (struct proto){s + 1, after, added ? NONE : slot->val};
        slot->val = ix->n++;
    }
    return 0;
}

/* The '(' of the last declaration of the function named at token fn that
 * ends before token `before`, or NONE. */
static size_t find_prototype(const unit_t *u, const proto_index_t *ix,
                             size_t fn, size_t before)
{
    name_slot_t *slot =
        nm_find(&ix->last, pf_tok_text(u, fn), u->toks.v[fn].len);
    for (size_t i = slot ? slot->val : NONE; i != NONE; i = ix->e[i].prev)
        if (ix->e[i].after < before)
            return ix->e[i].open;
    return NONE;
}

/* A short hash of the file (name and text) and the pragma's position:
 * the suffix of the generated names, unique across linked files. */
static void make_tag(unit_t *u, size_t off, char *tag, size_t size)
{
    if (!u->file_hashed) {
        unsigned h = 2166136261u;
        for (const char *p = u->src.name; *p; p++)
            h = (h ^ (unsigned char)*p) * 16777619u;
        for (size_t i = 0; i < u->src.len; i++)
            h = (h ^ (unsigned char)u->src.text[i]) * 16777619u;
        u->file_hash = h;
        u->file_hashed = 1;
    }
    size_t line, col;
    pf_locate(&u->src, off, &line, &col);
    snprintf(tag, size, "%08x_%zu_%zu", u->file_hash, line, col);
}

/* Plan a pool map: the call, its prototype, the parameter types.
 * Reports an error and returns -1 when pforc cannot pass the arguments. */
static int plan_pool(checker_t *k)
{
    unit_t *u = k->u;
    construct_t *c = k->c;
    pool_plan_t *p = &c->pool;
    const map_call_t *m = &c->call;
    const token_t *ft = &u->toks.v[m->fn];
    const char *fname = pf_tok_text(u, m->fn);
    if (m->open != m->fn + 1) {
        pf_error(&u->diag, ft->off, ft->len,
                 "pool(p): the call must name a function declared in this "
                 "file, not a member or an expression");
        return -1;
    }
    p->arg = split_commas(u, m->open + 1, m->close, &p->nargs);
    if (!p->arg) {
        u->oom = 1;
        return -1;
    }
    make_tag(u, u->toks.v[c->pragma].off, p->tag, sizeof p->tag);

    if (!u->protos) {
        u->protos = calloc(1, sizeof *u->protos);
        if (!u->protos || build_protos(u, u->protos) != 0) {
            u->oom = 1;
            return -1;
        }
    }
    size_t popen = find_prototype(u, u->protos, m->fn, c->pragma);
    if (popen == NONE) {
        pf_error(&u->diag, ft->off, ft->len,
                 "pool(p): no declaration of '%.*s' before this loop in this "
                 "file (pforc does not read headers); declare it here",
                 (int)ft->len, fname);
        return -1;
    }
    size_t pclose = pf_match(u, popen);
    long decl_line = pf_line_of(&u->src, u->toks.v[popen].off);
    int np;
    size_t *part = split_commas(u, popen + 1, pclose, &np);
    if (!part) {
        u->oom = 1;
        return -1;
    }
    if (np == 1 && part[0] + 1 == pclose && pf_tok_word(u, part[0], "void"))
        np = 0;
    if (np > 0 && pf_tok_punct(u, pclose - 1, P_ELLIPSIS)) {
        pf_error(&u->diag, ft->off, ft->len,
                 "pool(p): '%.*s' (declared on line %ld) is variadic; pforc "
                 "cannot pass its arguments through a pool (call a function "
                 "with fixed parameters)",
                 (int)ft->len, fname, decl_line);
        free(part);
        return -1;
    }
    if (np != p->nargs) {
        pf_error(&u->diag, ft->off, ft->len,
                 "pool(p): '%.*s' takes %d argument%s but the call passes %d",
                 (int)ft->len, fname, np, np == 1 ? "" : "s", p->nargs);
        free(part);
        return -1;
    }
    p->ptype = calloc((size_t)np + 1, sizeof *p->ptype);
    if (!p->ptype) {
        free(part);
        u->oom = 1;
        return -1;
    }
    for (int i = 0; i < np; i++) {
        size_t a = part[i], z = part[i + 1] - 1;
        int complex = a >= z;
        for (size_t j = a; j < z; j++)
            if (pf_tok_punct(u, j, '(') || pf_tok_punct(u, j, '[') ||
                pf_tok_punct(u, j, P_ELLIPSIS))
                complex = 1;
        if (complex) {
            pf_error(&u->diag, ft->off, ft->len,
                     "pool(p): parameter %d of '%.*s' (declared on line %ld) "
                     "is too complex for pforc; use a typedef",
                     i + 1, (int)ft->len, fname, decl_line);
            free(part);
            return -1;
        }
        /* A trailing identifier is the parameter's name, unless it is
         * part of the type: the only token, a keyword, a tag, or after
         * nothing but qualifiers. */
        size_t end = z;
        if (z - a >= 2 && pf_tok_ident(u, z - 1) && !is_type_word(u, z - 1) &&
            !pf_tok_word(u, z - 2, "struct") &&
            !pf_tok_word(u, z - 2, "union") && !pf_tok_word(u, z - 2, "enum")) {
            int only_quals = 1;
            for (size_t j = a; j + 1 < z; j++)
                if (!pf_tok_word(u, j, "const") &&
                    !pf_tok_word(u, j, "volatile") &&
                    !pf_tok_word(u, j, "register"))
                    only_quals = 0;
            if (!only_quals)
                end = z - 1;
        }
        p->ptype[i] = tokens_str(u, a, end);
    }
    free(part);
    c->has_pool_plan = 1;
    return 0;
}

/* ---- one construct ---------------------------------------------------------
 */

static void check_construct(checker_t *k)
{
    unit_t *u = k->u;
    construct_t *c = k->c;
    int errors = u->diag.errors;
    const token_t *pt = &u->toks.v[c->pragma];

    if (c->outside)
        pf_error(&u->diag, pt->off, pt->len, "%s",
                 problem_text(PR_OUTSIDE_FUNCTION));
    if (c->pre == PR_NO_FOR) {
        size_t s = c->pragma + 1;
        size_t at = s < u->toks.n ? u->toks.v[s].off : u->src.len;
        size_t len = s < u->toks.n ? u->toks.v[s].len : 0;
        pf_error(&u->diag, at, len, "%s", problem_text(PR_NO_FOR));
    } else if (c->pre == PR_NO_HEADER) {
        pf_error(&u->diag, u->toks.v[c->for_tok].off, 3, "%s",
                 problem_text(PR_NO_HEADER));
    }
    replay(k);
    if (c->first[CL_POOL] >= 0 && c->first[CL_WORKERS] >= 0)
        error_tok(k, c->clauses[c->first[CL_WORKERS]].name.first,
                  "workers() cannot be combined with pool(p): the pool has "
                  "its own workers");
    if (c->first[CL_POOL] >= 0 && c->first[CL_TIMEOUT] >= 0)
        error_tok(k, c->clauses[c->first[CL_TIMEOUT]].name.first,
                  "timeout() cannot be combined with pool(p): the pool's own "
                  "per-task timeout applies (set task_timeout in "
                  "pf_pool_options_t)");
    if (c->close == NONE)
        return;
    walk_problems(k);
    if (c->body_end == 0)
        return;
    if (c->kind == C_MAP)
        check_map(k);
    /* Only a loop without errors gets the warning: a rejected reduction
     * would make it say the wrong thing. */
    if (u->diag.errors == errors)
        check_writes(k);
    if (u->diag.errors == errors && c->h.ok && c->first[CL_POOL] >= 0)
        plan_pool(k);
    c->ok = u->diag.errors == errors && c->h.ok;
}

int pf_check_unit(unit_t *u)
{
    for (size_t i = 0; i < u->nall && !u->diag.stopped && !u->oom; i++) {
        checker_t k = {u, u->all[i], {0}};
        check_construct(&k);
        nm_free(&k.listed);
    }
    if (u->protos) {
        free(u->protos->e);
        nm_free(&u->protos->last);
        free(u->protos);
        u->protos = NULL;
    }
    return u->oom ? -1 : 0;
}
