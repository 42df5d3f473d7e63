/* golden: collect items: an array, a section of a pointer, rows of an
 * array of row pointers, a section of a row; shared(list) arrays. */
static double table[64];
void sections(double *p, double **rows, int n, int m, double (*g)[8])
{
#pragma pfor parallel for collect(table, p[1:n], rows[0:n][0:m], g[2][0:8])
    for (int i = 0; i < n; i++) {
        table[i % 64] = i;
        p[i + 1] = p[i] * 2;
        for (int j = 0; j < m; j++)
            rows[j][i % m] += 1;
        g[2][i % 8] = i;
    }
}
