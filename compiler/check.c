/* check.c - stage 3: every diagnostic pforc gives.  For each construct, in
 * text order, it replays what the parser saw (syntax errors, clauses,
 * reduction operators and items, the header), judges the facts the tree
 * walk recorded about the body (jumps, writes), parses a map's body once,
 * and plans a map on a pool from the called function's prototype.  What it
 * concludes (ok, the accepted clauses and items, the map call, the pool
 * plan) is all the generators read. */
#include <ctype.h>
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
    case PR_NO_BLOCK:
        return "'#pragma pfor parallel' must be followed by a compound "
               "statement '{ ... }' (for a parallel loop, write '#pragma "
               "pfor parallel for')";
    case PR_NO_STMT:
        return "the pragma must be followed by a statement";
    case PR_COLLAPSE_NEST:
        return "collapse(n): the loops must be perfectly nested: the body of "
               "each loop but the innermost must be the next for loop and "
               "nothing else";
    case PR_COLLAPSE_HEADER:
        return "collapse(n): this for loop has no complete header '(init; "
               "test; step)'";
    case PR_SOLE_BODY:
        return "'#pragma pfor barrier' cannot be the body of if, else or a "
               "loop (it is a statement of its own, which the serial program "
               "does not have): put braces around it";
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
    }
    return "internal error";
}

/* What a jump out of construct kind `kind` would leave. */
static const char *jump_place(int kind)
{
    switch (kind) {
    case C_PARALLEL:
        return "the pfor parallel region";
    case C_SINGLE:
        return "the 'pfor single' statement";
    case C_MASTER:
        return "the 'pfor master' statement";
    }
    return "the pfor loop body";
}

static const char *jump_word(int code)
{
    switch (code) {
    case PR_BREAK:
        return "break";
    case PR_CONTINUE:
        return "continue";
    case PR_RETURN:
        return "return";
    case PR_GOTO:
        return "goto";
    }
    return NULL;
}

typedef struct checker {
    unit_t *u;
    construct_t *c;
    name_map_t listed; /* names in the data clauses -> item index */
} checker_t;

static void report(checker_t *k, const problem_t *p)
{
    if (p->code == PR_SYNTAX)
        pf_error(&k->u->diag, p->off, p->len, "syntax error in pfor pragma: %s",
                 p->text);
    else if (jump_word(p->code))
        pf_error(&k->u->diag, p->off, p->len, "'%s' would leave %s",
                 jump_word(p->code), jump_place(k->c->kind));
    else {
        /* The walk's failures name the construct's kind of body. */
        const char *text = problem_text(p->code), *body = "the pfor loop body";
        const char *at = strstr(text, body);
        if (at && !pf_is_loop(k->c))
            pf_error(&k->u->diag, p->off, p->len, "%.*s%s%s", (int)(at - text),
                     text, jump_place(k->c->kind), at + strlen(body));
        else
            pf_error(&k->u->diag, p->off, p->len, "%s", text);
    }
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

/* The word of a clause as written (num_threads for workers). */
static void clause_word(const construct_t *c, const clause_t *cl,
                        const char **p, int *n)
{
    const ptok_t *t = &c->t[cl->name.first];
    *p = t->text;
    *n = (int)t->len;
}

/* The text of an item's expression (its name, for a variable). */
static char *item_text(const construct_t *c, span_t s)
{
    outbuf_t o = {0};
    for (int i = s.first; i <= s.last && i < c->nt; i++) {
        if (i > s.first && c->t[i].space_before)
            ob_put(&o, " ", 1);
        ob_put(&o, c->t[i].text, c->t[i].len);
    }
    return ob_take(&o);
}

/* Clauses whose items are variables (names), not storage expressions. */
static int is_data_clause(int id)
{
    return id == CL_PRIVATE || id == CL_FIRSTPRIVATE || id == CL_LASTPRIVATE ||
           id == CL_SHARED || id == CL_COPYPRIVATE;
}

/* May a variable be named in clauses a and b both?  firstprivate with
 * lastprivate (OpenMP's pair), shared with collect (shared collects
 * arrays anyway). */
static int compatible(int a, int b)
{
    return (a == CL_FIRSTPRIVATE && b == CL_LASTPRIVATE) ||
           (a == CL_LASTPRIVATE && b == CL_FIRSTPRIVATE) ||
           (a == CL_SHARED && b == CL_COLLECT) ||
           (a == CL_COLLECT && b == CL_SHARED);
}

static void item_event(checker_t *k, int index)
{
    construct_t *c = k->c;
    const item_t *it = &c->items[index];
    const ptok_t *t = &c->t[it->expr.first];
    int name = it->expr.first == it->expr.last && t->code == TK_IDENT;
    if (it->clause == CL_REDUCTION && it->op == RED_NONE)
        return; /* its operator was already refused */
    if (is_data_clause(it->clause) && (!name || it->shape != ITEM_WHOLE)) {
        char *text = item_text(c, it->expr);
        error_tok(k, it->expr.first, "%s(list) takes variable names, not '%s'",
                  pf_clauses[it->clause].word, text);
        free(text);
        return;
    }
    if (it->clause == CL_COLLECT && pf_span_empty(it->expr)) {
        error_tok(k, it->lo.first - 1,
                  "a collect section needs the storage "
                  "before it: collect(p[lo:len])");
        return;
    }
    if (name) {
        int added;
        name_slot_t *slot =
            nm_add(&k->listed, t->text, t->len, (size_t)index, &added);
        if (!slot) {
            k->u->oom = 1;
            return;
        }
        if (!added) {
            int other = c->items[slot->val].clause;
            if (other == it->clause)
                error_tok(k, it->expr.first,
                          "'%.*s' appears more than once in %s", (int)t->len,
                          t->text, pf_clauses[other].word);
            else if (!compatible(other, it->clause))
                error_tok(k, it->expr.first,
                          "'%.*s' cannot be in both %s and %s", (int)t->len,
                          t->text, pf_clauses[other].word,
                          pf_clauses[it->clause].word);
            if (other == it->clause || !compatible(other, it->clause))
                return;
        }
    }
    int rc = it->clause == CL_REDUCTION ? push_int(&c->red, &c->nred, index)
             : it->clause == CL_COLLECT ? push_int(&c->coll, &c->ncoll, index)
                                        : push_int(&c->data, &c->ndata, index);
    if (rc)
        k->u->oom = 1;
}

/* The object-like macro `name` as the last `#define` (not undone by an
 * `#undef`) before offset `before` leaves it: its value's first word, or
 * NULL.  Directives are found by their lines, in the input as it is (cc -E
 * -dD keeps them). */
static const char *macro_value(const unit_t *u, const char *name, size_t len,
                               size_t before, size_t *vlen)
{
    const char *text = u->src.text, *found = NULL;
    *vlen = 0;
    for (size_t l = 0; l < u->src.nlines && u->src.line_start[l] < before;
         l++) {
        const char *p = text + u->src.line_start[l], *end = text + before;
        while (p < end && (*p == ' ' || *p == '\t'))
            p++;
        if (p >= end || *p != '#')
            continue;
        for (p++; p < end && (*p == ' ' || *p == '\t'); p++)
            ;
        int def = end - p > 6 && memcmp(p, "define", 6) == 0;
        int undef = end - p > 5 && memcmp(p, "undef", 5) == 0;
        if (!def && !undef)
            continue;
        for (p += def ? 6 : 5; p < end && (*p == ' ' || *p == '\t'); p++)
            ;
        if ((size_t)(end - p) < len || memcmp(p, name, len) != 0)
            continue;
        p += len;
        if (p < end && (isalnum((unsigned char)*p) || *p == '_' || *p == '('))
            continue; /* another name, or a function-like macro */
        if (undef) {
            found = NULL;
            continue;
        }
        while (p < end && (*p == ' ' || *p == '\t'))
            p++;
        const char *v = p;
        while (p < end && (isalnum((unsigned char)*p) || *p == '_'))
            p++;
        found = v;
        *vlen = (size_t)(p - v);
    }
    return found && *vlen ? found : NULL;
}

/* A schedule kind given by a macro (defined as a kind, or as another such
 * macro). */
static int sched_macro(const unit_t *u, const char *name, size_t len,
                       size_t before)
{
    for (int depth = 0; depth < 8; depth++) {
        size_t vlen = 0;
        const char *v = macro_value(u, name, len, before, &vlen);
        if (!v)
            return SCHED_NONE;
        int kind = pf_sched_lookup(v, vlen);
        if (kind != SCHED_NONE)
            return kind;
        name = v;
        len = vlen;
    }
    return SCHED_NONE;
}

static void clause_event(checker_t *k, int index)
{
    construct_t *c = k->c;
    clause_t *cl = &c->clauses[index];
    const char *word;
    int wlen;
    clause_word(c, cl, &word, &wlen);
    if (cl->id == CL_UNKNOWN) {
        const char *instead = pf_refused_clause(word, (unsigned long)wlen);
        if (instead)
            error_tok(k, cl->name.first, "pfor has no '%.*s' clause: %s", wlen,
                      word, instead);
        else
            error_tok(k, cl->name.first, "unknown pfor clause '%.*s'", wlen,
                      word);
        return;
    }
    const clause_info_t *info = &pf_clauses[cl->id];
    if (cl->id == CL_REDUCTION && c->kind == C_PARALLEL) {
        error_tok(k, cl->name.first,
                  "reduction is not allowed on 'pfor parallel': put it on "
                  "the '#pragma pfor for' loop that computes the value");
        return;
    }
    if (!(info->on & pf_constructs[c->kind].bit)) {
        error_tok(k, cl->name.first,
                  "clause '%.*s' is not allowed on 'pfor %s'", wlen, word,
                  pf_constructs[c->kind].name);
        return;
    }
    if (c->first[cl->id] >= 0 && !info->repeatable) {
        const char *w0;
        int n0;
        clause_word(c, &c->clauses[c->first[cl->id]], &w0, &n0);
        if (n0 != wlen || memcmp(w0, word, (size_t)n0) != 0)
            error_tok(k, cl->name.first,
                      "duplicate clause '%.*s' ('%.*s' and '%.*s' are the "
                      "same clause)",
                      wlen, word, n0, w0, wlen, word);
        else
            error_tok(k, cl->name.first, "duplicate clause '%.*s'", wlen, word);
        return;
    }
    if (c->first[cl->id] < 0)
        c->first[cl->id] = index;
    if (cl->id == CL_SCHEDULE) {
        const ptok_t *kind = &c->t[cl->arg.first];
        cl->sched = pf_sched_lookup(kind->text, kind->len);
        if (cl->sched == SCHED_NONE)
            cl->sched = sched_macro(k->u, kind->text, kind->len,
                                    k->u->toks.v[c->pragma].off);
        if (cl->sched == SCHED_NONE)
            error_tok(k, cl->arg.first,
                      "unknown schedule kind '%.*s' (expected %s, or a macro "
                      "defined as one of them before the loop)",
                      (int)kind->len, kind->text, pf_sched_list());
    } else if (cl->id == CL_COLLAPSE && cl->collapse == 0) {
        error_tok(k, cl->arg.first,
                  "collapse(n) needs an integer literal from 1 to %d (pforc "
                  "must know how many loops to take)",
                  PF_MAX_COLLAPSE);
    } else if (cl->id == CL_DEFAULT) {
        const ptok_t *w = &c->t[cl->arg.first];
        if (!ptok_is(w, "shared") && !ptok_is(w, "none"))
            error_tok(k, cl->arg.first,
                      "default(%.*s): expected shared or none (for private "
                      "copies, name the variables in private(list) or "
                      "firstprivate(list))",
                      (int)w->len, w->text);
    }
}

static void refused_event(checker_t *k, int tok)
{
    const ptok_t *w = &k->c->t[tok];
    const char *instead = pf_refused_construct(w->text, w->len);
    if (instead)
        error_tok(k, tok, "pfor has no '%.*s' construct: %s", (int)w->len,
                  w->text, instead);
    else
        error_tok(k, tok, "unknown pfor construct '%.*s' (expected %s)",
                  (int)w->len, w->text, pf_construct_list());
}

static int same_ident(const construct_t *c, span_t a, span_t b)
{
    const ptok_t *x = &c->t[a.first], *y = &c->t[b.first];
    return a.first == a.last && b.first == b.last && x->len == y->len &&
           memcmp(x->text, y->text, x->len) == 0;
}

/* The three parts of loop d's header must name the same variable. */
static void header_event(checker_t *k, int d)
{
    construct_t *c = k->c;
    header_t *h = d == 0 ? &c->h : &c->inner[d - 1];
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
            header_event(k, e->index);
            break;
        case EV_REFUSED:
            refused_event(k, e->index);
            break;
        }
    }
}

static size_t *split_commas(const unit_t *u, size_t s, size_t e, int *n);
static char *tokens_str(const unit_t *u, size_t s, size_t e);
static int span_names(const construct_t *c, span_t sp, const char *p,
                      size_t len);
static int is_loop_var(const construct_t *c, const char *p, size_t len);
struct proto_index;
static int ensure_protos(unit_t *u);
static size_t find_prototype(const unit_t *u, const struct proto_index *ix,
                             size_t fn, size_t before);

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

/* What a prototype's parameter [a, z) is, for the map argument check. */
enum { PARAM_VALUE, PARAM_CONST_PTR, PARAM_PTR, PARAM_OTHER };

static int param_kind(const unit_t *u, size_t a, size_t z)
{
    size_t star = NONE, prev_star = NONE, bracket = NONE;
    for (size_t i = a; i < z; i++) {
        if (pf_tok_punct(u, i, '('))
            return PARAM_OTHER; /* a function pointer: not storage */
        if (pf_tok_punct(u, i, '*')) {
            prev_star = star;
            star = i;
        }
        if (pf_tok_punct(u, i, '[') && bracket == NONE)
            bracket = i;
    }
    if (star == NONE && bracket == NONE)
        return PARAM_VALUE;
    /* The pointee's qualifiers: before the last '*' (after the one
     * before it), or before the '[' of an array parameter. */
    size_t from = star != NONE ? (prev_star == NONE ? a : prev_star + 1) : a;
    size_t to = star != NONE ? star : bracket;
    for (size_t i = from; i < to; i++)
        if (pf_tok_word(u, i, "const"))
            return PARAM_CONST_PTR;
    return PARAM_PTR;
}

/* Is the name at token i collected by c (a collect item or map's out)? */
static int collected_name(const unit_t *u, const construct_t *c, size_t i)
{
    const char *p = pf_tok_text(u, i);
    size_t len = u->toks.v[i].len;
    for (int k = 0; k < c->ncoll; k++)
        if (span_names(c, c->items[c->coll[k]].expr, p, len))
            return 1;
    return c->call.out != NONE && u->toks.v[c->call.out].len == len &&
           memcmp(pf_tok_text(u, c->call.out), p, len) == 0;
}

/* The arguments of a map's call: `&x` of storage that is not collected is
 * an error; a pointer argument that may point to storage the callee
 * writes gets a static assertion in the generated code (map_call_t's
 * assert_arg), unless the function's prototype in this file says the
 * parameter is a pointer to const or no pointer. */
static void check_map_args(checker_t *k)
{
    unit_t *u = k->u;
    construct_t *c = k->c;
    map_call_t *m = &c->call;
    int nargs;
    size_t *part = split_commas(u, m->open + 1, m->close, &nargs);
    size_t *ppart = NULL;
    int np = -1;
    if (!part) {
        u->oom = 1;
        return;
    }
    m->arg = part;
    m->nargs = nargs;
    m->assert_arg = calloc((size_t)nargs + 1, 1);
    if (!m->assert_arg) {
        u->oom = 1;
        return;
    }
    if (m->fn + 1 == m->open && ensure_protos(u) == 0) {
        size_t popen = find_prototype(u, u->protos, m->fn, c->pragma);
        if (popen != NONE)
            ppart = split_commas(u, popen + 1, pf_match(u, popen), &np);
    }
    const token_t *ft = &u->toks.v[m->fn];
    for (int i = 0; i < nargs; i++) {
        size_t a = part[i], z = part[i + 1] - 1;
        if (a >= z)
            continue;
        if (pf_tok_punct(u, a, '&')) {
            size_t b = a + 1;
            while (b < z && pf_tok_punct(u, b, '('))
                b++;
            if (b < z && pf_tok_ident(u, b) && !collected_name(u, c, b) &&
                !is_loop_var(c, pf_tok_text(u, b), u->toks.v[b].len)) {
                char *arg = tokens_str(u, a, z);
                int nb = (int)u->toks.v[b].len;
                const char *pb = pf_tok_text(u, b);
                if (z == b + 1)
                    pf_error(&u->diag, u->toks.v[a].off,
                             u->toks.v[z - 1].off + u->toks.v[z - 1].len -
                                 u->toks.v[a].off,
                             "map: the call passes '%s' to '%.*s': what it "
                             "writes there stays in the worker; collect it: "
                             "collect(%.*s)",
                             arg, (int)ft->len, pf_tok_text(u, m->fn), nb, pb);
                else
                    pf_error(&u->diag, u->toks.v[a].off,
                             u->toks.v[z - 1].off + u->toks.v[z - 1].len -
                                 u->toks.v[a].off,
                             "map: the call passes '%s' to '%.*s': what it "
                             "writes there stays in the worker; collect that "
                             "storage: collect(%.*s) for an array, "
                             "collect(%.*s[lo:len]) for a pointer",
                             arg, (int)ft->len, pf_tok_text(u, m->fn), nb, pb,
                             nb, pb);
                free(arg);
            }
            continue;
        }
        /* String literals, null pointers, collected storage. */
        if (u->toks.v[a].kind == T_STRING || u->toks.v[a].kind == T_CHAR ||
            (z == a + 1 &&
             (pf_tok_word(u, a, "NULL") || pf_tok_word(u, a, "nullptr") ||
              (u->toks.v[a].kind == T_NUMBER && u->toks.v[a].len == 1 &&
               pf_tok_text(u, a)[0] == '0'))))
            continue;
        size_t b = a;
        while (b < z && pf_tok_punct(u, b, '('))
            b++;
        if (b < z && pf_tok_ident(u, b) && collected_name(u, c, b))
            continue;
        if (ppart && np == nargs) {
            int kind = param_kind(u, ppart[i], ppart[i + 1] - 1);
            if (kind != PARAM_PTR)
                continue;
        } else if (z == a + 1 && pf_tok_ident(u, a)) {
            /* No prototype here, and a bare name: it may name a function
             * (a pointer to it is no storage), which the assertion cannot
             * tell from data. */
            continue;
        }
        m->assert_arg[i] = 1;
    }
    free(ppart);
}

/* ---- names: mentions, temporaries, clauses -------------------------------
 */

/* Is token i a name of a variable (an identifier not after '.' or '->')? */
static int is_mention(const unit_t *u, size_t i)
{
    return pf_tok_ident(u, i) && !(i > 0 && (pf_tok_punct(u, i - 1, '.') ||
                                             pf_tok_punct(u, i - 1, P_ARROW)));
}

/* Chain every identifier token to the previous and next token of the same
 * spelling, once per unit, so that the mentions of a name around a token
 * cost their number, not the file's length. */
static int build_mentions(unit_t *u)
{
    if (u->same_next)
        return 0;
    size_t n = u->toks.n;
    u->same_next = malloc((n + 1) * sizeof *u->same_next);
    u->same_prev = malloc((n + 1) * sizeof *u->same_prev);
    name_map_t last = {0};
    if (!u->same_next || !u->same_prev)
        return -1;
    for (size_t i = 0; i < n; i++) {
        u->same_next[i] = u->same_prev[i] = UINT32_MAX;
        if (!pf_tok_ident(u, i))
            continue;
        int added;
        name_slot_t *slot =
            nm_add(&last, pf_tok_text(u, i), u->toks.v[i].len, i, &added);
        if (!slot) {
            nm_free(&last);
            return -1;
        }
        if (!added) {
            u->same_prev[i] = (uint32_t)slot->val;
            u->same_next[slot->val] = (uint32_t)i;
            slot->val = i;
        }
    }
    nm_free(&last);
    return 0;
}

/* The first and last mention of the name spelt at token `at` in [lo, hi),
 * or NONE. */
static size_t first_mention(const unit_t *u, size_t at, size_t lo, size_t hi)
{
    size_t best = NONE;
    for (size_t i = at; i != UINT32_MAX && i >= lo; i = u->same_prev[i])
        if (i < hi && is_mention(u, i))
            best = i;
    if (best == NONE)
        for (size_t i = at; i != UINT32_MAX && i < hi; i = u->same_next[i])
            if (i >= lo && is_mention(u, i))
                return i;
    return best;
}

static size_t last_mention(const unit_t *u, size_t at, size_t lo, size_t hi)
{
    size_t best = NONE;
    for (size_t i = at; i != UINT32_MAX && i < hi; i = u->same_next[i])
        if (i >= lo && is_mention(u, i))
            best = i;
    return best;
}

/* The first mention at or after lo (before hi), or NONE. */
static size_t next_mention(const unit_t *u, size_t at, size_t lo, size_t hi)
{
    size_t i = at;
    while (i != UINT32_MAX && i >= lo && u->same_prev[i] != UINT32_MAX &&
           u->same_prev[i] >= lo)
        i = u->same_prev[i];
    for (; i != UINT32_MAX && i < hi; i = u->same_next[i])
        if (i >= lo && is_mention(u, i))
            return i;
    return NONE;
}

/* ---- temporaries: is a name assigned before it is read? -------------------
 *
 * A small definite-assignment walk over the body's statements, for one
 * name: the effect of a statement on it is NONE (no mention), ASSIGN (on
 * every path it is assigned, by `x = e;` with e not reading it, before
 * any read), PARTIAL (some paths assign it, none reads it first) or READ
 * (some path reads it before assigning it).  Sequences, branches and
 * loops (which may run zero times) combine them as below; any other
 * mention (x += e, x++, &x, a call's argument) is a read. */
enum { EF_NONE, EF_ASSIGN, EF_PARTIAL, EF_READ };

static int ef_seq(int a, int b)
{
    if (a == EF_ASSIGN || a == EF_READ)
        return a;
    if (a == EF_NONE)
        return b;
    return b == EF_NONE ? EF_PARTIAL : b; /* a partial: b decides */
}

static int ef_join(int a, int b)
{
    if (a == EF_READ || b == EF_READ)
        return EF_READ;
    return a == b ? a : EF_PARTIAL;
}

typedef struct flow {
    const unit_t *u;
    size_t name; /* a token spelling the name */
    size_t end;  /* the walk's bound */
    int reads;   /* a read was seen (after an assignment or not) */
    int depth;
} flow_t;

static int is_name(const flow_t *f, size_t i)
{
    return is_mention(f->u, i) && pf_tok_same(f->u, i, f->name);
}

/* The effect of the expression tokens [s, e): any mention reads. */
static int ef_expr(flow_t *f, size_t s, size_t e)
{
    for (size_t i = s; i < e; i++)
        if (is_name(f, i)) {
            f->reads = 1;
            return EF_READ;
        }
    return EF_NONE;
}

/* The end (its ';' + 1) of the expression statement at s. */
static size_t ef_simple_end(const flow_t *f, size_t s)
{
    const unit_t *u = f->u;
    size_t i = s;
    while (i < f->end && !pf_tok_punct(u, i, ';') && !pf_tok_punct(u, i, '}')) {
        size_t g = NONE;
        if (pf_tok_punct(u, i, '(') || pf_tok_punct(u, i, '[') ||
            pf_tok_punct(u, i, '{'))
            g = pf_match(u, i);
        i = g != NONE && g < f->end ? g + 1 : i + 1;
    }
    return pf_tok_punct(u, i, ';') ? i + 1 : i;
}

/* `x = e` over [s, e): ASSIGN when e does not read x. */
static int ef_assignment(flow_t *f, size_t s, size_t e)
{
    const unit_t *u = f->u;
    if (is_name(f, s) && pf_tok_punct(u, s + 1, '=') && !u->init_eq[s + 1])
        return ef_expr(f, s + 2, e) == EF_READ ? EF_READ : EF_ASSIGN;
    return ef_expr(f, s, e);
}

static int ef_stmt(flow_t *f, size_t s, size_t *next);

/* The parenthesized group at s: its effect, *next after it. */
static int ef_paren(flow_t *f, size_t s, size_t *next)
{
    size_t m = pf_tok_punct(f->u, s, '(') ? pf_match(f->u, s) : NONE;
    if (m == NONE || m >= f->end) {
        *next = f->end;
        return EF_READ; /* malformed: assume the worst */
    }
    *next = m + 1;
    return ef_expr(f, s + 1, m);
}

static int ef_stmt(flow_t *f, size_t s, size_t *next)
{
    const unit_t *u = f->u;
    *next = f->end;
    if (s >= f->end || ++f->depth > 1000)
        return EF_READ;
    int r;
    size_t n;
    if (u->toks.v[s].kind == T_PRAGMA) {
        r = ef_stmt(f, s + 1, next); /* a nested construct's loop */
    } else if (pf_tok_punct(u, s, '{')) {
        size_t m = pf_match(u, s), i = s + 1;
        r = EF_NONE;
        if (m == NONE || m >= f->end)
            m = f->end;
        while (i < m && r != EF_ASSIGN && r != EF_READ) {
            int e = ef_stmt(f, i, &n);
            r = ef_seq(r, e);
            i = n > i ? n : i + 1;
        }
        /* (the rest of the block may still read it: count those reads) */
        if (r == EF_ASSIGN && ef_expr(f, i, m) == EF_READ)
            f->reads = 1;
        *next = m < f->end ? m + 1 : m;
    } else if (pf_tok_punct(u, s, ';')) {
        r = EF_NONE;
        *next = s + 1;
    } else if (pf_tok_word(u, s, "if")) {
        int c = ef_paren(f, s + 1, &n);
        int t = ef_stmt(f, n, &n), e = EF_NONE;
        if (pf_tok_word(u, n, "else"))
            e = ef_stmt(f, n + 1, &n);
        r = ef_seq(c, ef_join(t, e));
        *next = n;
    } else if (pf_tok_word(u, s, "for") && pf_tok_punct(u, s + 1, '(')) {
        size_t close = pf_match(u, s + 1), a = s + 2, b, c;
        if (close == NONE || close >= f->end)
            return EF_READ;
        for (b = a; b < close && !pf_tok_punct(u, b, ';'); b++)
            ;
        for (c = b + 1; c < close && !pf_tok_punct(u, c, ';'); c++)
            ;
        int init = ef_assignment(f, a, b), cond = ef_expr(f, b + 1, c);
        int body = ef_stmt(f, close + 1, &n);
        int step = ef_expr(f, c + 1, close);
        r = ef_seq(ef_seq(init, cond), ef_join(ef_seq(body, step), EF_NONE));
        *next = n;
    } else if (pf_tok_word(u, s, "while") || pf_tok_word(u, s, "switch")) {
        int c = ef_paren(f, s + 1, &n);
        r = ef_seq(c, ef_join(ef_stmt(f, n, &n), EF_NONE));
        *next = n;
    } else if (pf_tok_word(u, s, "do")) {
        int body = ef_stmt(f, s + 1, &n);
        int c = pf_tok_word(u, n, "while") ? ef_paren(f, n + 1, &n) : EF_READ;
        r = ef_seq(body, c);
        *next = ef_simple_end(f, n);
    } else if (pf_tok_word(u, s, "case") || pf_tok_word(u, s, "default") ||
               (pf_tok_ident(u, s) && pf_tok_punct(u, s + 1, ':'))) {
        size_t i = s + 1;
        while (i < f->end && !pf_tok_punct(u, i, ':'))
            i++;
        r = ef_stmt(f, i + 1, next);
    } else {
        size_t e = ef_simple_end(f, s);
        size_t stop = e > s && pf_tok_punct(u, e - 1, ';') ? e - 1 : e;
        r = ef_assignment(f, s, stop);
        /* a read after the assignment, in the same statement */
        *next = e > s ? e : s + 1;
    }
    f->depth--;
    return r;
}

/* Does every iteration of c assign the name at token `at` before reading
 * it, and read it somewhere (a write nobody reads in the body is for
 * after the loop)? */
static int assigned_before_read(const unit_t *u, const construct_t *c,
                                size_t at)
{
    flow_t f = {u, at, c->body_end, 0, 0};
    size_t next;
    int r = ef_stmt(&f, c->body_first, &next);
    if (r != EF_ASSIGN && r != EF_PARTIAL)
        return 0;
    /* reads after the first assignment: any mention that is no plain
     * `x = e` lvalue */
    for (size_t i = c->body_first; i < c->body_end; i++)
        if (is_name(&f, i) &&
            !(pf_tok_punct(u, i + 1, '=') && !u->init_eq[i + 1]))
            return 1;
    return 0;
}

/* Is the name at token `at` read after the construct c (before the end of
 * the function), other than by being assigned first? */
static int read_after(const unit_t *u, const construct_t *c, size_t at)
{
    if (c->func_end == NONE || c->end == 0)
        return 0;
    size_t m = next_mention(u, at, c->end, c->func_end);
    if (m == NONE)
        return 0;
    /* x = e; at a statement start, or for (x = e; ...), assigns before
     * reading. */
    int stmt =
        m > 0 && (pf_tok_punct(u, m - 1, ';') || pf_tok_punct(u, m - 1, '{') ||
                  pf_tok_punct(u, m - 1, '}') ||
                  (m > 1 && pf_tok_punct(u, m - 1, '(') &&
                   pf_tok_word(u, m - 2, "for")));
    return !(stmt && pf_tok_punct(u, m + 1, '=') && !u->init_eq[m + 1]);
}

/* What a written name is to construct c, apart from the clauses: the
 * variable of an inner loop (its first mention in the body is the init of
 * a for), a temporary (every iteration assigns it before reading it, and
 * reads it: assigned_before_read), or neither; in both of the first cases
 * the function must not read it after the construct.  docs/compiler.md
 * states the rule. */
enum { NAME_PLAIN, NAME_INNER_VAR, NAME_TEMP };

static int name_role(const unit_t *u, const construct_t *c, const written_t *x)
{
    size_t lo = c->body_first, hi = c->body_end;
    size_t m = first_mention(u, x->tok, lo, hi);
    if (m == NONE)
        return NAME_PLAIN;
    size_t last = last_mention(u, x->tok, lo, hi);
    if (read_after(u, c, last != NONE ? last : x->tok))
        return NAME_PLAIN;
    if (m >= 2 && pf_tok_punct(u, m - 1, '(') && pf_tok_word(u, m - 2, "for") &&
        pf_tok_punct(u, m + 1, '=') && !u->init_eq[m + 1])
        return NAME_INNER_VAR;
    return assigned_before_read(u, c, m) ? NAME_TEMP : NAME_PLAIN;
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

/* The clause of construct c that names the variable p (collect items by
 * the name their expression starts from), or CL_UNKNOWN. */
static int named_in(const construct_t *c, const char *p, size_t len)
{
    for (int i = 0; i < c->nred; i++)
        if (span_names(c, c->items[c->red[i]].expr, p, len))
            return CL_REDUCTION;
    for (int i = 0; i < c->ncoll; i++)
        if (span_names(c, c->items[c->coll[i]].expr, p, len))
            return CL_COLLECT;
    for (int i = 0; i < c->ndata; i++)
        if (span_names(c, c->items[c->data[i]].expr, p, len))
            return c->items[c->data[i]].clause;
    return CL_UNKNOWN;
}

/* Is p one of c's loop variables? */
static int is_loop_var(const construct_t *c, const char *p, size_t len)
{
    for (int d = 0; d < c->nloops; d++)
        if (span_names(c, pf_loop(c, d)->var, p, len))
            return 1;
    return 0;
}

static int by_tok(const void *a, const void *b)
{
    size_t x = (*(const written_t *const *)a)->tok;
    size_t y = (*(const written_t *const *)b)->tok;
    return x < y ? -1 : x > y;
}

/* Note that x, written in c and named by no clause, is each worker's own
 * (the openmp backend makes it private to each thread). */
static void note_lost(checker_t *k, const written_t *x)
{
    construct_t *c = k->c;
    if (!c->lost) {
        c->lost = malloc((c->nwrites + 1) * sizeof *c->lost);
        if (!c->lost) {
            k->u->oom = 1;
            return;
        }
    }
    for (size_t i = 0; i < c->nlost; i++)
        if (c->lost[i] == x)
            return;
    c->lost[c->nlost++] = x;
}

/* c's writes, in text order (malloc'd; NULL when out of memory). */
static const written_t **writes_in_order(checker_t *k)
{
    const construct_t *c = k->c;
    const written_t **order = malloc((c->nwrites + 1) * sizeof *order);
    if (!order) {
        k->u->oom = 1;
        return NULL;
    }
    for (size_t i = 0; i < c->nwrites; i++)
        order[i] = &c->writes[i];
    if (c->nwrites > 1)
        qsort(order, c->nwrites, sizeof *order, by_tok);
    return order;
}

/* Is p a reduction variable of a loop lexically inside construct r? */
static int reduced_inside(const construct_t *r, const char *p, size_t len)
{
    /* (the loops after a single are checked after it: their items, not
     * their accepted slots) */
    for (const construct_t *k = r->child; k; k = k->next) {
        for (int i = 0; i < k->nitems; i++)
            if (k->items[i].clause == CL_REDUCTION &&
                span_names(k, k->items[i].expr, p, len))
                return 1;
        if (reduced_inside(k, p, len))
            return 1;
    }
    return 0;
}

/* The lost-write check of a loop (parallel for, for, map): a warning for
 * every outer variable or storage the body writes that no clause names
 * (docs/compiler.md, "The write warning"), and the error for a shared
 * scalar the body assigns. */
static void check_loop_writes(checker_t *k)
{
    construct_t *c = k->c;
    unit_t *u = k->u;
    const construct_t *r = c->region;
    const written_t **order = writes_in_order(k);
    if (!order)
        return;
    for (size_t i = 0; i < c->nwrites; i++) {
        const written_t *x = order[i];
        const token_t *at = &u->toks.v[x->tok];
        int n = (int)x->len;
        if (nm_find(&c->decls, x->p, x->len) || is_loop_var(c, x->p, x->len))
            continue;
        /* In a region, its own variables are each worker's, as OpenMP's
         * are each thread's. */
        if (r && nm_find(&r->decls, x->p, x->len))
            continue;
        if (c->call.out != NONE && u->toks.v[c->call.out].len == x->len &&
            memcmp(pf_tok_text(u, c->call.out), x->p, x->len) == 0)
            continue;
        int cl = named_in(c, x->p, x->len);
        if (cl == CL_UNKNOWN && r && named_in(r, x->p, x->len) == CL_SHARED)
            cl = CL_SHARED;
        if (cl == CL_SHARED && (x->how & W_SELF)) {
            pf_error(&u->diag, at->off, x->len,
                     "'%.*s' is shared and the loop body assigns it: each "
                     "worker would assign its own copy; use reduction(op: "
                     "%.*s) for a sum, count or extremum, or lastprivate(%.*s) "
                     "for the last iteration's value",
                     n, x->p, n, x->p, n, x->p);
            continue;
        }
        if (cl != CL_UNKNOWN)
            continue;
        int role = name_role(u, c, x);
        if (role != NAME_PLAIN)
            continue;
        if (x->how & W_SELF)
            note_lost(k, x);
        if (x->how & W_SELF)
            pf_warning(&u->diag, at->off, x->len,
                       "'%.*s' is assigned in the pfor loop body but declared "
                       "outside it, and no clause names it: each worker "
                       "assigns its own copy and the value after the loop is "
                       "unspecified; name it in reduction(op: %.*s), "
                       "lastprivate(%.*s) or private(%.*s)",
                       n, x->p, n, x->p, n, x->p, n, x->p);
        else if (x->how & W_ELEM)
            pf_warning(&u->diag, at->off, x->len,
                       "'%.*s' is written in the pfor loop body but not "
                       "collected: the workers' writes to it are lost; add "
                       "collect(%.*s) for an array or a struct, "
                       "collect(%.*s[lo:len]) for a pointer",
                       n, x->p, n, x->p, n, x->p);
        else
            pf_warning(&u->diag, at->off, x->len,
                       "the pfor loop body writes through '%.*s', and that "
                       "storage is not collected: the workers' writes to it "
                       "are lost; add collect(%.*s[lo:len])",
                       n, x->p, n, x->p);
    }
    free(order);
}

/* Writes in a region's own code, and in single and master: each worker
 * has its own copy of every variable, so what one worker assigns to a
 * variable declared outside the region stays in that worker. */
static void check_team_writes(checker_t *k)
{
    construct_t *c = k->c;
    unit_t *u = k->u;
    const construct_t *r = c->kind == C_PARALLEL ? c : c->region;
    if (!r)
        return; /* an orphaned single or master: not judged here */
    const written_t **order = writes_in_order(k);
    if (!order)
        return;
    for (size_t i = 0; i < c->nwrites; i++) {
        const written_t *x = order[i];
        const token_t *at = &u->toks.v[x->tok];
        int n = (int)x->len;
        if (nm_find(&c->decls, x->p, x->len) ||
            (c != r && nm_find(&r->decls, x->p, x->len)))
            continue;
        int cl = named_in(c, x->p, x->len);
        if (cl == CL_COPYPRIVATE || cl == CL_PRIVATE || cl == CL_FIRSTPRIVATE)
            continue;
        cl = named_in(r, x->p, x->len);
        if (cl == CL_PRIVATE || cl == CL_FIRSTPRIVATE)
            continue;
        if (c->kind == C_PARALLEL) {
            /* Only the region's own statements: its loops, singles and
             * masters are judged by their own rules. */
            if (x->own_tok == NONE || name_role(u, c, x) != NAME_PLAIN)
                continue;
            at = &u->toks.v[x->own_tok];
            if (x->how & W_SELF)
                note_lost(k, x);
            pf_warning(&u->diag, at->off, x->len,
                       "'%.*s' is assigned in the pfor parallel region but "
                       "declared outside it: every worker assigns its own "
                       "copy, and the parent's is unchanged after the region "
                       "(compute it in a '#pragma pfor for' loop with "
                       "reduction or lastprivate)",
                       n, x->p);
            continue;
        }
        /* single, master: resetting a variable a loop of the region
         * reduces is the OpenMP idiom (the reduction starts from the value
         * on the worker that runs single and master). */
        if (reduced_inside(r, x->p, x->len))
            continue;
        pf_warning(&u->diag, at->off, x->len,
                   "'%.*s' is assigned in 'pfor %s' but declared outside the "
                   "region: only the worker that runs it has the new value "
                   "(the others keep their own, and the parent's is "
                   "unchanged after the region); name it in "
                   "copyprivate(%.*s) on a 'pfor single' if the others need "
                   "it",
                   n, x->p, pf_constructs[c->kind].name, n, x->p);
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
static int ensure_protos(unit_t *u)
{
    if (!u->protos) {
        u->protos = calloc(1, sizeof *u->protos);
        if (!u->protos || build_protos(u, u->protos) != 0) {
            u->oom = 1;
            return -1;
        }
    }
    return 0;
}

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

    if (ensure_protos(u) != 0)
        return -1;
    size_t popen = find_prototype(u, u->protos, m->fn, c->pragma);
    if (popen == NONE) {
        pf_error(&u->diag, ft->off, ft->len,
                 "pool(p): no declaration of '%.*s' before this loop in this "
                 "file (pforc does not read headers); declare it here",
                 (int)ft->len, fname);
        return -1;
    }
    size_t pclose = pf_match(u, popen);
    p->proto_off = u->toks.v[popen - 1].off;
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

/* Work-sharing, barriers, single and master belong directly to a region
 * (or to a function called from one), not to the body of a loop or of
 * another single or master: there the team's workers would never meet. */
static void check_nesting(checker_t *k)
{
    construct_t *c = k->c;
    for (const construct_t *p = c->parent; p; p = p->parent)
        if (p->kind == C_PARALLEL) {
            c->region = p;
            break;
        }
    if (c->kind != C_FOR && c->kind != C_SINGLE && c->kind != C_MASTER &&
        c->kind != C_BARRIER)
        return;
    for (const construct_t *p = c->parent; p; p = p->parent) {
        if (p->kind == C_PARALLEL)
            return;
        if (pf_is_loop(p) || p->kind == C_SINGLE || p->kind == C_MASTER) {
            const token_t *t = &k->u->toks.v[c->pragma];
            pf_error(&k->u->diag, t->off, t->len,
                     "'#pragma pfor %s' cannot be inside %s 'pfor %s': only "
                     "code directly in a parallel region (or in a function "
                     "called from one) may share a loop, wait at a barrier "
                     "or run single or master%s",
                     pf_constructs[c->kind].name,
                     pf_is_loop(p) ? "the body of a" : "a",
                     pf_constructs[p->kind].name,
                     c->kind == C_FOR ? "; write 'parallel for' (it runs "
                                        "serially inside a worker)"
                                      : "");
            return;
        }
    }
}

/* collapse(n): n loops were found, their bounds and steps do not use the
 * variables of the loops around them, and the variables differ. */
static void check_collapse(checker_t *k)
{
    construct_t *c = k->c;
    int want = c->first[CL_COLLAPSE] >= 0
                   ? c->clauses[c->first[CL_COLLAPSE]].collapse
                   : 1;
    if (want <= 1 || c->nloops < want)
        return;
    for (int d = 1; d < c->nloops; d++) {
        const header_t *h = pf_loop(c, d);
        span_t parts[3] = {h->lo, h->hi, h->step};
        for (int e = 0; e < d; e++) {
            const header_t *o = pf_loop(c, e);
            if (pf_span_empty(o->var))
                continue;
            const ptok_t *v = &c->t[o->var.first];
            if (same_ident(c, o->var, h->var)) {
                error_tok(k, h->var.first,
                          "collapse(%d): loops %d and %d both use the "
                          "variable '%.*s'",
                          want, e + 1, d + 1, (int)v->len, v->text);
                return;
            }
            for (int q = 0; q < 3; q++)
                for (int i = parts[q].first; i <= parts[q].last; i++)
                    if (c->t[i].kind == T_IDENT && c->t[i].len == v->len &&
                        memcmp(c->t[i].text, v->text, v->len) == 0 &&
                        !(i > 0 && (c->t[i - 1].punct == '.' ||
                                    c->t[i - 1].punct == P_ARROW))) {
                        error_tok(k, i,
                                  "collapse(%d): the %s of loop %d uses "
                                  "'%.*s', the variable of loop %d: pfor "
                                  "collapses only rectangular nests (make "
                                  "the %s independent of the outer loops, "
                                  "or collapse fewer loops)",
                                  want,
                                  q == 0   ? "start"
                                  : q == 1 ? "bound"
                                           : "step",
                                  d + 1, (int)v->len, v->text, e + 1,
                                  q == 0   ? "start"
                                  : q == 1 ? "bound"
                                           : "step");
                        return;
                    }
        }
    }
}

static void check_construct(checker_t *k)
{
    unit_t *u = k->u;
    construct_t *c = k->c;
    int errors = u->diag.errors;
    const token_t *pt = &u->toks.v[c->pragma];

    if (c->outside)
        pf_error(&u->diag, pt->off, pt->len, "%s",
                 problem_text(PR_OUTSIDE_FUNCTION));
    if (c->pre == PR_NO_FOR || c->pre == PR_NO_BLOCK || c->pre == PR_NO_STMT) {
        size_t s = c->pragma + 1;
        size_t at = s < u->toks.n ? u->toks.v[s].off : u->src.len;
        size_t len = s < u->toks.n ? u->toks.v[s].len : 0;
        if (c->pre == PR_NO_STMT)
            pf_error(&u->diag, at, len,
                     "'#pragma pfor %s' must be followed by a statement",
                     pf_constructs[c->kind].name);
        else
            pf_error(&u->diag, at, len, "%s", problem_text(c->pre));
    } else if (c->pre == PR_NO_HEADER) {
        pf_error(&u->diag,
                 u->toks.v[c->for_tok != NONE ? c->for_tok : c->pragma + 1].off,
                 3, "%s", problem_text(PR_NO_HEADER));
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
    if (c->first[CL_POOL] >= 0 && c->first[CL_COLLECT] >= 0)
        error_tok(k, c->clauses[c->first[CL_COLLECT]].name.first,
                  "collect() cannot be combined with pool(p): the pool's "
                  "workers were forked before the loop and write their own "
                  "copies (return the values, or write into pfor shared "
                  "memory)");
    check_nesting(k);
    if (u->opt->backend == BACKEND_OPENMP &&
        (c->first[CL_RETRIES] >= 0 || c->first[CL_TIMEOUT] >= 0) &&
        c->first[CL_POOL] < 0) {
        int cl = c->first[CL_RETRIES] >= 0 ? CL_RETRIES : CL_TIMEOUT;
        const ptok_t *t = &c->t[c->clauses[c->first[cl]].name.first];
        pf_warning(&u->diag, t->src_off, t->src_len,
                   "retries() and timeout() have no effect on the openmp "
                   "backend (a thread that crashes takes the process with it, "
                   "and a thread cannot be stopped): ignored");
    }
    if (c->kind == C_NONE || c->kind == C_REFUSED) {
        walk_problems(k);
        return; /* its problems are reported: nothing to lower */
    }
    if (c->follows == FOLLOW_LOOP && c->close == NONE)
        return;
    walk_problems(k);
    if (c->end == 0)
        return;
    int ok = 1;
    for (int d = 0; c->follows == FOLLOW_LOOP && d < c->nloops; d++)
        ok = ok && pf_loop(c, d)->ok;
    if (c->follows == FOLLOW_LOOP) {
        int want = c->first[CL_COLLAPSE] >= 0
                       ? c->clauses[c->first[CL_COLLAPSE]].collapse
                       : 1;
        ok = ok && want > 0 && c->nloops == want;
        if (ok)
            check_collapse(k);
    }
    if (c->kind == C_MAP) {
        check_map(k);
        if (c->call.ok)
            check_map_args(k);
    }
    c->ok = u->diag.errors == errors && ok;
}

/* Did c or a construct nested in it fail its checks? */
static int failed_within(const construct_t *c)
{
    if (!c->ok)
        return 1;
    for (const construct_t *k = c->child; k; k = k->next)
        if (failed_within(k))
            return 1;
    return 0;
}

/* The second pass: what the body writes (the lost-write warnings, the
 * shared-scalar error) and the pool plan, for a construct that passed
 * the first pass with everything nested in it: a rejected clause or a
 * refused construct inside would make these checks say the wrong
 * thing. */
static void judge_construct(checker_t *k)
{
    unit_t *u = k->u;
    construct_t *c = k->c;
    int errors = u->diag.errors;
    if (failed_within(c))
        return;
    if (build_mentions(u) != 0) {
        u->oom = 1;
        return;
    }
    if (pf_is_loop(c))
        check_loop_writes(k);
    else if (c->kind == C_PARALLEL || c->kind == C_SINGLE ||
             c->kind == C_MASTER)
        check_team_writes(k);
    if (u->diag.errors == errors && c->first[CL_POOL] >= 0)
        plan_pool(k);
    c->ok = u->diag.errors == errors;
}

int pf_check_unit(unit_t *u)
{
    for (size_t i = 0; i < u->nall && !u->diag.stopped && !u->oom; i++) {
        checker_t k = {u, u->all[i], {0}};
        check_construct(&k);
        nm_free(&k.listed);
    }
    /* (text order again: a construct's judgement needs its children's
     * first pass) */
    int *ok = malloc((u->nall + 1) * sizeof *ok);
    if (!ok)
        return -1;
    for (size_t i = 0; i < u->nall; i++)
        ok[i] = u->all[i]->ok;
    for (size_t i = 0; i < u->nall && !u->diag.stopped && !u->oom; i++) {
        checker_t k = {u, u->all[i], {0}};
        if (ok[i])
            judge_construct(&k);
    }
    free(ok);
    if (u->protos) {
        free(u->protos->e);
        nm_free(&u->protos->last);
        free(u->protos);
        u->protos = NULL;
    }
    return u->oom ? -1 : 0;
}
