"""CPU-bound Python code on one thread, then split over two: how much do threads speed it up?

Run with `ferrython bench/threads/cpu_bound.py [UNITS]` (or python3, for comparison: with a GIL
the speedup stays near 1x). The work is UNITS (default 64: about 2 s on one thread, long enough
for the machine's own variation to stay small; 8 gave anything from 1.6x to 1.9x) calls of
`work`, a loop of integer arithmetic with no shared state; the two-thread run gives each thread half of the calls. It
prints the wall time of each run, the process's CPU time over it (CPU time / wall time is how many
cores the run kept busy) and the speedup. Wall times include whatever else the machine runs at the
time: on a 2-core machine the best possible speedup is 2x, and only if the other core is idle.
"""

import sys
import threading
import time


def work(n):
    """A pure-Python loop of arithmetic (a linear congruential sequence)."""
    x = 1
    for i in range(n):
        x = (x * 1103515245 + 12345 + i) % 2147483648
    return x


ITERATIONS = 1_000_000


def run_units(units, results):
    for _ in range(units):
        results.append(work(ITERATIONS))


def timed(thread_count, units):
    """Wall and CPU time of `units` calls of work split over `thread_count` threads, and the
    results."""
    results = []
    share = [units // thread_count + (k < units % thread_count) for k in range(thread_count)]
    threads = [threading.Thread(target=run_units, args=(n, results)) for n in share]
    start, cpu_start = time.perf_counter(), time.process_time()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return time.perf_counter() - start, time.process_time() - cpu_start, results


def main():
    units = int(sys.argv[1]) if len(sys.argv) > 1 else 64
    work(1000)  # warm up
    one, one_cpu, first = timed(1, units)
    two, two_cpu, second = timed(2, units)
    assert first == second, "the threads computed different results"
    print(f"{units} units of {ITERATIONS:,} iterations")
    print(f"1 thread:  {one:.3f} s wall, {one_cpu:.3f} s CPU ({one_cpu / one:.2f} cores busy)")
    print(f"2 threads: {two:.3f} s wall, {two_cpu:.3f} s CPU ({two_cpu / two:.2f} cores busy)")
    print(f"speedup:   {one / two:.2f}x")


main()
