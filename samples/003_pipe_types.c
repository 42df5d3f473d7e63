/* 003_b255cf522e5fcd6b.txt: Passing Int, String, Dict, Classes (In [17]). */
/*
 * Values of several kinds through one pipe.  Python pickles any object;
 * a pipe carries bytes, so in C each value travels as a small tagged
 * struct (its kind, then the data), and the receiver switches on the kind.
 * Pointers are not sent (they mean nothing in another process): an
 * "object" is sent by value.  As in the seed, the parent sends everything
 * and closes its end before the child even starts (the pipe holds the
 * messages); the child reads until end of file (PF_EOF).
 */
#include <pfor.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sample.h"

struct pass_class {
    int unused;
};

enum kind { KIND_INT, KIND_STRING, KIND_DICT, KIND_OBJECT, KIND_BOOL };

struct item {
    enum kind kind;
    long long number; /* KIND_INT, KIND_BOOL, and the value of KIND_DICT */
    char text[32];    /* KIND_STRING, and the key of KIND_DICT */
    struct pass_class object;
};

static void format_item(const struct item *it, char *buf, size_t size)
{
    switch (it->kind) {
    case KIND_INT:
        snprintf(buf, size, "%lld", it->number);
        break;
    case KIND_STRING:
        snprintf(buf, size, "%s", it->text);
        break;
    case KIND_DICT:
        snprintf(buf, size, "{'%s': %lld}", it->text, it->number);
        break;
    case KIND_OBJECT:
        snprintf(buf, size, "<struct pass_class object of %zu bytes>",
                 sizeof it->object);
        break;
    case KIND_BOOL:
        snprintf(buf, size, "%s", it->number ? "True" : "False");
        break;
    }
}

static int work(void *arg)
{
    pf_conn_t *connection = arg;
    for (;;) {
        struct item instance;
        char text[64];
        ssize_t n =
            pf_conn_recv(connection, &instance, sizeof instance, PF_FOREVER);
        if (n == PF_EOF)
            return 0;
        CHECK(n);
        format_item(&instance, text, sizeof text);
        printf("CHLD: recv: %s\n", text);
    }
}

int main(void)
{
    pf_conn_t *parent_conn, *child_conn;
    pf_process_t *child;
    struct item items[5] = {
        {.kind = KIND_INT, .number = 42},
        {.kind = KIND_STRING, .text = "some string"},
        {.kind = KIND_DICT, .text = "one", .number = 1},
        {.kind = KIND_OBJECT},
        {.kind = KIND_BOOL, .number = true},
    };

    setvbuf(stdout, NULL, _IOLBF, 0);
    CHECK(pf_pipe(true, &parent_conn, &child_conn));
    CHECK(pf_process_new(work, child_conn, NULL, &child));

    for (int i = 0; i < 5; i++) {
        char text[64];
        format_item(&items[i], text, sizeof text);
        printf("PRNT: send: %s\n", text);
        CHECK(
            pf_conn_send(parent_conn, &items[i], sizeof items[i], PF_FOREVER));
    }
    CHECK(pf_conn_close(parent_conn));

    CHECK(pf_process_start(child));
    CHECK(pf_process_join(child, PF_FOREVER));
    pf_process_free(child);
    pf_conn_free(parent_conn);
    pf_conn_free(child_conn);
    return 0;
}
