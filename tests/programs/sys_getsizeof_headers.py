# sys.getsizeof is __sizeof__ plus what CPython allocates before the object: the collector's
# header for the types it tracks, and the __dict__ and weakref words of instances of classes with
# a __dict__. Printed in machine words, so that the output is the same on 32 and 64 bits.
import struct
import sys

P = struct.calcsize("P")


class C:
    pass


class Slotted:
    __slots__ = ("a",)


class L(list):
    pass


def f():
    pass


def g():
    yield 1


objects = [1, 2**100, 1.5, 1j, "s", "\u20ac", b"b", bytearray(b"x"), (1,), (), [1], {}, {1}, frozenset(),
           range(3), slice(1), memoryview(b"x"), True, None, C(), Slotted(), L(), f, g(), sys, len,
           [].append, property(), staticmethod(f), iter([]), Ellipsis, NotImplemented, object(),
           ValueError(), super(C)]
for o in objects:
    print(type(o).__name__, (sys.getsizeof(o) - o.__sizeof__()) // P)
print("type", (sys.getsizeof(C) - type.__sizeof__(C)) // P)


class Negative:
    def __sizeof__(self):
        return -1


class Text:
    def __sizeof__(self):
        return "a"


class Truth:
    def __sizeof__(self):
        return True


class Huge:
    def __sizeof__(self):
        return 2**70


class Index:
    def __index__(self):
        return 3


class GivesIndex:
    def __sizeof__(self):
        return Index()


for cls in (Negative, Text, Truth, Huge, GivesIndex):
    try:
        print(cls.__name__, (sys.getsizeof(cls()) - 1) // P)
    except Exception as e:
        print(cls.__name__, type(e).__name__, e)
print(sys.getsizeof(1, "default") == sys.getsizeof(1))
