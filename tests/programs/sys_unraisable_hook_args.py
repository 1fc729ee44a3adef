# The argument of sys.unraisablehook: a struct sequence named UnraisableHookArgs (module
# builtins; CPython 3.12 does not make it an attribute of sys).
import sys
seen = []
sys.unraisablehook = seen.append
class X:
    def __del__(self):
        raise ValueError("boom")
X()
a = seen[0]
T = type(a)
print(T, T.__name__, T.__qualname__, T.__module__, T.n_fields, T.n_sequence_fields, T.__match_args__ if hasattr(T, '__match_args__') else None)
print(a.exc_type, a.exc_value, a.err_msg, a.object.__qualname__, type(a.exc_traceback).__name__, len(a))
print(isinstance(a, tuple), T.__bases__)
b = T((ValueError, ValueError("x"), None, "msg", None))
print(repr(b))
try:
    T((1, 2))
except TypeError as e:
    print("TypeError:", e)
sys.unraisablehook = sys.__unraisablehook__
print(hasattr(sys, "UnraisableHookArgs"))
