/* shapes: a flat 2-D array behind a pointer (srad): iteration i writes
 * J[i * cols + j] for every j.
 * crash at: 20
 */
#include <stdio.h>
#include <stdlib.h>

#include "../ports/port.h"
#include "crash_once.h"

int main(void)
{
    int rows = 37, cols = 53;
    double *J = malloc(sizeof *J * (size_t)rows * cols);
    double *dN = malloc(sizeof *dN * (size_t)rows * cols);
    if (!J || !dN)
        return 1;
    for (int k = 0; k < rows * cols; k++)
        J[k] = (double)(k % 29) / 4.0;
#pragma pfor parallel for shared(J, dN) collect(J[0:rows*cols], dN[0:rows*cols]) retries(2)
    for (int i = 0; i < rows; i++) {
        crash_once(i);
        for (int j = 0; j < cols; j++) {
            int k = i * cols + j;
            dN[k] = (j > 0 ? J[k - 1] : J[k]) - J[k];
            J[k] = J[k] * 0.5 + dN[k];
        }
    }
    port_doubles("J", J, (size_t)rows * cols, (size_t)cols);
    port_doubles("dN", dN, (size_t)rows * cols, (size_t)cols);
    free(J);
    free(dN);
    return 0;
}
