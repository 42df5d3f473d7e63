/* 002_080be87aa659a7f4.txt: Pipe with an end marker (In [8]). */
/*
 * A child sends the squares through a pipe, then the string "end"; the
 * parent receives until it sees the marker.  Pipe() is pf_pipe(true, ...);
 * messages are byte strings, so the numbers travel as text, like the
 * marker.  (A 0-byte message, or closing the end so the reader gets
 * PF_EOF, would do as well.)
 */
#include <pfor.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sample.h"

struct square_args {
    const int *input_arr;
    int n;
    pf_conn_t *p;
};

static int calc_square_p(void *arg)
{
    struct square_args *a = arg;
    char msg[32];
    for (int i = 0; i < a->n; i++) {
        int len =
            snprintf(msg, sizeof msg, "%d", a->input_arr[i] * a->input_arr[i]);
        CHECK(pf_conn_send(a->p, msg, len, PF_FOREVER));
    }
    CHECK(pf_conn_send(a->p, "end", 3, PF_FOREVER));
    return 0;
}

int main(void)
{
    int input_num[10];
    pf_conn_t *p_parent, *p_children;
    pf_process_t *p;

    for (int i = 0; i < 10; i++)
        input_num[i] = i;
    /* A pipe has two ends. */
    CHECK(pf_pipe(true, &p_parent, &p_children));
    struct square_args args = {input_num, 10, p_children};
    CHECK(pf_process_new(calc_square_p, &args, NULL, &p));
    CHECK(pf_process_start(p));
    pf_conn_free(p_children);

    for (;;) {
        char received[32];
        ssize_t n =
            pf_conn_recv(p_parent, received, sizeof received - 1, PF_FOREVER);
        CHECK(n);
        received[n] = '\0';
        if (strcmp(received, "end") == 0)
            break;
        printf("%s ", received);
    }
    printf("\n");

    CHECK(pf_process_join(p, PF_FOREVER));
    pf_process_free(p);
    pf_conn_free(p_parent);
    return 0;
}
