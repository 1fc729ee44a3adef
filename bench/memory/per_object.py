"""Memory per object, and whether reference cycles are freed: run it under python3 and ferrython.

Run with `ferrython bench/memory/per_object.py` (Linux: it reads the resident set size from
/proc/self/statm). For each kind of object it starts a fresh process of the same interpreter
(so that no measurement reuses memory an earlier one freed), which makes N of them, keeps them
in a list, and prints how much the resident set grew per object (including the list's slot for
it):
- an instance of a class with 3 attributes set in `__init__`;
- a list of 10 small ints;
- a dict of 1000 str keys (per dict; the keys are shared between the dicts, as interned names are).
Then it makes and drops objects in reference cycles (two instances pointing at each other) in
rounds, and prints the peak resident set after each round: flat when cycles are collected,
growing when they are not.
"""

import sys

PAGE = 4096


def resident_bytes():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * PAGE


class Point:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z


class Node:
    def __init__(self):
        self.other = None


def per_object(label, count, make):
    before = resident_bytes()
    kept = [make(i) for i in range(count)]
    after = resident_bytes()
    print("%-28s %8.1f bytes each" % (label, (after - before) / count))
    return kept


def measure(kind, scale):
    """One kind of object, in this process."""
    if kind == "instance":
        return per_object("instance, 3 attributes", 200_000 * scale, lambda i: Point(i, i + 1, i + 2))
    if kind == "list":
        return per_object("list of 10 small ints", 200_000 * scale, lambda i: [i % 100] * 10)
    keys = ["key%d" % k for k in range(1000)]
    return per_object("dict of 1000 str keys", 200 * scale, lambda i: dict.fromkeys(keys, i))


def main():
    scale = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    if len(sys.argv) > 2:
        measure(sys.argv[2], scale)
        return
    import subprocess

    for kind in ("instance", "list", "dict"):
        subprocess.run([sys.executable, __file__, str(scale), kind], check=True)
    for round_ in range(5):
        for _ in range(200_000 * scale):
            a, b = Node(), Node()
            a.other, b.other = b, a
        print("cycles, after round %d: %6.1f MB resident" % (round_ + 1, resident_bytes() / 1e6))


main()
