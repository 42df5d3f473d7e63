/* sum.h - found through -Isum; touched by the test. */
#ifndef SUM_H
#define SUM_H
#define SUM_OFFSET 0
long sum_to(int n);
#endif
