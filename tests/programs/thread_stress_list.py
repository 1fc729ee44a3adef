# Four threads append 1,000,000 items each to one list at the same time (no lock): the list ends
# with exactly 4,000,000 items, and each thread's items appear in the order it appended them.
# Item i of thread k is the int i * 4 + k (ints are cheaper to make than tuples).
import threading

shared = []
N = 1_000_000
THREADS = 4


def fill(k):
    append = shared.append
    for i in range(N):
        append(i * THREADS + k)


threads = [threading.Thread(target=fill, args=(k,)) for k in range(THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()

print(len(shared))


def check(items):
    """Whether each thread's items come in its order; and how many of each there are."""
    last = [k - THREADS for k in range(THREADS)]  # the last item seen of each thread
    for item in items:
        k = item % THREADS
        if item - last[k] != THREADS:
            return False, None
        last[k] = item
    return True, [(item - k) // THREADS + 1 for k, item in enumerate(last)]


print(*check(shared))
