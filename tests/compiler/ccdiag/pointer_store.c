/* Collected storage that gets a pointer a worker made (strdup: the
 * worker's heap): refused at the assignment.
 * expect: 16: names[i] = ...: collected storage gets a pointer
 * expect: 17: recs[i].label = ...: collected storage gets a pointer
 */
#include <string.h>
struct rec {
    int id;
    const char *label;
};
void f(char **names, struct rec *recs, int n)
{
#pragma pfor parallel for collect(names[0:n], recs[0:n])
    for (int i = 0; i < n; i++) {
        recs[i].id = i;
        names[i] = strdup("x");
        recs[i].label = names[i];
    }
}
