# ExceptionGroup API: subgroup, split, derive, message, exceptions, nesting rules.
eg = ExceptionGroup("many", [ValueError(1), TypeError(2), ExceptionGroup("sub", [ValueError(3), KeyError(4)])])
print(eg.message, len(eg.exceptions), str(eg), repr(eg.exceptions[0]))


def show(g):
    if g is None:
        return None
    return (g.message, [show(e) if isinstance(e, BaseExceptionGroup) else repr(e) for e in g.exceptions])


print(show(eg.subgroup(ValueError)))
print(show(eg.subgroup(lambda e: isinstance(e, KeyError))))
print(show(eg.subgroup(OSError)))
match, rest = eg.split(ValueError)
print(show(match), show(rest))
match, rest = eg.split((ValueError, TypeError, KeyError))
print(show(match), rest)
print(eg.subgroup(ExceptionGroup) is eg)
d = eg.derive([IndexError(5)])
print(type(d).__name__, show(d))
print(type(BaseExceptionGroup("b", [ValueError()])).__name__, type(BaseExceptionGroup("b", [KeyboardInterrupt()])).__name__)
for bad_args in [("m", []), ("m", [1]), (1, [ValueError()]), ("m", ValueError())]:
    try:
        ExceptionGroup(*bad_args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    ExceptionGroup("x", [KeyboardInterrupt()])
except TypeError as e:
    print(type(e).__name__, e)
print(issubclass(ExceptionGroup, Exception), issubclass(ExceptionGroup, BaseExceptionGroup))
eg.add_note("note on group")
print(eg.__notes__, eg.subgroup(ValueError).__notes__)
