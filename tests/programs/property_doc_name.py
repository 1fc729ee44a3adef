# property: the getter's docstring, a writable __doc__ (in a subclass's instance dict), __set_name__,
# CPython 3.12's missing-accessor messages, and classmethod chaining a wrapped property.
p = property(lambda s: 1)
class A:
    foo = property()
    @property
    def bar(self):
        "bar doc"
        return 1
for stmt in ("A().foo", "setattr(A(), 'foo', 1)", "delattr(A(), 'foo')", "setattr(A(), 'bar', 1)", "property().__get__(1)", "A.foo.__set__(A(), 1)", "A.bar.__delete__(A())"):
    try: eval(stmt)
    except AttributeError as e: print(e)
print(A.bar.__doc__); A.bar.__doc__ = "new"; print(A.bar.__doc__)
class sub(property): pass
s = sub(lambda self: 1, doc=None); print(s.__doc__, s.__dict__)
s2 = sub(lambda self: 1, doc="D"); print(s2.__doc__, s2.__dict__)
for i in (0, 1, 3):
    try: p.__set_name__(*([0] * i))
    except TypeError as e: print(e)
class Outer:
    class cls:
        @property
        def prop(self): "prop doc"
print(Outer.cls.prop.__doc__)
try: Outer.cls().prop = 1
except AttributeError as e: print(e)
class B:
    @property
    def x(self):
        "getter doc"
        return 1
    @x.setter
    def x(self, v): pass
print(B.x.__doc__)
class PropertyWithDoc(property): pass
class C:
    @PropertyWithDoc
    def spam(self):
        "spam doc"
        return 1
C.spam.__doc__ = "Spam"; print(C.spam.__doc__, C().spam)
class slotted(property):
    __slots__ = ()
try:
    class D:
        @slotted
        def eggs(self):
            "docstring"
except AttributeError as e: print("AttributeError", e)
class E:
    @slotted
    def eggs(self): pass
print(E.eggs.__doc__)
class F:
    @classmethod
    @property
    def __doc__(cls): return "F doc for %r" % cls.__name__
print(F.__doc__)
