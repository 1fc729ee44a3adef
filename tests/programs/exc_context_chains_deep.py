# Long implicit context chains built by nested handlers, walked and printed.
def chain(n):
    try:
        if n == 0:
            raise ValueError("level 0")
        chain(n - 1)
    except Exception as e:
        if n == 2:
            raise KeyError("level %d" % (n + 1)) from e
        if n == 3:
            raise KeyError("level %d" % (n + 1)) from None
        raise KeyError("level %d" % (n + 1))


def walk(e):
    out = []
    while e is not None:
        out.append("%s(%s)%s" % (type(e).__name__, e.args[0], "" if not e.__suppress_context__ else "!"))
        e = e.__cause__ or (None if e.__suppress_context__ else e.__context__)
    return out


for depth in (1, 2, 3):
    try:
        chain(depth)
    except KeyError as e:
        print(depth, walk(e))


def nested_handlers():
    try:
        raise IndexError("a")
    except IndexError:
        try:
            raise TypeError("b")
        except TypeError:
            try:
                raise ValueError("c")
            except ValueError:
                raise RuntimeError("d")


try:
    nested_handlers()
except RuntimeError as e:
    print(walk(e))
    print([type(x).__name__ for x in (e, e.__context__, e.__context__.__context__,
                                       e.__context__.__context__.__context__)])


def handler_clears():
    try:
        raise IndexError("first")
    except IndexError:
        pass
    raise ValueError("after the handler finished")


try:
    handler_clears()
except ValueError as e:
    print("no context once the handler is done:", e.__context__)


def in_finally():
    try:
        try:
            raise IndexError("x")
        finally:
            pass
    except IndexError:
        raise ValueError("y")


try:
    in_finally()
except ValueError as e:
    print(walk(e))
