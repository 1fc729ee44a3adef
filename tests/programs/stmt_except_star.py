# try/except* with ExceptionGroup: splitting, nesting, re-raising the rest, naked exceptions.
def describe(eg):
    return "%s(%r, %s)" % (type(eg).__name__, eg.message, [repr(e) for e in eg.exceptions])


try:
    raise ExceptionGroup("batch", [ValueError(1), TypeError(2), ValueError(3), KeyError(4)])
except* ValueError as eg:
    print("ValueErrors:", describe(eg))
except* (TypeError, KeyError) as eg:
    print("Type/Key:", describe(eg))

try:
    try:
        raise ExceptionGroup("outer", [ValueError("v"), OSError("os")])
    except* ValueError:
        print("handled the ValueError part")
except ExceptionGroup as rest:
    print("unhandled rest:", describe(rest))

try:
    raise ValueError("naked")
except* ValueError as eg:
    print("naked exception wrapped:", describe(eg))

try:
    raise ExceptionGroup("nested", [ValueError("a"), ExceptionGroup("inner", [ValueError("b"), TypeError("c")])])
except* ValueError as eg:
    print("split keeps structure:", type(eg.exceptions[1]).__name__, describe(eg.exceptions[1]))
except* TypeError as eg:
    print("TypeError part:", repr(eg.exceptions[0]))

try:
    try:
        raise ExceptionGroup("g", [KeyError("k")])
    except* KeyError:
        raise RuntimeError("raised in except* handler")
except ExceptionGroup as eg:
    print("handler error wrapped:", describe(eg))
except RuntimeError as e:
    print("plain runtime error", e)


def no_match():
    try:
        raise ExceptionGroup("g", [IndexError(0)])
    except* KeyError:
        print("never")
    else:
        print("never else")
    finally:
        print("finally runs")


try:
    no_match()
except ExceptionGroup as eg:
    print("propagated:", describe(eg))

try:
    try:
        raise TypeError("t")
    except* ValueError:
        pass
except TypeError as e:
    print("a naked unmatched exception propagates as itself:", repr(e))
