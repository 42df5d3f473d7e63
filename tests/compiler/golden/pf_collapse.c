/* golden: collapse(2) and collapse(3): one iteration space, the indices
 * decomposed once per stretch and stepped per iteration; a variable
 * declared outside gets its serial final value; continue still steps. */
#define R 6
#define C 7
static double grid2[R][C];
static int cube[4][5][6];
void fill(int lo, int step)
{
    int i, j;
#pragma pfor parallel for collapse(2) collect(grid2) schedule(dynamic, 5)
    for (i = 0; i < R; i++)
        for (j = C - 1; j >= 0; j--) {
            if ((i + j) % 3 == 0)
                continue;
            grid2[i][j] = i * C + j;
        }
#pragma pfor parallel for collapse(3) collect(cube)
    for (int a = lo; a < 4; a++) {
        for (int b = 0; b < 5; b += step)
            for (unsigned c = 0; c < 6; c++)
                cube[a][b][c] = a + b + (int)c;
    }
    grid2[0][0] = i + j;
}
