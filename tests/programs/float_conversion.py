# float(x) as PyNumber_Float: a subclass's __float__ first, the deprecated float-subclass result,
# __index__, buffers (memoryview, array) parsed as text; subclass keywords; fromhex underflow.
import warnings
class Foo1:
    def __float__(self): return 42.
class Foo2(float):
    def __float__(self): return 42.
class Foo4(float):
    def __float__(self): return 42
class FooStr(str):
    def __float__(self): return float(str(self)) + 1
class OtherFloatSubclass(float): pass
class F:
    def __float__(self): return OtherFloatSubclass(42.)
print(float(Foo1()), float(Foo2()), float(FooStr('8')))
try: float(Foo4(42))
except TypeError as e: print(e)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    print(float(F()), type(float(F())).__name__)
    print(w[0].category.__name__, w[0].message)
class MyIndex:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
print(float(MyIndex(42)))
try: float(MyIndex(2**2000))
except OverflowError as e: print(e)
print(float(memoryview(b'12.3')[1:4]), float(bytearray(b' 1.5 ')), float(b'2'))
import array
print(float(array.array('B', b'3.25')))
for bad in (bytearray(b"x1"), b"x"):
    try: float(bad)
    except ValueError as e: print(e)
class subclass(float): pass
try: subclass(x=0)
except TypeError as e: print(e)
class subclass_with_init(float):
    def __init__(self, arg, newarg=None): self.newarg = newarg
u = subclass_with_init(2.5, newarg=3); print(float(u), u.newarg)
print(hash(float("inf")), hash(1.5) == hash(1.5))
print(float.fromhex('-0x1p-123456789123456789'), float.fromhex('0x1p-1074'), float.fromhex('0x1p-1076'), float.fromhex('0x1.8p-1075'))
print(float(True), float(" 7 "), float(10**20))
