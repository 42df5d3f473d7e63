/* 002_080be87aa659a7f4.txt, cpu_count (In [1]). */
/*
 * multiprocessing.cpu_count() is pf_cpu_count(): the CPUs this process may
 * use (affinity mask and cgroup quota respected), the default number of
 * workers for pools and parallel loops.
 */
#include <pfor.h>
#include <stdio.h>

int main(void)
{
    int num_cores = pf_cpu_count();
    printf("%d cores available\n", num_cores);
    return 0;
}
