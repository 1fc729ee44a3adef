# MagicMock configures every operator (reflected and in-place too), next() and divmod().
from unittest import mock
m = mock.MagicMock()
print(type(next(m)).__name__, type(m @ 1).__name__, type(divmod(m, 2)).__name__, type(3 ** m).__name__)
m.__next__.return_value = 5
print(next(m), next(m))
m2 = mock.MagicMock()
m2 @= 2
print(type(m2).__name__)
class GenLike:
    def send(self): pass
    def __iter__(self): pass
    def __next__(self): pass
g = mock.MagicMock(GenLike)
g.__iter__ = lambda gen: gen
print(iter(g) is g)
