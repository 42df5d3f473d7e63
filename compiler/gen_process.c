/* gen_process.c - the process backend: lowers one checked construct to
 * the loop engine's inline fork-join pattern (runtime/include/pfor_abi.h;
 * the exact text is in docs/lowering.md), or a map with pool(p) onto the
 * pool.  Prints only: every judgement was made by check.c. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pforc.h"

static const char *const cmp_names[] = {"", "PFC_LT", "PFC_LE", "PFC_GT",
                                        "PFC_GE"};

static int is_loop_variable(const construct_t *c, const char *p, size_t n)
{
    for (int d = 0; d < c->nloops; d++) {
        const header_t *h = pf_loop(c, d);
        if (!pf_span_empty(h->var) && c->t[h->var.first].len == n &&
            memcmp(c->t[h->var.first].text, p, n) == 0)
            return 1;
    }
    return 0;
}

/* A clause with one expression argument: one call on `obj` (__pf_loop or
 * __pf_team) named `fn`. */
static void clause_call(gen_t *g, int cl, const char *obj, const char *fn,
                        const char *cast)
{
    const construct_t *c = g->c;
    if (c->first[cl] < 0)
        return;
    gstmt_t st;
    pf_gs_begin(&st, g, 1);
    pf_gs_text(&st, "%s(%s, %s(", fn, obj, cast);
    pf_gs_span(&st, c->clauses[c->first[cl]].arg);
    pf_gs_text(&st, "));");
    pf_gs_end(&st);
}

static span_t clause_arg(const construct_t *c, int cl)
{
    return c->first[cl] >= 0 ? c->clauses[c->first[cl]].arg : pf_span_none();
}

/* Storage-class words a loop header may carry (for (register int i ...))
 * that a typedef cannot: left out of the variable's type. */
static int storage_word(const ptok_t *t)
{
    return ptok_is(t, "register") || ptok_is(t, "auto") ||
           ptok_is(t, "static") || ptok_is(t, "extern") ||
           ptok_is(t, "_Thread_local") || ptok_is(t, "thread_local") ||
           ptok_is(t, "__thread");
}

/* typedef T <name>; with the header's type words (storage classes left
 * out), or __typeof__(i) for a variable declared before the loop. */
static void iv_typedef(gen_t *g, const header_t *h, size_t for_line,
                       const char *var, const char *name)
{
    const construct_t *c = g->c;
    if (h->declared) {
        outbuf_t o = {0};
        for (int i = h->type.first; i <= h->type.last; i++) {
            if (storage_word(&c->t[i]))
                continue;
            if (o.n > 0)
                ob_put(&o, " ", 1);
            ob_put(&o, c->t[i].text, c->t[i].len);
        }
        char *type = ob_take(&o);
        if (type[0])
            pf_gen_user_line(g, for_line, 1, "typedef %s %s;", type, name);
        else /* C23's `auto i = 0`: the type of the start */
            pf_gen_user_line(g, for_line, 1, "typedef __typeof__(%s) %s;", var,
                             name);
        free(type);
    } else {
        pf_gen_user_line(g, for_line, 1, "typedef __typeof__(%s) %s;", var,
                         name);
    }
}

static void pool_lower(gen_t *g, const construct_t *c);

/* The step of h as a signed expression, its text at its place: 1, -1,
 * (e), -(long long)(e), (0LL e). */
static void gs_step(gstmt_t *st, const header_t *h)
{
    switch (h->step_kind) {
    case STEP_INC:
        pf_gs_text(st, "1");
        return;
    case STEP_DEC:
        pf_gs_text(st, "-1");
        return;
    case STEP_ADD:
        pf_gs_text(st, "(");
        break;
    case STEP_SUB:
        pf_gs_text(st, "-(long long)(");
        break;
    default:
        pf_gs_text(st, "(0LL ");
        break;
    }
    pf_gs_span(st, h->step);
    pf_gs_text(st, ")");
}

/* Does a span hold a comma (a compound literal's), which would split a
 * macro's arguments? */
static int span_has_comma(const construct_t *c, span_t s)
{
    for (int i = s.first; i <= s.last && i < c->nt; i++)
        if (c->t[i].kind == T_PUNCT && c->t[i].punct == ',')
            return 1;
    return 0;
}

/* The iteration space: PFC_RANGE for one loop, PFC_DIM per loop of a
 * collapsed nest, through PFC_BOUNDS / PFC_DIM_BOUNDS, whose arguments
 * start with the user's bounds, each at its own line and column.  A
 * header written over several lines first takes its parts into
 * constants, each under its own line, so that an error in the bound
 * points at the bound. */
void pf_gen_space(gen_t *g, const construct_t *c)
{
    unit_t *u = g->u;
    for (int d = 0; d < c->nloops; d++) {
        const header_t *h = pf_loop(c, d);
        size_t for_line = u->toks.v[h->for_tok].off;
        char *var = pf_gen_span(g, h->var);
        char tname[48], sfx[16] = "";
        if (c->nloops > 1)
            snprintf(sfx, sizeof sfx, "%d", d);
        snprintf(tname, sizeof tname, "__pf_iv%s_t", sfx);
        iv_typedef(g, h, for_line, var, tname);
        size_t lo_at = pf_gen_span_off(g, h->lo, for_line);
        size_t hi_at = pf_gen_span_off(g, h->hi, for_line);
        size_t step_at = pf_gen_span_off(
            g,
            h->step_kind == STEP_INC || h->step_kind == STEP_DEC ? h->step_var
                                                                 : h->step,
            for_line);
        char tail[96];
        if (c->nloops > 1)
            snprintf(tail, sizeof tail, "__pf_loop, %d, %s", d, tname);
        else
            snprintf(tail, sizeof tail, "__pf_loop, %s", tname);
        const char *macro = c->nloops > 1 ? "PFC_DIM_BOUNDS" : "PFC_BOUNDS";
        gstmt_t st;
        if (pf_line_of(&u->src, lo_at) == pf_line_of(&u->src, hi_at) &&
            pf_line_of(&u->src, hi_at) == pf_line_of(&u->src, step_at)) {
            /* A comma in braces (a compound literal) would split the
             * macro's arguments: parenthesize such an argument. */
            int plo = span_has_comma(c, h->lo), phi = span_has_comma(c, h->hi);
            pf_gs_begin_macro(&st, g, 1);
            pf_gs_text(&st, "%s(%s", macro, plo ? "(" : "");
            pf_gs_span(&st, h->lo);
            pf_gs_text(&st, "%s, %s", plo ? ")" : "", phi ? "(" : "");
            pf_gs_span(&st, h->hi);
            pf_gs_text(&st, "%s, ", phi ? ")" : "");
            gs_step(&st, h);
            pf_gs_text(&st, ", %s, %s);", cmp_names[h->cmp], tail);
            pf_gs_end(&st);
        } else {
            pf_gs_begin(&st, g, 1);
            pf_gs_text(&st, "const %s __pf_lo%s = (", tname, sfx);
            pf_gs_span(&st, h->lo);
            pf_gs_text(&st, ");");
            pf_gs_end(&st);
            pf_gs_begin(&st, g, 1);
            pf_gs_text(&st, "const %s __pf_hi%s = (", tname, sfx);
            pf_gs_span(&st, h->hi);
            pf_gs_text(&st, ");");
            pf_gs_end(&st);
            pf_gs_begin(&st, g, 1);
            pf_gs_text(&st, "const long long __pf_step%s = ", sfx);
            gs_step(&st, h);
            pf_gs_text(&st, ";");
            pf_gs_end(&st);
            pf_gen_line(g, 1, "%s(__pf_lo%s, __pf_hi%s, __pf_step%s, %s, %s);",
                        macro, sfx, sfx, sfx, cmp_names[h->cmp], tail);
        }
        free(var);
    }
}

/* A C string literal of text (for the messages of static assertions). */
static void put_literal(outbuf_t *o, const char *text)
{
    char *q = pf_quote(text);
    ob_puts(o, q ? q : "\"\"");
    free(q);
}

/* __extension__ _Static_assert(cond, "message"); at source line `at`.
 * __extension__ keeps -std=c99 -pedantic users quiet. */
static void static_assert_line(gen_t *g, size_t at, int level, const char *cond,
                               const char *message)
{
    outbuf_t o = {0};
    put_literal(&o, message);
    char *lit = ob_take(&o);
    pf_gen_user_line(g, at, level, "__extension__ _Static_assert(%s, %s);",
                     cond, lit);
    free(lit);
}

/* "x is a pointer (not an array)", for any object x: arrays decay in the
 * conditional, pointers and all other types keep theirs. */
static char *is_pointer_text(const char *x)
{
    outbuf_t o = {0};
    ob_printf(&o,
              "__builtin_classify_type(%s) == 5 && "
              "__builtin_types_compatible_p(__typeof__(%s), "
              "__typeof__(0 ? (%s) : (%s)))",
              x, x, x, x);
    return ob_take(&o);
}

static int same_text(const char *p, size_t n, const char *q, size_t m)
{
    return n == m && memcmp(p, q, n) == 0;
}

/* The shared items that collect for loop c: its own shared(list) and that
 * of the region around it; the items' construct in *owner. */
typedef struct shared_ref {
    const construct_t *owner;
    const item_t *it;
} shared_ref_t;

static int shared_items(const construct_t *c, shared_ref_t *out, int cap)
{
    int n = 0;
    const construct_t *src[2] = {c, c->region};
    for (int s = 0; s < 2; s++) {
        const construct_t *o = src[s];
        if (!o)
            continue;
        for (int i = 0; i < o->ndata && n < cap; i++) {
            const item_t *it = &o->items[o->data[i]];
            if (it->clause != CL_SHARED)
                continue;
            const ptok_t *v = &o->t[it->expr.first];
            int dup = 0;
            /* (an item also in collect is collected as that item) */
            for (int k = 0; k < c->ncoll && !dup; k++) {
                const item_t *ci = &c->items[c->coll[k]];
                const ptok_t *w = &c->t[ci->expr.first];
                dup = ci->expr.first == ci->expr.last &&
                      same_text(v->text, v->len, w->text, w->len);
            }
            for (int k = 0; k < n && !dup; k++) {
                const ptok_t *w = &out[k].owner->t[out[k].it->expr.first];
                dup = same_text(v->text, v->len, w->text, w->len);
            }
            if (!dup)
                out[n++] = (shared_ref_t){o, it};
        }
    }
    return n;
}

/* How c's body writes the name p (W_* bits), 0 when it does not. */
static int written_how(const construct_t *c, const char *p, size_t len)
{
    for (size_t i = 0; i < c->nwrites; i++)
        if (same_text(c->writes[i].p, c->writes[i].len, p, len))
            return c->writes[i].how;
    return 0;
}

/* collect(list) and shared(list) as byte ranges (docs/lowering.md), with
 * the static assertions that refuse a pointer without a section. */
static void emit_collects(gen_t *g, const construct_t *c)
{
    for (int i = 0; i < c->ncoll; i++) {
        const item_t *it = &c->items[c->coll[i]];
        size_t at = pf_gen_span_off(g, it->expr, g->pragma_off);
        char *x = pf_gen_span(g, it->expr);
        if (it->shape == ITEM_WHOLE) {
            char *ptr = is_pointer_text(x), *cond = NULL, *msg = NULL;
            outbuf_t o = {0};
            ob_printf(&o, "!(%s)", ptr);
            cond = ob_take(&o);
            ob_printf(&o,
                      "collect(%s): %s is a pointer, not an array: write "
                      "collect(%s[lo:len]) for the storage it points to",
                      x, x, x);
            msg = ob_take(&o);
            static_assert_line(g, at, 1, cond, msg);
            /* (sizeof of the type: on an array parameter, which the
             * assertion refuses, sizeof (a) would warn first) */
            pf_gen_user_line(g, at, 1,
                             "pfc_loop_collect_bytes(__pf_loop, &(%s), "
                             "sizeof (__typeof__(%s)));",
                             x, x);
            free(ptr);
            free(cond);
            free(msg);
        } else if (it->shape == ITEM_SECTION) {
            char *lo = pf_gen_span(g, it->lo), *len = pf_gen_span(g, it->len);
            pf_gen_user_line(g, at, 1,
                             "pfc_loop_collect_bytes(__pf_loop, &(%s)[%s], "
                             "(size_t)(%s) * sizeof (%s)[0]);",
                             x, lo, len, x);
            free(lo);
            free(len);
        } else {
            char *lo = pf_gen_span(g, it->lo), *n = pf_gen_span(g, it->len);
            char *a = pf_gen_span(g, it->lo2), *m = pf_gen_span(g, it->len2);
            pf_gen_user_line(g, at, 1,
                             "for (long long __pf_r = (%s), __pf_rend = "
                             "__pf_r + (long long)(%s); __pf_r < __pf_rend; "
                             "__pf_r++)",
                             lo, n);
            pf_gen_user_line(g, at, 2,
                             "pfc_loop_collect_bytes(__pf_loop, "
                             "&(%s)[__pf_r][%s], (size_t)(%s) * sizeof "
                             "(%s)[__pf_r][0]);",
                             x, a, m, x);
            free(lo);
            free(n);
            free(a);
            free(m);
        }
        free(x);
    }
    shared_ref_t sh[256];
    int nsh = shared_items(c, sh, 256);
    for (int i = 0; i < nsh; i++) {
        const construct_t *o = sh[i].owner;
        const ptok_t *v = &o->t[sh[i].it->expr.first];
        size_t at = v->src_off;
        char x[256];
        snprintf(x, sizeof x, "%.*s", (int)v->len, v->text);
        char *ptr = is_pointer_text(x);
        if (written_how(c, v->text, v->len) & (W_ELEM | W_THROUGH)) {
            outbuf_t q = {0};
            ob_printf(&q, "!(%s)", ptr);
            char *cond = ob_take(&q);
            ob_printf(&q,
                      "shared(%s): %s is a pointer and the loop writes "
                      "through it: shared() collects arrays, not what a "
                      "pointer points to; name that storage in "
                      "collect(%s[lo:len])",
                      x, x, x);
            char *msg = ob_take(&q);
            static_assert_line(g, at, 1, cond, msg);
            free(cond);
            free(msg);
        }
        /* An array (not a pointer, not a scalar) is collected. */
        pf_gen_user_line(
            g, at, 1, "if (__builtin_classify_type(%s) == 5 && !(%s))", x, ptr);
        pf_gen_user_line(g, at, 2,
                         "pfc_loop_collect_bytes(__pf_loop, &(%s), sizeof "
                         "(__typeof__(%s)));",
                         x, x);
        free(ptr);
    }
}

/* Is the lvalue's base named by a collect item, shared(), or map's out? */
static int lvalue_collected(const gen_t *g, const construct_t *c,
                            const lvalue_t *lv)
{
    const unit_t *u = g->u;
    const char *p = pf_tok_text(u, lv->base);
    size_t n = u->toks.v[lv->base].len;
    for (int i = 0; i < c->ncoll; i++) {
        const item_t *it = &c->items[c->coll[i]];
        for (int k = it->expr.first; k <= it->expr.last; k++)
            if (c->t[k].kind == T_IDENT) {
                if (same_text(c->t[k].text, c->t[k].len, p, n))
                    return 1;
                break;
            }
    }
    if (c->call.out != NONE && same_text(pf_tok_text(u, c->call.out),
                                         u->toks.v[c->call.out].len, p, n))
        return 1;
    shared_ref_t sh[256];
    int nsh = shared_items(c, sh, 256);
    for (int i = 0; i < nsh; i++) {
        const ptok_t *v = &sh[i].owner->t[sh[i].it->expr.first];
        if (same_text(v->text, v->len, p, n))
            return 1;
    }
    return 0;
}

static int by_base(const void *a, const void *b)
{
    size_t x = (*(const lvalue_t *const *)a)->base;
    size_t y = (*(const lvalue_t *const *)b)->base;
    return x < y ? -1 : x > y;
}

/* Collected storage must not get pointers: for each assignment to it, a
 * static assertion on the lvalue's type with its subscripts made 0
 * (names[i] = strdup(...) is refused: the parent cannot follow a pointer
 * into a worker's heap). */
static void emit_pointer_store_checks(gen_t *g, const construct_t *c)
{
    const unit_t *u = g->u;
    char **seen = calloc(c->nlvals + 1, sizeof *seen);
    size_t nseen = 0;
    if (!seen) {
        g->e.out.oom = 1;
        return;
    }
    /* In text order (a nested loop's writes were appended after ours). */
    const lvalue_t **order = malloc((c->nlvals + 1) * sizeof *order);
    if (!order) {
        free(seen);
        g->e.out.oom = 1;
        return;
    }
    for (size_t i = 0; i < c->nlvals; i++)
        order[i] = &c->lvals[i];
    qsort(order, c->nlvals, sizeof *order, by_base);
    for (size_t i = 0; i < c->nlvals; i++) {
        const lvalue_t *lv = order[i];
        if (!lvalue_collected(g, c, lv))
            continue;
        outbuf_t o = {0};
        for (size_t t = lv->base; t < lv->op; t++) {
            if (pf_tok_punct(u, t, '[')) {
                ob_puts(&o, "[0]");
                t = pf_match(u, t);
                continue;
            }
            ob_put(&o, pf_tok_text(u, t), u->toks.v[t].len);
        }
        char *zero = ob_take(&o);
        int dup = 0;
        for (size_t k = 0; k < nseen && !dup; k++)
            dup = strcmp(seen[k], zero) == 0;
        if (dup) {
            free(zero);
            continue;
        }
        seen[nseen++] = zero;
        char *written = pf_gen_tokens(g, lv->base, lv->op);
        ob_printf(&o, "__builtin_classify_type(%s) != 5", zero);
        char *cond = ob_take(&o);
        ob_printf(&o,
                  "%s = ...: collected storage gets a pointer, and a "
                  "pointer a worker made means nothing to the parent; "
                  "store the data itself, or an index",
                  written);
        char *msg = ob_take(&o);
        static_assert_line(g, u->toks.v[lv->base].off, 1, cond, msg);
        free(written);
        free(cond);
        free(msg);
    }
    for (size_t k = 0; k < nseen; k++)
        free(seen[k]);
    free(seen);
    free(order);
}

/* reduction(op: list): the operator/type static assertion and the
 * registration of each item (the variable itself is the partial). */
static void emit_reductions(gen_t *g, const construct_t *c)
{
    for (int i = 0; i < c->nred; i++) {
        const item_t *r = &c->items[c->red[i]];
        const redop_info_t *op = &pf_redops[r->op];
        char *v = pf_gen_span(g, r->expr);
        outbuf_t o = {0};
        if (pf_span_empty(r->lo))
            ob_puts(&o, v);
        else
            ob_printf(&o, "(%s)[0]", v);
        char *elem = ob_take(&o);
        /* & | ^ need an integer type (PF_TYPE_OF already refuses what is
         * not arithmetic). */
        if (op->integer_only) {
            ob_printf(&o, "__builtin_classify_type(%s) <= 4", elem);
            char *cond = ob_take(&o);
            if (pf_span_empty(r->lo)) {
                ob_printf(&o,
                          "reduction(%s: %s): the operator %s needs an "
                          "integer type, and %s is not of one",
                          op->symbol, v, op->symbol, v);
            } else {
                char *rl = pf_gen_span(g, r->lo), *rn = pf_gen_span(g, r->len);
                ob_printf(&o,
                          "reduction(%s: %s[%s:%s]): the operator %s needs an "
                          "integer type, and the elements of %s are not of "
                          "one",
                          op->symbol, v, rl, rn, op->symbol, v);
                free(rl);
                free(rn);
            }
            char *msg = ob_take(&o);
            static_assert_line(g, g->pragma_off, 1, cond, msg);
            free(cond);
            free(msg);
        }
        free(elem);
        /* (__extension__: PF_TYPE_OF is a _Generic, which -std=c99
         * -pedantic would warn about; the user's expression first in the
         * macro call, at its column) */
        gstmt_t st;
        if (pf_span_empty(r->lo)) {
            pf_gs_begin_macro(&st, g, 1);
            pf_gs_text(&st, "__extension__ PFC_REDUCE(");
            pf_gs_span(&st, r->expr);
            pf_gs_text(&st, ", %s, __pf_loop);", op->pf_op);
            pf_gs_end(&st);
        } else {
            pf_gs_begin(&st, g, 1);
            pf_gs_text(&st, "const long long __pf_lo%d = (", i);
            pf_gs_span(&st, r->lo);
            pf_gs_text(&st, ");");
            pf_gs_end(&st);
            pf_gs_begin(&st, g, 1);
            pf_gs_text(&st, "const size_t __pf_len%d = (size_t)(", i);
            pf_gs_span(&st, r->len);
            pf_gs_text(&st, ");");
            pf_gs_end(&st);
            pf_gs_begin_macro(&st, g, 1);
            pf_gs_text(&st, "__extension__ PFC_REDUCE_SECTION(");
            pf_gs_span(&st, r->expr);
            pf_gs_text(&st, ", __pf_lo%d, __pf_len%d, %s, __pf_loop);", i, i,
                       op->pf_op);
            pf_gs_end(&st);
        }
        free(v);
    }
}

/* The address a reduction slot's identity and deposit take. */
static char *partial_text(gen_t *g, const construct_t *c, int i)
{
    const item_t *r = &c->items[c->red[i]];
    char *v = pf_gen_span(g, r->expr);
    outbuf_t o = {0};
    if (pf_span_empty(r->lo))
        ob_printf(&o, "&%s", v);
    else
        ob_printf(&o, "&(%s)[__pf_lo%d]", v, i);
    free(v);
    return ob_take(&o);
}

/* Map's argument check: a static assertion, before the call, that each
 * argument check.c marked is no pointer to writable storage. */
static void emit_map_arg_checks(gen_t *g, const construct_t *c, int level)
{
    const unit_t *u = g->u;
    const map_call_t *m = &c->call;
    if (!m->assert_arg)
        return;
    char *fn = pf_gen_tokens(g, m->fn, m->fn + 1);
    for (int i = 0; i < m->nargs; i++) {
        if (!m->assert_arg[i])
            continue;
        size_t a = m->arg[i], z = m->arg[i + 1] - 1;
        char *x = pf_gen_tokens(g, a, z);
        outbuf_t o = {0};
        ob_printf(&o,
                  "__builtin_choose_expr(__builtin_classify_type(%s) == 5, "
                  "(%s), (const char *)0)",
                  x, x);
        char *e = ob_take(&o);
        ob_printf(&o,
                  "!(__builtin_classify_type(%s) == 5 && "
                  "!__builtin_types_compatible_p(__typeof__(0 ? (%s) : (%s)), "
                  "const __typeof__(*(%s)) *))",
                  x, e, e, e);
        char *cond = ob_take(&o);
        ob_printf(&o,
                  "map: argument %d of %s, %s, points to storage that is "
                  "not collected: what %s writes there is lost; name that "
                  "storage in collect(...), or declare the parameter a "
                  "pointer to const",
                  i + 1, fn, x, fn);
        char *msg = ob_take(&o);
        static_assert_line(g, u->toks.v[a].off, level, cond, msg);
        free(x);
        free(e);
        free(cond);
        free(msg);
    }
    free(fn);
}

/* How loop d's variable moves from one iteration to the next, as text
 * for `var STEP`: "++", "--", " += (4)" for a literal step (the C compiler
 * then knows the stride and vectorises), or NULL for a step known only at
 * run time. */
static const char *literal_step(gen_t *g, const header_t *h, char *buf,
                                size_t size)
{
    const construct_t *c = g->c;
    if (h->step_kind == STEP_INC)
        return "++";
    if (h->step_kind == STEP_DEC)
        return "--";
    if ((h->step_kind == STEP_ADD || h->step_kind == STEP_SUB) &&
        h->step.first == h->step.last && c->t[h->step.first].kind == T_NUMBER) {
        const ptok_t *t = &c->t[h->step.first];
        snprintf(buf, size, " %s= (%.*s)", h->step_kind == STEP_ADD ? "+" : "-",
                 (int)t->len, t->text);
        return buf;
    }
    return NULL;
}

/* A loop variable: declared (with `(void)var;` for -Wunused) when the
 * header declares it, assigned when it lives outside the loop (no
 * shadowing, for -Wshadow). */
static void loop_var_line(gen_t *g, const header_t *h, int level,
                          const char *type, const char *value)
{
    char *var = pf_gen_span(g, h->var);
    if (h->declared) {
        /* In the user's own type words, so that messages name them. */
        const construct_t *c = g->c;
        outbuf_t o = {0};
        for (int i = h->type.first; i <= h->type.last; i++) {
            if (storage_word(&c->t[i]))
                continue;
            if (o.n > 0)
                ob_put(&o, " ", 1);
            ob_put(&o, c->t[i].text, c->t[i].len);
        }
        char *words = ob_take(&o);
        pf_gen_line(g, level, "%s %s = %s;", words[0] ? words : type, var,
                    value);
        free(words);
        pf_gen_line(g, level, "(void)%s;", var);
    } else {
        pf_gen_line(g, level, "%s = %s;", var, value);
    }
    free(var);
}

/* One loop's stretch: with a literal step the variable is computed once
 * and stepped (vectorisable); otherwise each iteration computes it with
 * PFC_IV from the counter. */
void pf_gen_stretch_start(gen_t *g, const construct_t *c, int level)
{
    char buf[96];
    const char *step = literal_step(g, &c->h, buf, sizeof buf);
    if (step) {
        char *var = pf_gen_span(g, c->h.var);
        loop_var_line(g, &c->h, level, "__pf_iv_t",
                      "PFC_IV(__pf_loop, __pf_iv_t, __pf_k)");
        pf_gen_line(g, level, "for (; __pf_k < __pf_end; __pf_k++, %s%s) {",
                    var, step);
        free(var);
    } else {
        pf_gen_line(g, level, "for (; __pf_k < __pf_end; __pf_k++) {");
        loop_var_line(g, &c->h, level + 1, "__pf_iv_t",
                      "PFC_IV(__pf_loop, __pf_iv_t, __pf_k)");
    }
}

/* A collapsed nest's stretch: each loop's index from the flat __pf_k,
 * once (two divisions per loop); then runs of the innermost loop, each to
 * the end of its row or of the stretch, with the outer values stepped
 * between runs as a serial nest would (a carry from loop to loop).  In a
 * run the outer variables are constants and the innermost one steps like
 * the serial loop's. */
void pf_gen_nest_start(gen_t *g, const construct_t *c, int level)
{
    int n = c->nloops, in = n - 1;
    pf_gen_line(g, level, "unsigned long long __pf_q = __pf_k;");
    for (int d = in; d >= 1; d--) {
        pf_gen_line(g, level,
                    "unsigned long long __pf_c%d = __pf_q %% __pf_t%d;", d, d);
        pf_gen_line(g, level, "__pf_q /= __pf_t%d;", d);
    }
    pf_gen_line(g, level,
                "unsigned long long __pf_v0 = __pf_b0 + __pf_q * __pf_s0;");
    for (int d = 1; d < in; d++)
        pf_gen_line(g, level,
                    "unsigned long long __pf_v%d = __pf_b%d + __pf_c%d * "
                    "__pf_s%d;",
                    d, d, d, d);
    pf_gen_line(g, level, "while (__pf_k < __pf_end) {");
    pf_gen_line(g, level + 1,
                "unsigned long long __pf_run = __pf_t%d - __pf_c%d;", in, in);
    pf_gen_line(g, level + 1, "if (__pf_run > __pf_end - __pf_k)");
    pf_gen_line(g, level + 2, "__pf_run = __pf_end - __pf_k;");
    char type[32], value[96], buf[96];
    for (int d = 0; d < in; d++) {
        snprintf(type, sizeof type, "__pf_iv%d_t", d);
        snprintf(value, sizeof value, "(%s)__pf_v%d", type, d);
        loop_var_line(g, pf_loop(c, d), level + 1, type, value);
    }
    const header_t *h = pf_loop(c, in);
    snprintf(type, sizeof type, "__pf_iv%d_t", in);
    snprintf(value, sizeof value, "(%s)(__pf_b%d + __pf_c%d * __pf_s%d)", type,
             in, in, in);
    loop_var_line(g, h, level + 1, type, value);
    const char *step = literal_step(g, h, buf, sizeof buf);
    char *var = pf_gen_span(g, h->var);
    if (step)
        pf_gen_line(g, level + 1,
                    "for (unsigned long long __pf_r = 0; __pf_r < __pf_run; "
                    "__pf_r++, %s%s) {",
                    var, step);
    else
        pf_gen_line(g, level + 1,
                    "for (unsigned long long __pf_r = 0; __pf_r < __pf_run; "
                    "__pf_r++, %s += (%s)__pf_s%d) {",
                    var, type, in);
    free(var);
}

/* After a run: the outer indices move on, carrying outwards. */
void pf_gen_nest_step(gen_t *g, const construct_t *c, int level)
{
    int n = c->nloops, in = n - 1;
    pf_gen_line(g, level, "}");
    pf_gen_line(g, level, "__pf_k += __pf_run;");
    pf_gen_line(g, level, "__pf_c%d = 0;", in);
    if (n == 2) {
        pf_gen_line(g, level, "__pf_v0 += __pf_s0;");
    } else {
        for (int d = in - 1; d >= 1; d--) {
            int l = level + (in - 1 - d);
            pf_gen_line(g, l, "if (++__pf_c%d < __pf_t%d) {", d, d);
            pf_gen_line(g, l + 1, "__pf_v%d += __pf_s%d;", d, d);
            pf_gen_line(g, l, "} else {");
            pf_gen_line(g, l + 1, "__pf_c%d = 0;", d);
            pf_gen_line(g, l + 1, "__pf_v%d = __pf_b%d;", d, d);
            if (d == 1)
                pf_gen_line(g, l + 1, "__pf_v0 += __pf_s0;");
        }
        for (int d = 1; d < in; d++)
            pf_gen_line(g, level + (in - 1 - d), "}");
    }
    pf_gen_line(g, level - 1, "}");
}

/* The loop variables declared before the loop get what the serial loop
 * leaves in them, before pfc_loop_end. */
void pf_gen_final_values(gen_t *g, const construct_t *c)
{
    if (c->nloops == 1) {
        if (!c->h.declared) {
            char *var = pf_gen_span(g, c->h.var);
            pf_gen_line(
                g, 1,
                "%s = PFC_IV(__pf_loop, __pf_iv_t, pfc_loop_trips(__pf_loop));",
                var);
            free(var);
        }
        return;
    }
    for (int d = 0; d < c->nloops; d++) {
        const header_t *h = pf_loop(c, d);
        if (h->declared)
            continue;
        char *var = pf_gen_span(g, h->var);
        /* Loop d is reached when every loop around it ran at least once. */
        outbuf_t o = {0};
        for (int e = 0; e < d; e++)
            ob_printf(&o, "%spfc_loop_dim_trips(__pf_loop, %d) > 0",
                      e ? " && " : "", e);
        char *cond = ob_take(&o);
        if (d > 0)
            pf_gen_line(g, 1, "if (%s)", cond);
        pf_gen_line(g, d > 0 ? 2 : 1,
                    "%s = (__pf_iv%d_t)pfc_loop_dim_value(__pf_loop, %d, "
                    "pfc_loop_dim_trips(__pf_loop, %d));",
                    var, d, d, d);
        free(cond);
        free(var);
    }
}

/* `parallel for`, `for` and `map` (without pool): the inline fork-join
 * pattern of pfor_abi.h (docs/lowering.md). */
static void loop_lower(gen_t *g, const construct_t *c)
{
    unit_t *u = g->u;
    emitter_t *e = &g->e;
    pf_gen_begin(g, c);

    pf_emit_anchor(e, g->pragma_off);
    pf_gen_line(g, 0, "{");
    pf_gen_line(g, 1, "pfc_loop_t *__pf_loop = %s(%s, %ld);",
                c->kind == C_FOR ? "pfc_for_new" : "pfc_loop_new", g->qfile,
                g->pragma_line);
    pf_gen_space(g, c);

    /* Clauses, one call each. */
    clause_call(g, CL_WORKERS, "__pf_loop", "pfc_loop_workers", "(long)");
    if (c->kind == C_MAP) {
        if (c->first[CL_CHUNKSIZE] >= 0) {
            gstmt_t st;
            pf_gs_begin(&st, g, 1);
            pf_gs_text(
                &st, "pfc_loop_schedule(__pf_loop, PFC_SCHED_DYNAMIC, (long)(");
            pf_gs_span(&st, clause_arg(c, CL_CHUNKSIZE));
            pf_gs_text(&st, "));");
            pf_gs_end(&st);
        } else {
            pf_gen_line(g, 1,
                        "pfc_loop_schedule(__pf_loop, PFC_SCHED_DYNAMIC, 0);");
        }
    } else if (c->first[CL_SCHEDULE] >= 0) {
        const clause_t *sc = &c->clauses[c->first[CL_SCHEDULE]];
        gstmt_t st;
        pf_gs_begin(&st, g, 1);
        pf_gs_text(&st, "pfc_loop_schedule(__pf_loop, %s, (long)(",
                   pf_scheds[sc->sched].pfc);
        if (pf_span_empty(sc->chunk))
            pf_gs_text(&st, "0");
        else
            pf_gs_span(&st, sc->chunk);
        pf_gs_text(&st, "));");
        pf_gs_end(&st);
    }
    if (c->first[CL_IF] >= 0) {
        gstmt_t st;
        pf_gs_begin(&st, g, 1);
        pf_gs_text(&st, "pfc_loop_if(__pf_loop, !!(");
        pf_gs_span(&st, clause_arg(c, CL_IF));
        pf_gs_text(&st, "));");
        pf_gs_end(&st);
    }
    clause_call(g, CL_RETRIES, "__pf_loop", "pfc_loop_retries", "(long)");
    clause_call(g, CL_TIMEOUT, "__pf_loop", "pfc_loop_timeout", "(double)");
    if (c->first[CL_PROGRESS] >= 0)
        pf_gen_line(g, 1, "pfc_loop_progress(__pf_loop, 1);");
    if (c->kind == C_FOR && c->first[CL_NOWAIT] >= 0)
        pf_gen_line(g, 1, "pfc_loop_nowait(__pf_loop);");
    emit_reductions(g, c);
    emit_collects(g, c);
    if (c->call.out != NONE) {
        const token_t *o = &u->toks.v[c->call.out];
        int n = (int)o->len;
        const char *p = pf_tok_text(u, c->call.out);
        pf_gen_line(g, 1,
                    "pfc_loop_collect_elems(__pf_loop, &(%.*s)[0], sizeof "
                    "(%.*s)[0]);",
                    n, p, n, p);
    }
    emit_pointer_store_checks(g, c);
    for (int i = 0; i < c->ndata; i++) {
        const item_t *it = &c->items[c->data[i]];
        if (it->clause != CL_LASTPRIVATE)
            continue;
        const ptok_t *v = &c->t[it->expr.first];
        char x[256];
        snprintf(x, sizeof x, "%.*s", (int)v->len, v->text);
        /* A loop variable gets its final value anyway. */
        if (is_loop_variable(c, v->text, v->len))
            continue;
        pf_gen_user_line(g, g->pragma_off, 1,
                         "pfc_loop_lastprivate(__pf_loop, &(%s), sizeof "
                         "(%s));",
                         x, x);
    }
    pf_gen_line(g, 1, "pfc_loop_start(__pf_loop);");

    /* Each participant's share: stretches, iterations. */
    pf_gen_line(g, 1, "{");
    if (c->nloops > 1) {
        /* The nest's inner trips, first values and steps (as the bits
         * the loop engine keeps), once. */
        for (int d = 0; d < c->nloops; d++) {
            if (d > 0)
                pf_gen_line(g, 2,
                            "const unsigned long long __pf_t%d = "
                            "pfc_loop_dim_trips(__pf_loop, %d);",
                            d, d);
            pf_gen_line(g, 2,
                        "const unsigned long long __pf_b%d = "
                        "pfc_loop_dim_value(__pf_loop, %d, 0);",
                        d, d);
            pf_gen_line(g, 2,
                        "const unsigned long long __pf_s%d = "
                        "pfc_loop_dim_value(__pf_loop, %d, 1) - __pf_b%d;",
                        d, d, d);
        }
    }
    pf_gen_line(g, 2, "volatile unsigned long long *__pf_cursor =");
    pf_gen_line(g, 3, "pfc_loop_cursor(__pf_loop);");
    pf_gen_line(g, 2, "unsigned long long __pf_k, __pf_end;");
    pf_gen_line(g, 2, "while (pfc_loop_next(__pf_loop, &__pf_k, &__pf_end)) {");
    for (int i = 0; i < c->nred; i++) {
        char *pt = partial_text(g, c, i);
        /* (under the item's line: a compiler names it there) */
        pf_gen_user_line(
            g, pf_gen_span_off(g, c->items[c->red[i]].expr, g->pragma_off), 3,
            "pfc_loop_identity(__pf_loop, %d, %s);", i, pt);
        free(pt);
    }
    /* Once per stretch, not per iteration: a store in the inner loop
     * keeps it from being vectorised (25% on a 4 ns body).  The stretch is
     * one iteration when a retry re-runs a failed chunk, so a crash that
     * recurs is still named exactly (docs/lowering.md). */
    pf_gen_line(g, 3, "*__pf_cursor = __pf_k;");
    int lv = 4; /* the iteration's level */
    if (c->nloops > 1) {
        pf_gen_nest_start(g, c, 3);
        lv = 5;
    } else {
        pf_gen_stretch_start(g, c, 3);
    }
    if (c->kind == C_MAP)
        emit_map_arg_checks(g, c, lv);

    /* The user's body, verbatim (nested constructs lowered in turn). */
    const token_t *first = &u->toks.v[c->body_first];
    pf_emit_sync(e, first->off);
    pf_emit_pad_to(e, first->off);
    pf_gen_body(g, c);
    pf_emit_text(e, "\n", 1);

    if (c->nloops > 1)
        pf_gen_nest_step(g, c, 4); /* (continue ends the run's iteration) */
    else
        pf_gen_line(g, 3, "}");
    for (int i = 0; i < c->nred; i++) {
        char *pt = partial_text(g, c, i);
        pf_gen_user_line(
            g, pf_gen_span_off(g, c->items[c->red[i]].expr, g->pragma_off), 3,
            "pfc_loop_deposit(__pf_loop, %d, %s);", i, pt);
        free(pt);
    }
    pf_gen_line(g, 2, "}");
    pf_gen_line(g, 1, "}");
    pf_gen_final_values(g, c);
    pf_gen_line(g, 1, "pfc_loop_end(__pf_loop);");
    pf_gen_line(g, 0, "}");
    pf_gen_end(g, c);
}

/* `#pragma pfor parallel { body }`: a team (PLAN C', docs/lowering.md). */
static void region_lower(gen_t *g, const construct_t *c)
{
    unit_t *u = g->u;
    emitter_t *e = &g->e;
    pf_gen_begin(g, c);
    pf_emit_anchor(e, g->pragma_off);
    pf_gen_line(g, 0, "{");
    pf_gen_line(g, 1, "pfc_team_t *__pf_team = pfc_team_new(%s, %ld);",
                g->qfile, g->pragma_line);
    clause_call(g, CL_WORKERS, "__pf_team", "pfc_team_workers", "(long)");
    if (c->first[CL_IF] >= 0) {
        gstmt_t st;
        pf_gs_begin(&st, g, 1);
        pf_gs_text(&st, "pfc_team_if(__pf_team, !!(");
        pf_gs_span(&st, clause_arg(c, CL_IF));
        pf_gs_text(&st, "));");
        pf_gs_end(&st);
    }
    clause_call(g, CL_RETRIES, "__pf_team", "pfc_team_retries", "(long)");
    pf_emit_anchor(e, g->pragma_off);
    pf_gen_line(g, 1, "while (pfc_team_run(__pf_team)) {");
    const token_t *first = &u->toks.v[c->body_first];
    pf_emit_sync(e, first->off);
    pf_emit_pad_to(e, first->off);
    pf_gen_body(g, c);
    pf_emit_text(e, "\n", 1);
    pf_gen_line(g, 1, "}");
    pf_gen_line(g, 1, "pfc_team_end(__pf_team);");
    pf_gen_line(g, 0, "}");
    pf_gen_end(g, c);
}

/* `#pragma pfor single [copyprivate(list)] [nowait]` statement, and
 * `#pragma pfor master` statement. */
static void single_lower(gen_t *g, const construct_t *c)
{
    unit_t *u = g->u;
    emitter_t *e = &g->e;
    pf_gen_begin(g, c);
    pf_emit_anchor(e, g->pragma_off);
    pf_gen_line(g, 0, "{");
    if (c->kind == C_SINGLE)
        pf_gen_line(g, 1, "if (pfc_single_begin(%s, %ld)) {", g->qfile,
                    g->pragma_line);
    else
        pf_gen_line(g, 1, "if (pfc_master()) {");
    const token_t *first = &u->toks.v[c->body_first];
    pf_emit_sync(e, first->off);
    pf_emit_pad_to(e, first->off);
    pf_gen_body(g, c);
    pf_emit_text(e, "\n", 1);
    pf_gen_line(g, 1, "}");
    if (c->kind == C_SINGLE) {
        for (int i = 0; i < c->ndata; i++) {
            const item_t *it = &c->items[c->data[i]];
            if (it->clause != CL_COPYPRIVATE)
                continue;
            const ptok_t *v = &c->t[it->expr.first];
            pf_gen_user_line(g, v->src_off, 1,
                             "pfc_single_copy(&(%.*s), sizeof (%.*s));",
                             (int)v->len, v->text, (int)v->len, v->text);
        }
        pf_emit_anchor(e, g->pragma_off);
        if (g->abi) /* pfm_single_end() takes nothing: ranks always wait */
            pf_gen_line(g, 1, "pfc_single_end();");
        else
            pf_gen_line(g, 1, "pfc_single_end(%s, %ld, %d);", g->qfile,
                        g->pragma_line, c->first[CL_NOWAIT] >= 0);
    }
    pf_gen_line(g, 0, "}");
    pf_gen_end(g, c);
}

/* `#pragma pfor barrier`: one call where the pragma was. */
static void barrier_lower(gen_t *g, const construct_t *c)
{
    pf_gen_begin(g, c);
    pf_emit_anchor(&g->e, g->pragma_off);
    pf_gen_line(g, 0, "pfc_barrier(%s, %ld);", g->qfile, g->pragma_line);
    pf_gen_end(g, c);
}

void pf_gen_process(gen_t *g, const construct_t *c)
{
    switch (c->kind) {
    case C_PARALLEL:
        region_lower(g, c);
        return;
    case C_SINGLE:
    case C_MASTER:
        single_lower(g, c);
        return;
    case C_BARRIER:
        barrier_lower(g, c);
        return;
    case C_MAP:
        if (c->first[CL_POOL] >= 0) {
            pool_lower(g, c);
            return;
        }
        break;
    }
    loop_lower(g, c);
}

/* ---- map ... pool(p) ---------------------------------------------------- */

/* The struct's member list: "T0 p0; T1 p1;" (a dummy for no argument). */
static void members(const pool_plan_t *p, outbuf_t *o)
{
    if (p->nargs == 0)
        ob_puts(o, "char __pf_none;");
    for (int k = 0; k < p->nargs; k++)
        ob_printf(o, "%s%s p%d;", k ? " " : "", p->ptype[k], k);
}

/* "f(a.p0, a.p1)" with a given accessor prefix. */
static void call_text(const gen_t *g, const construct_t *c, const char *acc,
                      outbuf_t *o)
{
    char *fn = pf_gen_tokens(g, c->call.fn, c->call.fn + 1);
    ob_puts(o, fn);
    free(fn);
    ob_puts(o, "(");
    for (int k = 0; k < c->pool.nargs; k++)
        ob_printf(o, "%s%sp%d", k ? ", " : "", acc, k);
    ob_puts(o, ")");
}

/* The file-scope half: the struct and the trampoline, at the end of the
 * output, under the pragma's line. */
static void pool_tail(gen_t *g, const construct_t *c)
{
    const pool_plan_t *p = &c->pool;
    outbuf_t *t = &g->tail, m = {0}, cl = {0};
    members(p, &m);
    call_text(g, c, "__pf_a->", &cl);
    char *ms = ob_take(&m), *cs = ob_take(&cl);
    int lhs = c->call.lhs_end > c->call.lhs_first;
    if (g->e.lines)
        ob_printf(t, "#line %ld %s\n", g->pragma_line, g->qfile);
    ob_printf(t, "struct __pf_args_%s { %s };\n", p->tag, ms);
    ob_printf(t,
              "int __pf_pool_task_%s(const void *__pf_in, void *__pf_out, "
              "void *__pf_ctx);\n",
              p->tag);
    ob_printf(t,
              "int __pf_pool_task_%s(const void *__pf_in, void *__pf_out, "
              "void *__pf_ctx)\n{\n",
              p->tag);
    ob_printf(t, "    const struct __pf_args_%s *__pf_a = __pf_in;\n", p->tag);
    if (lhs) {
        ob_printf(t, "    __typeof__(%s) __pf_r = %s;\n", cs, cs);
        ob_puts(t, "    __builtin_memcpy(__pf_out, &__pf_r, sizeof __pf_r);\n");
    } else {
        ob_printf(t, "    (void)%s;\n", cs);
        ob_puts(t, "    (void)__pf_out;\n");
    }
    ob_puts(t, "    (void)__pf_a;\n    (void)__pf_ctx;\n    return 0;\n}\n");
    free(ms);
    free(cs);
}

/* The lowering of `#pragma pfor map ... pool(p)` (docs/lowering.md). */
static void pool_lower(gen_t *g, const construct_t *c)
{
    unit_t *u = g->u;
    emitter_t *e = &g->e;
    const pool_plan_t *p = &c->pool;
    const map_call_t *m = &c->call;
    pf_gen_begin(g, c);
    size_t for_line = u->toks.v[c->for_tok].off;
    size_t call_line = u->toks.v[m->fn].off;
    size_t lhs_line = u->toks.v[m->lhs_first].off;
    int lhs = m->lhs_end > m->lhs_first;
    const char *T = p->tag;
    char *var = pf_gen_span(g, c->h.var);
    char *pool = pf_gen_span(g, clause_arg(c, CL_POOL));
    char *chunk = c->first[CL_CHUNKSIZE] >= 0
                      ? pf_gen_span(g, clause_arg(c, CL_CHUNKSIZE))
                      : NULL;
    char *retries = c->first[CL_RETRIES] >= 0
                        ? pf_gen_span(g, clause_arg(c, CL_RETRIES))
                        : NULL;
    char *header = pf_gen_tokens(g, c->for_tok, c->body_first);
    outbuf_t mo = {0}, co = {0}, ao = {0};
    members(p, &mo);
    call_text(g, c, "__pf_in[0].", &co);
    if (p->nargs == 0)
        ob_puts(&ao, "0");
    for (int k = 0; k < p->nargs; k++) {
        char *a = pf_gen_tokens(g, p->arg[k], p->arg[k + 1] - 1);
        ob_printf(&ao, "%s(%s)", k ? ", " : "", a);
        free(a);
    }
    char *ms = ob_take(&mo), *cs = ob_take(&co), *as = ob_take(&ao);

    pf_emit_anchor(e, g->pragma_off);
    pf_gen_line(g, 0, "{");
    iv_typedef(g, &c->h, for_line, var, "__pf_iv_t");
    pf_emit_anchor(e, g->pragma_off);
    pf_gen_line(g, 1, "struct __pf_args_%s { %s };", T, ms);
    pf_gen_line(g, 1,
                "int __pf_pool_task_%s(const void *__pf_in, void *__pf_out, "
                "void *__pf_ctx);",
                T);
    pf_gen_line(g, 1, "struct __pf_args_%s *__pf_in = 0;", T);
    pf_gen_line(g, 1, "__pf_iv_t *__pf_ivs = 0;");
    pf_gen_line(g, 1, "size_t __pf_n = 0, __pf_cap = 0;");
    pf_gen_user_line(g, for_line, 1, "%s {", header);
    pf_emit_anchor(e, g->pragma_off);
    pf_gen_line(g, 2, "if (__pf_n == __pf_cap) {");
    pf_gen_line(g, 3, "__pf_cap = __pf_cap ? 2 * __pf_cap : 64;");
    pf_gen_line(g, 3,
                "__pf_in = pfc_pool_realloc(__pf_in, __pf_cap, sizeof "
                "*__pf_in, %s, %ld);",
                g->qfile, g->pragma_line);
    pf_gen_line(g, 3,
                "__pf_ivs = pfc_pool_realloc(__pf_ivs, __pf_cap, sizeof "
                "*__pf_ivs, %s, %ld);",
                g->qfile, g->pragma_line);
    pf_gen_line(g, 2, "}");
    pf_gen_line(g, 2, "__pf_ivs[__pf_n] = %s;", var);
    pf_gen_user_line(g, call_line, 2,
                     "const struct __pf_args_%s __pf_a = {%s};", T, as);
    pf_emit_anchor(e, g->pragma_off);
    pf_gen_line(
        g, 2, "__builtin_memcpy(&__pf_in[__pf_n++], &__pf_a, sizeof __pf_a);");
    pf_gen_line(g, 1, "}");
    if (lhs) {
        pf_gen_user_line(g, call_line, 1,
                         "__typeof__(%s) *__pf_res = pfc_pool_realloc(0, "
                         "__pf_n, sizeof *__pf_res, %s, %ld);",
                         cs, g->qfile, g->pragma_line);
    }
    pf_gen_user_line(g, g->pragma_off, 1,
                     "pfc_pool_map(%s, %s, %ld, __pf_pool_task_%s, __pf_in, "
                     "__pf_n, sizeof *__pf_in, %s, %s, (long)(%s), (long)(%s), "
                     "%d);",
                     pool, g->qfile, g->pragma_line, T, lhs ? "__pf_res" : "0",
                     lhs ? "sizeof *__pf_res" : "0", chunk ? chunk : "0",
                     retries ? retries : "0",
                     c->first[CL_PROGRESS] >= 0 ? 1 : 0);
    if (lhs) {
        char *lv = pf_gen_tokens(g, m->lhs_first, m->lhs_end);
        pf_gen_line(g, 1,
                    "for (size_t __pf_k = 0; __pf_k < __pf_n; __pf_k++) {");
        pf_gen_line(g, 2, "__pf_iv_t %s = __pf_ivs[__pf_k];", var);
        pf_gen_line(g, 2, "(void)%s;", var);
        pf_gen_user_line(g, lhs_line, 2, "%s = __pf_res[__pf_k];", lv);
        pf_emit_anchor(e, g->pragma_off);
        pf_gen_line(g, 1, "}");
        pf_gen_line(g, 1, "__builtin_free(__pf_res);");
        free(lv);
    }
    pf_gen_line(g, 1, "__builtin_free(__pf_ivs);");
    pf_gen_line(g, 1, "__builtin_free(__pf_in);");
    pf_gen_line(g, 0, "}");

    pool_tail(g, c);
    pf_gen_end(g, c);
    free(ms);
    free(cs);
    free(as);
    free(header);
    free(var);
    free(pool);
    free(chunk);
    free(retries);
}
