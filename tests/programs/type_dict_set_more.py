# dict views as sets, frozenset identity, subclass results and more errors.
def show(src):
    try:
        r = eval(src, globals())
        print(src, '->', repr(r))
    except Exception as e:
        print(src, '!!', type(e).__name__ + ':', e)
class D(dict): pass
class F(frozenset): pass
class S(set): pass
fz = frozenset([1, 2])
cases = """
{1} < [1]
{1} <= 1
{1} == [1]
fz.copy() is fz
F([1]).copy() is F([1])
type(F([1]).copy())
frozenset(fz) is fz
{}.keys() & 1
{1: 2}.keys() & 'ab'
{1: 2}.items() - [(1, 2)]
{}.keys() | {}.keys()
type({1: 2}.keys() | [3])
{1: 2}.__or__([])
{1: 2}.__ror__({3: 4})
D(a=1) | D(b=2)
type(D(a=1) | D(b=2))
type({'x': 1} | D(b=2))
{(1, 2): 3}.pop((1, 2, 3))
{}.__delitem__((1,))
{}.pop((1,))
set().remove((1, 2))
set().remove(frozenset())
{1, 2, 3}.intersection()
{1, 2}.union()
{1, 2}.difference([1], [2])
{1, 2}.issubset(1)
{1, 2}.issuperset()
{1: 2}.keys() >= {1}
{1} & {1: 2}.keys()
{1} | {1: 2}.keys()
frozenset() == set()
frozenset({1}).union([2])
type(F({1}).union([2]))
type(S({1}).union([2]))
type(S({1}) - {1})
S({1}) == {1}
{1: 2}.items() == {(1, 2)}
{1: 2}.values() == [2]
set('ab').__len__()
{1}.__contains__([])
dict.fromkeys('ab', [])
{'a': 1}.__or__(1)
{'a': 1}.__ior__(1)
{1: 2}.get()
{}.update([(1, 2), (3,)])
{}.update([1])
{}.update(a=1)
dict(**{1: 2})
dict([('a', 1)], **{'b': 2})
dict(dict=1)
len({1: 2}.keys())
{}.setdefault(1, 2, 3)
{}.pop(1, 2, 3)
{}.popitem(1)
dict.fromkeys(1, 2, 3)
"""
for c in cases.strip().split('\n'):
    show(c)
d = {1: 2}
d.setdefault([], 1) if False else None
try:
    d[[1]] = 2
except TypeError as e: print(e)
try:
    {1}.add([1])
except TypeError as e: print(e)
try:
    frozenset([[1]])
except TypeError as e: print(e)
try:
    fz.add(1)
except AttributeError as e: print(e)
d = {}
d[1] = d
print(d, d.items(), d.keys(), d.values())
s = {1, 2, 3}
s &= {2, 3}; print(s); s |= {9}; print(sorted(s)); s -= {9}; print(s); s ^= {2, 10}; print(s)
s = S([1]); s |= {2}; print(type(s).__name__, s)
k = {1: 2}.keys(); k2 = k; k2 |= {5}; print(k2, type(k2).__name__, k)
print(dict.fromkeys(range(3)), dict.fromkeys(S([1])))
class Count(dict):
    def __setitem__(self, k, v):
        print('set', k, v); super().__setitem__(k, v)
Count.fromkeys('ab', 0)
c = Count(); c.update(a=1); c |= {'b': 2}; print(c)
print({1: 1, 2: 2}.keys() ^ {2: 0, 3: 0}.keys())
print(list({'b': 1, 'a': 2}.items()), {'b': 1, 'a': 2}.popitem())
