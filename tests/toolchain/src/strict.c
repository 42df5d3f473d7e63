/* strict.c - pfcc test: a program with pfor loops (a reduction, a collect,
 * a map) builds cleanly under the strictest flags users build with. */
#include <stdio.h>

static double square(double x)
{
    return x * x;
}

int main(void)
{
    enum { N = 1000 };
    static double in[N], out[N];
    double sum = 0;
    long count = 0;

    for (int i = 0; i < N; i++)
        in[i] = i * 0.5;
#pragma pfor parallel for reduction(+ : sum, count) schedule(static)
    for (int i = 0; i < N; i++) {
        sum += in[i];
        count++;
    }
#pragma pfor map
    for (int i = 0; i < N; i++)
        out[i] = square(in[i]);
    printf("%.1f %ld %.2f\n", sum, count, out[N - 1]);
    return 0;
}
