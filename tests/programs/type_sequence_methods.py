# list, tuple, range, slice and the iterator builtins: every method's results and errors.
def show(src, g=None):
    try:
        r = eval(src, g if g is not None else globals())
        print(src, '->', repr(r))
    except Exception as e:
        print(src, '!!', type(e).__name__ + ':', e)

L = [3, 1, 2]
cases = """
[1,2,3].index(4)
[1,2,3].index(2, -1)
[1,2,3].index(2, 0, 1)
[1,2,3].index()
[1,2,3].index(1, 'a')
[1,2,3].index(3, -100, 100)
[].pop()
[1].pop(5)
[1].pop('a')
[1].remove(2)
[1].insert()
[1].insert('a', 2)
[1].count()
[1,2].sort(1)
[1,'a'].sort()
[1,2] * -1
[1,2] * 'a'
[1,2] + (3,)
[1,2][5]
[1,2][1:'a']
[1,2][::0]
[1, 2].__getitem__(slice(None, None, -1))
list(1)
list([1], [2])
list(x=1)
[1,2] < [1,3]
[1,2] < [1,'a']
[1] < (1,)
[] == ()
[1,2,3][-4]
[1]*(2**70)
(1,)*(2**70)
list.__len__([1,2])
[1,2,3].copy()
[1,2].extend(5)
[1,2].__iadd__(5)
[].__setitem__(0, 1)
[1,2,3].__delitem__(5)
sorted([3,1,2], key=lambda x: -x, reverse=True)
sorted([3,1,2], lambda x: x)
sorted()
sorted([1], reverse=None)
sorted([(1,'b'),(1,'a'),(0,'c')], key=lambda t: t[0])
sorted([(1,'b'),(1,'a'),(0,'c')], key=lambda t: t[0], reverse=True)
(1,2,3).index(4)
(1,2,3).count(1)
(1,2)[5]
(1,2) + [3]
tuple(1)
hash((1,[2]))
(1,2) < (1,'a')
range(10)[5:2:-1]
range(0, 10**30, 7)[10**20]
range(0, 10**30, 7)[10**29:]
len(range(10**30))
range(10**30).__len__()
10**29 in range(0, 10**30, 7)
range(10).index(11)
range(10).index(5)
range(10).count(3)
range(1,10,2) == range(1,11,2)
range(0) == range(5,1)
hash(range(0)) == hash(range(3,1))
range(1,2,0)
range()
range(1.5)
range(1,2,3,4)
range(-5, 5, 3)
repr(range(1,10,1))
repr(range(1,10,2))
range(5)[-6]
range(5)[10**20]
range(5)['a']
list(reversed(range(1, 10, 3)))
range(3).start
range(10)[::-1]
range(10)[2:8:3]
range(3) < range(4)
slice(1,2,3)
slice(1)
slice()
slice(1,2,3,4)
slice(None, 10, 2).indices(5)
slice(None, None, -1).indices(5)
slice(-100, 100).indices(5)
slice(1, 2, 0).indices(5)
slice(1).indices(-1)
slice(1,2) == slice(1,2)
slice(1,2) < slice(1,3)
slice('a','b','c')
slice(1,2,3).start
list(enumerate('ab', 5))
list(enumerate('ab', start=-1))
list(enumerate('ab', 10**30))
enumerate()
enumerate('a', 'b')
list(zip('ab', 'cd', strict=True))
list(zip('ab', 'c', strict=True))
list(zip('a', 'cd', strict=True))
list(zip('ab', 'ab', 'c', strict=True))
list(zip('ab', 'ab', 'abc', strict=True))
zip(1)
zip('a', 2)
zip(foo=1)
list(zip())
list(map(lambda x, y: x + y, 'ab', 'cde'))
map(len)
map()
map(1, 2)
list(map(None, 'ab'))
list(filter(None, [0, 1, '', 'a']))
filter(None)
filter(None, 1)
list(reversed([1,2,3]))
reversed(1)
reversed(x=1)
list(iter([1,2,3].pop, 1))
iter(1)
iter(1, 2)
iter()
next(iter([]), 'dflt')
next(iter([]))
next(1)
next([1])
"""
for c in cases.strip().split('\n'):
    show(c)

# mutation during sort
a = [3, 2, 1]
def k(x):
    a.append(1)
    return x
try:
    a.sort(key=k)
except Exception as e:
    print(type(e).__name__, e)
print(a)
a = [3,2,1]
def cmp_key(x):
    a.clear()
    return x
try:
    a.sort(key=cmp_key); print(a)
except Exception as e:
    print(type(e).__name__, e)
class Bad:
    def __lt__(self, o): raise ValueError('boom')
try:
    [Bad(), Bad()].sort()
except Exception as e:
    print(type(e).__name__, e)
b = [1]; b.append(b); print(b, repr(b))
t = (b, 1); print(t)
class MyList(list): pass
m = MyList([1,2]); print(m, repr(m), type(m + [3]), type(m * 2), type(m[:]))
class MyTuple(tuple): pass
print(MyTuple((1,)), type(MyTuple((1,2))[:]))
it = iter([1,2,3]); print(next(it), list(it), list(it))
e = enumerate([1]); print(type(e), iter(e) is e)
r = reversed([1,2,3]); print(r.__length_hint__())
lst = [1,2,3]
for x in lst:
    if x == 1: lst.remove(x)
print(lst)
print(list(zip(*[iter(range(6))]*2)))
print([1,2,3].__class_getitem__(int), list[int], tuple[int, ...])
print(sorted([3,1,2], key=None))

print(type(reversed([1])).__name__ in ('list_reverseiterator', 'reversed'), list(reversed({1: 2, 3: 4})))
print(list(enumerate(iterable='ab')), hash((1, 2)) == hash((1, 2)), hash(range(0)) == hash(range(5, 1)))
print(list(range(10**30, 10**30 + 3)), range(10**30)[-1], 10**30 - 1 in range(10**30))
