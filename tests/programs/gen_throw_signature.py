# generator.throw(): the one-argument form, the deprecated (type, value, tb) form and its checks
# (the traceback first, then class or instance), and gi_code is the function's code object.
import sys
import warnings

warnings.simplefilter("ignore", DeprecationWarning)


def gen():
    try:
        yield 1
    except Exception as e:
        print("  caught", type(e).__name__, e.args)
        yield 2


def tb():
    try:
        raise KeyError("k")
    except KeyError:
        return sys.exc_info()[2]


cases = [
    (ValueError,),
    (ValueError("one"),),
    (ValueError, "two"),
    (ValueError, ("three", 3)),
    (ValueError, None),
    (ValueError, ValueError("inst")),
    (LookupError, KeyError("sub")),
    (KeyError, ValueError("other")),
    (ValueError, "x", tb()),
    (ValueError, "x", None),
    (ValueError, 1, 2),
    (ValueError(), 1),
    (ValueError(), None, 5),
    (42,),
    (int, 1),
]
for args in cases:
    g = gen()
    next(g)
    try:
        print(repr(args[0]) if not isinstance(args[0], type) else args[0].__name__, "->", g.throw(*args))
    except Exception as e:
        print("raised", type(e).__name__, e)

g = gen()
print("gi_code", g.gi_code is gen.__code__, g.gi_code.co_name)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    g = gen()
    next(g)
    g.throw(ValueError, "w")
print([str(w.message) for w in caught])
