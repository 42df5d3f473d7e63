/* More than 20 errors: the first 20 are reported, then pforc stops. */
void f(int *a, int n)
{
#pragma pfor parallel for unknown0(1) workers(1) workers(2)
    for (int i = 0; i < n; i++)
        a[i] = 0;
#pragma pfor parallel for unknown1(1) workers(1) workers(2)
    for (int i = 0; i < n; i++)
        a[i] = 1;
#pragma pfor parallel for unknown2(1) workers(1) workers(2)
    for (int i = 0; i < n; i++)
        a[i] = 2;
#pragma pfor parallel for unknown3(1) workers(1) workers(2)
    for (int i = 0; i < n; i++)
        a[i] = 3;
#pragma pfor parallel for unknown4(1) workers(1) workers(2)
    for (int i = 0; i < n; i++)
        a[i] = 4;
#pragma pfor parallel for unknown5(1) workers(1) workers(2)
    for (int i = 0; i < n; i++)
        a[i] = 5;
#pragma pfor parallel for unknown6(1) workers(1) workers(2)
    for (int i = 0; i < n; i++)
        a[i] = 6;
#pragma pfor parallel for unknown7(1) workers(1) workers(2)
    for (int i = 0; i < n; i++)
        a[i] = 7;
#pragma pfor parallel for unknown8(1) workers(1) workers(2)
    for (int i = 0; i < n; i++)
        a[i] = 8;
#pragma pfor parallel for unknown9(1) workers(1) workers(2)
    for (int i = 0; i < n; i++)
        a[i] = 9;
#pragma pfor parallel for unknown10(1) workers(1) workers(2)
    for (int i = 0; i < n; i++)
        a[i] = 10;
#pragma pfor parallel for unknown11(1) workers(1) workers(2)
    for (int i = 0; i < n; i++)
        a[i] = 11;
}
