# match: or-patterns, as-patterns, guards with side effects, binding on failed guards.
def kind(x):
    match x:
        case 1 | 2 | 3 as small:
            return "small %r" % (small,)
        case [1, (2 | 3) as second]:
            return "second is %r" % (second,)
        case (int() | float()) as num if num > 100:
            return "big number"
        case [x, y] | (x, y, _):
            return "pair-ish %r %r" % (x, y)
        case {"k": ("a" | "b") as v}:
            return "mapping or %r" % (v,)
        case str() as s if s.startswith("@"):
            return "handle"
        case _:
            return "other"


for v in [2, [1, 3], [1, 4], 500, 500.5, 50, (7, 8, 9), "@me", "me", {"k": "b"}, {"k": "c"}]:
    print(repr(v), "->", kind(v))

calls = []


def guard(tag, result):
    calls.append(tag)
    return result


match (1, 2):
    case (a, b) if guard("first", False):
        pass
    case (a, c) if guard("second", True):
        print("matched second; a, c =", a, c)
print(calls)

# A name bound by a pattern whose guard failed keeps the value.
match 99:
    case leftover if leftover < 0:
        pass
    case _:
        print("leftover =", leftover)

# Subject evaluated once
def subject():
    print("subject evaluated")
    return 3


match subject():
    case 1:
        pass
    case 2:
        pass
    case 3:
        print("three")

# Guard raising an exception
try:
    match 0:
        case n if 1 / n:
            pass
except ZeroDivisionError as e:
    print(type(e).__name__, e)

# match on a tuple of values (common idiom)
for a, b in [(0, 0), (0, 1), (1, 1)]:
    match a, b:
        case 0, 0:
            print("both zero")
        case (0, _) | (_, 0):
            print("one zero")
        case _:
            print("none zero")
