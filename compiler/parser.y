/* parser.y - pforc's bison grammar: the pfor clause language and the
 * OpenMP canonical loop header.  Expressions stay opaque token runs (pforc
 * needs no type knowledge); the actions fill the loop_t. */
%require "3.2"
%define api.pure full
%define api.prefix {pfp_}
%define api.token.prefix {TK_}
%define api.value.type {span_t}
%define parse.error custom
%parse-param {pctx_t *ctx}
%lex-param {pctx_t *ctx}
%expect 0

%code requires {
#include "pforc.h"

/* The parser's context: the tokens, the construct it fills, and bison's
 * pending syntax message. */
typedef struct pctx {
    construct_t *c;
    ptok_t *t;
    int n;
    int pos; /* next token to hand out */
    int cur; /* index of the last token handed out */
    char pending[256]; /* a syntax error waiting to be recorded */
    int pending_tok;
    int has_pending;
    int header_errors;
    int header_reported; /* parts already recorded: init 1, test 2, step 4 */
    int cur_op;          /* the reduction operator being parsed */
    int cur_list;        /* the clause of the list being parsed */
    header_t *h;         /* the loop header being parsed */
    int level;           /* its loop in the nest (0: the outermost) */
    int header_only;     /* hand out HEADER_START first */
    int oom;
} pctx_t;
}

%code {
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int pfp_lex(span_t *lval, pctx_t *ctx);
static void pfp_error(pctx_t *ctx, const char *msg);

static span_t sp(int first, int last) { return (span_t){first, last}; }
static span_t none(void) { return pf_span_none(); }

static void flush_pending(pctx_t *ctx);
static void problem(pctx_t *ctx, int code, span_t at, const char *text);
static void clause(pctx_t *ctx, int id, span_t name, span_t arg,
                   span_t chunk);
static void add_item(pctx_t *ctx, int clause, span_t expr, span_t lo,
                     span_t len);
static void add_list_item(pctx_t *ctx, span_t expr);
static void refused(pctx_t *ctx, span_t word);
static void set_op(pctx_t *ctx, span_t op);
static void header_init(pctx_t *ctx, span_t type, span_t var, span_t lo);
static void header_test(pctx_t *ctx, span_t left, span_t op, span_t right);
static void header_step(pctx_t *ctx, span_t var, int kind, span_t e);
static void header_step_assign(pctx_t *ctx, span_t var, span_t e);
static void header_bad(pctx_t *ctx, span_t at, int code);
static void header_done(pctx_t *ctx);
static int clause_of(pctx_t *ctx, span_t s) { return ctx->t[s.first].clause; }
}

%token END 0 "end of pragma"
%token PFOR "pfor" PRAGMA_END "end of the pragma line"
%token PARALLEL "parallel" MAP "map" FOR "for"
%token SINGLE "single" MASTER "master" BARRIER "barrier"
%token HEADER_START "loop header"
/* Clause keywords, one token per argument shape (lang.h's list tells the
 * pragma unit which word is which); the token's `clause` names it. */
%token CLAUSE_EXPR "clause" CLAUSE_FLAG "flag clause"
%token CLAUSE_SCHEDULE "schedule" CLAUSE_REDUCTION "reduction"
%token CLAUSE_LIST "list clause" CLAUSE_WORD "word clause"
%token IDENT "identifier" ATOM "expression token"
%token RELOP "comparison" INC "++" DEC "--"
%token ADD_ASSIGN "+=" SUB_ASSIGN "-=" OTHER_ASSIGN "compound assignment"
%token ANDAND "&&" OROR "||"

%%

/* A pragma, or (pf_parse_header) one loop header of its nest. */
input:
    pragma
  | HEADER_START header
  ;

/* #pragma pfor <construct> <clause>... ; a syntax error skips the rest
 * of the line so that the loop header is still checked.  A word that is
 * no pfor construct (an OpenMP one pfor refuses, or a typo) takes the
 * rest of the line with it: check.c says what to write instead. */
pragma:
    PFOR construct clauses PRAGMA_END
  | PFOR IDENT skipped PRAGMA_END     { refused(ctx, $2); }
  | PFOR error PRAGMA_END             { flush_pending(ctx); }
  ;

construct:
    PARALLEL FOR    { ctx->c->kind = C_PARALLEL_FOR; }
  | MAP             { ctx->c->kind = C_MAP; }
  | PARALLEL        { ctx->c->kind = C_PARALLEL; }
  | FOR             { ctx->c->kind = C_FOR; }
  | SINGLE          { ctx->c->kind = C_SINGLE; }
  | MASTER          { ctx->c->kind = C_MASTER; }
  | BARRIER         { ctx->c->kind = C_BARRIER; }
  ;

skipped:
    %empty
  | skipped anytoken
  ;

anytoken:
    IDENT | ATOM | RELOP | INC | DEC | ADD_ASSIGN | SUB_ASSIGN | OTHER_ASSIGN
  | ANDAND | OROR | CLAUSE_EXPR | CLAUSE_FLAG | CLAUSE_SCHEDULE
  | CLAUSE_REDUCTION | CLAUSE_LIST | CLAUSE_WORD | PARALLEL | MAP | FOR
  | SINGLE | MASTER | BARRIER | PFOR
  | '(' | ')' | '[' | ']' | '{' | '}' | ',' | ';' | ':' | '=' | '+' | '-'
  | '*' | '&' | '|' | '^'
  ;

clauses:
    %empty
  | clauses clause
  | clauses ',' clause
  ;

/* A clause of each shape (lang.h); an unknown word, with or without an
 * argument, is recorded for check.c to name. */
clause:
    CLAUSE_EXPR '(' cexpr ')'   { clause(ctx, clause_of(ctx, $1), $1, $3,
                                         none()); }
  | CLAUSE_FLAG                 { clause(ctx, clause_of(ctx, $1), $1, none(),
                                         none()); }
  | CLAUSE_SCHEDULE '(' IDENT ')'
                                { clause(ctx, clause_of(ctx, $1), $1, $3,
                                         none()); }
  | CLAUSE_SCHEDULE '(' IDENT ',' cexpr ')'
                                { clause(ctx, clause_of(ctx, $1), $1, $3,
                                         $5); }
  | CLAUSE_REDUCTION '(' redop ':' red_list ')'
                                { clause(ctx, clause_of(ctx, $1), $1, none(),
                                         none()); }
  | CLAUSE_LIST '('             { ctx->cur_list = clause_of(ctx, $1); }
    item_list ')'               { clause(ctx, clause_of(ctx, $1), $1, none(),
                                         none()); }
  | CLAUSE_WORD '(' IDENT ')'   { clause(ctx, clause_of(ctx, $1), $1, $3,
                                         none()); }
  | IDENT                       { clause(ctx, CL_UNKNOWN, $1, none(),
                                         none()); }
  | IDENT '(' balanced ')'      { clause(ctx, CL_UNKNOWN, $1, none(),
                                         none()); }
  ;

/* reduction(op: list): the operator is any single token here; check.c
 * looks it up in lang.h's list. */
redop:
    '+' { set_op(ctx, $1); } | '*' { set_op(ctx, $1); }
  | '-' { set_op(ctx, $1); } | '&' { set_op(ctx, $1); }
  | '|' { set_op(ctx, $1); } | '^' { set_op(ctx, $1); }
  | ANDAND { set_op(ctx, $1); } | OROR { set_op(ctx, $1); }
  | IDENT { set_op(ctx, $1); } | ATOM { set_op(ctx, $1); }
  | RELOP { set_op(ctx, $1); }
  ;

red_list:
    red_item
  | red_list ',' red_item
  ;

red_item:
    IDENT                       { add_item(ctx, CL_REDUCTION, $1, none(),
                                           none()); }
  | IDENT '[' expr ':' expr ']' { add_item(ctx, CL_REDUCTION, $1, $3, $5); }
  ;

/* The items of a list clause: expressions, each perhaps ending in one or
 * two sections [lo:len] (add_list_item tells them apart). */
item_list:
    cexpr                       { add_list_item(ctx, $1); }
  | item_list ',' cexpr         { add_list_item(ctx, $3); }
  ;

/* for (init; test; step): OpenMP's canonical loop form.  Each part has an
 * error alternative that says which part is wrong. */
header:
    FOR '(' init ';' test ';' step ')'
                                { header_done(ctx); }
  ;

init:
    IDENT '=' expr              { header_init(ctx, none(), $1, $3); }
  | typewords IDENT '=' expr    { header_init(ctx, $1, $2, $4); }
  | %empty                      { header_bad(ctx, none(), PR_INIT_MISSING); }
  | error                       { header_bad(ctx, none(), PR_INIT_FORM); }
  ;

typewords:
    IDENT
  | typewords IDENT             { $$ = sp($1.first, $2.last); }
  ;

test:
    expr RELOP expr             { header_test(ctx, $1, $2, $3); }
  | expr                        { header_bad(ctx, $1, PR_TEST_FORM); }
  | %empty                      { header_bad(ctx, none(), PR_TEST_MISSING); }
  | error                       { header_bad(ctx, none(), PR_TEST_FORM); }
  ;

step:
    IDENT INC                   { header_step(ctx, $1, STEP_INC, none()); }
  | INC IDENT                   { header_step(ctx, $2, STEP_INC, none()); }
  | IDENT DEC                   { header_step(ctx, $1, STEP_DEC, none()); }
  | DEC IDENT                   { header_step(ctx, $2, STEP_DEC, none()); }
  | IDENT ADD_ASSIGN expr       { header_step(ctx, $1, STEP_ADD, $3); }
  | IDENT SUB_ASSIGN expr       { header_step(ctx, $1, STEP_SUB, $3); }
  | IDENT '=' expr              { header_step_assign(ctx, $1, $3); }
  | %empty                      { header_bad(ctx, none(), PR_STEP_MISSING); }
  | error                       { header_bad(ctx, none(), PR_STEP_FORM); }
  ;

/* An expression as pforc sees it: a run of tokens with no top-level
 * comparison, assignment, comma, colon or semicolon. */
expr:
    atom
  | expr atom                   { $$ = sp($1.first, $2.last); }
  ;

atom:
    IDENT | ATOM | '+' | '-' | '*' | '&' | '|' | '^' | ANDAND | OROR
  | group
  ;

/* A clause argument: anything but a top-level comma. */
cexpr:
    catom
  | cexpr catom                 { $$ = sp($1.first, $2.last); }
  ;

catom:
    atom | RELOP | ':' | '=' | INC | DEC | ADD_ASSIGN | SUB_ASSIGN
  | OTHER_ASSIGN
  ;

group:
    '(' balanced ')'            { $$ = sp($1.first, $3.last); }
  | '[' balanced ']'            { $$ = sp($1.first, $3.last); }
  | '{' balanced '}'            { $$ = sp($1.first, $3.last); }
  ;

balanced:
    %empty                      { $$ = none(); }
  | balanced btok
  ;

btok:
    catom | ',' | ';'
  ;

%%

/* Hand the parser the next prepared token. */
static int pfp_lex(span_t *lval, pctx_t *ctx)
{
    if (ctx->header_only) {
        ctx->header_only = 0;
        *lval = sp(ctx->pos, ctx->pos);
        return TK_HEADER_START;
    }
    if (ctx->pos >= ctx->n) {
        ctx->cur = ctx->n - 1;
        *lval = sp(ctx->n - 1, ctx->n - 1);
        return TK_END;
    }
    ctx->cur = ctx->pos++;
    *lval = sp(ctx->cur, ctx->cur);
    return ctx->t[ctx->cur].code;
}

/* bison's "detailed" message, except that a clause keyword is named by
 * its word (the grammar has one token per argument shape). */
static int yyreport_syntax_error(const yypcontext_t *yyctx, pctx_t *ctx)
{
    enum { ARGS = 5 };
    yysymbol_kind_t sym[ARGS];
    int n = yypcontext_expected_tokens(yyctx, sym + 1, ARGS - 1);
    if (n < 0)
        return n;
    /* (more than ARGS - 1 expected gives 0: none is listed) */
    yysymbol_kind_t got = yypcontext_token(yyctx);
    char msg[256];
    size_t len = 0;
    len += (size_t)snprintf(msg, sizeof msg, "syntax error");
    if (got != YYSYMBOL_YYEMPTY) {
        const char *name = yysymbol_name(got);
        int c = ctx->cur >= 0 && ctx->cur < ctx->n ? ctx->t[ctx->cur].clause
                                                   : CL_UNKNOWN;
        if (c != CL_UNKNOWN)
            name = pf_clauses[c].word;
        len += (size_t)snprintf(msg + len, sizeof msg - len, ", unexpected %s",
                                name);
        for (int i = 1; i <= n && len < sizeof msg; i++)
            len += (size_t)snprintf(msg + len, sizeof msg - len, "%s%s",
                                    i == 1 ? ", expecting " : " or ",
                                    yysymbol_name(sym[i]));
    }
    pfp_error(ctx, msg);
    return 0;
}

/* Keep bison's message until we know whether an error rule describes the
 * problem better. */
static void pfp_error(pctx_t *ctx, const char *msg)
{
    flush_pending(ctx);
    const char *m = strncmp(msg, "syntax error, ", 14) == 0 ? msg + 14 : msg;
    snprintf(ctx->pending, sizeof ctx->pending, "%s", m);
    ctx->pending_tok = ctx->cur < 0 ? 0 : ctx->cur;
    ctx->has_pending = 1;
}

/* Append an event; the arrays grow by doubling. */
static int event(pctx_t *ctx, int kind, int index, int arg)
{
    construct_t *c = ctx->c;
    if ((c->nevents & (c->nevents - 1)) == 0) {
        size_t cap = c->nevents ? 2 * (size_t)c->nevents : 8;
        event_t *v = realloc(c->events, cap * sizeof *v);
        if (!v) {
            ctx->oom = 1;
            return -1;
        }
        c->events = v;
    }
    c->events[c->nevents++] = (event_t){kind, index, arg};
    return 0;
}

/* Record a problem at the tokens of `at` (clipped to the tokens there
 * are), as a diagnostic would point at them. */
static void problem(pctx_t *ctx, int code, span_t at, const char *text)
{
    construct_t *c = ctx->c;
    if (at.first < 0 || at.first >= ctx->n)
        at.first = at.last = ctx->n - 1;
    if (at.last < at.first || at.last >= ctx->n)
        at.last = at.first;
    const ptok_t *a = &ctx->t[at.first], *b = &ctx->t[at.last];
    size_t len = b->src_off + b->src_len > a->src_off
                     ? b->src_off + b->src_len - a->src_off
                     : a->src_len;
    if (at.first == at.last)
        len = a->src_len;
    if ((c->nproblems & (c->nproblems - 1)) == 0) {
        size_t cap = c->nproblems ? 2 * (size_t)c->nproblems : 4;
        problem_t *v = realloc(c->problems, cap * sizeof *v);
        if (!v) {
            ctx->oom = 1;
            return;
        }
        c->problems = v;
    }
    char *t = text ? strdup(text) : NULL;
    c->problems[c->nproblems] = (problem_t){code, a->src_off, len, t, NONE};
    if (event(ctx, EV_PROBLEM, c->nproblems, 0) == 0)
        c->nproblems++;
    else
        free(t);
}

/* Record bison's syntax message, if one is waiting. */
static void flush_pending(pctx_t *ctx)
{
    if (!ctx->has_pending)
        return;
    ctx->has_pending = 0;
    int tok = ctx->pending_tok;
    problem(ctx, PR_SYNTAX, sp(tok, tok), ctx->pending);
}

static void clause(pctx_t *ctx, int id, span_t name, span_t arg,
                   span_t chunk)
{
    construct_t *c = ctx->c;
    if ((c->nclauses & (c->nclauses - 1)) == 0) {
        size_t cap = c->nclauses ? 2 * (size_t)c->nclauses : 8;
        clause_t *v = realloc(c->clauses, cap * sizeof *v);
        if (!v) {
            ctx->oom = 1;
            return;
        }
        c->clauses = v;
    }
    c->clauses[c->nclauses] = (clause_t){id, name, arg, chunk, SCHED_NONE};
    if (event(ctx, EV_CLAUSE, c->nclauses, 0) == 0)
        c->nclauses++;
}

/* The operator of the reduction clause being parsed (looked up in lang.h's
 * list; check.c names an unknown one). */
static void set_op(pctx_t *ctx, span_t op)
{
    const ptok_t *t = &ctx->t[op.first];
    ctx->cur_op = pf_redop_lookup(t->text, t->len);
    event(ctx, EV_REDOP, op.first, ctx->cur_op);
}

static void add_item(pctx_t *ctx, int clause, span_t expr, span_t lo,
                     span_t len)
{
    construct_t *c = ctx->c;
    if ((c->nitems & (c->nitems - 1)) == 0) {
        size_t cap = c->nitems ? 2 * (size_t)c->nitems : 8;
        item_t *v = realloc(c->items, cap * sizeof *v);
        if (!v) {
            ctx->oom = 1;
            return;
        }
        c->items = v;
    }
    int op = clause == CL_REDUCTION ? ctx->cur_op : RED_NONE;
    c->items[c->nitems] =
        (item_t){clause,
                 op,
                 expr,
                 lo,
                 len,
                 none(),
                 none(),
                 pf_span_empty(lo) ? ITEM_WHOLE : ITEM_SECTION};
    if (event(ctx, EV_ITEM, c->nitems, 0) == 0)
        c->nitems++;
}

/* The '[' matching the ']' at `close`, not before `first`, or -1. */
static int open_of(const pctx_t *ctx, int first, int close)
{
    int depth = 0;
    for (int i = close; i >= first; i--) {
        int c = ctx->t[i].code;
        depth += (c == ')' || c == ']' || c == '}');
        depth -= (c == '(' || c == '[' || c == '{');
        if (depth == 0)
            return ctx->t[i].code == '[' ? i : -1;
    }
    return -1;
}

/* The top-level ':' of the group (open, close), or -1: the first one not
 * taken by a `? :` inside the bound. */
static int section_colon(const pctx_t *ctx, int open, int close)
{
    int depth = 0, quest = 0;
    for (int i = open + 1; i < close; i++) {
        const ptok_t *t = &ctx->t[i];
        if (t->code == '(' || t->code == '[' || t->code == '{')
            depth++;
        else if (t->code == ')' || t->code == ']' || t->code == '}')
            depth--;
        else if (depth == 0 && t->kind == T_PUNCT && t->punct == '?')
            quest++;
        else if (depth == 0 && t->code == ':' && quest > 0)
            quest--;
        else if (depth == 0 && t->code == ':')
            return i;
    }
    return -1;
}

/* A list item: `e`, `p[lo:len]` or `rows[lo:n][a:m]` (the sections are
 * the trailing [x:y] groups of the expression; `m[r][0:n]` is a section
 * of the row m[r]). */
static void add_list_item(pctx_t *ctx, span_t e)
{
    span_t sec[2][2];
    int nsec = 0, end = e.last;
    while (nsec < 2 && end > e.first && ctx->t[end].code == ']') {
        int open = open_of(ctx, e.first, end);
        int colon = open > e.first ? section_colon(ctx, open, end) : -1;
        if (colon < 0 || colon == open + 1 || colon + 1 == end)
            break;
        sec[nsec][0] = sp(open + 1, colon - 1);
        sec[nsec][1] = sp(colon + 1, end - 1);
        nsec++;
        end = open - 1;
    }
    construct_t *c = ctx->c;
    if (nsec == 0) {
        add_item(ctx, ctx->cur_list, e, none(), none());
        return;
    }
    /* sec[] holds the sections from the last one back. */
    add_item(ctx, ctx->cur_list, sp(e.first, end), sec[nsec - 1][0],
             sec[nsec - 1][1]);
    if (nsec == 2 && !ctx->oom && c->nitems > 0) {
        item_t *it = &c->items[c->nitems - 1];
        it->lo2 = sec[0][0];
        it->len2 = sec[0][1];
        it->shape = ITEM_ROWS;
    }
}

/* A construct word pfor does not have: check.c names it. */
static void refused(pctx_t *ctx, span_t word)
{
    ctx->c->kind = C_REFUSED;
    event(ctx, EV_REFUSED, word.first, 0);
}

static int same_ident(const pctx_t *ctx, span_t a, span_t b)
{
    const ptok_t *x = &ctx->t[a.first], *y = &ctx->t[b.first];
    return a.first == a.last && b.first == b.last && x->len == y->len &&
           memcmp(x->text, y->text, x->len) == 0;
}

/* "loop not in canonical form" for one part of the header. */
static void header_bad(pctx_t *ctx, span_t at, int code)
{
    int bit = code <= PR_INIT_FORM ? 1 : code <= PR_TEST_NO_VAR ? 2 : 4;
    if (at.last < at.first)
        at.first = at.last = ctx->has_pending ? ctx->pending_tok : ctx->cur;
    ctx->has_pending = 0;
    ctx->header_errors++;
    /* Error recovery may reduce the same error rule once per discarded
     * token: record each part once. */
    if (ctx->header_reported & bit)
        return;
    ctx->header_reported |= bit;
    problem(ctx, code, at, NULL);
}

static void header_init(pctx_t *ctx, span_t type, span_t var, span_t lo)
{
    header_t *h = ctx->h;
    h->type = type;
    h->declared = type.last >= type.first;
    h->var = var;
    h->lo = lo;
}

static void header_test(pctx_t *ctx, span_t left, span_t op, span_t right)
{
    header_t *h = ctx->h;
    const ptok_t *t = &ctx->t[op.first];
    int cmp = t->punct == '<'   ? CMP_LT
              : t->punct == P_LE ? CMP_LE
              : t->punct == '>'  ? CMP_GT
                                 : CMP_GE;
    static const int flip[] = {0, CMP_GT, CMP_GE, CMP_LT, CMP_LE};
    int left_var = left.first == left.last &&
                   ctx->t[left.first].code == TK_IDENT;
    int right_var = right.first == right.last &&
                    ctx->t[right.first].code == TK_IDENT;
    /* With a name on both sides, the loop variable is the one the init
     * part named. */
    if (left_var && right_var && h->var.last >= h->var.first &&
        !same_ident(ctx, left, h->var) && same_ident(ctx, right, h->var))
        left_var = 0;
    if (left_var) {
        h->test_var = left;
        h->hi = right;
        h->cmp = cmp;
    } else if (right_var) {
        h->test_var = right;
        h->hi = left;
        h->cmp = flip[cmp];
    } else {
        ctx->header_errors++;
        problem(ctx, PR_TEST_NO_VAR, sp(left.first, right.last), NULL);
    }
}

static void header_step(pctx_t *ctx, span_t var, int kind, span_t e)
{
    header_t *h = ctx->h;
    h->step_var = var;
    h->step_kind = kind;
    h->step = e;
}

/* Does the top level of s hold an operator that binds looser than + and
 * -, so that "v + s" would not add s as a whole? */
static int has_loose_op(pctx_t *ctx, span_t s)
{
    for (int i = s.first; i <= s.last; i++) {
        const ptok_t *t = &ctx->t[i];
        if (t->code == '(' || t->code == '[' || t->code == '{') {
            int depth = 0;
            for (; i <= s.last; i++) {
                int c = ctx->t[i].code;
                depth += (c == '(' || c == '[' || c == '{');
                depth -= (c == ')' || c == ']' || c == '}');
                if (depth == 0)
                    break;
            }
            continue;
        }
        if (t->code == '&' || t->code == '|' || t->code == '^' ||
            t->code == TK_ANDAND || t->code == TK_OROR ||
            (t->kind == T_PUNCT &&
             (t->punct == P_SHL || t->punct == P_SHR || t->punct == P_EQ ||
              t->punct == P_NE || t->punct == '?')))
            return 1;
    }
    return 0;
}

/* v = v + e, v = v - e, v = e + v. */
static void header_step_assign(pctx_t *ctx, span_t var, span_t e)
{
    header_t *h = ctx->h;
    const ptok_t *t = ctx->t;
    h->step_var = var;
    if (e.last - e.first >= 2 && same_ident(ctx, sp(e.first, e.first), var) &&
        (t[e.first + 1].code == '+' || t[e.first + 1].code == '-') &&
        !has_loose_op(ctx, sp(e.first + 2, e.last))) {
        /* v = v +/- rest: the step is 0 +/- rest, left-associated. */
        h->step_kind = STEP_EXPR;
        h->step = sp(e.first + 1, e.last);
        return;
    }
    if (e.last - e.first >= 2 && same_ident(ctx, sp(e.last, e.last), var) &&
        t[e.last - 1].code == '+' &&
        !has_loose_op(ctx, sp(e.first, e.last - 2))) {
        h->step_kind = STEP_ADD;
        h->step = sp(e.first, e.last - 2);
        return;
    }
    ctx->header_errors++;
    problem(ctx, PR_STEP_FORM, e, NULL);
}

/* All three parts parsed: check.c sees whether they name one variable. */
static void header_done(pctx_t *ctx)
{
    if (!ctx->header_errors)
        event(ctx, EV_HEADER_DONE, ctx->level, 0);
}

void pf_parse_construct(construct_t *c)
{
    pctx_t ctx = {0};
    ctx.c = c;
    ctx.t = c->t;
    ctx.n = c->nt;
    ctx.h = &c->h;
    for (int d = 0; d < PF_MAX_COLLAPSE; d++) {
        header_t *h = d == 0 ? &c->h : &c->inner[d - 1];
        h->var = h->type = h->lo = h->hi = h->step = none();
        h->test_var = h->step_var = none();
    }
    /* The pragma only: its tokens end at PRAGMA_END. */
    for (int i = 0; i < c->nt; i++)
        if (c->t[i].code == TK_PRAGMA_END) {
            ctx.n = i + 1;
            break;
        }
    pfp_parse(&ctx);
    flush_pending(&ctx);
}

void pf_parse_header(construct_t *c, int d, int first, int end)
{
    pctx_t ctx = {0};
    header_t *h = d == 0 ? &c->h : &c->inner[d - 1];
    ctx.c = c;
    ctx.t = c->t;
    ctx.pos = first;
    ctx.n = end;
    ctx.cur = first - 1;
    ctx.h = h;
    ctx.level = d;
    ctx.header_only = 1;
    size_t for_tok = h->for_tok, close = h->close;
    *h = (header_t){0};
    h->for_tok = for_tok;
    h->close = close;
    h->var = h->type = h->lo = h->hi = h->step = none();
    h->test_var = h->step_var = none();
    pfp_parse(&ctx);
    flush_pending(&ctx);
}
