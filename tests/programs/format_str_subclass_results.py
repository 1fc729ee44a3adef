# str(), repr(), format(), f-strings and "%s" % x hand back the str subclass a __str__, __repr__ or
# __format__ returned; bytes %c pads to a width; a * width or precision too large is an OverflowError.
class S(str):
    pass


class A:
    def __str__(self):
        return S("a")

    def __repr__(self):
        return S("r")


class OnlyRepr:
    def __repr__(self):
        return S("only-repr")


class F:
    def __format__(self, spec):
        return S("f" + spec)


for label, result in [
    ("str", str(A())),
    ("repr", repr(A())),
    ("format", format(A())),
    ("fstring", f"{A()}"),
    ("fstring !r", f"{A()!r}"),
    ("percent", "%s" % A()),
    ("percent tuple", "%s" % (A(),)),
    ("percent longer", "<%s>" % A()),
    ("str via repr", str(OnlyRepr())),
    ("format spec", format(F(), "x")),
    ("fstring spec", f"{F():y}"),
]:
    print(label, type(result).__name__, result)


class Bad:
    def __str__(self):
        return 1

    def __repr__(self):
        return b"x"


for make in (str, repr):
    try:
        make(Bad())
    except TypeError as e:
        print(make.__name__, "TypeError", e)

print(b"%5c|%-3c|%.0c|%05c" % (65, b"x", 66, 67))
for template, args in [("%.*d", (2**70, 5)), ("%*d", (2**70, 5)), ("%*d", ("3", 5)), ("%.*f", (2**31, 1.0))]:
    try:
        print(template % args)
    except (OverflowError, TypeError) as e:
        print(template, type(e).__name__, e)
print("%*d|%-*d|%.*f" % (4, 7, 3, 8, True, 2.5))
