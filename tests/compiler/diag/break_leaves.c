void f(int *a, int n)
{
#pragma pfor parallel for collect(a)
    for (int i = 0; i < n; i++) {
        for (int k = 0; k < 3; k++)
            if (k == i)
                break;
        switch (i) {
        case 1:
            break;
        }
        if (a[i] < 0)
            break;
        a[i] = i;
    }
}
