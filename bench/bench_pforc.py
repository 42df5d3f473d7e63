# bench_pforc.py - baseline for bench_pforc: a Python line scan that drops
# '#pragma pfor' lines and writes the rest (no parsing at all); prints the
# median throughput in lines per second as its last line.
import statistics
import sys
import time


def strip(path):
    out = []
    with open(path) as f:
        for line in f:
            if line.lstrip().startswith("#pragma pfor"):
                out.append("\n")
            else:
                out.append(line)
    return "".join(out), len(out)


def main():
    path = sys.argv[1]
    samples = []
    lines = 0
    for _ in range(5):
        t0 = time.perf_counter()
        text, lines = strip(path)
        with open("/dev/null", "w") as f:
            f.write(text)
        samples.append(time.perf_counter() - t0)
    print(lines / statistics.median(samples))


if __name__ == "__main__":
    main()
