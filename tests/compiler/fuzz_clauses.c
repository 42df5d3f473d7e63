/* fuzz_clauses.c - libFuzzer target for the pragma unit and the clause
 * grammar alone: any text after `#pragma` (clauses, operators, schedule
 * kinds, broken brackets, NUL bytes) must be parsed without a crash, a
 * hang or a leak. */
#include <stdint.h>
#include <stdlib.h>

#include "pforc.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 65536)
        return 0;
    (void)pf_parse_pragma_text((const char *)data, size);
    return 0;
}
