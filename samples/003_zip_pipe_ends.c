/* 003_b255cf522e5fcd6b.txt: A small brake: zip(*pipes) (In [1]). */
/*
 * zip(*pairs) turns a list of pairs into a pair of lists.  The seed uses
 * it to split [Pipe(), Pipe(), ...] into parent_conns and child_conns,
 * and shows it on [('a', 1), ('b', 2), ('c', 3)].  C has no zip: the
 * "unzip" is one loop that stores each half of a pair in its own array.
 * This prints the seed's list example, then unzips three pipes the same
 * way and uses each pair once (child i sends its letter to parent end i).
 */
#include <pfor.h>
#include <stdio.h>
#include <stdlib.h>

#include "sample.h"

struct pair {
    char letter;
    int number;
};

struct job {
    pf_conn_t *conn;
    char letter;
};

static int send_letter(void *arg)
{
    struct job *job = arg;
    CHECK(pf_conn_send(job->conn, &job->letter, 1, PF_FOREVER));
    return 0;
}

int main(void)
{
    enum { N = 3 };
    struct pair original_list[N] = {{'a', 1}, {'b', 2}, {'c', 3}};
    char letters[N];
    int numbers[N];

    /* Unpacking the list: list(zip(*original_list)) */
    for (int i = 0; i < N; i++) {
        letters[i] = original_list[i].letter;
        numbers[i] = original_list[i].number;
    }
    printf("[('%c', '%c', '%c'), (%d, %d, %d)]\n", letters[0], letters[1],
           letters[2], numbers[0], numbers[1], numbers[2]);

    /* parent_conns, child_conns = zip(*[Pipe() for _ in range(N)]) */
    pf_conn_t *parent_conns[N], *child_conns[N];
    for (int i = 0; i < N; i++)
        CHECK(pf_pipe(true, &parent_conns[i], &child_conns[i]));

    pf_process_t *processes[N];
    struct job jobs[N];
    for (int i = 0; i < N; i++) {
        jobs[i] = (struct job){child_conns[i], letters[i]};
        CHECK(pf_process_new(send_letter, &jobs[i], NULL, &processes[i]));
        CHECK(pf_process_start(processes[i]));
    }
    printf("parent_conns received: (");
    for (int i = 0; i < N; i++) {
        char letter;
        CHECK(pf_conn_recv(parent_conns[i], &letter, 1, PF_FOREVER));
        printf("%s'%c'", i ? ", " : "", letter);
    }
    printf(")\n");

    for (int i = 0; i < N; i++) {
        CHECK(pf_process_join(processes[i], PF_FOREVER));
        pf_process_free(processes[i]);
        pf_conn_free(parent_conns[i]);
        pf_conn_free(child_conns[i]);
    }
    return 0;
}
