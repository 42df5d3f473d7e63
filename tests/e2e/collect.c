/* e2e: collect of 1-D arrays, of the rows of a 2-D array, of structs. */
#include <stdio.h>
#include <string.h>

#define ROWS 37
#define COLS 11

struct cell {
    int id;
    double value;
    char tag[8];
};

int main(void)
{
    static double grid[ROWS][COLS];
    static int squares[500];
    static struct cell cells[200];
    unsigned long long big[500]; /* collect: iteration i writes big[i] */

#pragma pfor parallel for collect(grid)
    for (int r = 0; r < ROWS; r++)
        for (int c = 0; c < COLS; c++)
            grid[r][c] = r * 100 + c;

#pragma pfor parallel for collect(squares, big) schedule(dynamic, 7)
    for (int i = 0; i < 500; i++) {
        squares[i] = i * i;
        big[i] = 1ull << (i % 64);
    }

#pragma pfor parallel for collect(cells) workers(3)
    for (int i = 0; i < 200; i++) {
        cells[i].id = i;
        cells[i].value = i / 4.0;
        snprintf(cells[i].tag, sizeof cells[i].tag, "c%d", i);
    }

    double total = 0;
    for (int r = 0; r < ROWS; r++)
        for (int c = 0; c < COLS; c++)
            total += grid[r][c];
    long sq = 0;
    for (int i = 0; i < 500; i++)
        sq += squares[i];
    unsigned long long bits = 0;
    for (int i = 0; i < 500; i++)
        bits ^= big[i];
    printf("grid %.0f %.0f %.0f\n", total, grid[5][7],
           grid[ROWS - 1][COLS - 1]);
    printf("squares %ld %d bits %llx\n", sq, squares[499], bits);
    printf("cells %d %.2f %s %s\n", cells[199].id, cells[150].value,
           cells[0].tag, cells[123].tag);
    return 0;
}
