# dict, its views, set and frozenset: every method's results and errors, mutation during
# iteration, subclasses.
def show(src, g=None):
    try:
        r = eval(src, globals())
        print(src, '->', repr(r))
    except Exception as e:
        print(src, '!!', type(e).__name__ + ':', e)

d = {'a': 1, 'b': 2}
class D(dict):
    def __missing__(self, k): return k * 2
class E(dict): pass
class S(set): pass
class F(frozenset): pass
cases = """
{}['x']
{}[[1]]
{}.get([1])
{}.get()
{}.get(1, 2, 3)
dict(1)
dict([1])
dict([(1,2,3)])
dict([[1,2]], a=3)
dict({'a': 1}, {'b': 2})
dict(a=1, **{'a': 2})
dict.fromkeys('abc')
dict.fromkeys('abc', 0)
dict.fromkeys()
dict.fromkeys(1)
D(a=1)['zz']
D.fromkeys('ab')
type(D.fromkeys('ab'))
E(a=1) | {'b': 2}
type(E(a=1) | {'b': 2})
{'a': 1} | {'a': 2, 'c': 3}
{'a': 1} | [('a', 2)]
{'a': 1} | 1
d.setdefault('c')
d.setdefault()
d.pop('zz')
d.pop('zz', 5)
d.pop()
{}.popitem()
{1: 2, 3: 4}.popitem()
list(reversed({1: 2, 3: 4}.items()))
list(reversed({1: 2, 3: 4}.values()))
list(reversed({1: 2, 3: 4}.keys()))
{1: 2}.keys() & {1, 3}
{1: 2}.keys() | [3]
{1: 2}.keys() - {1}
{1: 2}.keys() ^ {1, 5}
{1: 2}.items() & {(1, 2)}
{1: 2}.items() | {(3, 4)}
{1: 2}.keys() == {1}
{1: 2}.keys() < {1, 2}
{1: 2}.keys() <= {1}
{1: 2}.values() == {1: 2}.values()
{1: 2}.keys().isdisjoint([2])
{1: 2}.keys().mapping
{1: 2}.items().mapping
{1: 2}.values().mapping
1 in {1: 2}.keys()
(1, 2) in {1: 2}.items()
(1, [2]) in {1: 2}.items()
[1] in {1: 2}.keys()
2 in {1: 2}.values()
repr({1: 2}.keys())
repr({1: 2}.items())
repr({1: 2}.values())
repr(E(a=1))
len({1: 2}.items())
{1: 2}.update(1)
{1: 2}.update([1])
{1: 2}.update({3: 4}, {5: 6})
{1: 2} == {1: 2.0}
{1: 2} < {1: 3}
{1: 2}.copy()
dict.copy(E(a=1))
type(E(a=1).copy())
{1: 2}.clear()
{'a': 1}.__getitem__('b')
dict.__getitem__({}, 'x')
hash({})
{[1]: 2}
{}.__contains__([])
{1, 2} | {3}
{1, 2} | [3]
{1, 2}.union([3], (4,))
{1, 2}.intersection([2], {2, 3})
{1, 2}.difference()
{1, 2}.symmetric_difference([2, 3])
{1, 2}.symmetric_difference([2], [3])
{1, 2}.issubset([1, 2, 3])
{1, 2}.issuperset([1])
{1, 2}.isdisjoint([3])
{1, 2} & 1
{1}.add()
{1}.remove(2)
{1}.remove([])
{1}.discard([])
[1] in {1}
{1, 2}.pop() in (1, 2)
set().pop()
set(1)
set([1], [2])
set(x=1)
frozenset(x=1)
frozenset(1)
frozenset([1, 2]) | {3}
type(frozenset([1]) | {3})
type({3} | frozenset([1]))
type(F([1]) | {3})
type(S([1]) | {3})
type(S([1]).copy())
repr(S([1]))
repr(F([1]))
repr(F())
repr(S())
repr(frozenset())
repr(set())
hash(frozenset([1, 2])) == hash(frozenset([2, 1]))
hash(set())
hash(frozenset()) == hash(frozenset([]))
{1, 2} == frozenset([1, 2])
{1, 2} < {1, 2, 3}
{1, 2} <= [1, 2]
{1, 2}.__le__([1, 2])
{1} - 1
{1}.update(1)
{1}.update([2], [3])
{1}.intersection_update([1], 2)
{1}.difference_update(1)
{1}.symmetric_difference_update(1)
set.add(frozenset(), 1)
{frozenset([1]), 2}
{1, 2, 3} ^ {2}
{1}.__ior__([2])
frozenset([1]).copy()
{[]}
{1: 2}.get(1, default=3)
{1: 2}.pop(1, default=3)
dict.fromkeys([1], value=2)
{}.setdefault(1, default=5)
"""
for c in cases.strip().split('\n'):
    show(c)

x = {1: 1, 2: 2}
try:
    for k in x:
        x[k + 10] = 0
except RuntimeError as e:
    print('RuntimeError', e)
x = {1: 1, 2: 2}
try:
    for k in x:
        del x[k]; x[k+5] = 1
except RuntimeError as e:
    print('RuntimeError', e)
print(x)
x = {1: 1, 2: 2}
try:
    for k in x.values():
        x.pop(1)
except RuntimeError as e:
    print('RuntimeError', e)
x = {1: 1}
try:
    for k in x.items():
        x[5] = 1
except RuntimeError as e:
    print('RuntimeError', e)
s = {1, 2}
try:
    for k in s:
        s.add(k + 10)
except RuntimeError as e:
    print('RuntimeError', e)
r = {}; r['self'] = r; print(r)
r = set(); print(r)
class K:
    def __init__(self, v): self.v = v
    def __hash__(self): return 1
    def __eq__(self, o): return isinstance(o, K) and self.v == o.v
    def __repr__(self): return f'K({self.v})'
print({K(1): 1, K(2): 2, K(1): 3})
print({K(1), K(2), K(1)})
m = {'a': 1}; m |= [('b', 2)]; print(m)
try:
    m |= 1
except TypeError as e: print(e)
v = m.keys(); m['z'] = 0; print(v, len(v))
it = iter(m); print(it.__length_hint__())
print(dict(zip('ab', [1, 2])), dict([('a', 1)], b=2), dict({'a': 1}.items()))
print(sorted({3: 1, 1: 2}), list({3: 1, 1: 2}))
class M:
    def keys(self): return ['x', 'y']
    def __getitem__(self, k): return k.upper()
print(dict(M()), {**M()})
d2 = {}; d2.update(M()); d2.update(a=1); print(d2)
print({1: 'a', True: 'b', 1.0: 'c'})
print(set('abc') == {'a', 'b', 'c'}, sorted({'b', 'a'}), frozenset('ab') == set('ba'))
e = E(a=1); e.x = 5; print(e, e.x, vars(e))
print({}.__class_getitem__(int), dict[str, int], set[int], frozenset[int])
print({}.keys().__class__.__name__)
