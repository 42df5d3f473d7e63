/* golden: a pfor loop nested in a pfor loop body (runs serially in each
 * worker), in a static function. */
static void mat(double m[4][4], double *rowsum)
{
#pragma pfor parallel for collect(m[0:4], rowsum[0:4])
    for (int r = 0; r < 4; r++) {
        double s = 0;
#pragma pfor parallel for reduction(+: s) collect(m[r])
        for (int c = 0; c < 4; c++) {
            m[r][c] = r + c;
            s += m[r][c];
        }
        rowsum[r] = s;
    }
}
void use(double m[4][4], double *rs) { mat(m, rs); }
