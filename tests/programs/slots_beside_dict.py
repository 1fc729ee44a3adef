for base in (list, dict, float, Exception, set, str, int, tuple, bytes):
    try:
        class A(base):
            __slots__ = ('a', '__dict__')
    except TypeError as e:
        print(base.__name__, e); continue
    x = A()
    x.a = 1
    x.b = 2
    print(base.__name__, x.__dict__, x.a, x.b, vars(x))
    del x.a
    try:
        x.a
    except AttributeError as e:
        print(e)
    x.__dict__['a'] = 5
    print(x.__dict__)
    try: print(x.a)
    except AttributeError as e: print(e)
class B(list):
    __slots__ = ('p',)
class C(B):
    pass
c = C(); c.p = 1; c.q = 2
print(c.__dict__, c.p)
class E(list):
    pass
class F(E):
    __slots__ = ('r',)
f = F(); f.r = 1; f.s = 2
print(f.__dict__, f.r)
import copy, pickle
class E(Exception):
    __slots__ = ('a',)
e = E(1); e.a = 2; e.b = 3
print(e.__dict__, e.a, e.b, e.args)
class L(list):
    __slots__ = ('a', '__dict__')
x = L([1, 2]); x.a = 5; x.b = 6
y = copy.copy(x)
print(y, y.a, y.b, y.__dict__)
z = copy.deepcopy(x)
print(z, z.a, z.b, z.__dict__)
print(x.__getstate__())
print(x.__reduce_ex__(2)[2])
print([k for k in dir(x) if k in ('a', 'b')])
x.__dict__ = {'c': 7}
print(x.__dict__, x.c, x.a)
del x.__dict__
print(x.__dict__)
x.append = 3
print(x.append, x.__dict__)
class L2(L):
    pass
try:
    x.__class__ = L2
    print("ok", type(x), x.a)
except TypeError as e:
    print(e)
class M(list):
    pass
try:
    x.__class__ = M
except TypeError as e:
    print(e)
class G(object):
    __slots__ = ["a", "b"]
class H(object):
    __slots__ = ["b", "a"]
g = G(); g.a = 1; g.b = 2
g.__class__ = H
print(g.a, g.b)
print(list(H.__dict__))
class D(dict):
    __slots__ = ('k',)
d = D(a=1); d.k = 2
print(d, d.k, hasattr(d, '__dict__'))
try:
    d.zz = 1
except AttributeError as e:
    print(e)
class F(float):
    __slots__ = ('__dict__',)
f = F(1.5); f.q = 1
print(f, f.__dict__)
import weakref
class J(object):
    __slots__ = ["c", "b"]
class K(object):
    __slots__ = ["a", "b", "d"]
class L3(H):
    __slots__ = ["e"]
class M3(G):
    __slots__ = ["e"]
class Q(J):
    pass
class R(J):
    __slots__ = ["__dict__", "__weakref__"]
class P(J):
    __slots__ = ["__dict__"]
for a, b in ((G, J), (G, K), (L3, M3), (Q, R), (R, Q), (P, Q), (J, P)):
    x = a()
    try:
        x.__class__ = b
        print(a.__name__, "->", b.__name__, "ok")
    except TypeError as e:
        print(e)
