# py_manager.py - Python's baseline for bench_manager: set or get on a
# Manager().dict() from a child process; prints the median µs per op last.
import multiprocessing as mp
import statistics
import sys
import time

ROUNDS = 5
OPS = 5000


def child(d, what, out):
    times = []
    for r in range(ROUNDS):
        keys = ["key%d" % i for i in range(OPS)]
        t0 = time.perf_counter()
        if what == "set":
            for i, k in enumerate(keys):
                d[k] = i + r
        else:
            for k in keys:
                d[k]
        times.append((time.perf_counter() - t0) / OPS * 1e6)
    out.put(statistics.median(times))


def main():
    what = sys.argv[1] if len(sys.argv) > 1 else "set"
    mp.set_start_method("fork")
    with mp.Manager() as manager:
        d = manager.dict()
        for i in range(OPS):
            d["key%d" % i] = i
        out = mp.Queue()
        p = mp.Process(target=child, args=(d, what, out))
        p.start()
        median = out.get()
        p.join()
    print("python Manager().dict() %s from a child: %.3f us/op" % (what, median))
    print("%.4f" % median)


if __name__ == "__main__":
    main()
