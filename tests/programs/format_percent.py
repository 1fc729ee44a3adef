# printf-style formatting with %: every conversion, flags, width and precision (also from
# '*'), mapping keys, and the errors for bad templates and argument counts.


def show(template, args):
    try:
        print(repr(template), repr(template % args))
    except Exception as e:
        print(repr(template), type(e).__name__, e)


values = [0, -7, 255, 3.14159, 1e20, "hé", True, None, 10**20]
for conv in "diouxXeEfFgGcrsa":
    for flags in ["", "-", "+", " ", "#", "0", "-08", "+08", "#08", "8.3", ".0", "-+#010.2"]:
        template = f"%{flags}{conv}"
        print(repr(template), end=" ")
        for v in values:
            try:
                print(repr(template % (v,)), end=" ")
            except Exception as e:
                print(type(e).__name__, e, end=" ")
        print()
show("%5.2s|%-5s|%.1s", ("abc", "de", "xyz"))
show("%*d|%-*d|%.*f|%*.*f", (5, 1, 4, 2, 2, 3.14159, 8, 3, 2.5))
show("%(a)s-%(b)05d-%(a)r", {"a": "x", "b": 42})
show("%(a)s %%", {"a": 1})
show("%s", {"a": 1})
show("%s %s", {"a": 1})
show("%(a)s", (1,))
show("%(a", {"a": 1})
show("%", ())
show("%d", ())
show("%d %d", (1,))
show("%d", (1, 2))
show("%d", "x")
show("%x", 1.5)
show("%c", 65)
show("%c", "ab")
show("%c", 0x110000)
show("%c", -1)
show("%z", 1)
show("%é", 1)
show("ab%", ())
show("%s", ())
show("%s", ((1, 2),))
show("%ld %hd %Lf", (1, 2, 3.0))
show("%%%s%%", "x")
show("%i%%", 5)
show("%-5d|%05d|%+d|% d", (3, -3, 3, 3))
show("%.3d|%.0d|%#.3x", (5, 0, 5))
show("%s", b"x")
show("%a", "é")
show("%r", "é")
show(b"%s|%d|%x|%c|%5b", (b"ab", 3, 255, 65, b"z"))
show(b"%s", ("x",))
print("%s and %s" % ("a", "b"), "%d%%" % 50, "%.2f" % 1.005, "%10.4f|" % 3.14159, "%-10s|" % "hi", "%x" % 255)
# Only a bare %% is a literal: with a key, flags, width or precision '%' is an unsupported
# conversion that still takes an argument (3.12).
for fmt, args in [("%5%", ()), ("%(a)%", {"a": 1}), ("%.2%", ()), ("%-%", ()), ("%%", ()),
                  ("% %s", 1), ("%  %s", (1,)), ("%l%", ()), ("%*%", (3,)), ("%*%", (3, 4))]:
    show(fmt, args)
    show(fmt.encode(), args)
