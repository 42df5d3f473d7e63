# 1 "seed.c"
#define N 64
#define NW 2
#define KIND dynamic
#define CHUNK(c) ((c) * 2)
#define CAT(a, b) a##b
#define CLAUSES reduction(+: s) schedule(KIND, CHUNK(2))
#define SELF SELF
#define W(...) workers(__VA_ARGS__)
#define STR(x) #x
#undef N
#define N 32
int main(void)
{
    long s = 0, t = 0;
#pragma pfor parallel for CLAUSES W(NW) if(SELF)
    for (int i = 0; i < N; i++)
        s += i;
#pragma pfor parallel for reduction(+: t) workers(CAT(w, 3)) if(sizeof STR(a "b") == 7)
    for (int i = 0; i < N; i++)
        t += 2 * i;
    return (int)(s + t);
}
