/* golden: CRLF line ends, also in a continued pragma. */
void f(int *a)
{
#pragma pfor parallel \
  for collect(a[0:10])
    for (int i = 0; i < 4; i++)
        a[i] = i;
}
