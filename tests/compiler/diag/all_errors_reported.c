/* Several errors in one file: every one is reported, in order. */
int f(int *a, int n)
{
	double s = 0;
#pragma pfor parallel for reduction(%: s) workers(2) workers(3)
	for (int i = 0; i != n; i--) {
		s += a[i];
	}
#pragma pfor parallel for collect(a) timeout(1) frobnicate
	for (long i = n; i >= 0; --i) {
		if (i == 3)
			return 1;
		a[i] = 0;
	}
	return (int)s;
}
