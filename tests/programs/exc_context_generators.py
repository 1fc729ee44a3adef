# A generator sees the exception its caller handles (sys.exception, context of what it raises).
import sys
def g():
    print("in gen:", repr(sys.exception()))
    yield 1
    print("resumed:", repr(sys.exception()))
    try:
        raise ValueError("v")
    except ValueError:
        yield 2
    print("after:", repr(sys.exception()))
    yield 3
    raise TypeError("t")
it = g()
try:
    raise KeyError("k")
except KeyError:
    next(it)
next(it)
try:
    raise IndexError("i")
except IndexError:
    print("gen yielded inside its handler:", next(it))
    print("caller sees:", repr(sys.exception()))
try:
    next(it)
except TypeError as e:
    print("context:", repr(e.__context__))
for x in [1]:
    try:
        raise KeyError("loop")
    except KeyError:
        for y in (lambda: (yield repr(sys.exception())))():
            print("inline gen sees:", y)
