/* e2e: workers, schedule (every kind), if, retries and timeout. */
#include <stdio.h>
#include <stdlib.h>

#define N 333

static long run(int kind, int workers, int cond)
{
    long sum = 0;
    static long out[N];
    (void)workers; /* used only by the pragmas */
    (void)cond;
    switch (kind) {
    case 0:
#pragma pfor parallel for reduction(+ : sum) workers(workers) schedule(static)
        for (int i = 0; i < N; i++)
            sum += i;
        break;
    case 1:
#pragma pfor parallel for reduction(+ : sum) schedule(static, 5) workers(2)
        for (int i = 0; i < N; i++)
            sum += i;
        break;
    case 2:
#pragma pfor parallel for reduction(+ : sum) schedule(dynamic, 3)
        for (int i = 0; i < N; i++)
            sum += i;
        break;
    case 3:
#pragma pfor parallel for reduction(+ : sum) schedule(guided)
        for (int i = 0; i < N; i++)
            sum += i;
        break;
    case 4:
#pragma pfor parallel for reduction(+ : sum) schedule(runtime)
        for (int i = 0; i < N; i++)
            sum += i;
        break;
    case 5:
#pragma pfor parallel for reduction(+ : sum) if (cond) collect(out)
        for (int i = 0; i < N; i++) {
            out[i] = i * 3;
            sum += out[i];
        }
        break;
    case 6:
#pragma pfor parallel for reduction(+ : sum), retries(2), timeout(120)
        for (int i = 0; i < N; i++)
            sum += i;
        break;
    }
    return sum;
}

int main(void)
{
    setenv("PFOR_SCHEDULE", "dynamic,16", 1);
    for (int kind = 0; kind <= 6; kind++)
        for (int w = 1; w <= 3; w++)
            printf("kind %d workers %d: %ld\n", kind, w, run(kind, w, w > 1));
    return 0;
}
