/* error.c - error texts and names generated from PF_ERRNO_MAP, and the
 * version string. */
#include <string.h>

#include "internal.h"

const char *pf_strerror(int err)
{
    switch (err) {
#define PF__ERRNO_TEXT(name, value, text)                                     \
    case (value):                                                             \
        return text;
        PF_ERRNO_MAP(PF__ERRNO_TEXT)
#undef PF__ERRNO_TEXT
    case 0:
        return "success";
    default:
        break;
    }
    if (err < 0 && err > -4000)
        return strerror(-err);
    return "unknown error";
}

const char *pf_err_name(int err)
{
    switch (err) {
#define PF__ERRNO_NAME(name, value, text)                                     \
    case (value):                                                             \
        return "PF_" #name;
        PF_ERRNO_MAP(PF__ERRNO_NAME)
#undef PF__ERRNO_NAME
    case 0:
        return "OK";
    default:
        return "PF_UNKNOWN";
    }
}

int pf__from_errno(int e)
{
    switch (-e) {
#define PF__ERRNO_KNOWN(name, value, text)                                    \
    case (value):                                                             \
        return (value);
        PF_ERRNO_MAP(PF__ERRNO_KNOWN)
#undef PF__ERRNO_KNOWN
    default:
        return PF_ESYS;
    }
}

const char *pf_version(void)
{
    return PFOR_VERSION_STRING;
}
