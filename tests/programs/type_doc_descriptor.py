class X:
    "elephant"
X.__doc__ = "banana"
print(X.__doc__)
for f in (lambda: type(list).__dict__["__doc__"].__set__(list, "blah"), lambda: type(X).__dict__["__doc__"].__delete__(X), lambda: delattr(X, '__doc__')):
    try:
        f()
    except TypeError as e:
        print(e)
print(X.__doc__, X().__doc__)
class DocDescr(object):
    def __get__(self, object, otype):
        if object:
            object = object.__class__.__name__ + ' instance'
        if otype:
            otype = otype.__name__
        return 'object=%s; type=%s' % (object, otype)
class NewClass:
    __doc__ = DocDescr()
print(NewClass.__doc__, NewClass().__doc__)
class Y(X): pass
print(Y.__doc__, type.__doc__ is None or isinstance(type.__doc__, str))
class M(type):
    "meta doc"
class Z(metaclass=M):
    "z doc"
print(Z.__doc__, M.__doc__)
print(type(type.__dict__['__doc__']).__name__)
