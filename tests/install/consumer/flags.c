/* flags.c - what the preprocessing of an annotated file saw: the
 * target's definition, its C standard, and NDEBUG from the build type. */
#include <stdio.h>

int main(void)
{
    long s = 0;
#pragma pfor parallel for reduction(+ : s)
    for (int i = 0; i < 10; i++)
        s += i;
#ifdef NDEBUG
    const char *assertions = "ndebug";
#else
    const char *assertions = "assert";
#endif
    printf("%ld %d %ld %s\n", s, CONSUMER_VALUE, (long)__STDC_VERSION__,
           assertions);
    return 0;
}
