/* jb_schedule: John Burkardt's SCHEDULE_OPENMP (prime counting under three
 * schedules) on pfor.
 *
 * Origin: github.com/gaming-hacker/jburkardt_c_src (a copy of
 *   people.sc.fsu.edu/~jburkardt/c_src), schedule_openmp/schedule_openmp.c,
 *   prime_default, prime_static and prime_dynamic,
 *   commit bc31f977fd8ed639378ad886fb8d63c34942b9dc.
 * Licence: GNU LGPL ("This code is distributed under the GNU LGPL
 *   license", LGPL 2.1 in the repository); author John Burkardt; the file
 *   has no copyright line. This port is distributed under the same licence
 *   (see LICENSES).
 * Port: each `omp parallel shared(n) private(i, j, prime)` region around
 *   one `omp for reduction(...) schedule(...)` is one `parallel for` with
 *   all the clauses; omp -> pfor. Sizes and output are ours.
 * Shapes: integer reduction(+: total); schedule(static, 100) and
 *   schedule(dynamic, 100); a 1-based loop (i = 2..n); `break` in an inner
 *   loop; private temporaries.
 */
#include <stdio.h>

static int prime_default(int n)
{
    int i;
    int j;
    int prime;
    int total = 0;

#pragma pfor parallel for shared(n) private(i, j, prime) reduction(+ : total)
    for (i = 2; i <= n; i++) {
        prime = 1;

        for (j = 2; j < i; j++) {
            if (i % j == 0) {
                prime = 0;
                break;
            }
        }
        total = total + prime;
    }

    return total;
}

static int prime_static(int n)
{
    int i;
    int j;
    int prime;
    int total = 0;

#pragma pfor parallel for shared(n) private(i, j, prime) reduction(+ : total) schedule(static, 100)
    for (i = 2; i <= n; i++) {
        prime = 1;

        for (j = 2; j < i; j++) {
            if (i % j == 0) {
                prime = 0;
                break;
            }
        }
        total = total + prime;
    }

    return total;
}

static int prime_dynamic(int n)
{
    int i;
    int j;
    int prime;
    int total = 0;

#pragma pfor parallel for shared(n) private(i, j, prime) reduction(+ : total) schedule(dynamic, 100)
    for (i = 2; i <= n; i++) {
        prime = 1;

        for (j = 2; j < i; j++) {
            if (i % j == 0) {
                prime = 0;
                break;
            }
        }
        total = total + prime;
    }

    return total;
}

int main(void)
{
    for (int n = 1; n <= 40000; n *= 4)
        printf("%8d  %8d  %8d  %8d\n", n, prime_default(n), prime_static(n),
               prime_dynamic(n));
    return 0;
}
