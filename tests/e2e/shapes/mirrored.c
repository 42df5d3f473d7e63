/* shapes: mirrored writes (covariance): iteration i writes cov[i][j] and
 * cov[j][i] for j >= i, rows other iterations own.
 * crash at: 17
 */
#include <stdio.h>

#include "../ports/port.h"
#include "crash_once.h"

#define N 48
#define M 40
static double data[M][N], cov[N][N];

int main(void)
{
    for (int k = 0; k < M; k++)
        for (int j = 0; j < N; j++)
            data[k][j] = (double)((k * 7 + j * 13) % 17) / 8.0;
#pragma pfor parallel for collect(cov) schedule(dynamic, 3) retries(2)
    for (int i = 0; i < N; i++) {
        crash_once(i);
        for (int j = i; j < N; j++) {
            double s = 0;
            for (int k = 0; k < M; k++)
                s += data[k][i] * data[k][j];
            cov[i][j] = s / (M - 1);
            cov[j][i] = cov[i][j];
        }
    }
    port_doubles("cov", &cov[0][0], (size_t)N * N, N);
    return 0;
}
