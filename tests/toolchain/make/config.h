/* config.h - included by main.c only; touched by the test. */
#define N 1000
