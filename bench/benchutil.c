/* benchutil.c - timing, medians and the Python-baseline runner. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "benchutil.h"

double bench_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static int compare_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

double bench_median(double *samples, size_t n)
{
    if (n == 0)
        return 0;
    qsort(samples, n, sizeof *samples, compare_double);
    return n % 2 ? samples[n / 2] : (samples[n / 2 - 1] + samples[n / 2]) / 2;
}

double bench_python(const char *script, const char *args)
{
    char cmd[2048];
    snprintf(cmd, sizeof cmd, "%s %s/%s %s", BENCH_PYTHON,
             PFOR_BENCH_DIR, script, args ? args : "");
    fflush(NULL);
    FILE *p = popen(cmd, "r");
    if (!p)
        return -1;
    char line[512], last[512] = "";
    while (fgets(line, sizeof line, p))
        memcpy(last, line, sizeof last);
    int status = pclose(p);
    if (status != 0 || last[0] == '\0') {
        fprintf(stderr, "(python baseline %s failed: status %d)\n", script,
                status);
        return -1;
    }
    return strtod(last, NULL);
}

void bench_row(const char *name, double value, const char *unit, double base,
               const char *base_name)
{
    if (base > 0)
        printf("  %-44s %12.4f %-8s  %7.3fx %s\n", name, value, unit,
               value / base, base_name);
    else
        printf("  %-44s %12.4f %s\n", name, value, unit);
}
