# __iter__/__next__, the old __getitem__ fallback, iter(callable, sentinel), and errors.
class Count:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return CountIter(self.n)


class CountIter:
    def __init__(self, n):
        self.i = 0
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i


print(list(Count(3)), sum(Count(4)), [x * 2 for x in Count(2)])


class Seq:
    def __getitem__(self, i):
        print("  __getitem__", i)
        if i >= 3:
            raise IndexError
        return chr(ord("a") + i)


print(list(Seq()))


class SeqStop:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return i


print(list(SeqStop()))

calls = iter([1, 2, 3, 0, 5]).__next__
print(list(iter(calls, 0)))
n = [0]


def tick():
    n[0] += 1
    return n[0]


print(list(iter(tick, 4)))


class NotIter:
    pass


for obj in (NotIter(), 5, None):
    try:
        iter(obj)
    except TypeError as e:
        print(type(e).__name__, e)


class IterReturnsNonIterator:
    def __iter__(self):
        return 5


try:
    iter(IterReturnsNonIterator())
except TypeError as e:
    print(type(e).__name__, e)


class NoneIter:
    __iter__ = None

    def __getitem__(self, i):
        return i


try:
    iter(NoneIter())
except TypeError as e:
    print(type(e).__name__, e)
try:
    next(Count(1))
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(5, 0)
except TypeError as e:
    print(type(e).__name__, e)


class Reversible:
    def __reversed__(self):
        return iter("zyx")


print(list(reversed(Reversible())))


class LenAndGetitem:
    def __len__(self):
        return 3

    def __getitem__(self, i):
        return i * 10


print(list(reversed(LenAndGetitem())))
