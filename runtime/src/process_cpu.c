/* process_cpu.c - pf_cpu_count: the affinity mask, limited by the cgroup
 * CPU quota (v2 cpu.max, or v1 cfs_quota_us / cfs_period_us). */
#include <errno.h>
#include <limits.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "internal.h"

/* CPUs in this thread's affinity mask (the kernel may have more CPUs than
 * a cpu_set_t holds: grow until the mask fits). */
static int affinity_count(void)
{
    for (int n = 1024; n <= (1 << 20); n *= 2) {
        cpu_set_t *set = CPU_ALLOC((size_t)n);
        if (!set)
            break;
        size_t size = CPU_ALLOC_SIZE((size_t)n);
        if (sched_getaffinity(0, size, set) == 0) {
            int count = CPU_COUNT_S(size, set);
            CPU_FREE(set);
            return count > 0 ? count : 1;
        }
        int e = errno;
        CPU_FREE(set);
        if (e != EINVAL)
            break;
    }
    long online = sysconf(_SC_NPROCESSORS_ONLN);
    return online > 0 && online < INT_MAX ? (int)online : 1;
}

/* The limit one cpu.max file sets: ceil(quota / period), at least 1, or 0
 * when the file is missing, unreadable or says "max". */
static int cpu_max_limit(const char *path)
{
    FILE *f = fopen(path, "re");
    if (!f)
        return 0;
    char quota[64] = "";
    unsigned long long period = 0;
    int fields = fscanf(f, "%63s %llu", quota, &period);
    fclose(f);
    if (fields != 2 || period == 0 || strcmp(quota, "max") == 0)
        return 0;
    char *end;
    errno = 0;
    unsigned long long q = strtoull(quota, &end, 10);
    if (errno || *end || q == 0)
        return 0;
    unsigned long long cpus = (q + period - 1) / period;
    return cpus > INT_MAX ? INT_MAX : (int)cpus;
}

/*
 * The CPU limit of the cgroup v2 hierarchy mounted at `mount` for the
 * process whose /proc/<pid>/cgroup is the file `self_cgroup`: the smallest
 * cpu.max limit of its cgroup and every ancestor up to the mount's root.
 * Returns that limit (>= 1), or 0 when nothing limits (no v2 entry, no
 * files, "max" everywhere).  Internal; tests call it on a fake tree.
 */
int pf__cgroup_cpu_limit(const char *mount, const char *self_cgroup)
{
    FILE *f = fopen(self_cgroup, "re");
    if (!f)
        return 0;
    char line[4096], path[4096] = "";
    bool found = false;
    while (fgets(line, sizeof line, f)) {
        if (strncmp(line, "0::", 3) == 0) {
            snprintf(path, sizeof path, "%s", line + 3);
            path[strcspn(path, "\n")] = '\0';
            found = true;
            break;
        }
    }
    fclose(f);
    if (!found || path[0] != '/')
        return 0;
    int limit = 0;
    for (;;) {
        char file[8192];
        snprintf(file, sizeof file, "%s%s/cpu.max", mount,
                 strcmp(path, "/") == 0 ? "" : path);
        int here = cpu_max_limit(file);
        if (here > 0 && (limit == 0 || here < limit))
            limit = here;
        if (strcmp(path, "/") == 0)
            break;
        char *slash = strrchr(path, '/');
        if (slash == path)
            path[1] = '\0';
        else
            *slash = '\0';
    }
    return limit;
}

/* The CFS quota of a cgroup v1 "cpu" controller, rounded up; 0 when
 * there is none. */
static int cgroup_v1_cpu_limit(void)
{
    FILE *f = fopen("/proc/self/cgroup", "re");
    if (f == NULL)
        return 0;
    char line[4096], path[4200] = "";
    while (fgets(line, sizeof line, f)) {
        char *ctl = strchr(line, ':');
        char *rel = ctl ? strchr(ctl + 1, ':') : NULL;
        if (rel == NULL)
            continue;
        *rel = '\0';
        /* The controller list, e.g. "cpu,cpuacct", must name "cpu". */
        char *save = NULL;
        for (char *t = strtok_r(ctl + 1, ",", &save); t;
             t = strtok_r(NULL, ",", &save))
            if (strcmp(t, "cpu") == 0) {
                rel[1 + strcspn(rel + 1, "\n")] = '\0';
                snprintf(path, sizeof path, "%s", rel + 1);
            }
    }
    fclose(f);
    if (path[0] != '/')
        return 0;
    static const char *mounts[] = {"/sys/fs/cgroup/cpu",
                                   "/sys/fs/cgroup/cpu,cpuacct"};
    for (size_t m = 0; m < sizeof mounts / sizeof mounts[0]; m++) {
        char qf[4400], pf[4400];
        const char *p = strcmp(path, "/") == 0 ? "" : path;
        snprintf(qf, sizeof qf, "%s%s/cpu.cfs_quota_us", mounts[m], p);
        snprintf(pf, sizeof pf, "%s%s/cpu.cfs_period_us", mounts[m], p);
        FILE *q = fopen(qf, "re"), *r = fopen(pf, "re");
        long long quota = -1, period = 0;
        if (q && fscanf(q, "%lld", &quota) != 1)
            quota = -1;
        if (r && fscanf(r, "%lld", &period) != 1)
            period = 0;
        if (q)
            fclose(q);
        if (r)
            fclose(r);
        if (quota > 0 && period > 0) {
            long long cpus = (quota + period - 1) / period;
            return cpus < 1 ? 1 : (int)cpus;
        }
    }
    return 0;
}

int pf_cpu_count(void)
{
    int count = affinity_count();
    int limit = pf__cgroup_cpu_limit("/sys/fs/cgroup", "/proc/self/cgroup");
    if (limit > 0 && limit < count)
        count = limit;
    limit = cgroup_v1_cpu_limit();
    if (limit > 0 && limit < count)
        count = limit;
    return count > 0 ? count : 1;
}
