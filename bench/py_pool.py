# py_pool.py - Python's multiprocessing.Pool on the work bench_pool.c times:
# usage: py_pool.py apply|map1|mapauto [workers] [samples]; prints the median
# (microseconds per apply round trip, or per map item) on the last line.
import sys
import time
from multiprocessing import Pool


def square(x):
    return x * x


def main():
    what = sys.argv[1]
    workers = int(sys.argv[2]) if len(sys.argv) > 2 else 2
    samples = int(sys.argv[3]) if len(sys.argv) > 3 else 5
    n_apply, n_map = 2000, 100000
    times = []
    with Pool(workers) as pool:
        pool.map(square, range(1000))  # warm up
        for _ in range(samples):
            if what == "apply":
                t = time.perf_counter()
                for i in range(n_apply):
                    pool.apply(square, (i,))
                times.append((time.perf_counter() - t) / n_apply * 1e6)
            elif what == "map1":
                t = time.perf_counter()
                pool.map(square, range(n_map), chunksize=1)
                times.append((time.perf_counter() - t) / n_map * 1e6)
            elif what == "mapauto":
                t = time.perf_counter()
                pool.map(square, range(n_map))
                times.append((time.perf_counter() - t) / n_map * 1e6)
            else:
                sys.exit("unknown benchmark " + what)
    times.sort()
    print(times[len(times) // 2])


if __name__ == "__main__":
    main()
