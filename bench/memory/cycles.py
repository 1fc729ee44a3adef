"""Objects in reference cycles, made and dropped by the million: is memory flat?

Run it beside python3 (Linux: it reads /proc/self/status):

    python3 bench/memory/cycles.py [MILLIONS]
    ferrython bench/memory/cycles.py [MILLIONS]

It makes MILLIONS million objects (default 10) as pairs of instances pointing at each other,
drops each pair at once, and so leaves every object to the cycle collector. It prints the peak
resident set (VmHWM) after each tenth of the work and at the end, and the time taken: flat peaks
mean the cycles are freed as fast as they are made.
"""

import gc
import sys
import time


def peak_rss_mb():
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return float("nan")


class Node:
    def __init__(self):
        self.other = None


def make_pairs(count):
    for _ in range(count):
        a = Node()
        b = Node()
        a.other = b
        b.other = a


def main():
    millions = float(sys.argv[1]) if len(sys.argv) > 1 else 10
    objects = int(millions * 1_000_000)
    pairs_per_step = objects // 2 // 10
    start = time.perf_counter()
    for step in range(1, 11):
        make_pairs(pairs_per_step)
        print("%3d%%  peak RSS %7.1f MB" % (step * 10, peak_rss_mb()))
    elapsed = time.perf_counter() - start
    print("objects in cycles: %d" % (pairs_per_step * 2 * 10))
    print("time: %.2f s" % elapsed)
    print("peak RSS: %.1f MB" % peak_rss_mb())
    print("collections:", sum(s["collections"] for s in gc.get_stats()))


main()
