# __context__, __cause__, __suppress_context__ and raise ... from ...
def show(e, depth=0):
    pad = "  " * depth
    print(pad + "%s(%s) suppress=%s" % (type(e).__name__, e, e.__suppress_context__))
    if e.__cause__ is not None:
        print(pad + " cause:")
        show(e.__cause__, depth + 1)
    if e.__context__ is not None:
        print(pad + " context:")
        show(e.__context__, depth + 1)


try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("while handling")
except ValueError as e:
    show(e)

try:
    try:
        {}["k"]
    except KeyError as k:
        raise RuntimeError("explicit") from k
except RuntimeError as e:
    show(e)

try:
    try:
        [][1]
    except IndexError:
        raise TypeError("hidden") from None
except TypeError as e:
    show(e)

try:
    raise ValueError("cause from nowhere") from OSError("os")
except ValueError as e:
    show(e)

try:
    raise ValueError("class as cause") from KeyError
except ValueError as e:
    print(type(e.__cause__).__name__, repr(e.__cause__))

try:
    raise ValueError("bad cause") from 5
except TypeError as e:
    print(type(e).__name__, e)

# Context is set automatically also from finally and from nested handlers.
try:
    try:
        raise KeyError("first")
    finally:
        raise IndexError("second")
except IndexError as e:
    show(e)

# Re-raising the same exception does not make it its own context.
try:
    try:
        raise ValueError("same")
    except ValueError as v:
        raise v
except ValueError as e:
    print("context of re-raised:", e.__context__)

# Manual attributes
e = RuntimeError("manual")
e.__cause__ = KeyError("k")
print(e.__suppress_context__, repr(e.__cause__))
e.__suppress_context__ = True
print(e.__suppress_context__)
try:
    e.__cause__ = "not an exception"
except TypeError as err:
    print(type(err).__name__, err)

# A cycle in context chains is broken by Python when a new exception is raised.
try:
    try:
        raise ValueError("A")
    except ValueError as a:
        try:
            raise KeyError("B")
        except KeyError as b:
            b.__context__ is a and print("B's context is A")
            raise a
except ValueError as e:
    print("A's context:", repr(e.__context__), "and its context:", repr(e.__context__.__context__))
