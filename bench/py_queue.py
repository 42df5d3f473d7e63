# py_queue.py - Python's multiprocessing.Queue baseline for bench_queue.c.
# Usage: py_queue.py pingpong ROUNDS RUNS   -> median us per round trip
#        py_queue.py throughput MESSAGES RUNS -> median us per message
# The median is printed alone on the last line.
import os
import sys

import multiprocessing as mp
import statistics
import time


def echo(down, up, rounds):
    for _ in range(rounds + 1):
        up.put(down.get())


def pingpong(rounds):
    # One queue each way: with a single shared queue a process could take
    # back its own message.
    down, up = mp.Queue(), mp.Queue()
    child = mp.Process(target=echo, args=(down, up, rounds))
    child.start()
    msg = b"pingpong"
    down.put(msg)  # warm up the feeder threads outside the timing
    up.get()
    t0 = time.perf_counter()
    for _ in range(rounds):
        down.put(msg)
        msg = up.get()
    t = time.perf_counter() - t0
    child.join()
    return t / rounds * 1e6


def produce(q, n):
    msg = b"12345678"
    for _ in range(n):
        q.put(msg)


def throughput(n):
    q = mp.Queue()
    child = mp.Process(target=produce, args=(q, n))
    child.start()
    t0 = time.perf_counter()
    for _ in range(n):
        q.get()
    t = time.perf_counter() - t0
    child.join()
    return t / n * 1e6


def main():
    mp.set_start_method("fork")
    mode, count, runs = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    fn = pingpong if mode == "pingpong" else throughput
    samples = [fn(count) for _ in range(runs)]
    for s in samples:
        print(f"# {s:.3f}")
    print(f"{statistics.median(samples):.4f}")


if __name__ == "__main__":
    main()
