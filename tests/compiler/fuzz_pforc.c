/* fuzz_pforc.c - libFuzzer target: pforc must never crash, hang or leak on
 * any input, with either backend and with or without #line. */
#include <stdint.h>
#include <stdlib.h>

#include "pforc.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const pforc_options_t opts[] = {
        {BACKEND_PROCESS, 1, NULL},
        {BACKEND_PROCESS, 1, "fuzz.pfor.c"},
        {BACKEND_SERIAL, 0, NULL},
    };
    for (size_t i = 0; i < sizeof opts / sizeof opts[0]; i++) {
        char *out = NULL;
        size_t len = 0;
        int rc = pforc_translate("fuzz.c", (const char *)data, size, &opts[i],
                                 NULL, &out, &len);
        if (rc == 0 && !out)
            abort();
        free(out);
    }
    return 0;
}
