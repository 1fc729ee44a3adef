# sys.monitoring's events, in CPython's order, for calls, returns, generators, exceptions,
# lines, jumps and branches.
import sys

m = sys.monitoring
E = m.events
log = []
WATCHED = ("gen", "work", "inner", "<genexpr>", "Thing", "__init__")


def shown(name, args):
    out = []
    for a in args:
        if isinstance(a, int) and name != "LINE":
            out.append("off")
        elif a is m.MISSING:
            out.append("MISSING")
        elif isinstance(a, BaseException):
            out.append(type(a).__name__)
        elif type(a).__name__ in ("generator", "tuple_iterator"):
            out.append(f"<{type(a).__name__}>")
        elif callable(a):
            out.append(getattr(a, "__name__", type(a).__name__))
        else:
            out.append(repr(a))
    return " ".join(out)


def make(name):
    def callback(code, *args):
        if code.co_name in WATCHED:
            log.append(f"{name} {code.co_name} {shown(name, args)}")

    return callback


m.use_tool_id(2, "probe")
ALL = 0
for name in ("PY_START", "PY_RESUME", "PY_RETURN", "PY_YIELD", "CALL", "RAISE", "RERAISE", "EXCEPTION_HANDLED",
             "PY_UNWIND", "PY_THROW", "C_RETURN", "C_RAISE", "LINE", "JUMP", "BRANCH", "STOP_ITERATION"):
    m.register_callback(2, getattr(E, name), make(name))
    ALL |= getattr(E, name)


def inner(a):
    if a > 1:
        raise ValueError(a)
    return a


def gen(n):
    for i in range(n):
        yield i
    return "done"


class Thing:
    def __init__(self, x):
        self.x = x


def work():
    total = 0
    for v in gen(2):
        total += v
    try:
        inner(5)
    except ValueError:
        total += 1
    len([1])
    try:
        len(5)
    except TypeError:
        pass
    g = gen(3)
    next(g)
    try:
        g.throw(KeyError("k"))
    except KeyError:
        pass
    Thing(1)
    args = (1, 2)
    max(*args)
    total += sum(x for x in [1, 2])
    while total < 10:
        total += 4
    return total


m.set_events(2, ALL)
work()
m.set_events(2, 0)
print("\n".join(log))
log.clear()

# Only some events.
for events in (E.PY_START | E.PY_RETURN, E.CALL, E.RAISE | E.EXCEPTION_HANDLED, E.LINE):
    m.set_events(2, events)
    work()
    m.set_events(2, 0)
    print(len(log), log[:6])
    log.clear()
m.free_tool_id(2)
