# property, classmethod, staticmethod and super objects: attributes, binding, reprs, errors.
def show(src):
    try:
        r = eval(src, globals())
        print(src, '->', repr(r))
    except Exception as e:
        print(src, '!!', type(e).__name__ + ':', e)
def f(x):
    "doc of f"
    return x
sm = staticmethod(f)
cm = classmethod(f)
p = property(f, doc='pdoc')
p2 = property(f)
class A:
    @property
    def x(self):
        "x doc"
        return 1
    @x.setter
    def x(self, v): pass
    s = staticmethod(f)
    c = classmethod(f)
    ro = property(lambda self: 5)
a = A()
cases = """
sm.__func__ is f
sm.__wrapped__ is f
cm.__func__ is f
cm.__wrapped__ is f
sm.__doc__
cm.__doc__
sm(3)
p.__doc__
p2.__doc__
p.fget is f
p.fset
A.x.__doc__
A.x.fset.__name__
A.__dict__['x'].__class__.__name__
A.s(1)
A().s(2)
A.c()
a.ro
A.x.__get__(None, A) is A.x
A.x.__get__(a)
property().__get__(a)
setattr(a, 'ro', 1)
delattr(a, 'ro')
staticmethod(1)(2)
repr(sm)[:25]
repr(cm)[:26]
A.__dict__['s'].__get__(None, A) is f
A.__dict__['c'].__get__(None, A)(7)
super(A, a).__class__
super(A, a).__thisclass__
super(A, a).__self__ is a
super(A, a).__self_class__
super(A, A).__self__ is A
super(int, 'x')
super(A, 1)
"""
for c in cases.strip().split('\n'):
    show(c)
class Base:
    def hello(self): return 'base'
    @classmethod
    def make(cls): return cls.__name__
class Child(Base):
    def hello(self): return 'child+' + super().hello()
    @classmethod
    def make(cls): return 'c:' + super().make()
print(Child().hello(), Child.make(), super(Child, Child()).hello())
class P:
    @property
    def v(self): return 1
class Q(P):
    @P.v.getter
    def v(self): return 2
print(Q().v, P().v)
