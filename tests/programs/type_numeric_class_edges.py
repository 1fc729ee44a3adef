# float.fromhex rounding once into the subnormal range, complex() warning about a __complex__
# that returns a complex subclass, __class__ assignment between list subclasses and on a
# module, and list.sort noticing a change made by its keys' finalizers.
import sys
import warnings

TINY = 5e-324
for text in ['0x1.00000000000000001p-1075', '0x1p-1075', '0x1.8p-1074', '0x1.fffffffffffff8p1023',
             '0x1.fffffffffffff7p1023', '0x0.0000000000001p-1022', '0x1.0000000000000ffffp0',
             '0x1.00000000000008p0', '0x1.00000000000018p0', '0x3.ffffffffffffep-1076', '-0x1p-1080']:
    try:
        print(text, repr(float.fromhex(text)))
    except OverflowError as e:
        print(text, 'OverflowError', e)


class Complex1(complex):
    def __new__(cls, value=0j):
        return complex.__new__(cls, 2 * value)

    def __complex__(self):
        return self


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    print(complex(Complex1(1j)))
print([(w.category.__name__, str(w.message)) for w in caught])


class L1(list):
    pass


class L2(list):
    pass


class D1(dict):
    pass


x = L1([1, 2])
x.__class__ = L2
print(type(x).__name__, x)
for target, cls in [([], L1), (x, D1), (x, int)]:
    try:
        target.__class__ = cls
    except TypeError as e:
        print('TypeError', e)


class MyModule(type(sys)):
    def hello(self):
        return 'hello from ' + self.__name__


module = type(sys)('m')
module.__class__ = MyModule
print(type(module).__name__, module.hello())

data = list(range(10))


class SortKiller:
    def __init__(self, x):
        self.x = x

    def __del__(self):
        del data[:]
        data[:] = range(20)

    def __lt__(self, other):
        return self.x < other.x


try:
    data.sort(key=SortKiller)
except ValueError as e:
    print('ValueError', e)
