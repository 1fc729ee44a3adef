# Threads set and delete disjoint keys of one dict; the keys share hash values and compare with
# a Python __eq__, so each store finds its entry with the dict unlocked and must not write into
# a position that another thread's deletion (and compaction) gave to a different key.
import threading


class Key:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        return self.n % 8

    def __eq__(self, other):
        return isinstance(other, Key) and other.n == self.n


shared = {}
keys = [Key(i) for i in range(64)]


def worker(offset):
    for rep in range(200):
        for key in keys[offset::4]:
            shared[key] = key.n
            if (rep + key.n) % 3 == 0:
                del shared[key]


threads = [threading.Thread(target=worker, args=(i,)) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
wrong = [key.n for key, value in shared.items() if key.n != value]
print("entries", len(shared), "wrong", wrong)
print("keys distinct", len({id(k) for k in shared}) == len(shared))
