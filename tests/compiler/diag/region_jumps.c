/* Jumps out of a region, a single or a master are errors. */
int f(double *a, int n)
{
    for (int t = 0; t < 3; t++) {
#pragma pfor parallel
        {
            if (n < 0)
                break;
            if (n == 0)
                continue;
#pragma pfor single
            {
                if (a[0] > 1)
                    return 1;
            }
#pragma pfor master
            goto out;
            for (int k = 0; k < n; k++)
                if (a[k] < 0)
                    break;
        }
    }
out:
    return 0;
}
