/* shapes: rows of an array of row pointers, each malloc'd on its own
 * (backprop): column writes w[k][j] through the row pointers.
 * crash at: 12
 */
#include <stdio.h>
#include <stdlib.h>

#include "../ports/port.h"
#include "crash_once.h"

int main(void)
{
    int n = 24, m = 31;
    double **w = malloc(sizeof *w * (size_t)n);
    if (!w)
        return 1;
    for (int k = 0; k < n; k++) {
        w[k] = malloc(sizeof **w * (size_t)m);
        if (!w[k])
            return 1;
        for (int j = 0; j < m; j++)
            w[k][j] = (double)((k + 2 * j) % 7);
    }
#pragma pfor parallel for collect(w[0:n][0:m]) retries(2)
    for (int j = 0; j < m; j++) {
        crash_once(j);
        for (int k = 0; k < n; k++)
            w[k][j] = w[k][j] * 0.5 + k;
    }
    double sum = 0;
    for (int k = 0; k < n; k++) {
        port_doubles("row", w[k], (size_t)m, 0);
        for (int j = 0; j < m; j++)
            sum += w[k][j];
        free(w[k]);
    }
    free(w);
    printf("sum %a\n", sum);
    return 0;
}
