/* pfor/version.h - the library's version, at compile time and at run time. */
#ifndef PFOR_VERSION_H
#define PFOR_VERSION_H

#define PFOR_VERSION_MAJOR 0
#define PFOR_VERSION_MINOR 1
#define PFOR_VERSION_PATCH 0
#define PFOR_VERSION_STRING "0.1.0"

/* The version of the library actually linked, e.g. "0.1.0". */
const char *pf_version(void);

#endif /* PFOR_VERSION_H */
