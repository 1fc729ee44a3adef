class X: pass
print(X.__qualname__, X.__name__, type.__qualname__, int.__name__)
X.__qualname__ = "Y.X"; X.__name__ = "Z"
print(X.__qualname__, X.__name__, repr(X))
for f in (lambda: type.__dict__['__qualname__'].__set__(str, 'Oink'), lambda: setattr(str, '__name__', 'q'),
          lambda: delattr(X, '__qualname__'), lambda: setattr(X, '__name__', 5), lambda: type.__dict__['__name__'].__get__(5)):
    try:
        f()
    except TypeError as e:
        print(e)
print(type(type.__dict__['__name__']).__name__, type.__dict__['__qualname__'])
class M(type):
    __qualname__ = "M-q"
print(M.__qualname__)
