/* golden: map with workers, chunksize, retries, timeout and progress, and
 * a map body that is a bare call. */
struct ctx { int id; };
void run(const struct ctx *c, int i);
int score(const char *name, int seed);
void batch(const struct ctx *c, const char **names, int *scores, int n)
{
#pragma pfor map workers(3) chunksize(4) retries(1) timeout(60) progress
    for (int i = 0; i < n; i++) {
        scores[i] = score(names[i], 42);
    }
#pragma pfor map
    for (int i = 0; i < n; i++)
        run(c, i);
}
