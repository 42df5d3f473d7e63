/* shm_map.c - anonymous shared mappings that forked children inherit. */
#include <sys/mman.h>
#include <unistd.h>

#include "internal.h"

size_t pf__page_size(void)
{
    static size_t page;
    if (page == 0)
        page = (size_t)sysconf(_SC_PAGESIZE);
    return page;
}

void *pf__map_shared(size_t size)
{
    if (pf__inject_hit(PF__INJECT_MMAP))
        return NULL;
    void *p = mmap(NULL, size ? size : 1, PROT_READ | PROT_WRITE,
                   MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    return p == MAP_FAILED ? NULL : p;
}

void *pf__map_shared_reserve(size_t size)
{
    if (pf__inject_hit(PF__INJECT_MMAP))
        return NULL;
    void *p = mmap(NULL, size ? size : 1, PROT_READ | PROT_WRITE,
                   MAP_SHARED | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    return p == MAP_FAILED ? NULL : p;
}

void pf__unmap_shared(void *p, size_t size)
{
    if (p)
        munmap(p, size ? size : 1);
}
