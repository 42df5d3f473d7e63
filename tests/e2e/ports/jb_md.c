/* jb_md: John Burkardt's MD_OPENMP molecular dynamics on pfor.
 *
 * Origin: github.com/gaming-hacker/jburkardt_c_src (a copy of
 *   people.sc.fsu.edu/~jburkardt/c_src), md_openmp/md_openmp.c, compute,
 *   dist and update, commit bc31f977fd8ed639378ad886fb8d63c34942b9dc.
 * Licence: GNU LGPL ("This code is distributed under the GNU LGPL
 *   license", LGPL 2.1 in the repository); original FORTRAN77 version by
 *   Bill Magro, C version by John Burkardt; the file has no copyright line.
 *   This port is distributed under the same licence (see LICENSES).
 * Port: each `omp parallel shared(...) private(...)` region holds one
 *   `omp for`; it is written as one `parallel for` carrying the region's
 *   shared()/private() and the loop's reduction(); omp -> pfor; collect()
 *   sections added. Initial positions, sizes and output are ours.
 * Shapes: flat 2-D arrays f[i+k*nd], pos[i+j*nd] written by iteration k
 *   (j); a private array rij written by a called function (dist); a
 *   floating-point reduction(+: pe, ke) (printed to 9 digits); a time-step
 *   loop around two parallel loops.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "port.h"

static double dist(int nd, double r1[], double r2[], double dr[])
{
    double d;
    int i;

    d = 0.0;
    for (i = 0; i < nd; i++) {
        dr[i] = r1[i] - r2[i];
        d = d + dr[i] * dr[i];
    }
    d = sqrt(d);

    return d;
}

static void compute(int np, int nd, double pos[], double vel[], double mass,
                    double f[], double *pot, double *kin)
{
    double d;
    double d2;
    int i;
    int j;
    int k;
    double ke;
    double pe;
    double PI2 = 3.141592653589793 / 2.0;
    double rij[3];

    pe = 0.0;
    ke = 0.0;

#pragma pfor parallel for shared(f, nd, np, pos, vel) private(i, j, k, rij, d, d2) reduction(+ : pe, ke) collect(f[0:nd*np])
    for (k = 0; k < np; k++) {
        /*
          Compute the potential energy and forces.
        */
        for (i = 0; i < nd; i++) {
            f[i + k * nd] = 0.0;
        }

        for (j = 0; j < np; j++) {
            if (k != j) {
                d = dist(nd, pos + k * nd, pos + j * nd, rij);
                /*
                  Attribute half of the potential energy to particle J.
                */
                if (d < PI2) {
                    d2 = d;
                } else {
                    d2 = PI2;
                }

                pe = pe + 0.5 * pow(sin(d2), 2);

                for (i = 0; i < nd; i++) {
                    f[i + k * nd] = f[i + k * nd] - rij[i] * sin(2.0 * d2) / d;
                }
            }
        }
        /*
          Compute the kinetic energy.
        */
        for (i = 0; i < nd; i++) {
            ke = ke + vel[i + k * nd] * vel[i + k * nd];
        }
    }

    ke = ke * 0.5 * mass;

    *pot = pe;
    *kin = ke;
}

static void update(int np, int nd, double pos[], double vel[], double f[],
                   double acc[], double mass, double dt)
{
    int i;
    int j;
    double rmass;

    rmass = 1.0 / mass;

#pragma pfor parallel for shared(acc, dt, f, nd, np, pos, rmass, vel) private(i, j) collect(pos[0:nd*np], vel[0:nd*np], acc[0:nd*np])
    for (j = 0; j < np; j++) {
        for (i = 0; i < nd; i++) {
            pos[i + j * nd] = pos[i + j * nd] + vel[i + j * nd] * dt +
                              0.5 * acc[i + j * nd] * dt * dt;
            vel[i + j * nd] = vel[i + j * nd] +
                              0.5 * dt * (f[i + j * nd] * rmass + acc[i + j * nd]);
            acc[i + j * nd] = f[i + j * nd] * rmass;
        }
    }
}

int main(void)
{
    int nd = 3, np = 200, step_num = 8;
    double mass = 1.0, dt = 0.0001, potential, kinetic;
    double *pos = malloc(sizeof(double) * nd * np);
    double *vel = malloc(sizeof(double) * nd * np);
    double *acc = malloc(sizeof(double) * nd * np);
    double *force = malloc(sizeof(double) * nd * np);
    for (int j = 0; j < np; j++)
        for (int i = 0; i < nd; i++) {
            int cell = i == 0 ? j % 6 : i == 1 ? (j / 6) % 6 : j / 36;
            pos[i + j * nd] = 0.9 * cell + 0.01 * ((j * 7 + i * 3) % 11);
            vel[i + j * nd] = 0.0;
            acc[i + j * nd] = 0.0;
        }
    compute(np, nd, pos, vel, mass, force, &potential, &kinetic);
    printf("step 0: P %.8e K %.8e\n", potential, kinetic);
    for (int step = 1; step <= step_num; step++) {
        compute(np, nd, pos, vel, mass, force, &potential, &kinetic);
        printf("step %d: P %.8e K %.8e\n", step, potential, kinetic);
        update(np, nd, pos, vel, force, acc, mass, dt);
    }
    port_doubles("force", force, (size_t)nd * np, (size_t)nd);
    port_doubles("pos", pos, (size_t)nd * np, (size_t)nd);
    port_doubles("vel", vel, (size_t)nd * np, (size_t)nd);
    port_doubles("acc", acc, (size_t)nd * np, (size_t)nd);
    free(pos);
    free(vel);
    free(acc);
    free(force);
    return 0;
}
