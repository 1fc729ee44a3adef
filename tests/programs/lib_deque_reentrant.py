# collections.deque when Python code run by its methods (__eq__, __repr__, __del__) changes
# the deque: CPython's errors, and no deadlock.
from collections import deque


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


d = None


class Grows:
    def __eq__(self, other):
        d.append(5)
        return False


for name in ['count', 'index', 'remove', '__contains__']:
    d = deque([Grows(), 1, 2])
    attempt(name, lambda: getattr(d, name)(2))
    print(' len', len(d))


class Pops:
    def __init__(self, result):
        self.result = result

    def __eq__(self, other):
        if self.result:
            d.pop()
        return self.result


d = deque([Pops(False), Pops(True), 3])
attempt('remove found', lambda: d.remove(3)); print(' len', len(d))
d = deque([Pops(False), Pops(True), 3])
attempt('index found', lambda: d.index(3)); print(' len', len(d))
d = deque([Pops(True), 3])
attempt('in found', lambda: 3 in d); print(' len', len(d))
d = deque([Pops(True), 3])
attempt('count', lambda: d.count(3)); print(' len', len(d))


class Clears:
    def __eq__(self, other):
        d.clear()
        return False


d = deque([Clears(), 1])
attempt('eq clears', lambda: d == deque([1, 1]))
d = deque([Clears(), 1])
attempt('other clears', lambda: deque([1, 1]) == d)


class Raises:
    def __eq__(self, other):
        raise KeyError('eq')


attempt('eq raises', lambda: deque([Raises()]).count(1))
attempt('in raises', lambda: 1 in deque([Raises()]))


class ReprAppends:
    def __repr__(self):
        d.append(len(d))
        return 'RA'


d = deque([ReprAppends(), 1])
print(repr(d), len(d))


class Finalizer:
    def __del__(self):
        log.append(('del', len(target)))
        target.append('from del')


log = []
target = deque([Finalizer()])
target.pop()
print(log, target)
log = []
target = deque([Finalizer(), Finalizer()], maxlen=2)
target.append(1)
print(log, target)
log = []
target = deque([Finalizer()])
target.clear()
print(log, target)
log = []
target = deque([Finalizer()])
target[0] = 'x'
print(log, target)
log = []
target = deque([Finalizer(), 1])
del target[0]
print(log, target)
log = []
target = deque([Finalizer(), 1])
target.remove(1)
target.__init__()
print(log, target)

# extending with a generator that reads the deque
d = deque([1, 2])
d.extend(len(d) for _ in range(3))
print(d)
d = deque([1, 2])
attempt('extend mutating gen', lambda: d.extend(d.popleft() for _ in range(2)))
print(d)
