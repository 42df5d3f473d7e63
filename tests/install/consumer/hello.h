/* hello.h - a local header, to check that "..." includes still resolve. */
#define HELLO_N 1000
