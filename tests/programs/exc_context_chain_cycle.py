# Raising in a handler whose exception's context chain already loops must not hang, and a
# chain that would loop through the new exception is cut (as CPython does).
def self_cycle():
    try:
        raise ValueError(1)
    except ValueError as ex:
        ex.__context__ = ex
        raise TypeError(2)


try:
    self_cycle()
except Exception as e:
    exc = e
print(type(exc).__name__, type(exc.__context__).__name__, exc.__context__.__context__ is exc.__context__)


def longer_cycle():
    a, b, c = ValueError("a"), KeyError("b"), IndexError("c")
    a.__context__ = b
    b.__context__ = c
    c.__context__ = b
    try:
        raise a
    except ValueError:
        raise RuntimeError("new")


try:
    longer_cycle()
except RuntimeError as e:
    chain = []
    current = e
    for _ in range(6):
        chain.append(type(current).__name__)
        current = current.__context__
    print(chain)


def through_new():
    new = RuntimeError("new")
    try:
        try:
            raise new
        except RuntimeError:
            raise ValueError("middle")
    except ValueError:
        raise new


try:
    through_new()
except RuntimeError as e:
    print(type(e.__context__).__name__, e.__context__.__context__)
