# __repr__, __str__, __format__ and their fallbacks; str()/repr()/format()/print/%-formatting.
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"


class OnlyStr:
    def __str__(self):
        return "OnlyStr as str"

    def __repr__(self):
        return "OnlyStr-repr"


class Formatted:
    def __format__(self, spec):
        return "<" + (spec or "empty spec") + ">"

    def __repr__(self):
        return "Formatted()"


r, s, f = OnlyRepr(), OnlyStr(), Formatted()
print(str(r), repr(r), r, [r], f"{r}", "%s %r" % (r, r))
print(str(s), repr(s), s, [s], f"{s} {s!r}", "%s|%r" % (s, s))
print(format(f), format(f, "x>5"), f"{f:abc}", "{:spec}".format(f), "{0!r:>12}".format(f))
print(format(r, ""))
try:
    format(r, "x")
except TypeError as e:
    print(type(e).__name__, e)


class BadRepr:
    def __repr__(self):
        return 42


try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)


class BadStr:
    def __str__(self):
        return None

    def __repr__(self):
        return "BadStr()"


try:
    str(BadStr())
except TypeError as e:
    print(type(e).__name__, e)


class BadFormat:
    def __format__(self, spec):
        return 1


try:
    format(BadFormat())
except TypeError as e:
    print(type(e).__name__, e)


class StrSub(str):
    def __str__(self):
        return "StrSub.__str__"


print(str(StrSub("raw")), repr(StrSub("raw")), "%s" % StrSub("raw"), f"{StrSub('raw')}")
print(format(3.5, ""), format(3.5), format(10, "08b"), format("x", "^5"), format(None))
print(str(b"bytes"), str(1.0), str(-0.0), repr("it's"), repr('say "hi"'), repr("both ' \""))
print(repr("tab\there"), repr("nl\n"), repr("\x00\x7f\xff\u1234"), repr("é"), ascii("é€"))
print("%5.2f|%-6d|%x|%o|%e|%c|%%|%r|%a" % (3.14159, 42, 255, 8, 12345.678, 65, "q", "é"))
print("%(name)s is %(age)d" % {"name": "Ann", "age": 30})
print("{} {} {}".format(1, "a", None), "{1}{0}".format("a", "b"), "{x.real}".format(x=3))
print("{:,}".format(10 ** 9), "{:.3%}".format(0.25), "{:+.1e}".format(-1234.5))
