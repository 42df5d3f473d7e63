/* rd_leukocyte: Rodinia 3.1 Leukocyte, GICOV and dilation (OpenMP version),
 * on pfor.
 *
 * Origin: github.com/HPC-FAIR/rodinia_3.1,
 *   openmp/leukocyte/OpenMP/find_ellipse.c, ellipsematching and dilate_f,
 *   commit 366b283456506ef2fe2c2b7dc5e83e941ffc5524.
 * Licence: Rodinia licence (BSD-style), University of Virginia.
 *   Copyright (c)2008-2011 University of Virginia. All rights reserved.
 *   The licence text is in LICENSES.
 * Port: the two loops and their clause as there, omp -> pfor, with
 *   omp_num_threads a plain variable; collect() of the result matrices'
 *   rows added. The original uses the Meschach library's MAT (Real **me,
 *   rows allocated separately); the port has its own small struct and
 *   m_get_val/m_set_val macros of the same meaning. Images, sizes and output
 *   are ours.
 * Shapes: arrays of row pointers (MAT.me); ellipsematching parallelizes
 *   over columns i and writes gicov->me[j][i] (a column of a row-pointer
 *   matrix); dilate_f writes row i; local arrays in the body;
 *   num_threads().
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "port.h"

#define PI 3.14159

// The number of sample points per ellipse
#define NPOINTS 150
// The expected radius (in pixels) of a cell
#define RADIUS 10
// The range of acceptable radii
#define MIN_RAD RADIUS - 2
#define MAX_RAD RADIUS * 2
// The number of different sample ellipses to try
#define NCIRCLES 7

typedef struct {
    int m, n;
    double **me; /* m rows, each its own allocation */
} MAT;

#define m_get_val(A, i, j) ((A)->me[i][j])
#define m_set_val(A, i, j, val) ((A)->me[i][j] = (val))

static MAT *m_get(int m, int n)
{
    MAT *A = malloc(sizeof *A);
    A->m = m;
    A->n = n;
    A->me = malloc(sizeof(double *) * m);
    for (int i = 0; i < m; i++)
        A->me[i] = calloc((size_t)n, sizeof(double));
    return A;
}

static void m_free(MAT *A)
{
    for (int i = 0; i < A->m; i++)
        free(A->me[i]);
    free(A->me);
    free(A);
}

int omp_num_threads = 4; /* used only in the pragmas */

// Given x- and y-gradients of a video frame, computes the GICOV
//  score for each sample ellipse at every pixel in the frame
static MAT *ellipsematching(MAT *grad_x, MAT *grad_y)
{
    int i, n, k;
    // Compute the sine and cosine of the angle to each point in each sample
    // circle (which are the same across all sample circles)
    double sin_angle[NPOINTS], cos_angle[NPOINTS], theta[NPOINTS];
    for (n = 0; n < NPOINTS; n++) {
        theta[n] = (double)n * 2.0 * PI / (double)NPOINTS;
        sin_angle[n] = sin(theta[n]);
        cos_angle[n] = cos(theta[n]);
    }

    // Compute the (x,y) pixel offsets of each sample point in each sample
    // circle
    int tX[NCIRCLES][NPOINTS], tY[NCIRCLES][NPOINTS];
    for (k = 0; k < NCIRCLES; k++) {
        double rad = (double)(MIN_RAD + 2 * k);
        for (n = 0; n < NPOINTS; n++) {
            tX[k][n] = (int)(cos(theta[n]) * rad);
            tY[k][n] = (int)(sin(theta[n]) * rad);
        }
    }

    int MaxR = MAX_RAD + 2;

    // Allocate memory for the result matrix
    int height = grad_x->m, width = grad_x->n;
    MAT *gicov = m_get(height, width);

    // Split the work among multiple threads
#pragma pfor parallel for num_threads(omp_num_threads) collect(gicov->me[0:height][0:width])
    // Scan from left to right, top to bottom, computing GICOV values
    for (i = MaxR; i < width - MaxR; i++) {
        double Grad[NPOINTS];
        int j, k, n, x, y;

        for (j = MaxR; j < height - MaxR; j++) {
            // Initialize the maximal GICOV score to 0
            double max_GICOV = 0;

            // Iterate across each stencil
            for (k = 0; k < NCIRCLES; k++) {
                // Iterate across each sample point in the current stencil
                for (n = 0; n < NPOINTS; n++) {
                    // Determine the x- and y-coordinates of the current
                    // sample point
                    y = j + tY[k][n];
                    x = i + tX[k][n];

                    // Compute the combined gradient value at the current
                    // sample point
                    Grad[n] = m_get_val(grad_x, y, x) * cos_angle[n] +
                              m_get_val(grad_y, y, x) * sin_angle[n];
                }

                // Compute the mean gradient value across all sample points
                double sum = 0.0;
                for (n = 0; n < NPOINTS; n++)
                    sum += Grad[n];
                double mean = sum / (double)NPOINTS;

                // Compute the variance of the gradient values
                double var = 0.0;
                for (n = 0; n < NPOINTS; n++) {
                    sum = Grad[n] - mean;
                    var += sum * sum;
                }
                var = var / (double)(NPOINTS - 1);

                // Keep track of the maximal GICOV value seen so far
                if (mean * mean / var > max_GICOV) {
                    m_set_val(gicov, j, i, mean / sqrt(var));
                    max_GICOV = mean * mean / var;
                }
            }
        }
    }

    return gicov;
}

// Returns a circular structuring element of the specified radius
static MAT *structuring_element(int radius)
{
    MAT *result = m_get(radius * 2 + 1, radius * 2 + 1);

    int i, j;
    for (i = 0; i < result->m; i++) {
        for (j = 0; j < result->n; j++) {
            if (sqrt((float)((i - radius) * (i - radius) +
                             (j - radius) * (j - radius))) <= radius)
                m_set_val(result, i, j, 1.0);
            else
                m_set_val(result, i, j, 0.0);
        }
    }

    return result;
}

// Performs an image dilation on the specified matrix
//  using the specified structuring element
static MAT *dilate_f(MAT *img_in, MAT *strel)
{
    MAT *dilated = m_get(img_in->m, img_in->n);

    // Find the center of the structuring element
    int el_center_i = strel->m / 2, el_center_j = strel->n / 2, i;

    // Split the work among multiple threads
#pragma pfor parallel for num_threads(omp_num_threads) collect(dilated->me[0:img_in->m][0:img_in->n])
    // Iterate across the input matrix
    for (i = 0; i < img_in->m; i++) {
        int j, el_i, el_j, x, y;
        for (j = 0; j < img_in->n; j++) {
            double max = 0.0, temp;
            // Iterate across the structuring element
            for (el_i = 0; el_i < strel->m; el_i++) {
                for (el_j = 0; el_j < strel->n; el_j++) {
                    y = i - el_center_i + el_i;
                    x = j - el_center_j + el_j;
                    // Make sure we have not gone off the edge of the matrix
                    if (y >= 0 && x >= 0 && y < img_in->m && x < img_in->n &&
                        m_get_val(strel, el_i, el_j) != 0) {
                        // Determine if this is maximal value seen so far
                        temp = m_get_val(img_in, y, x);
                        if (temp > max)
                            max = temp;
                    }
                }
            }
            // Store the maximum value found
            m_set_val(dilated, i, j, max);
        }
    }

    return dilated;
}

static void print_mat(const char *name, MAT *A)
{
    unsigned long long h = PORT_FNV_INIT;
    for (int i = 0; i < A->m; i++)
        h = port_fnv(A->me[i], sizeof(double) * A->n, h);
    printf("%s: %d x %d hash=%016llx\n", name, A->m, A->n, h);
    for (int i = 0; i < A->m; i += 5)
        for (int j = i % 7; j < A->n; j += 9)
            printf("  %s[%d][%d] = %a\n", name, i, j, A->me[i][j]);
}

int main(void)
{
    int height = 60, width = 72;
    MAT *gx = m_get(height, width), *gy = m_get(height, width);
    for (int y = 0; y < height; y++)
        for (int x = 0; x < width; x++) {
            double dx = x - width / 2.0, dy = y - height / 2.0;
            double r = sqrt(dx * dx + dy * dy) + 1.0;
            m_set_val(gx, y, x, dx / r * cos(r / 3.0));
            m_set_val(gy, y, x, dy / r * cos(r / 3.0));
        }
    MAT *gicov = ellipsematching(gx, gy);
    MAT *strel = structuring_element(6);
    MAT *dilated = dilate_f(gicov, strel);
    print_mat("gicov", gicov);
    print_mat("dilated", dilated);
    m_free(gx);
    m_free(gy);
    m_free(gicov);
    m_free(strel);
    m_free(dilated);
    return 0;
}
