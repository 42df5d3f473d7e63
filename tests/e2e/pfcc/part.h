/* part.h - the piece of the pfcc two-file program found via "..." */
#ifndef PART_H
#define PART_H
long part_sum(int n);
#endif
