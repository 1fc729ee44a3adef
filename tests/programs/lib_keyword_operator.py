import keyword
import operator

print(len(keyword.kwlist), keyword.kwlist[:5], keyword.softkwlist)
print(keyword.iskeyword('if'), keyword.iskeyword('match'), keyword.issoftkeyword('match'),
      keyword.issoftkeyword('if'), keyword.iskeyword('True'))

# plain operators
print(operator.add(1, 2), operator.sub(5, 3), operator.mul('ab', 3), operator.truediv(7, 2),
      operator.floordiv(7, 2), operator.mod(7, 3), operator.pow(2, 10), operator.neg(4),
      operator.pos(-4), operator.abs(-3), operator.inv(5), operator.invert(0),
      operator.lshift(1, 4), operator.rshift(64, 2), operator.and_(12, 10), operator.or_(12, 10),
      operator.xor(12, 10))
print(operator.lt(1, 2), operator.le(2, 2), operator.eq(1, 1.0), operator.ne(1, 2),
      operator.ge(1, 2), operator.gt(3, 2))
print(operator.not_([]), operator.truth([0]), operator.is_(None, None), operator.is_not(1, None))
print(operator.concat([1], [2]), operator.contains('abc', 'b'), operator.countOf([1, 2, 1], 1),
      operator.indexOf('abc', 'c'), operator.getitem({'k': 5}, 'k'))
lst = [1, 2, 3]
operator.setitem(lst, 0, 'x'); operator.delitem(lst, 1); print(lst)
print(operator.index(7), operator.call(max, 3, 9), operator.__add__(2, 3), operator.__not__(1))


class M:
    def __init__(self, v): self.v = v
    def __matmul__(self, o): return M(self.v * o.v)
    def __imatmul__(self, o): self.v += o.v; return self
    def __repr__(self): return f'M({self.v})'

print(operator.matmul(M(2), M(3)), operator.imatmul(M(2), M(3)))

# in-place operators: mutable targets are changed, immutable ones rebound
a = [1]
print(operator.iadd(a, [2]), a, operator.iadd(1, 2), operator.isub(5, 1), operator.imul([0], 2),
      operator.itruediv(9, 2), operator.ifloordiv(9, 2), operator.imod(9, 4), operator.ipow(3, 2),
      operator.ilshift(1, 3), operator.irshift(8, 1), operator.iand(6, 3), operator.ior(6, 3),
      operator.ixor(6, 3), operator.iconcat([1], (2,)))

for args in [(1, 2)]:
    try:
        operator.concat(*args)
    except TypeError as e:
        print('TypeError', e)
for bad in ['x', 1.5]:
    try:
        operator.index(bad)
    except TypeError as e:
        print('TypeError', e)
try:
    operator.indexOf([1], 2)
except ValueError as e:
    print('ValueError', e)


class Idx:
    def __index__(self): return 42

print(operator.index(Idx()))

# length_hint


class Hint:
    def __init__(self, h): self.h = h
    def __length_hint__(self): return self.h

print(operator.length_hint([1, 2]), operator.length_hint((1, 2, 3)),
      operator.length_hint(Hint(3)), operator.length_hint(Hint(NotImplemented), 7),
      operator.length_hint(object(), 4))
for h in [-1, 'x']:
    try:
        operator.length_hint(Hint(h))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

# itemgetter / attrgetter / methodcaller
ig = operator.itemgetter(1)
ig2 = operator.itemgetter(0, -1, slice(1, 3))
print(ig('abc'), ig2('hello'), repr(ig), repr(ig2))
print(sorted([(1, 'b'), (0, 'c'), (2, 'a')], key=operator.itemgetter(1)))


class P:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child
    def greet(self, greeting, punct='!'):
        return f'{greeting}, {self.name}{punct}'

p = P('outer', P('inner'))
ag = operator.attrgetter('name')
ag2 = operator.attrgetter('name', 'child.name')
print(ag(p), ag2(p), repr(ag), repr(ag2))
try:
    operator.attrgetter(1)
except TypeError as e:
    print('TypeError', e)
try:
    operator.attrgetter('missing')(p)
except AttributeError as e:
    print('AttributeError', e)

mc = operator.methodcaller('greet', 'Hi', punct='?')
print(mc(p), repr(mc), repr(operator.methodcaller('upper')), operator.methodcaller('upper')('x'))
for args in [(), (1,)]:
    try:
        operator.methodcaller(*args)
    except TypeError as e:
        print('TypeError', e)
