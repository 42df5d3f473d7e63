/* 000_af678ed9c2489058.txt, "CPU Count" (In [46]). */
/*
 * multiprocessing.cpu_count() is pf_cpu_count(): the CPUs this process may
 * really use (its affinity mask and cgroup CPU quota), which is the number
 * a pool or a parallel loop starts by default.
 */
#include <pfor.h>
#include <stdio.h>

int main(void)
{
    printf("%d\n", pf_cpu_count());
    return 0;
}
