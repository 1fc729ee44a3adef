import copy


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f'Point({self.x!r}, {self.y!r})'


# shallow copies
lst = [[1, 2], {'a': 3}]
c = copy.copy(lst)
print(c == lst, c is lst, c[0] is lst[0])
d = {'k': [1]}
print(copy.copy(d) is d, copy.copy(d)['k'] is d['k'])
t = (1, [2])
print(copy.copy(t) is t, copy.copy('s'), copy.copy(42), copy.copy(None), copy.copy(len) is len)
s = {1, 2}
print(copy.copy(s) == s, copy.copy(s) is s, copy.copy(bytearray(b'ab')))
p = Point([1], 2)
q = copy.copy(p)
print(q, q is p, q.x is p.x)

# deep copies
deep = copy.deepcopy(lst)
print(deep == lst, deep[0] is lst[0], deep[1] is lst[1])
q = copy.deepcopy(p)
print(q, q.x is p.x)
tt = (1, 2, 'x')
print(copy.deepcopy(tt) is tt, copy.deepcopy((1, [2])) == (1, [2]))

# shared references and cycles are preserved
shared = [1]
both = [shared, shared]
dc = copy.deepcopy(both)
print(dc[0] is dc[1], dc[0] is shared)
cyc = [1]
cyc.append(cyc)
dcyc = copy.deepcopy(cyc)
print(dcyc[1] is dcyc, dcyc is not cyc)
dd = {}
dd['self'] = dd
dcd = copy.deepcopy(dd)
print(dcd['self'] is dcd)

# memo
memo = {}
x = [1, 2]
y = copy.deepcopy([x, x], memo)
print(memo[id(x)] is y[0], y[0] is y[1])


# __copy__ and __deepcopy__
class Custom:
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        print('  __copy__ called')
        return Custom(self.v + ['shallow'])
    def __deepcopy__(self, memo):
        print('  __deepcopy__ called', type(memo).__name__)
        return Custom(copy.deepcopy(self.v, memo) + ['deep'])

cu = Custom([0])
print(copy.copy(cu).v, copy.deepcopy(cu).v)
print(copy.deepcopy([cu, cu])[0].v)


# __reduce_ex__ and __getstate__/__setstate__
class Reduced:
    def __init__(self, a):
        self.a = a
    def __reduce_ex__(self, proto):
        print('  __reduce_ex__', proto)
        return (Reduced, (self.a * 2,))

print(copy.copy(Reduced(2)).a, copy.deepcopy(Reduced(3)).a)


class Stateful:
    def __init__(self):
        self.data = [1]
        self.cache = 'big'
    def __getstate__(self):
        return {'data': self.data}
    def __setstate__(self, state):
        self.__dict__.update(state)
        self.cache = None

st = copy.deepcopy(Stateful())
print(st.data, st.cache)


class Slotted:
    __slots__ = ('a', 'b')
    def __init__(self):
        self.a = [1]

sl = copy.copy(Slotted())
print(sl.a, hasattr(sl, 'b'))
sl2 = copy.deepcopy(Slotted())
print(sl2.a)


class NewArgs(int):
    def __new__(cls, v, tag):
        self = super().__new__(cls, v)
        self.tag = tag
        return self
    def __getnewargs__(self):
        return (int(self), self.tag)

na = copy.deepcopy(NewArgs(5, 'five'))
print(na, na.tag, type(na).__name__)


class ListSub(list):
    pass

ls = ListSub([1, [2]])
ls.extra = 'x'
cls_ = copy.deepcopy(ls)
print(type(cls_).__name__, cls_, cls_.extra, cls_[1] is ls[1])


class DictSub(dict):
    pass

ds = copy.copy(DictSub(a=1))
print(type(ds).__name__, ds)

# classes and functions are atomic
print(copy.deepcopy(Point) is Point, copy.copy(Point) is Point, copy.deepcopy(print) is print)


class Method:
    def m(self):
        return self

bm = Method().m
cbm = copy.deepcopy(bm)
print(type(cbm).__name__, cbm.__func__ is bm.__func__, cbm.__self__ is bm.__self__)

print(issubclass(copy.Error, Exception), copy.error is copy.Error)


class Named:
    def __reduce_ex__(self, proto):
        return 'Named'   # a global name: copies are the object itself

n = Named()
print(copy.copy(n) is n, copy.deepcopy(n) is n)
