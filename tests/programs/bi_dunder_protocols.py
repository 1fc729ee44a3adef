# Builtin functions through the dunder protocols (__len__, __index__, __reversed__, __round__,
# __format__, __dir__, ...), print's options, min/max/sum forms, isinstance with unions.
import sys
def show(src):
    try:
        r = eval(src, globals())
        print(src, '->', repr(r))
    except Exception as e:
        print(src, '!!', type(e).__name__ + ':', e)
class W:
    def write(self, s): sys.stdout.write('[' + s + ']')
    def flush(self): sys.stdout.write('<flush>')
class L:
    def __len__(self): return -1
class L2:
    def __len__(self): return 2**70
class L3:
    def __len__(self): return 'x'
class I:
    def __index__(self): return 5
class R:
    def __reversed__(self): return iter('rev')
class H:
    __hash__ = None
class Abs:
    def __abs__(self): return 'abs!'
class Rnd:
    def __round__(self, n=None): return ('round', n)
class Fmt:
    def __format__(self, spec): return 'F' + spec
class BadFmt:
    def __format__(self, spec): return 1
class D:
    def __dir__(self): return ['b', 'a']
class BadDir:
    def __dir__(self): return 1
cases = """
print('a', 'b', sep='-', end='!\\n', file=W(), flush=True)
print(file=W())
print('x', sep=None, end=None)
len(L())
len(L2())
len(L3())
bin(I())
hex(I())
oct(I())
[1,2,3,4,5,6][I()]
list(reversed(R()))
hash(H())
abs(Abs())
round(Rnd())
round(Rnd(), 2)
format(Fmt(), 'x')
format(BadFmt())
f'{BadFmt()}'
dir(D())
dir(BadDir())
sorted(dir(I))[:3]
vars(I)['__index__'].__name__
min([3, 1, 2], key=lambda x: -x)
min([], key=len, default='d')
max('abc', 'abd')
max([(1, 'a'), (1, 'b')])
max([1, 2], [1, 3], key=lambda l: l[1])
sum([[1]], start=[0])
sum(range(5), 0.5)
isinstance(True, int | None)
isinstance(None, int | None)
issubclass(bool, int | str)
isinstance(1, ())
issubclass(int, ())
isinstance(1, (int, (str, (bytes,))))
callable(print)
next(iter([]), None)
all([])
any([])
all(x > 0 for x in [1, 2])
ord('\\U0001f600')
chr(128512)
ascii([1, 'é', b'\\xff'])
repr('\\x00')
divmod(-7, -2)
divmod(7.0, -2)
divmod(1, 0.0)
pow(-2, 0.5)
pow(2, -2)
pow(10, -2, 7)
pow(3, 4, -5)
abs(-0.0)
abs(True)
int.__abs__(-3)
id(1) == id(1)
type(1)
type('T', (int,), {'x': 1})(5).x
type('T', (), {})().__class__.__name__
type.__call__(int, '7')
globals() is globals()
hasattr(1, 'real')
getattr(1, 'imag')
iter([1]).__next__()
list(iter(iter([1, 2])))
"""
for c in cases.strip().split('\n'):
    show(c)
