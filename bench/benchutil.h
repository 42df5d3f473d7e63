/* benchutil.h - timing, medians and the Python-baseline runner shared by
 * the benchmarks. */
#ifndef PFOR_BENCHUTIL_H
#define PFOR_BENCHUTIL_H

#include <stddef.h>

/* Debian's python3, the one python3-joblib installs into. */
#define BENCH_PYTHON "/usr/bin/python3"

/* Monotonic time in seconds. */
double bench_now(void);
/* Median of n samples (sorts them in place). */
double bench_median(double *samples, size_t n);
/* Run `BENCH_PYTHON PFOR_BENCH_DIR/script args` and parse the last line of
 * its output as a number (the script prints its median there).  Returns
 * the number, or -1 when Python or the script is missing/failed (its
 * stderr goes to ours, so the reason shows). */
double bench_python(const char *script, const char *args);
/* Print one result row: name, value, unit, and (when base > 0) the ratio
 * value/base with the name of the baseline. */
void bench_row(const char *name, double value, const char *unit, double base,
               const char *base_name);

#endif /* PFOR_BENCHUTIL_H */
