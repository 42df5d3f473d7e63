/* golden: no pragma at all: the output is the input, byte for byte. */
#include <stdio.h>
#pragma GCC diagnostic push
#pragma omp parallel for
#pragma GCC diagnostic pop
int main(void)	/* tabs	and trailing blanks */   
{
    const char *p = "#pragma pfor parallel for";
    for (int i = 0; i < 3; i++) printf("%d %s\n", i, p);   
    return 0;
}
/* unterminated at end of file: no newline */
int x; /* no final newline */