/* golden: the lexical traps.  // #pragma pfor parallel for
 * #pragma pfor parallel for  (inside a comment) */
#include <stdio.h>
#define STR "#pragma pfor parallel for"
#define BOUND(x) ((x) * 2)
#define WORKERS 2
static const char *s1 = "#pragma pfor map \" still a string";
static const char c1 = '\'';
static const char c2 = '"';
// a line comment that continues \
#pragma pfor parallel for
static int hidden(void) { return 0; }

static void inner(int *a, int n)
{
    /* _Pragma form, continuation inside the pragma, nested loops. */
    _Pragma("pfor parallel for workers(WORKERS) collect(a[0:n])")
    for (int i = 0; i < BOUND(n); i++) {
        for (int k = 0; k < 3; k++) {
            if (k == 1)
                continue;
            a[i] += k; /* } { */
        }
        printf("%s %c\n", "} ;", '}');
    }
    #pragma pfor parallel \
        for \
        collect(a[0:n])
    for (int i = 0;
         i < n;
         i++)
        if (i % 2)
            a[i] = 1;
        else
            a[i] = 2;
}

int main(void)
{
    int a[8] = {0};
    inner(a, 4);
    printf("%s %s %c %c %d\n", STR, s1, c1, c2, hidden());
    return 0;
}
