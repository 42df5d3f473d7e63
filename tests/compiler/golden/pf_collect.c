/* golden: collect of a 1-D array and of the rows of a 2-D array. */
#define ROWS 8
#define COLS 5
void grid(double g[ROWS][COLS], int *row_sum)
{
#pragma pfor parallel for collect(g[0:ROWS], row_sum[0:ROWS])
    for (int r = 0; r < ROWS; r++) {
        row_sum[r] = 0;
        for (int c = 0; c < COLS; c++) {
            g[r][c] = r * COLS + c;
            row_sum[r] += c;
        }
    }
}
