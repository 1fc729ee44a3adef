# gc: cycles through generators, frames, tracebacks and exceptions: the classic
# `except E as e: keep e.__traceback__` cycle, a generator that holds itself, and weak
# references that are garbage themselves (their callbacks do not run).
import gc
import sys
import weakref

gc.collect()
gone = []


class Marker:
    def __init__(self, name):
        self.name = name


def watch(obj, name):
    return weakref.ref(obj, lambda r: gone.append(name))


# An exception whose traceback's frame holds the exception.
def fail():
    marker = Marker("in frame")
    r = watch(marker, "frame local")
    try:
        raise ValueError("x")
    except ValueError as e:
        err = e
        tb = e.__traceback__
    return r


r = fail()
print("after return", r() is None, gone)
print(gc.collect() > 0, gone, r() is None)
gone.clear()


# The same with sys.exc_info kept in a local.
def keep_info():
    m = Marker("exc info")
    r = watch(m, "exc info")
    try:
        1 / 0
    except ZeroDivisionError:
        info = sys.exc_info()
    return r


r = keep_info()
print(gc.collect() > 0, gone)
gone.clear()


# A suspended generator that refers to itself; closing it runs its finally block.
def gen():
    m = Marker("gen local")
    try:
        me = yield 1
        yield me
    finally:
        print("generator finally")


g = gen()
next(g)
g.send(g)
r = watch(g, "generator")
del g
gc.collect()
print(gone, r() is None)
gone.clear()


# A weak reference held by its own referent: both are garbage, the callback never runs.
class Owner:
    pass


o = Owner()
o.ref = weakref.ref(o, lambda r: print("never printed"))
o.me = o
del o
print(gc.collect() > 0)

# A weak reference outside the cycle calls back.
o = Owner()
o.me = o
outside = weakref.ref(o, lambda r: print("callback ran, dead:", r() is None))
del o
print(gc.collect(), outside())


# A cycle between an exception and a context.
def chain():
    try:
        try:
            raise KeyError("inner")
        except KeyError as inner:
            raise RuntimeError("outer") from inner
    except RuntimeError as outer:
        holder = Marker("chained")
        holder.error = outer
        outer.holder = holder
        return watch(holder, "chained")


r = chain()
print(gc.collect() > 0, gone, r() is None)
