/* shapes: collapse(2) and (3): one iteration space over the nest; the
 * variables declared outside hold their serial final values; lastprivate
 * in a collapsed nest; continue inside.
 * crash at: 137
 */
#include <stdio.h>

#include "../ports/port.h"
#include "crash_once.h"

#define R 17
#define C 23
static double grid[R][C];
static int cube[5][6][7];

int main(void)
{
    int i, j = -1;
    int jlast = -1, klast = -1;
#pragma pfor parallel for collapse(2) collect(grid) lastprivate(jlast, klast) schedule(dynamic, 5) retries(2)
    for (i = 0; i < R; i++)
        for (j = C - 1; j >= 0; j -= 2) {
            crash_once((long long)i * C + j);
            if ((i + j) % 5 == 0)
                continue;
            grid[i][j] = i * 100 + j;
            jlast = j;
            klast = i;
        }
    printf("i %d j %d jlast %d klast %d\n", i, j, jlast, klast);
    port_doubles("grid", &grid[0][0], (size_t)R * C, C);
    long sum = 0;
#pragma pfor parallel for collapse(3) collect(cube) reduction(+: sum) retries(2)
    for (int a = 0; a < 5; a++) {
        for (int b = 1; b < 6; b++)
            for (int c = 6; c >= 0; c--) {
                crash_once(a * 100 + b * 10 + (long long)c);
                cube[a][b][c] = a * 49 + b * 7 + (int)c;
                sum += cube[a][b][c];
            }
    }
    unsigned long long h = port_fnv(cube, sizeof cube, PORT_FNV_INIT);
    printf("cube %016llx sum %ld\n", h, sum);
    return 0;
}
