/* gen_serial.c - the serial backend: the pragmas are removed, the loops,
 * regions and statements they govern stay as written (the reference
 * meaning of every annotated program). */
#include "pforc.h"

/* The serial lowering: the pragma becomes its newlines, so that line
 * numbers do not move; the loop stays as written. */
void pf_gen_serial(gen_t *g, const construct_t *c)
{
    const unit_t *u = g->u;
    const token_t *pt = &u->toks.v[c->pragma];
    for (size_t i = 0; i < pt->len; i++)
        if (u->src.text[pt->off + i] == '\n')
            pf_emit_text(&g->e, "\n", 1);
    const token_t *last = &u->toks.v[c->end - 1];
    pf_gen_copy(g, (size_t)pt->off + pt->len, (size_t)last->off + last->len,
                c->pragma + 1, c->end);
}
