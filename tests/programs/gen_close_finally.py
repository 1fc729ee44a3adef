# Generator finalization: close() runs finally blocks and with-exits; return in finally.
class Resource:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("  open", self.name)
        return self

    def __exit__(self, t, v, tb):
        print("  close", self.name, t.__name__ if t else None)
        return False


def reader():
    with Resource("r1"):
        yield 1
        yield 2


g = reader()
print(next(g))
g.close()
print("closed")


def finally_yields():
    try:
        yield 1
    finally:
        print("  cleanup")


g = finally_yields()
next(g)
del g
print("after del (cleanup may already have run)")


def swallow_exit():
    try:
        yield 1
    finally:
        return "swallowed"


g = swallow_exit()
next(g)
print(g.close())


def exhausted_close():
    yield 1


g = exhausted_close()
print(list(g), g.close())


def close_raises():
    try:
        yield
    finally:
        raise ValueError("from finally during close")


g = close_raises()
next(g)
try:
    g.close()
except ValueError as e:
    print(type(e).__name__, e, "context:", type(e.__context__).__name__)


def nested_with():
    with Resource("outer"):
        with Resource("inner"):
            yield "x"


g = nested_with()
next(g)
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("throw propagated", repr(e))
