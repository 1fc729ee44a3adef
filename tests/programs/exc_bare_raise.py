# Bare raise: re-raises the exception being handled; errors when none is.
def reraise():
    try:
        raise ValueError("original")
    except ValueError:
        print("  handling, re-raising")
        raise


try:
    reraise()
except ValueError as e:
    print(type(e).__name__, e)

try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)


def nested():
    try:
        raise KeyError("outer")
    except KeyError:
        try:
            raise IndexError("inner")
        except IndexError:
            pass
        raise  # the outer exception is current again


try:
    nested()
except KeyError as e:
    print("re-raised after inner handler:", repr(e))


def from_function():
    raise


try:
    try:
        raise TypeError("in caller")
    except TypeError:
        from_function()
except TypeError as e:
    print("bare raise inside a called function:", e)


def in_finally():
    try:
        raise ValueError("from try")
    finally:
        print("  finally does not handle it")


try:
    in_finally()
except ValueError as e:
    print("propagated", e)

# raise with a class instantiates it
try:
    raise KeyError
except KeyError as e:
    print(repr(e), e.args)

try:
    raise 42
except TypeError as e:
    print(type(e).__name__, e)

try:
    raise object
except TypeError as e:
    print(type(e).__name__, e)


class NotExc:
    pass


try:
    raise NotExc()
except TypeError as e:
    print(type(e).__name__, e)
