/* 003_b255cf522e5fcd6b.txt, "The old way - Forking" (os.fork). */
/*
 * The raw system call under every pfor process: fork() returns twice, 0
 * in the child and the child's pid in the parent, and the two go on with
 * separate copies of memory (the child's tmp stays 1 while the parent's
 * becomes 2).  os.fork() is fork(); the parent reaps the child with
 * waitpid(), which the notebook left undone.  stdout is flushed before
 * the fork so buffered text is not printed twice - pf_process_start does
 * that (and more) for you.
 */
#include <pfor.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

static void print_pids(const char *who, const int *pid_list, int n)
{
    printf("%s: pids are [", who);
    for (int i = 0; i < n; i++)
        printf("%s%d", i ? ", " : "", pid_list[i]);
    printf("]\n");
}

int main(void)
{
    int pid_list[2]; /* list to store the PIDs */
    int n = 0;
    int tmp = 1; /* a variable to show the copies */

    pid_list[n++] = getpid();
    fflush(stdout);
    pid_t child_pid = fork(); /* create 1 fork */
    if (child_pid < 0) {
        perror("fork");
        return 1;
    }

    if (child_pid == 0) {
        pid_list[n++] = getpid();
        printf("CHLD: TMP value is: %d \n", tmp);
        print_pids("CHLD", pid_list, n);
        fflush(stdout);
        _exit(0);
    }

    waitpid(child_pid, NULL, 0); /* the child prints first */
    pid_list[n++] = getpid();
    tmp += 1;
    printf("\n");
    printf("PRNT: Child pid: %d\n", (int)child_pid);
    print_pids("PRNT", pid_list, n);
    printf("PRNT: TMP value is: %d \n", tmp);
    return 0;
}
