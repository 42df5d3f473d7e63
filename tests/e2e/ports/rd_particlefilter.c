/* rd_particlefilter: Rodinia 3.1 Particle Filter (OpenMP version) on pfor.
 *
 * Origin: github.com/HPC-FAIR/rodinia_3.1,
 *   openmp/particlefilter/ex_particle_OPENMP_seq.c, particleFilter with
 *   randu, randn, roundDouble, findIndex,
 *   commit 366b283456506ef2fe2c2b7dc5e83e941ffc5524.
 * Licence: Rodinia licence (BSD-style), University of Virginia.
 *   Copyright (c)2008-2011 University of Virginia. All rights reserved.
 *   The licence text is in LICENSES.
 * Port: the ten parallel loops and their clauses as there, omp -> pfor;
 *   collect() sections added; the timing printf()s removed; one fix: randu's
 *   `A*seed[index] + C` overflows a signed int (undefined behaviour, UBSan
 *   stops on it), so it is computed in unsigned arithmetic (the same bits
 *   on gcc and clang), and fabs() of an int is abs() (gcc -Wextra). The video, the disk of offsets, sizes and output are
 *   ours.
 * Shapes: a callee writes through a pointer (randn -> randu write seed[x]);
 *   flat writes ind[x*countOnes + y] in an inner loop; floating-point
 *   reductions (+:sumWeights) and (+:xe, ye) whose values feed later loops
 *   (so doubles are printed to 9 digits); an a[j] loop calling a search;
 *   shared() and private() on every loop.
 */
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "port.h"

/* value for Linear Congruential Generator (LCG); use GCC's value */
static long M = INT_MAX;
/* value for LCG */
static int A = 1103515245;
/* value for LCG */
static int C = 12345;

static double roundDouble(double value)
{
    int newValue = (int)(value);
    if (value - newValue < .5)
        return newValue;
    else
        return newValue++;
}

static double randu(int *seed, int index)
{
    int num = (int)((unsigned)A * (unsigned)seed[index] + (unsigned)C);
    seed[index] = num % M;
    return fabs(seed[index] / ((double)M));
}

static double randn(int *seed, int index)
{
    /*Box-Muller algorithm*/
    double u = randu(seed, index);
    double v = randu(seed, index);
    double cosine = cos(2 * M_PI * v);
    double rt = -2 * log(u);
    return sqrt(rt) * cosine;
}

static int findIndex(double *CDF, int lengthCDF, double value)
{
    int index = -1;
    int x;
    for (x = 0; x < lengthCDF; x++) {
        if (CDF[x] >= value) {
            index = x;
            break;
        }
    }
    if (index == -1) {
        return lengthCDF - 1;
    }
    return index;
}

static void particleFilter(int *I, int IszX, int IszY, int Nfr, int *seed,
                           int Nparticles)
{
    int max_size = IszX * IszY * Nfr;
    // original particle centroid
    double xe = roundDouble(IszY / 2.0);
    double ye = roundDouble(IszX / 2.0);

    // expected object locations, compared to center (our disk of offsets)
    int radius = 5;
    int countOnes = 0;
    double *objxy = malloc(sizeof(double) * 2 * (2 * radius + 1) * (2 * radius + 1));
    for (int dx = -radius + 1; dx < radius; dx++)
        for (int dy = -radius + 1; dy < radius; dy++)
            if (dx * dx + dy * dy < radius * radius) {
                objxy[countOnes * 2] = dy;
                objxy[countOnes * 2 + 1] = dx;
                countOnes++;
            }

    int x, y;
    // initial weights are all equal (1/Nparticles)
    double *weights = malloc(sizeof(double) * Nparticles);
#pragma pfor parallel for shared(weights, Nparticles) private(x) collect(weights[0:Nparticles])
    for (x = 0; x < Nparticles; x++) {
        weights[x] = 1 / ((double)(Nparticles));
    }
    // initial likelihood to 0.0
    double *likelihood = malloc(sizeof(double) * Nparticles);
    double *arrayX = malloc(sizeof(double) * Nparticles);
    double *arrayY = malloc(sizeof(double) * Nparticles);
    double *xj = malloc(sizeof(double) * Nparticles);
    double *yj = malloc(sizeof(double) * Nparticles);
    double *CDF = malloc(sizeof(double) * Nparticles);
    double *u = malloc(sizeof(double) * Nparticles);
    int *ind = malloc(sizeof(int) * countOnes * Nparticles);
#pragma pfor parallel for shared(arrayX, arrayY, xe, ye) private(x) collect(arrayX[0:Nparticles], arrayY[0:Nparticles])
    for (x = 0; x < Nparticles; x++) {
        arrayX[x] = xe;
        arrayY[x] = ye;
    }
    int k;

    int indX, indY;
    for (k = 1; k < Nfr; k++) {
        // apply motion model
        // draws sample from motion model (random walk). The only prior
        // information is that the object moves 2x as fast as in the y
        // direction
#pragma pfor parallel for shared(arrayX, arrayY, Nparticles, seed) private(x) collect(arrayX[0:Nparticles], arrayY[0:Nparticles], seed[0:Nparticles])
        for (x = 0; x < Nparticles; x++) {
            arrayX[x] += 1 + 5 * randn(seed, x);
            arrayY[x] += -2 + 2 * randn(seed, x);
        }
        // particle filter likelihood
#pragma pfor parallel for shared(likelihood, I, arrayX, arrayY, objxy, ind) private(x, y, indX, indY) collect(ind[0:countOnes*Nparticles], likelihood[0:Nparticles])
        for (x = 0; x < Nparticles; x++) {
            // compute the likelihood: remember our assumption is that you
            // know foreground and the background image intensity
            // distribution.
            // calc ind
            for (y = 0; y < countOnes; y++) {
                indX = roundDouble(arrayX[x]) + objxy[y * 2 + 1];
                indY = roundDouble(arrayY[x]) + objxy[y * 2];
                ind[x * countOnes + y] = abs(indX * IszY * Nfr + indY * Nfr + k);
                if (ind[x * countOnes + y] >= max_size)
                    ind[x * countOnes + y] = 0;
            }
            likelihood[x] = 0;
            for (y = 0; y < countOnes; y++)
                likelihood[x] += (pow((I[ind[x * countOnes + y]] - 100), 2) -
                                  pow((I[ind[x * countOnes + y]] - 228), 2)) /
                                 50.0;
            likelihood[x] = likelihood[x] / ((double)countOnes);
        }
        // update & normalize weights
        // using equation (63) of Arulampalam Tutorial
#pragma pfor parallel for shared(Nparticles, weights, likelihood) private(x) collect(weights[0:Nparticles])
        for (x = 0; x < Nparticles; x++) {
            weights[x] = weights[x] * exp(likelihood[x]);
        }
        double sumWeights = 0;
#pragma pfor parallel for private(x) reduction(+:sumWeights)
        for (x = 0; x < Nparticles; x++) {
            sumWeights += weights[x];
        }
#pragma pfor parallel for shared(sumWeights, weights) private(x) collect(weights[0:Nparticles])
        for (x = 0; x < Nparticles; x++) {
            weights[x] = weights[x] / sumWeights;
        }
        xe = 0;
        ye = 0;
        // estimate the object location by expected values
#pragma pfor parallel for private(x) reduction(+:xe, ye)
        for (x = 0; x < Nparticles; x++) {
            xe += arrayX[x] * weights[x];
            ye += arrayY[x] * weights[x];
        }
        printf("XE: %lf\n", xe);
        printf("YE: %lf\n", ye);
        double distance = sqrt(pow((double)(xe - (int)roundDouble(IszY / 2.0)), 2) +
                               pow((double)(ye - (int)roundDouble(IszX / 2.0)), 2));
        printf("%lf\n", distance);

        // resampling

        CDF[0] = weights[0];
        for (x = 1; x < Nparticles; x++) {
            CDF[x] = weights[x] + CDF[x - 1];
        }
        double u1 = (1 / ((double)(Nparticles))) * randu(seed, 0);
#pragma pfor parallel for shared(u, u1, Nparticles) private(x) collect(u[0:Nparticles])
        for (x = 0; x < Nparticles; x++) {
            u[x] = u1 + x / ((double)(Nparticles));
        }
        int j, i;

#pragma pfor parallel for shared(CDF, Nparticles, xj, yj, u, arrayX, arrayY) private(i, j) collect(xj[0:Nparticles], yj[0:Nparticles])
        for (j = 0; j < Nparticles; j++) {
            i = findIndex(CDF, Nparticles, u[j]);
            if (i == -1)
                i = Nparticles - 1;
            xj[j] = arrayX[i];
            yj[j] = arrayY[i];
        }

        for (x = 0; x < Nparticles; x++) {
            // reassign arrayX and arrayY
            arrayX[x] = xj[x];
            arrayY[x] = yj[x];
            weights[x] = 1 / ((double)(Nparticles));
        }
    }
    port_ints("seed", seed, (size_t)Nparticles, 0);
    port_doubles_approx("likelihood", likelihood, (size_t)Nparticles, 0);
    port_doubles_approx("arrayX", arrayX, (size_t)Nparticles, 0);
    port_doubles_approx("arrayY", arrayY, (size_t)Nparticles, 0);
    free(objxy);
    free(weights);
    free(likelihood);
    free(xj);
    free(yj);
    free(arrayX);
    free(arrayY);
    free(CDF);
    free(u);
    free(ind);
}

int main(void)
{
    int IszX = 64, IszY = 64, Nfr = 4, Nparticles = 400;
    int *seed = malloc(sizeof(int) * Nparticles);
    for (int i = 0; i < Nparticles; i++)
        seed[i] = i * 7919 + 17;
    /* the video: background 100, a disk of 228 moving by (+1, -2) a frame,
       plus a deterministic ripple instead of noise */
    int *I = malloc(sizeof(int) * IszX * IszY * Nfr);
    for (int x = 0; x < IszX; x++)
        for (int y = 0; y < IszY; y++)
            for (int k = 0; k < Nfr; k++) {
                int cx = IszX / 2 + k, cy = IszY / 2 - 2 * k;
                int in = (x - cx) * (x - cx) + (y - cy) * (y - cy) < 25;
                I[x * IszY * Nfr + y * Nfr + k] =
                    (in ? 228 : 100) + (x * 3 + y * 5 + k) % 9 - 4;
            }
    particleFilter(I, IszX, IszY, Nfr, seed, Nparticles);
    free(seed);
    free(I);
    return 0;
}
