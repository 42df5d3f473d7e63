# py_lock.py - Python baseline for bench_lock: 2 processes each add 1 to a
# multiprocessing.Value n times under its get_lock() (an RLock).
# Usage: py_lock.py [increments-per-process [runs]]; the last line printed is
# the median in microseconds per increment.
import multiprocessing as mp
import statistics
import sys
import time

PROCS = 2


def deposit(value, go, ends, index, n):
    go.wait()
    for _ in range(n):
        with value.get_lock():
            value.value += 1
    ends[index] = time.monotonic()


def one_run(n):
    value = mp.Value('q', 0)
    go = mp.Event()
    ends = mp.Array('d', PROCS, lock=False)
    procs = [mp.Process(target=deposit, args=(value, go, ends, i, n))
             for i in range(PROCS)]
    for p in procs:
        p.start()
    time.sleep(0.05)
    start = time.monotonic()
    go.set()
    for p in procs:
        p.join()
    if value.value != n * PROCS:
        raise SystemExit("lost increments: %d" % value.value)
    return (max(ends) - start) * 1e6 / (n * PROCS)


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100000
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    mp.set_start_method('fork')
    samples = [one_run(n) for _ in range(runs)]
    print("python Value + get_lock(): %s us/incr" %
          " ".join("%.4f" % s for s in samples))
    print(statistics.median(samples))


if __name__ == '__main__':
    main()
