# __slots__ on subclasses of builtin types (exceptions, set, frozenset, list, dict, bytearray):
# the slots hold values, unset slots raise AttributeError, and copies keep them.
import copy


class E(Exception):
    __slots__ = ('x',)

    def __init__(self, x):
        self.x = x


try:
    raise E(3)
except E as e:
    print('exception slot', e.x, e.args)


class S(set):
    __slots__ = ('x', 'y')


class F(frozenset):
    __slots__ = ('x',)


class L(list):
    __slots__ = ('tag',)


class D(dict):
    __slots__ = ('tag',)


class B(bytearray):
    __slots__ = ('tag',)


s = S([1, 2])
s.x = 10
print('set slot', s.x, sorted(s))
for action in ('get', 'del'):
    try:
        if action == 'get':
            s.y
        else:
            del s.y
    except AttributeError as e:
        print('AttributeError', action)
s.y = 5
del s.y
print('after del', hasattr(s, 'y'))
f = F([3])
f.x = 'fx'
l = L([1])
l.tag = 'lt'
d = D(a=1)
d.tag = 'dt'
b = B(b'ab')
b.tag = 'bt'
print(f.x, l.tag, d.tag, b.tag, l, d, b)
for obj in (s, f, l, d, b):
    dup = copy.copy(obj)
    deep = copy.deepcopy(obj)
    name = 'x' if isinstance(obj, (set, frozenset)) else 'tag'
    print(type(dup).__name__, getattr(dup, name), getattr(deep, name), dup == obj)
