# collections.deque (the native _collections.deque): construction, the methods at both ends,
# the sequence methods, and their errors, with CPython's messages.
from collections import deque


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


d = deque([1, 2, 3])
print(d, len(d), bool(d), bool(deque()), d.maxlen)
d.append(4); d.appendleft(0)
print(d, d.pop(), d.popleft(), d)
d.extend(range(4, 7)); d.extendleft('ab')
print(d)
d.extend(d); print(d, len(d))
d.extendleft(deque([1, 2])); print(d)
d = deque('abc'); d.extendleft(d); print(d)

# maxlen: items fall off the other end
b = deque(range(5), maxlen=3)
print(b, b.maxlen)
b.append(9); print(b)
b.appendleft(8); print(b)
b.extend('xy'); print(b)
b.extendleft('pq'); print(b)
z = deque(range(3), maxlen=0); z.append(1); z.extend('abc'); print(z, z.maxlen)
attempt('insert full', lambda: b.insert(0, 1))
attempt('maxlen set', lambda: setattr(b, 'maxlen', 3))
attempt('maxlen -1', lambda: deque(maxlen=-1))
attempt('maxlen str', lambda: deque([], 'a'))
attempt('maxlen float', lambda: deque(maxlen=1.5))
attempt('maxlen huge', lambda: deque(maxlen=2 ** 70))
attempt('maxlen None', lambda: deque(maxlen=None))
attempt('keywords', lambda: deque(iterable=[1], maxlen=2))
attempt('bool maxlen', lambda: deque('abc', True))
attempt('not iterable', lambda: deque(1))
attempt('too many', lambda: deque([], 2, 3))
attempt('bad keyword', lambda: deque(foo=1))

# __init__ again empties and refills
d = deque([1, 2], 5)
d.__init__([7, 8, 9]); print(d, d.maxlen)
d.__init__(); print(d, d.maxlen)
d.__init__('ab', 1); print(d, d.maxlen)

# pops
attempt('pop empty', lambda: deque().pop())
attempt('popleft empty', lambda: deque().popleft())
attempt('pop arg', lambda: deque([1]).pop(0))
attempt('pop kw', lambda: deque([1]).pop(x=1))

# rotate and reverse
d = deque(range(6))
d.rotate(); print(d)
d.rotate(-2); print(d)
d.rotate(13); print(d)
d.rotate(-13); print(d)
d.reverse(); print(d)
attempt('rotate str', lambda: d.rotate('a'))
attempt('rotate big', lambda: d.rotate(2 ** 70))
attempt('rotate 2 args', lambda: d.rotate(1, 2))
attempt('rotate kw', lambda: d.rotate(n=1))
one = deque([1]); one.rotate(5); print(one)

# indexing
d = deque('abcdef')
print(d[0], d[-1], d[3], d[-6])
d[1] = 'B'; d[-2] = 'E'; print(d)
del d[0]; del d[-1]; print(d)
attempt('index range', lambda: d[10])
attempt('index neg range', lambda: d[-10])
attempt('index str', lambda: d['a'])
attempt('index huge', lambda: d[2 ** 70])


def set_slice():
    d[1:2] = 'x'


def del_slice():
    del d[::2]


attempt('get slice', lambda: d[1:3])
attempt('set slice', set_slice)
attempt('del slice', del_slice)
attempt('set range', lambda: d.__setitem__(9, 1))
attempt('del range', lambda: d.__delitem__(-9))


class Idx:
    def __index__(self):
        return 1


print(d[Idx()])

# insert, clamped like list.insert
d = deque(range(4))
d.insert(1, 'a'); d.insert(-1, 'b'); d.insert(100, 'c'); d.insert(-100, 'd'); print(d)
attempt('insert 1 arg', lambda: d.insert(1))
attempt('insert str', lambda: d.insert('a', 1))

# count, index, remove, in
d = deque([1, 2, 3, 2, 1, 2])
print(d.count(2), d.count(9), 2 in d, 9 in d)
print(d.index(2), d.index(2, 2), d.index(2, -2), d.index(1, 1, 100), d.index(1, -100))
attempt('index absent', lambda: d.index(9))
attempt('index window', lambda: d.index(3, 0, 2))
attempt('index reversed window', lambda: d.index(1, 4, 2))
attempt('index bad start', lambda: d.index(1, 'a'))
attempt('index no args', lambda: d.index())
attempt('index many', lambda: d.index(1, 2, 3, 4))
attempt('index kw', lambda: d.index(x=1))
d.remove(2); print(d)
attempt('remove absent', lambda: d.remove('zz'))
attempt('count none', lambda: d.count())
nan = float('nan')
d = deque([nan]); print(d.count(nan), nan in d, d.index(nan))

# clear and copy
d = deque([1, [2]], 4)
c = d.copy(); print(c, c.maxlen, c is d, c[1] is d[1])
d.clear(); print(d, c)
attempt('clear arg', lambda: d.clear(1))
attempt('copy arg', lambda: d.copy(1))

# wrong receivers and arguments
attempt('append int', lambda: deque.append(1, 2))
attempt('len int', lambda: deque.__len__(1))
attempt('unbound', lambda: deque.append())
attempt('append none', lambda: deque().append())
attempt('append two', lambda: deque().append(1, 2))
attempt('append kw', lambda: deque().append(x=1))
attempt('extend none', lambda: deque().extend())
attempt('extend int', lambda: deque().extend(1))
attempt('extendleft int', lambda: deque().extendleft(1))
attempt('new int', lambda: deque.__new__(1))
attempt('new not sub', lambda: deque.__new__(int))
attempt('new none', lambda: deque.__new__())
print(deque.__new__(deque, 1, 2, x=3))

# extend from a generator that fails halfway keeps what came before
def gen():
    yield 1
    yield 2
    raise ValueError('stop')


d = deque()
attempt('extend gen', lambda: d.extend(gen()))
print(d)
