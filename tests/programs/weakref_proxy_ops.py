# weakref proxies go through the operators: reflected and in-place methods, containment
# falling back to iteration, non-iterators refused by next(), proxies as operands.
import weakref


class C:
    def __matmul__(self, other):
        return 1729

    def __rmatmul__(self, other):
        return -163

    def __imatmul__(self, other):
        return 561


o = C()
p = weakref.proxy(o)
print(p @ 5, 5 @ p)
p @= 5
print(p)


class Num:
    def __init__(self, value):
        self.value = value

    def __add__(self, other):
        return self.value + (other.value if isinstance(other, Num) else other)

    def __radd__(self, other):
        return ('radd', other)

    def __neg__(self):
        return -self.value

    def __divmod__(self, other):
        return ('divmod', other)


n = Num(3)
pn = weakref.proxy(n)
print(pn + 1, 1 + pn, pn + pn, -pn, divmod(pn, 2))


class Bag(list):
    pass


bag = Bag([1, 2, 3])
pb = weakref.proxy(bag)
print(len(pb), 2 in pb, 9 in pb, pb[0], list(reversed(pb)))
pb[0] = 10
del pb[1]
print(bag)


class OnlyIter:
    def __iter__(self):
        return iter(['blech'])


keep = OnlyIter()
print('blech' in weakref.proxy(keep), 'x' in weakref.proxy(keep))

class Counter:
    def __init__(self):
        self.left = [4, 5, 6]

    def __iter__(self):
        return self

    def __next__(self):
        if not self.left:
            raise StopIteration
        return self.left.pop(0)


it = Counter()


class IteratesWeakly:
    def __iter__(self):
        return weakref.proxy(it)


print(list(IteratesWeakly()))
not_an_iterator = lambda: 0
try:
    next(weakref.proxy(not_an_iterator))
except TypeError as e:
    print('TypeError:', e)
try:
    hash(weakref.proxy(keep))
except TypeError as e:
    print('TypeError:', e)
