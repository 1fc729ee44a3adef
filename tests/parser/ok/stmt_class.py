# Class definitions: bases, keywords, starred arguments, bodies.
class A: pass
class A(): pass
class A(B): pass
class A(B, C): pass
class A(B, C,): pass
class A(metaclass=M): pass
class A(B, metaclass=M, **kw): pass
class A(*bases): pass
class A(*bases, **kw): pass
class A(B, *c, d=1, **e): pass
class A(B[int], C.D, f()): pass
class A:
    """docstring"""
    x = 1
    def m(self): pass
    class B:
        class C:
            pass
    @property
    def p(self): return 1
class A(B if x else C): pass
class A((yield_)): pass
