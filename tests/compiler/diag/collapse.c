/* collapse(n): a literal n, perfectly nested loops, rectangular bounds. */
double g[8][8];
void f(int n, int k)
{
#pragma pfor parallel for collapse(k) collect(g)
    for (int i = 0; i < 8; i++)
        for (int j = 0; j < 8; j++)
            g[i][j] = 0;
#pragma pfor parallel for collapse(2) collect(g)
    for (int i = 0; i < 8; i++) {
        g[i][0] = 1;
        for (int j = 0; j < 8; j++)
            g[i][j] = 0;
    }
#pragma pfor parallel for collapse(2) collect(g)
    for (int i = 0; i < 8; i++)
        for (int j = i; j < n; j++)
            g[i][j] = 0;
#pragma pfor parallel for collapse(3) collect(g)
    for (int i = 0; i < 8; i++)
        for (int j = 0; j < 8; j++)
            g[i][j] = 0;
}
