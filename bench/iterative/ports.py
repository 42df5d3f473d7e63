#!/usr/bin/python3
"""ports.py - whole-program time of the time-step ports (tests/e2e/ports)
against their serial builds (issue 12's goal: at most 10% slower), with the
adaptive rule on (default) and off (PFOR_ADAPT=0), side by side in one run.

Usage: bench/iterative/ports.py [-b BUILD] [-r RUNS] [-w WORKERS] [names...]
The build must hold port_pb_<name> and port_pb_<name>_ref (ctest -L ports
builds them).  Prints the median wall time of each and the ratios.
"""
import os
import statistics
import subprocess
import sys
import time

NAMES = ["durbin", "trisolv", "jacobi1d", "nussinov", "jacobi2d", "fdtd2d",
         "heat3d", "cholesky", "floyd", "lu"]


def run(exe, env):
    t0 = time.perf_counter()
    subprocess.run([exe], env=env, stdout=subprocess.DEVNULL, check=True)
    return time.perf_counter() - t0


def main(argv):
    build, runs, workers, names = "build", 11, "2", []
    i = 0
    while i < len(argv):
        if argv[i] == "-b":
            build, i = argv[i + 1], i + 2
        elif argv[i] == "-r":
            runs, i = int(argv[i + 1]), i + 2
        elif argv[i] == "-w":
            workers, i = argv[i + 1], i + 2
        else:
            names.append(argv[i])
            i += 1
    names = names or NAMES
    base = dict(os.environ, PFOR_WORKERS=workers)
    off = dict(base, PFOR_ADAPT="0")
    load = open("/proc/loadavg").read().split()[:3]
    print(f"ports.py: {workers} workers, median of {runs} runs, load "
          f"{' '.join(load)} (compare ratios within one run)")
    print(f"{'port':10} {'serial ms':>10} {'adapt ms':>10} {'ratio':>6} "
          f"{'noadapt ms':>11} {'ratio':>7}")
    for name in names:
        exe = os.path.join(build, "bin", "port_pb_" + name)
        if not os.path.exists(exe):
            print(f"{name:10} not built")
            continue
        s, a, n = [], [], []
        for _ in range(runs):  # interleaved: the load hits all alike
            s.append(run(exe + "_ref", base))
            a.append(run(exe, base))
            n.append(run(exe, off))
        ms = [statistics.median(x) * 1e3 for x in (s, a, n)]
        print(f"{name:10} {ms[0]:10.2f} {ms[1]:10.2f} {ms[1] / ms[0]:6.2f} "
              f"{ms[2]:11.2f} {ms[2] / ms[0]:7.2f}")


if __name__ == "__main__":
    main(sys.argv[1:])
