# py_loop.py - baseline for bench_loop: Python's Pool(2) created, mapped over
# two items and closed; prints the median in seconds as the last line.
import statistics
import sys
import time
from multiprocessing import Pool


def square(x):
    return x * x


def main():
    reps = 5 if len(sys.argv) > 1 and sys.argv[1] == "quick" else 20
    times = []
    for _ in range(reps):
        t0 = time.perf_counter()
        with Pool(2) as pool:
            pool.map(square, range(2))
        times.append(time.perf_counter() - t0)
    print(statistics.median(times))


if __name__ == "__main__":
    main()
