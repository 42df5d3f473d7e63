/* random.c - pf_random is all inline (pfor/random.h); this unit checks that
 * the header compiles on its own in the library build. */
#include "pfor/random.h"
