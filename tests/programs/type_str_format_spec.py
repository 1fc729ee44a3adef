# str.format and format specs: alignment, fill, sign, width, grouping, precision, types, nesting.
print("{:<8}|{:>8}|{:^8}|{:*^9}|".format("l", "r", "c", "mid"))
print("{:+d} {:-d} {: d} {:+d}".format(5, 5, 5, -5))
print("{:06.2f} {:=+8.2f} {:x<6} {:0>4}".format(3.14159, 3.5, 7, 7))
print("{:,d} {:_d} {:,.2f} {:_x} {:_b}".format(1234567, 1234567, 1234567.891, 0xFFFFFF, 255))
print("{:#x} {:#o} {:#b} {:#X} {:X}".format(255, 8, 5, 255, 3054))
print("{:e} {:E} {:.2e} {:g} {:G} {:.3g} {:.10g}".format(12345.6789, 0.000123, 5, 1e-7, 1e20, 1234.5, 2 / 3))
print("{:%} {:.1%} {:.0%}".format(0.5, 0.123, 1))
print("{:c} {:d} {:n}".format(97, True, 1234))
print("{0} {1} {0}".format("a", "b"), "{name}-{0}".format(1, name="n"), "{} {}".format(*"xy"))
print("{0[1]} {0[k]} {1.real} {1.imag}".format({1: "one", "k": "kay"}, 3 + 4j))
print("{:{w}.{p}f}".format(3.14159, w=10, p=3), "{:{}{}}".format("x", ">", 4))
print("{!r} {!s} {!a}".format("q", "q", "ü"), "{0!r:^9}".format("q"))
print("{{}} {{{}}}".format(5))
print(format(12, ""), format(-0.0, "+"), format(float("nan"), "f"), format(float("-inf"), "e"))
print(format(1e16, ""), format(1e16, "g"), format(123456789.0, ""), format(0.1, ".17g"))
print("{:>10s}".format("s"), "{:.2s}".format("abcdef"), "{:5}".format(1), "{:5}".format("s"))
print("%-5s|%5s|%05d|%+.3f|%.2s|%*d|%-*d|" % ("a", "b", 42, 2.0, "xyz", 4, 7, 4, 7))
print("%d%%" % 50, "%i" % 3.9, "%x" % 255, "%#x" % 255, "%o" % 8, "%e" % 1.5, "%g" % 0.00001)
for bad in ["{:d}", "{:s}", "{:,s}", "{0:=}"]:
    try:
        print(bad.format(1.5 if bad == "{:d}" else 7 if bad in ("{:s}", "{:,s}") else "s"))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    "{} {}".format(1)
except IndexError as e:
    print(type(e).__name__, e)
try:
    "{x}".format(y=1)
except KeyError as e:
    print(type(e).__name__, e)
try:
    "{0} {}".format(1, 2)
except ValueError as e:
    print(type(e).__name__, e)
try:
    "%d" % "s"
except TypeError as e:
    print(type(e).__name__, e)
try:
    "%s %s" % ("only one",)
except TypeError as e:
    print(type(e).__name__, e)
try:
    "%s" % ("a", "b")
except TypeError as e:
    print(type(e).__name__, e)
