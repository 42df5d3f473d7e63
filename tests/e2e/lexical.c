/* e2e: the lexical traps.  // #pragma pfor parallel for
 * #pragma pfor parallel for reduction(+: never)  (inside a comment) */
/* clang-format off: the layout is the test. */
#include <stdio.h>
#include <string.h>
#define STR "#pragma pfor parallel for"
#define BOUND(x) ((x) * 2)
#define WORKERS 2
static const char *s1 = "#pragma pfor map \" still a string */ /*";
static const char c1 = '\'';
static const char c2 = '"';
static const char c3 = '{';

static long traps(int *a, int n)
{
    long total = 0;
    /* _Pragma form. */
    _Pragma("pfor parallel for workers(WORKERS) collect(a[0:BOUND(n)])")
    for (int i = 0; i < BOUND(n); i++) {
        for (int k = 0; k < 3; k++) {
            if (k == 1)
                continue; /* continue of an inner loop */
            a[i] += k; /* } { "  */
        }
        if (i % 3 == 0)
            continue; /* continue of the pfor loop itself */
        a[i] += (int)strlen("} ; {");
    }
    /* Continuations inside the pragma and the header on several lines. */
    #pragma pfor parallel \
        for \
        reduction(+: total)
    for (int i = 0;
         i < BOUND(n);
         i++)
        if (i % 2)
            total += a[i];
        else
            total -= '}';
    return total;
}

int main(void)
{
    int a[16] = {0};
    long t = traps(a, 8);
    for (int i = 0; i < 16; i++)
        printf("%d ", a[i]);
    printf("\n%ld %s %s %c %c %c\n", t, STR, s1, c1, c2, c3);
    return 0;
}
