/* parser.y - pforc's bison grammar: the pfor clause language and the
 * OpenMP canonical loop header.  Expressions stay opaque token runs (pforc
 * needs no type knowledge); the actions fill the loop_t. */
%require "3.2"
%define api.pure full
%define api.prefix {pfp_}
%define api.token.prefix {TK_}
%define api.value.type {span_t}
%define parse.error detailed
%parse-param {pctx_t *ctx}
%lex-param {pctx_t *ctx}
%expect 0

%code requires {
#include "pforc.h"
}

%code {
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int pfp_lex(span_t *lval, pctx_t *ctx);
static void pfp_error(pctx_t *ctx, const char *msg);

/* pf_op_t and pfc_schedule_t values (pfor/common.h, pfor_abi.h). */
enum { OP_ADD = 1, OP_MUL, OP_SUB, OP_BAND, OP_BOR, OP_BXOR, OP_LAND,
       OP_LOR, OP_MIN, OP_MAX };
enum { SCHED_STATIC = 1, SCHED_DYNAMIC, SCHED_GUIDED, SCHED_RUNTIME };
enum { CMP_LT = 1, CMP_LE, CMP_GT, CMP_GE };

static const char *const clause_names[CL_COUNT] = {
    "workers", "schedule", "reduction", "collect", "if",
    "retries", "timeout", "chunksize", "progress", "pool",
};

static span_t sp(int first, int last) { return (span_t){first, last}; }
static span_t none(void) { return (span_t){0, -1}; }

static void clause(pctx_t *ctx, int cl, span_t name, span_t arg);
static void add_reduction(pctx_t *ctx, span_t op, span_t var, span_t lo,
                          span_t len);
static void add_collect(pctx_t *ctx, span_t item);
static void set_op(pctx_t *ctx, span_t op);
static void header_init(pctx_t *ctx, span_t type, span_t var, span_t lo);
static void header_test(pctx_t *ctx, span_t left, span_t op, span_t right);
static void header_step(pctx_t *ctx, span_t var, int kind, span_t e);
static void header_step_assign(pctx_t *ctx, span_t var, span_t e);
static void header_bad(pctx_t *ctx, span_t at, const char *part,
                       const char *want);
static void header_done(pctx_t *ctx, span_t all);
}

%token END 0 "end of pragma"
%token PFOR "pfor" PRAGMA_END "end of the pragma line"
%token PARALLEL "parallel" MAP "map" FOR "for"
%token WORKERS "workers" SCHEDULE "schedule" REDUCTION "reduction"
%token COLLECT "collect" IF "if" RETRIES "retries" TIMEOUT "timeout"
%token CHUNKSIZE "chunksize" PROGRESS "progress" POOL "pool"
%token IDENT "identifier" ATOM "expression token"
%token RELOP "comparison" INC "++" DEC "--"
%token ADD_ASSIGN "+=" SUB_ASSIGN "-=" OTHER_ASSIGN "compound assignment"
%token ANDAND "&&" OROR "||"

%%

input:
    pragma
  | pragma header
  ;

/* #pragma pfor <construct> <clause>... ; a syntax error skips the rest
 * of the line so that the loop header is still checked. */
pragma:
    PFOR construct clauses PRAGMA_END
  | PFOR error PRAGMA_END             { flush_pending(ctx); }
  ;

construct:
    PARALLEL FOR    { ctx->loop->construct = C_PARALLEL_FOR;
                      ctx->loop->construct_span = sp($1.first, $2.last); }
  | MAP             { ctx->loop->construct = C_MAP;
                      ctx->loop->construct_span = $1; }
  ;

clauses:
    %empty
  | clauses clause
  | clauses ',' clause
  ;

clause:
    WORKERS '(' cexpr ')'       { clause(ctx, CL_WORKERS, $1, $3); }
  | IF '(' cexpr ')'            { clause(ctx, CL_IF, $1, $3); }
  | RETRIES '(' cexpr ')'       { clause(ctx, CL_RETRIES, $1, $3); }
  | TIMEOUT '(' cexpr ')'       { clause(ctx, CL_TIMEOUT, $1, $3); }
  | CHUNKSIZE '(' cexpr ')'     { clause(ctx, CL_CHUNKSIZE, $1, $3); }
  | POOL '(' cexpr ')'          { clause(ctx, CL_POOL, $1, $3); }
  | PROGRESS                    { clause(ctx, CL_PROGRESS, $1, none()); }
  | SCHEDULE '(' IDENT ')'      { clause(ctx, CL_SCHEDULE, $1, $3); }
  | SCHEDULE '(' IDENT ',' cexpr ')'
                                { ctx->loop->sched_chunk = $5;
                                  clause(ctx, CL_SCHEDULE, $1, $3); }
  | REDUCTION '(' redop ':' red_list ')'
                                { clause(ctx, CL_REDUCTION, $1, none()); }
  | COLLECT '(' coll_list ')'   { clause(ctx, CL_COLLECT, $1, none()); }
  | IDENT                       { pctx_error(ctx, $1.first,
                                    "unknown pfor clause '%.*s'",
                                    (int)ctx->t[$1.first].len,
                                    ctx->t[$1.first].text); }
  | IDENT '(' balanced ')'      { pctx_error(ctx, $1.first,
                                    "unknown pfor clause '%.*s'",
                                    (int)ctx->t[$1.first].len,
                                    ctx->t[$1.first].text); }
  ;

/* reduction(op: list): op is one of OpenMP's operators or min/max. */
redop:
    '+'     { ctx->cur_op = OP_ADD; }
  | '*'     { ctx->cur_op = OP_MUL; }
  | '-'     { ctx->cur_op = OP_SUB; }
  | '&'     { ctx->cur_op = OP_BAND; }
  | '|'     { ctx->cur_op = OP_BOR; }
  | '^'     { ctx->cur_op = OP_BXOR; }
  | ANDAND  { ctx->cur_op = OP_LAND; }
  | OROR    { ctx->cur_op = OP_LOR; }
  | IDENT   { set_op(ctx, $1); }
  | ATOM    { set_op(ctx, $1); }
  | RELOP   { set_op(ctx, $1); }
  ;

red_list:
    red_item
  | red_list ',' red_item
  ;

red_item:
    IDENT                       { add_reduction(ctx, $$, $1, none(),
                                                none()); }
  | IDENT '[' expr ':' expr ']' { add_reduction(ctx, $$, $1, $3, $5); }
  ;

coll_list:
    cexpr                       { add_collect(ctx, $1); }
  | coll_list ',' cexpr         { add_collect(ctx, $3); }
  ;

/* for (init; test; step): OpenMP's canonical loop form.  Each part has an
 * error alternative that says which part is wrong. */
header:
    FOR '(' init ';' test ';' step ')'
                                { header_done(ctx, sp($1.first, $8.last)); }
  ;

init:
    IDENT '=' expr              { header_init(ctx, none(), $1, $3); }
  | typewords IDENT '=' expr    { header_init(ctx, $1, $2, $4); }
  | %empty                      { header_bad(ctx, none(), "init",
                                               "is missing"); }
  | error                       { header_bad(ctx, none(), "init",
                                    "must be 'var = lo' or 'type var = lo'"
                                    " for one integer variable"); }
  ;

typewords:
    IDENT
  | typewords IDENT             { $$ = sp($1.first, $2.last); }
  ;

test:
    expr RELOP expr             { header_test(ctx, $1, $2, $3); }
  | expr                        { header_bad(ctx, $1, "test",
                                    "must compare the loop variable with"
                                    " <, <=, > or >="); }
  | %empty                      { header_bad(ctx, none(), "test",
                                               "is missing"); }
  | error                       { header_bad(ctx, none(), "test",
                                    "must compare the loop variable with"
                                    " <, <=, > or >="); }
  ;

step:
    IDENT INC                   { header_step(ctx, $1, STEP_INC, none()); }
  | INC IDENT                   { header_step(ctx, $2, STEP_INC, none()); }
  | IDENT DEC                   { header_step(ctx, $1, STEP_DEC, none()); }
  | DEC IDENT                   { header_step(ctx, $2, STEP_DEC, none()); }
  | IDENT ADD_ASSIGN expr       { header_step(ctx, $1, STEP_ADD, $3); }
  | IDENT SUB_ASSIGN expr       { header_step(ctx, $1, STEP_SUB, $3); }
  | IDENT '=' expr              { header_step_assign(ctx, $1, $3); }
  | %empty                      { header_bad(ctx, none(), "step",
                                               "is missing"); }
  | error                       { header_bad(ctx, none(), "step",
                                    "must be ++, --, += e, -= e,"
                                    " v = v + e, v = e + v or v = v - e"); }
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
    if (ctx->pos >= ctx->n) {
        ctx->cur = ctx->n - 1;
        *lval = sp(ctx->n - 1, ctx->n - 1);
        return TK_END;
    }
    ctx->cur = ctx->pos++;
    *lval = sp(ctx->cur, ctx->cur);
    return ctx->t[ctx->cur].code;
}

/* Keep bison's message until we know whether an error rule reports the
 * problem better. */
static void pfp_error(pctx_t *ctx, const char *msg)
{
    flush_pending(ctx);
    const char *m = strncmp(msg, "syntax error, ", 14) == 0 ? msg + 14 : msg;
    snprintf(ctx->pending, sizeof ctx->pending, "%s", m);
    ctx->pending_tok = ctx->cur < 0 ? 0 : ctx->cur;
    ctx->has_pending = 1;
}

static const char *construct_name(int c)
{
    return c == C_MAP ? "map" : "parallel for";
}

/* Record a clause, checking that it belongs to this construct and is not
 * repeated (reduction and collect may be repeated). */
static void clause(pctx_t *ctx, int cl, span_t name, span_t arg)
{
    static const int allowed[3][CL_COUNT] = {
        [C_PARALLEL_FOR] = {[CL_WORKERS] = 1, [CL_SCHEDULE] = 1,
                            [CL_REDUCTION] = 1, [CL_COLLECT] = 1,
                            [CL_IF] = 1, [CL_RETRIES] = 1,
                            [CL_TIMEOUT] = 1},
        [C_MAP] = {[CL_WORKERS] = 1, [CL_CHUNKSIZE] = 1, [CL_RETRIES] = 1,
                   [CL_TIMEOUT] = 1, [CL_PROGRESS] = 1, [CL_POOL] = 1},
    };
    loop_t *l = ctx->loop;

    if (!allowed[l->construct][cl]) {
        pctx_error(ctx, name.first,
                   "clause '%s' is not allowed on 'pfor %s'",
                   clause_names[cl], construct_name(l->construct));
        return;
    }
    if (l->has[cl] && cl != CL_REDUCTION && cl != CL_COLLECT) {
        pctx_error(ctx, name.first, "duplicate clause '%s'",
                   clause_names[cl]);
        return;
    }
    l->has[cl] = 1;
    l->clause_name[cl] = name;
    l->arg[cl] = arg;
    if (cl == CL_SCHEDULE) {
        static const char *const kinds[] = {"static", "dynamic", "guided",
                                            "runtime"};
        l->sched_kind = 0;
        for (int i = 0; i < 4; i++)
            if (ptok_is(&ctx->t[arg.first], kinds[i]))
                l->sched_kind = SCHED_STATIC + i;
        if (!l->sched_kind)
            pctx_error(ctx, arg.first,
                       "unknown schedule kind '%.*s' (expected static, "
                       "dynamic, guided or runtime)",
                       (int)ctx->t[arg.first].len, ctx->t[arg.first].text);
    }
}

/* min and max are identifiers; anything else is not an operator. */
static void set_op(pctx_t *ctx, span_t op)
{
    const ptok_t *t = &ctx->t[op.first];
    if (ptok_is(t, "min"))
        ctx->cur_op = OP_MIN;
    else if (ptok_is(t, "max"))
        ctx->cur_op = OP_MAX;
    else {
        ctx->cur_op = 0;
        pctx_error(ctx, op.first,
                   "unknown reduction operator '%.*s' (expected + * - & | "
                   "^ && || min max)",
                   (int)t->len, t->text);
    }
}

static int same_ident(const pctx_t *ctx, span_t a, span_t b)
{
    const ptok_t *x = &ctx->t[a.first], *y = &ctx->t[b.first];
    return a.first == a.last && b.first == b.last && x->len == y->len &&
           memcmp(x->text, y->text, x->len) == 0;
}

static int already_listed(pctx_t *ctx, span_t var)
{
    loop_t *l = ctx->loop;
    for (int i = 0; i < l->nred; i++)
        if (same_ident(ctx, l->red[i].var, var))
            return 1;
    for (int i = 0; i < l->ncoll; i++)
        if (l->coll[i].first == l->coll[i].last &&
            same_ident(ctx, l->coll[i], var))
            return 1;
    return 0;
}

static void add_reduction(pctx_t *ctx, span_t op, span_t var, span_t lo,
                          span_t len)
{
    (void)op;
    loop_t *l = ctx->loop;
    if (!ctx->cur_op)
        return;
    if (already_listed(ctx, var)) {
        pctx_error(ctx, var.first,
                   "'%.*s' appears more than once in reduction/collect",
                   (int)ctx->t[var.first].len, ctx->t[var.first].text);
        return;
    }
    reduction_t *r = realloc(l->red, (size_t)(l->nred + 1) * sizeof *r);
    if (!r)
        return;
    static const char *const names[] = {"", "+", "*", "-", "&", "|",
                                        "^", "&&", "||", "min", "max"};
    l->red = r;
    l->red[l->nred++] =
        (reduction_t){ctx->cur_op, names[ctx->cur_op], var, lo, len};
}

static void add_collect(pctx_t *ctx, span_t item)
{
    loop_t *l = ctx->loop;
    if (item.first == item.last && ctx->t[item.first].code == TK_IDENT &&
        already_listed(ctx, item)) {
        pctx_error(ctx, item.first,
                   "'%.*s' appears more than once in reduction/collect",
                   (int)ctx->t[item.first].len, ctx->t[item.first].text);
        return;
    }
    span_t *c = realloc(l->coll, (size_t)(l->ncoll + 1) * sizeof *c);
    if (!c)
        return;
    l->coll = c;
    l->coll[l->ncoll++] = item;
}

/* "loop not in canonical form" for one part of the header. */
static void header_bad(pctx_t *ctx, span_t at, const char *part,
                       const char *want)
{
    int bit = part[0] == 'i' ? 1 : part[0] == 't' ? 2 : 4;
    if (at.last < at.first)
        at.first = at.last = ctx->has_pending ? ctx->pending_tok : ctx->cur;
    ctx->has_pending = 0;
    ctx->header_errors++;
    /* Error recovery may reduce the same error rule once per discarded
     * token: report each part once. */
    if (ctx->header_reported & bit)
        return;
    ctx->header_reported |= bit;
    pctx_error_span(ctx, at, "loop not in canonical form: the %s %s", part,
                    want);
}

static void header_init(pctx_t *ctx, span_t type, span_t var, span_t lo)
{
    loop_t *l = ctx->loop;
    l->type = type;
    l->declared = type.last >= type.first;
    l->var = var;
    l->lo = lo;
}

static void header_test(pctx_t *ctx, span_t left, span_t op, span_t right)
{
    loop_t *l = ctx->loop;
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
    if (left_var && right_var && l->var.last >= l->var.first &&
        !same_ident(ctx, left, l->var) && same_ident(ctx, right, l->var))
        left_var = 0;
    if (left_var) {
        l->test_var = left;
        l->hi = right;
        l->cmp = cmp;
    } else if (right_var) {
        l->test_var = right;
        l->hi = left;
        l->cmp = flip[cmp];
    } else {
        ctx->header_errors++;
        pctx_error_span(ctx, sp(left.first, right.last),
                        "loop not in canonical form: the test must compare "
                        "the loop variable itself with the bound");
    }
}

static void header_step(pctx_t *ctx, span_t var, int kind, span_t e)
{
    loop_t *l = ctx->loop;
    l->step_var = var;
    l->step_kind = kind;
    l->step = e;
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
    loop_t *l = ctx->loop;
    const ptok_t *t = ctx->t;
    l->step_var = var;
    if (e.last - e.first >= 2 && same_ident(ctx, sp(e.first, e.first), var) &&
        (t[e.first + 1].code == '+' || t[e.first + 1].code == '-') &&
        !has_loose_op(ctx, sp(e.first + 2, e.last))) {
        /* v = v +/- rest: the step is 0 +/- rest, left-associated. */
        l->step_kind = STEP_EXPR;
        l->step = sp(e.first + 1, e.last);
        return;
    }
    if (e.last - e.first >= 2 && same_ident(ctx, sp(e.last, e.last), var) &&
        t[e.last - 1].code == '+' &&
        !has_loose_op(ctx, sp(e.first, e.last - 2))) {
        l->step_kind = STEP_ADD;
        l->step = sp(e.first, e.last - 2);
        return;
    }
    ctx->header_errors++;
    pctx_error_span(ctx, e,
                    "loop not in canonical form: the step must be ++, --, "
                    "+= e, -= e, v = v + e, v = e + v or v = v - e");
}

/* The three parts must name the same variable. */
static void header_done(pctx_t *ctx, span_t all)
{
    loop_t *l = ctx->loop;
    (void)all;
    if (ctx->header_errors)
        return;
    if (!same_ident(ctx, l->var, l->test_var)) {
        pctx_error(ctx, l->test_var.first,
                   "loop not in canonical form: the test must use the loop "
                   "variable '%.*s'",
                   (int)ctx->t[l->var.first].len, ctx->t[l->var.first].text);
        return;
    }
    if (!same_ident(ctx, l->var, l->step_var)) {
        pctx_error(ctx, l->step_var.first,
                   "loop not in canonical form: the step must change the "
                   "loop variable '%.*s'",
                   (int)ctx->t[l->var.first].len, ctx->t[l->var.first].text);
        return;
    }
    l->header_ok = 1;
}

int pf_parse(pctx_t *ctx)
{
    ctx->pos = 0;
    ctx->cur = 0;
    int rc = pfp_parse(ctx);
    flush_pending(ctx);
    return rc;
}
