# type.__flags__: CPython's Py_TPFLAGS_* bits (the attribute-cache bit 1 << 19 of classes made
# here is left out: CPython sets it only once a class's attributes were looked up through it).
import abc
import inspect

HEAPTYPE, BASETYPE, IS_ABSTRACT = 1 << 9, 1 << 10, 1 << 20
VERSION_TAG = 1 << 19


class A:
    pass


class L(list):
    pass


class S:
    __slots__ = ("a",)


class M(abc.ABC):
    @abc.abstractmethod
    def f(self):
        pass


class N(M):
    def f(self):
        pass


class E(ValueError):
    pass


class I(int):
    pass


class D(dict):
    pass


class T(type):
    pass


class B(bytes):
    pass


class U(str):
    pass


class Tu(tuple):
    pass


for t in (object, int, bool, float, complex, str, bytes, bytearray, list, tuple, dict, set,
          frozenset, type, BaseException, ValueError, range, memoryview, type(None)):
    print(t.__name__, hex(t.__flags__))
for t in (A, L, S, M, N, E, I, D, T, B, U, Tu, abc.ABCMeta):
    print(t.__name__, hex(t.__flags__ & ~VERSION_TAG))
print(bool(A.__flags__ & HEAPTYPE), bool(int.__flags__ & HEAPTYPE), bool(bool.__flags__ & BASETYPE))
print(bool(M.__flags__ & IS_ABSTRACT), bool(N.__flags__ & IS_ABSTRACT), inspect.isabstract(M), inspect.isabstract(N))
M.__abstractmethods__ = frozenset()
print(bool(M.__flags__ & IS_ABSTRACT), type(type.__flags__).__name__)
try:
    A().__flags__
except AttributeError as e:
    print("AttributeError:", e)
