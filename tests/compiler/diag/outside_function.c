#pragma pfor parallel for
int x;
