# The except-clause variable is deleted at the end of the handler.
e = "before"
try:
    raise ValueError("x")
except ValueError as e:
    print("in handler:", e)
try:
    print(e)
except NameError as err:
    print(type(err).__name__, err)


def f():
    try:
        1 / 0
    except ZeroDivisionError as exc:
        pass
    return exc


try:
    f()
except UnboundLocalError as err:
    print(type(err).__name__, err)


def keep():
    try:
        raise KeyError("kept")
    except KeyError as exc:
        saved = exc
    return saved


print(repr(keep()))


def rebind_in_handler():
    try:
        raise ValueError
    except ValueError as exc:
        exc = "rebound"
    try:
        return exc
    except UnboundLocalError as err:
        return "deleted even after rebinding: %s" % err


print(rebind_in_handler())


def del_in_handler():
    try:
        raise ValueError
    except ValueError as exc:
        del exc
    return "del inside the handler is fine"


print(del_in_handler())

# The traceback is still reachable from the saved exception.
saved = keep()
print(saved.__traceback__ is not None, type(saved.__traceback__).__name__)

# The name can be a global
try:
    raise IndexError("global name")
except IndexError as global_exc:
    pass
print("global_exc" in globals())
