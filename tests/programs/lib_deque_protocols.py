# collections.deque: repr, comparisons, operators, iterators, pickling and copying, the type's
# attributes, subclassing, weak references and the cycle collector.
import copy
import gc
import pickle
import sys
import weakref
from collections import deque
import _collections


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


# repr
print(repr(deque()), repr(deque([1, 'a'])), repr(deque([], 3)), repr(deque(range(3), maxlen=5)))
d = deque([1]); d.append(d); print(repr(d))
e = deque([d]); print(repr(e))

# comparisons: with deques only
a, b = deque([1, 2]), deque([1, 3])
print(a == deque([1, 2]), a != b, a < b, a <= b, a > b, a >= b)
print(deque([1]) < deque([1, 2]), deque([2]) > deque([1, 5]), deque() == deque([], 2))
print(a == [1, 2], a != [1, 2], a.__eq__([1, 2]), a.__lt__(1))
attempt('lt list', lambda: a < [1])
attempt('lt mixed', lambda: deque([1]) < deque(['a']))
print(deque([1, 2], 5) == deque([1, 2]))

# operators
print(a + b, (deque([1], 2) + deque([3, 4, 5])).maxlen, deque([1], 2) + deque([3, 4, 5]))
print(a * 2, 2 * a, a * 0, a * -1, deque([1, 2, 3], 5) * 3)
attempt('add list', lambda: a + [1])
attempt('mul str', lambda: a * 'x')
attempt('mul float', lambda: a * 1.5)
c = deque([1, 2]); c += [3]; c += c; print(c)
c = deque([1, 2]); c *= 3; print(c)
c = deque([1, 2, 3], 4); c *= 2; print(c)
c = deque([1, 2]); c *= 0; print(c)
attempt('hash', lambda: hash(deque()))
print(deque.__hash__)

# iterators
d = deque([1, 2, 3])
it = iter(d)
print(type(it).__name__, type(reversed(d)).__name__, type(it).__module__)
print(type(it) is _collections._deque_iterator, type(reversed(d)) is _collections._deque_reverse_iterator)
print(it.__length_hint__(), next(it), it.__length_hint__(), list(it), it.__length_hint__())
print(list(reversed(d)), iter(it) is it)
r = reversed(d); next(r); print(r.__reduce__()[1][1], r.__length_hint__())
it = iter(d); next(it); print(it.__reduce__()[0].__name__, it.__reduce__()[1])
print(list(_collections._deque_iterator(d, 1)), list(_collections._deque_reverse_iterator(d, 1)))
print(list(_collections._deque_iterator(d, -1)), list(_collections._deque_iterator(d, 10)))
attempt('iter ctor int', lambda: _collections._deque_iterator(1))
attempt('iter ctor none', lambda: _collections._deque_iterator())
attempt('iter ctor many', lambda: _collections._deque_iterator(d, 1, 2))
for op in ['d.append(9)', 'd.appendleft(9)', 'd.pop()', 'd.popleft()', 'd.rotate(1)', 'd.reverse()',
           'd.__setitem__(0, 5)', 'd.__delitem__(0)', 'd.insert(0, 7)', 'd.extend([])', 'd.clear()',
           'd.remove(2)', 'd.__imul__(1)', 'd.__imul__(2)', 'd.__init__([1, 2, 3])', 'd.count(1)']:
    d = deque([1, 2, 3, 4])
    it = iter(d); next(it)
    exec(op)
    attempt(op, lambda: list(it))
    attempt('  again', lambda: next(it))
d = deque([1, 2])
for x in d:
    if x == 1:
        d[1] = 'replaced'
    print('item', x)

# copying and pickling
d = deque([1, [2]], 7)
for c in (copy.copy(d), copy.deepcopy(d), d.__copy__(), d.copy()):
    print(c, c.maxlen, c[1] is d[1])
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    p = pickle.loads(pickle.dumps(d, proto))
    print(proto, p, p.maxlen)
print(deque([1]).__reduce__()[:3], deque([1], 4).__reduce__()[:3])
it = iter(deque('abc')); next(it)
it2 = pickle.loads(pickle.dumps(it)); print(type(it2).__name__, list(it2))
d = deque([1]); d.append(d)
d2 = copy.deepcopy(d); print(d2[1] is d2, repr(d2))

# the type
print(deque[int], deque.__class_getitem__(str))
print(deque.__module__, deque.__name__, deque.__qualname__)
print(deque.__doc__)
for name in ['append', 'popleft', 'rotate', 'index', '__len__', '__getitem__', '__add__', '__init__', '__new__',
             '__reduce__', '__copy__', '__class_getitem__', '__iter__']:
    f = getattr(deque, name)
    print(name, f.__text_signature__, repr(f.__doc__))
print(deque.maxlen, type(deque.__dict__['append']).__name__, type(deque.__dict__['__len__']).__name__)
print(sorted(k for k in vars(deque) if not k.startswith('__') or k in ('__len__', '__iter__')))
print(deque().__sizeof__() < deque(range(1000)).__sizeof__(), isinstance(deque().__sizeof__(), int))
from collections.abc import MutableSequence, Sequence
print(isinstance(deque(), MutableSequence), issubclass(deque, Sequence))


# subclasses
class Sub(deque):
    pass


s = Sub([1, 2], 3)
s.x = 5
print(repr(s), repr(Sub()), s.__dict__, type(s.copy()).__name__, type(s + s).__name__, type(s * 2).__name__)
c = copy.copy(s); print(type(c).__name__, c, c.maxlen, hasattr(c, 'x'))
c = copy.deepcopy(s); print(type(c).__name__, c, c.maxlen, c.x)
print(s.__reduce__()[:3])


class Slotted(deque):
    __slots__ = ('a',)


s = Slotted([1]); s.a = 3
print(hasattr(s, '__dict__'), s.a, s.__reduce__()[:3])
attempt('slotted attr', lambda: setattr(s, 'b', 1))
print(weakref.ref(s)() is s)


class NoSlots(deque):
    __slots__ = ()


print(weakref.ref(NoSlots())() is None, NoSlots([1]).__reduce__()[:3])


class Pair(deque):
    def __init__(self, a, b):
        super().__init__([a, b])


p = Pair(1, 2); print(repr(p))
attempt('copy pair', lambda: p.copy())


class Tagged(deque):
    def __new__(cls, *args):
        self = super().__new__(cls)
        self.tag = 't'
        return self


t = Tagged([1]); print(repr(t), t.tag)


class Repr(deque):
    def __repr__(self):
        return 'Repr!'


print(repr(deque([Repr()])))

# weak references and the collector
d = deque('gallahad')
r = weakref.ref(d)
p = weakref.proxy(d)
print(r() is d, str(p))
del d
gc.collect()
print(r())
attempt('proxy dead', lambda: str(p))


class Node:
    pass


gc.collect()
d = deque()
d.append(d)
n = Node(); n.d = d; d.append(n)
r = weakref.ref(d)
rn = weakref.ref(n)
del d, n
print(gc.collect() > 0, r(), rn())
d = deque()
print(d in gc.get_referents(*[deque([d])]))
