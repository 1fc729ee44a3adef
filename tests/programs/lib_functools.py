import functools
from functools import partial, reduce, wraps, lru_cache, cache, cached_property, total_ordering
from functools import cmp_to_key, singledispatch, singledispatchmethod, partialmethod


def f(a, b, c=0, *, d=1):
    return (a, b, c, d)


# partial
p = partial(f, 1, c=3)
print(p(2), p(2, c=9, d=4), p.func is f, p.args, p.keywords)
pp = partial(p, 2, d=7)
print(pp(), pp.func is f, pp.args, pp.keywords)
print(repr(partial(max, 1, key=abs)), repr(partial(len)))
class MyPartial(partial):
    pass
mp = MyPartial(max, 5)
print(mp(1), type(partial(mp, 1)).__name__, partial(mp, 1).func is mp)
try:
    partial(1)
except TypeError as e:
    print('TypeError', e)

# reduce
print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, [], 1),
      reduce(lambda a, b: a + b, ['x'], 'y'), reduce(max, iter([3, 9, 2])))
for args in [(lambda a, b: a, []), (lambda a, b: a, 5)]:
    try:
        reduce(*args)
    except TypeError as e:
        print('TypeError', e)


# wraps / update_wrapper
def deco(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs) * 2
    return wrapper

@deco
def doubled(x: int) -> int:
    """Doc of doubled."""
    return x
doubled_inner = doubled.__wrapped__
print(doubled(4), doubled.__name__, doubled.__doc__, doubled.__qualname__, doubled.__annotations__,
      doubled_inner(4), doubled.__module__)
def target(): pass
target.attr = 'copied'
def shell(): pass
functools.update_wrapper(shell, target, assigned=('__name__',), updated=('__dict__',))
print(shell.__name__, shell.attr, shell.__wrapped__ is target, functools.WRAPPER_ASSIGNMENTS,
      functools.WRAPPER_UPDATES)

# lru_cache
calls = []
@lru_cache(maxsize=2)
def sq(x):
    calls.append(x)
    return x * x
print([sq(i) for i in (1, 2, 1, 3, 2, 1)], calls, sq.cache_info())
sq.cache_clear(); print(sq.cache_info(), sq.cache_parameters(), sq.__name__, sq.__wrapped__(3))

@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), fib.cache_info())

@lru_cache(maxsize=None, typed=True)
def ident(x):
    calls.append(('ident', x))
    return x
ident(1); ident(1.0); ident(1)
print(ident.cache_info(), ident.cache_parameters())

@lru_cache(maxsize=0)
def nocache(x):
    return x
nocache(1); nocache(1)
print(nocache.cache_info())

@cache
def kw(a, b=0, **kws):
    calls.append(('kw', a, b))
    return a + b
kw(1, b=2); kw(1, b=2); kw(a=1, b=2); kw(1, 2)
print(kw.cache_info())
try:
    lru_cache('x')
except TypeError as e:
    print('TypeError', e)
try:
    sq([1])
except TypeError as e:
    print('TypeError', e)


# cached_property
class Data:
    def __init__(self):
        self.computed = 0
    @cached_property
    def value(self):
        """The value."""
        self.computed += 1
        return 42
d = Data()
print(d.value, d.value, d.computed, 'value' in vars(d), Data.value.__doc__, type(Data.value).__name__)
del d.value
print(d.value, d.computed)
class Slots:
    __slots__ = ()
    @cached_property
    def v(self):
        return 1
try:
    Slots().v
except TypeError as e:
    print('TypeError', e)
cp = cached_property(lambda self: 1)
try:
    cp.__get__(Data())
except TypeError as e:
    print('TypeError', e)
try:
    class Twice:
        a = cp
        b = cp
except (TypeError, RuntimeError) as e:
    print(type(e).__name__, e)


# total_ordering
@total_ordering
class Version:
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        return self.n == other.n
    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.n < other.n
a, b = Version(1), Version(2)
print(a < b, a <= b, a > b, a >= b, b >= a, a <= Version(1), a >= Version(1))
try:
    a < 1
except TypeError as e:
    print('TypeError', e)
@total_ordering
class ByGe:
    def __init__(self, n):
        self.n = n
    def __ge__(self, other):
        return self.n >= other.n
print(ByGe(1) < ByGe(2), ByGe(2) <= ByGe(2), ByGe(3) > ByGe(2))
try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print('ValueError', e)

# cmp_to_key
def by_length_then_reverse(x, y):
    return (len(x) - len(y)) or ((x < y) - (x > y))
print(sorted(['bb', 'a', 'ccc', 'aa', 'b'], key=cmp_to_key(by_length_then_reverse)))
K = cmp_to_key(lambda x, y: x - y)
print(K(1) < K(2), K(2) == K(2), K(3) >= K(4))


# singledispatch
@singledispatch
def describe(obj):
    return f'object {type(obj).__name__}'
@describe.register
def _(obj: int):
    return f'int {obj}'
@describe.register(list)
def _(obj):
    return f'list of {len(obj)}'
def for_str(obj):
    return f'str {obj!r}'
describe.register(str, for_str)
@describe.register
def _(obj: float | complex):
    return f'number {obj}'
print(describe(1), describe(True), describe([1, 2]), describe('s'), describe(1.5), describe(2j),
      describe(None), describe({}))
from collections import abc, OrderedDict
@describe.register(abc.Mapping)
def _(obj):
    return f'mapping of {len(obj)}'
print(describe({}), describe(OrderedDict(a=1)), describe.dispatch(bool).__name__,
      describe.registry[str] is for_str, object in describe.registry)
try:
    describe()
except TypeError as e:
    print('TypeError', e)
try:
    describe.register(1, lambda x: x)
except TypeError as e:
    print('TypeError', e)


class Formatter:
    @singledispatchmethod
    def fmt(self, arg):
        return 'generic'
    @fmt.register
    def _(self, arg: int):
        return f'int:{arg}'
    @fmt.register(str)
    def _(self, arg):
        return f'str:{arg}'
fm = Formatter()
print(fm.fmt(1), fm.fmt('a'), fm.fmt(None))


# partialmethod
class Cell:
    def __init__(self):
        self.alive = False
    def set_state(self, state, note=''):
        self.alive = state
        return note
    set_alive = partialmethod(set_state, True, note='on')
    set_dead = partialmethod(set_state, False)
cell = Cell()
print(cell.set_alive(), cell.alive, cell.set_dead(note='x'), cell.alive)
