# reprlib: Repr's limits for each type, levels, fillvalue, indent, subclass dispatch,
# recursive_repr and the module-level repr/aRepr.
import array
import collections
import reprlib

r = reprlib.Repr()
print(sorted(vars(r).items()))
print(reprlib.aRepr.maxlist, reprlib.repr is not None, reprlib.__all__)

values = [
    'short', 'a' * 40, 'quote\'s "both" ' * 5, '\n\t' * 30, 'é' * 50,
    12, 10 ** 50, -10 ** 45, 1.5, True, None, b'x' * 100,
    (), (1,), tuple(range(10)), [], list(range(3)), list(range(20)),
    set(), {3, 1, 2}, set(range(20)), frozenset(), frozenset({5, 4}), frozenset(range(30)),
    {}, {'b': 1, 'a': 2}, dict.fromkeys(range(10)), {1: 'x', 'y': 2},
    collections.deque(), collections.deque(range(10)),
    array.array('i'), array.array('i', range(3)), array.array('d', range(10)),
    range(1000), [[[[[[[[1]]]]]]]], ((((((((1,),),),),),),),), {1: {2: {3: {4: {5: {6: {7: 8}}}}}}},
    [1, (2, [3, {4: 5}])], [{1, 2}, frozenset({3})],
    [len, print], {'k': 'v' * 100},
]
for value in values:
    print(reprlib.repr(value))


class Custom:
    def __repr__(self):
        return 'Custom(' + 'x' * 50 + ')'


class Broken:
    def __repr__(self):
        raise ValueError('no')


print(reprlib.repr(Custom()))
print(reprlib.repr(Broken()).startswith('<Broken instance at 0x'))

small = reprlib.Repr(maxlevel=2, maxtuple=2, maxlist=2, maxarray=1, maxdict=1, maxset=2,
                     maxfrozenset=1, maxdeque=1, maxstring=12, maxlong=8, maxother=9,
                     fillvalue='<>')
for value in values:
    print(small.repr(value))
print(small.repr(Custom()))
for limit in (0, 1, 2, 3, 4, 5, 6):
    small.maxstring = small.maxlong = small.maxother = limit
    print(limit, small.repr('abcdefghij'), small.repr(12345678901), small.repr(Custom()))

zero = reprlib.Repr(maxlevel=0)
for value in ([], [1], (), (1,), {}, {1: 2}, set(), {1}, 'text', 5, collections.deque([1])):
    print(zero.repr(value))
print(small.repr1([1, [2, [3]]], 1), small.repr1([1, [2, [3]]], 5))

try:
    reprlib.Repr(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    reprlib.Repr(maxsomething=5)
except TypeError as e:
    print(type(e).__name__, e)

# indent
nested = [1, [2, 3], {'a': (4,), 'b': []}, (5,), (), 'x' * 40, {6, 7}]
for indent in (2, 0, '--', '', '\t'):
    r = reprlib.Repr(indent=indent)
    print(repr(indent))
    print(r.repr(nested))
    print(r.repr([]), r.repr((1,)))
r = reprlib.Repr(indent=4, maxlevel=2, maxlist=2)
print(r.repr([[[1, 2, 3]], [4], 5]))
for bad in (-1, 1.5, [1]):
    r.indent = bad
    try:
        print(r.repr([1]))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e, type(e.__cause__).__name__)
    print(r.repr([]))


# Dispatch on type names, also for subclasses and user types.
class MyRepr(reprlib.Repr):
    def repr_MyList(self, x, level):
        return 'MyList of %d' % len(x)

    def repr_int(self, x, level):
        return 'int:' + super().repr_int(x, level)


class MyList(list):
    pass


class str_like:
    pass


m = MyRepr()
print(m.repr([MyList([1, 2]), 7, [8]]), m.repr(MyList()))
print(reprlib.repr(MyList(range(20))))
print(m.repr1(7, 0))


# recursive_repr
class Node:
    def __init__(self, name):
        self.name = name
        self.children = []

    @reprlib.recursive_repr()
    def __repr__(self):
        "Node repr"
        return 'Node(%s, %r)' % (self.name, self.children)


class Other:
    @reprlib.recursive_repr(fillvalue='<loop>')
    def __repr__(self) -> str:
        return 'Other(%r)' % (self.items,)


a, b = Node('a'), Node('b')
a.children.append(b)
b.children.append(a)
a.children.append(a)
print(repr(a))
print(repr([a, b]))
o = Other()
o.items = [o, Node('c')]
print(repr(o))
f = Node.__repr__
print(f.__name__, f.__qualname__, f.__doc__, f.__module__, f.__annotations__)
print(Other.__repr__.__annotations__, Other.__repr__.__type_params__)


def generic[T](self):
    return 'generic'


g = reprlib.recursive_repr()(generic)
print(g.__type_params__, g(1))
print(reprlib.recursive_repr.__doc__)
