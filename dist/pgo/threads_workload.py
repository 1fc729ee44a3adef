"""Training workload for the profile of dist/pgo: ordinary Python code run on two threads at once.

Once a second thread starts, reference counts and object locks take their shared (atomic)
paths; the test programs spend little time there, so without this run those paths would be
compiled as cold code. The work is a mix (calls, attributes, containers, strings), not any of
the benchmark programs.
"""

import threading


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)


def mixed_work(seed, rounds):
    total = 0
    words = {}
    items = []
    for i in range(rounds):
        p = Point(i, seed).moved(1, 2)
        total += p.x * p.y % 7
        key = "k%d" % (i % 50)
        words[key] = words.get(key, 0) + 1
        items.append((i * 0.5, key))
        if len(items) > 100:
            items.sort(key=lambda item: item[1])
            items = [item for item in items[-50:] if item[0] % 2]
        total += sum(len(w) for w in "a bb ccc".split())
    return total + len(words)


def main():
    results = []
    threads = [threading.Thread(target=lambda s=s: results.append(mixed_work(s, 200000))) for s in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(sorted(results))


main()
