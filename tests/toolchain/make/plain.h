/* plain.h - the plain file's interface. */
long plain_twice(long x);
