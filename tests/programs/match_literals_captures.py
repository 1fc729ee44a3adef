# match: literal, capture, wildcard, value and group patterns.
class Color:
    RED = "red"
    GREEN = "green"


def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2:
            return "one or two"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case 2j:
            return "imaginary"
        case -3 + 4j:
            return "complex literal"
        case "hello":
            return "greeting"
        case b"raw":
            return "bytes"
        case True:
            return "true"
        case None:
            return "none"
        case Color.RED:
            return "value pattern red"
        case (Color.GREEN):
            return "group pattern green"
        case str() as s if len(s) > 10:
            return "long string " + s
        case other:
            return "captured %r" % (other,)


for v in [0, 1, 2, -1, 1.5, 2j, -3 + 4j, "hello", b"raw", True, None, "red", "green",
          "a very long string", 3.0, 1.0, False, (), "x"]:
    print(repr(v), "->", describe(v))


def wild(x):
    match x:
        case _:
            return "wildcard matched %r" % (x,)


print(wild(object.__name__))

# Capture binds even in the enclosing scope and keeps its value afterwards.
match 42:
    case answer:
        pass
print("answer =", answer)

# Literal matching uses ==, except True/False/None which use identity.
match 1:
    case True:
        print("1 matched True")
    case _:
        print("1 did not match True")
match 1.0:
    case 1:
        print("1.0 matched 1")
