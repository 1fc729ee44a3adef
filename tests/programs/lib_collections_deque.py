import copy
from collections import deque

d = deque([1, 2, 3])
d.append(4); d.appendleft(0)
print(d, len(d), d[0], d[-1], d.maxlen)
d.extend([5, 6]); d.extendleft([-1, -2])
print(d, d.pop(), d.popleft(), d)
d.rotate(2); print(d)
d.rotate(-3); print(d)
d.rotate(0); d.rotate(len(d)); print(d)
d.reverse(); print(d)
print(d.count(3), d.index(3), 3 in d, 99 in d, d.index(4, 1, 5))
d.remove(3); print(d)
d.insert(1, 'x'); d.insert(-1, 'y'); d.insert(100, 'z'); print(d)
d[0] = 'first'; del d[1]; print(d, d[2])
d.clear(); print(d, bool(d))

b = deque(range(5), maxlen=3)
print(b, b.maxlen)
b.append(9); print(b)
b.appendleft(8); print(b)
b.extend('ab'); print(b)
b.extendleft('cd'); print(b)
try:
    b.insert(0, 1)
except IndexError as e:
    print('IndexError', e)
z = deque([1, 2], maxlen=0)
z.append(3)
print(z)

for fn in (deque().pop, deque().popleft):
    try:
        fn()
    except IndexError as e:
        print('IndexError', e)
for args in [(5,), ('q',)]:
    try:
        deque([1, 2]).index(*args)
    except ValueError as e:
        print('ValueError', e)
try:
    deque([1]).remove(2)
except ValueError as e:
    print('ValueError', e)
try:
    deque([1])[5]
except IndexError as e:
    print('IndexError', e)
try:
    deque([], -1)
except ValueError as e:
    print('ValueError', e)
try:
    deque([1]) + [2]
except TypeError as e:
    print('TypeError', e)
try:
    hash(deque())
except TypeError as e:
    print('TypeError')

# operators and comparisons
p = deque([1, 2])
print(p + deque([3]), p * 2, 2 * p, deque([1, 2, 3], maxlen=4) * 2)
p += [3]; print(p)
p *= 2; print(p)
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) == [1, 2], deque([1, 2]) < deque([1, 3]),
      deque([2]) > deque([1, 9]), deque([1]) <= deque([1]), deque() != deque([0]))
print(list(reversed(deque('abc'))), list(deque('abc')))

# copies
src = deque([[1], 2], maxlen=5)
sc = copy.copy(src); dc = copy.deepcopy(src); cc = src.copy()
print(sc, sc[0] is src[0], dc, dc[0] is src[0], cc.maxlen, cc is not src)

# repr of a deque containing itself, and of a subclass
r = deque()
r.append(r)
print(r)
class MyDeque(deque):
    pass
md = MyDeque([1], maxlen=2)
print(md, type(md.copy()).__name__, md.copy().maxlen)

# mutating while iterating
m = deque([1, 2, 3])
try:
    for item in m:
        m.append(item)
except RuntimeError as e:
    print('RuntimeError', e)

