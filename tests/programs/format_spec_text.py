# The format-spec mini-language for str and complex, format() and __format__ dispatch, and
# f-string conversions with nested specs.


def show(value, spec):
    try:
        print(repr(spec), repr(format(value, spec)))
    except Exception as e:
        print(repr(spec), type(e).__name__, e)


for spec in ["", "s", "10", "<10", ">10", "^10", "*^11", "=10", ".2", "10.3", "+", "-", " ", "#", "0", "010",
             ",", "_", "d", "x", "r", "é<6", "^", "z", ".0", "x^3", "<<4", "5s"]:
    show("héllo", spec)
    show("", spec)

for v in [1 + 2j, -1.5 - 0.5j, 2j, -2j, 0j, complex(-0.0, 0.0), 1e20 + 1j, complex("nan+infj")]:
    print("value", repr(v))
    for spec in ["", "f", ".2f", "e", ".3e", "g", ".1g", "G", ">20", "<20.2f", "^24", "+", " ", "+.2f", "10",
                 ".3", "#", "%", "d", "n", "=10", "010", ",", "_.2f", "x", "s", "z.1f"]:
        show(v, spec)

for value in [None, [1, 2], (1,), {"a": 1}, object.__new__(object).__class__]:
    show(value, "")
    show(value, "10")


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __format__(self, spec):
        return f"${self.cents / 100:{spec or '.2f'}}"

    def __repr__(self):
        return "Money()"


class Bad:
    def __format__(self, spec):
        return 5


m = Money(12345)
width, precision = 12, 3
print(f"{m}|{m:.1f}|{m:>{width}.{precision}f}|{m!r}|{m!s:>10}|{'x'!a}|{'é'!a}|{3.5!r:>6}")
print(format(m, ",.2f"), "{:>10}".format(m), "{0:{1}}".format(7, "04"), "{:{}{}}".format(3.14159, ".", "2f"))
for bad in [lambda: format(Bad(), ""), lambda: f"{Bad()}", lambda: format(1, 2), lambda: "{:{}}".format(1, 2),
            lambda: "{!x}".format(1), lambda: "{0!}".format(1), lambda: "{:d}".format("s"), lambda: "{".format(),
            lambda: "}".format(), lambda: "{0}{}".format(1, 2), lambda: "{}{0}".format(1, 2), lambda: "{2}".format(1),
            lambda: "{a.b}".format(a=1), lambda: "{0[x]}".format({}), lambda: "{0[0}".format([1]),
            lambda: "{:{:{}}}".format(1, 2, 3), lambda: format(object(), "x"), lambda: "{0.__class__.__name__}".format(1),
            lambda: "{0[1]}-{0[a]}".format({1: "one", "a": "A"}), lambda: "{x[0]}{x[1]:>3}".format(x="ab")]:
    try:
        print(repr(bad()))
    except Exception as e:
        print(type(e).__name__, e)
