/* shapes: column writes (trmm): iteration j writes column j, B[i][j] for
 * every row i.
 * crash at: 33
 */
#include <stdio.h>

#include "../ports/port.h"
#include "crash_once.h"

#define M 40
#define N 56

static void run(int m, int n, double A[M][M], double B[M][N])
{
    int i, k;
#pragma pfor parallel for private(i, k) collect(B[0:m]) retries(2)
    for (int j = 0; j < n; j++) {
        crash_once(j);
        for (i = 0; i < m; i++) {
            for (k = i + 1; k < m; k++)
                B[i][j] += A[k][i] * B[k][j];
            B[i][j] = 1.5 * B[i][j];
        }
    }
}

static double A[M][M], B[M][N];

int main(void)
{
    for (int i = 0; i < M; i++) {
        for (int j = 0; j < M; j++)
            A[i][j] = (double)((i + j) % 9) / 16.0;
        for (int j = 0; j < N; j++)
            B[i][j] = (double)((i * 3 + j) % 11) / 8.0;
    }
    run(M, N, A, B);
    port_doubles("B", &B[0][0], (size_t)M * N, N);
    return 0;
}
