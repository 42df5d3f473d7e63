# py_pipe.py - Python's multiprocessing Pipe ping-pong, the baseline of
# bench_pipe.c.  Usage: py_pipe.py TRIPS RUNS CPU MODE
#   CPU: pin parent and child to this CPU (-1: no pinning)
#   MODE: bytes (send_bytes/recv_bytes of 8 bytes) or pickle (send/recv),
#   or bulk: TRIPS messages of 1 MiB from the child, in milliseconds
# Prints microseconds per round trip for each run, the median last.
import multiprocessing as mp
import os
import statistics
import sys
import time


def child(conn, trips, cpu, mode):
    if cpu >= 0:
        os.sched_setaffinity(0, {cpu})
    if mode == "bytes":
        for _ in range(trips + 1):
            conn.send_bytes(conn.recv_bytes())
    else:
        for _ in range(trips + 1):
            conn.send(conn.recv())


def bulk_child(conn, count, cpu):
    if cpu >= 0:
        os.sched_setaffinity(0, {cpu})
    msg = bytes(1 << 20)
    for _ in range(count):
        conn.send_bytes(msg)


def measure_bulk(count, cpu):
    ctx = mp.get_context("fork")
    reader, writer = ctx.Pipe(duplex=False)
    p = ctx.Process(target=bulk_child, args=(writer, count, cpu))
    p.start()
    writer.close()
    t0 = time.perf_counter()
    for _ in range(count):
        reader.recv_bytes()
    t1 = time.perf_counter()
    p.join()
    reader.close()
    return (t1 - t0) * 1e3


def measure(trips, cpu, mode):
    ctx = mp.get_context("fork")
    parent_conn, child_conn = ctx.Pipe()
    p = ctx.Process(target=child, args=(child_conn, trips, cpu, mode))
    p.start()
    child_conn.close()
    msg = b"pingpong"
    if mode == "bytes":
        send, recv = parent_conn.send_bytes, parent_conn.recv_bytes
    else:
        send, recv = parent_conn.send, parent_conn.recv
    send(msg)  # warm-up trip: the child is running
    recv()
    t0 = time.perf_counter()
    for _ in range(trips):
        send(msg)
        recv()
    t1 = time.perf_counter()
    p.join()
    parent_conn.close()
    return (t1 - t0) / trips * 1e6


def main():
    trips, runs, cpu = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
    mode = sys.argv[4] if len(sys.argv) > 4 else "bytes"
    if cpu >= 0:
        os.sched_setaffinity(0, {cpu})
    if mode == "bulk":
        samples = [measure_bulk(trips, cpu) for _ in range(runs)]
    else:
        samples = [measure(trips, cpu, mode) for _ in range(runs)]
    for s in samples:
        print(f"run {s:.3f}")
    print(f"{statistics.median(samples):.4f}")


if __name__ == "__main__":
    main()
