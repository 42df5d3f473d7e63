/* A very long pragma line: the diagnostic shows a window around the caret. */
void f(int *a, int n)
{
#pragma pfor parallel for collect(a) workers(n) if(n > 1 && n < 1000000 && n != 17 && n != 18 && n != 19 && n != 20 && n != 21 && n != 22 && n != 23 && n != 24 && n != 25 && n != 26 && n != 27 && n != 28 && n != 29 && n != 30 && n != 31 && n != 32 && n != 33 && n != 34 && n != 35 && n != 36 && n != 37 && n != 38 && n != 39 && n != 40 && n != 41) frobnicate retries(1) timeout(10.0) schedule(dynamic, 4) reduction(+: n) collect(a)
    for (int i = 0; i < n; i++)
        a[i] = 0;
}
