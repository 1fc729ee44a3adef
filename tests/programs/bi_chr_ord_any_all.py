# chr, ord, any, all, hash of small ints, format, ascii, repr of many builtins.
print(chr(65), chr(97), chr(8364), chr(0x1F600), ord("A"), ord("€"), ord("\n"), ord("😀"))
print([chr(i) for i in range(ord("a"), ord("f"))], "".join(chr(ord(c) + 1) for c in "HAL"))
try:
    chr(0x110000)
except ValueError as e:
    print(type(e).__name__, e)
try:
    ord("")
except TypeError as e:
    print(type(e).__name__, e)
try:
    ord(5)
except TypeError as e:
    print(type(e).__name__, e)
print(any([]), all([]), any([0, "", None]), all([1, "a", [0]]), any(x > 3 for x in range(5)), all(x < 3 for x in range(5)))
checked = []


def check(v):
    checked.append(v)
    return v


print(any(check(v) for v in [0, 2, 3]), checked)
checked.clear()
print(all(check(v) for v in [1, 0, 3]), checked)
print(hash(0), hash(1), hash(-1), hash(-2), hash(10 ** 3), hash(True), hash(-1000))
print(hash(2.0), hash(-3.0), hash(0.0), hash(-0.0), hash(float("inf")), hash(float("-inf")))
print(hash((1, 2)) == hash((1, 2)), hash("a") == hash("a"), hash(b"a") == hash(b"a"))
print(format(255, "x"), format(255, "#06x"), format(3.14159, ".2f"), format("s", ">3"), format(1234567, ","))
print(ascii("plain"), ascii("é"), ascii(["ü", 1]), ascii("\n"), repr("\n"))
print(repr(1), repr(1.0), repr("s"), repr(b"s"), repr([1, "s"]), repr((1,)), repr({1: "a"}), repr({1}), repr(set()))
print(repr(frozenset()), repr(range(3)), repr(slice(1)), repr(None), repr(Ellipsis), repr(NotImplemented))
print(bin(5), oct(5), hex(5), bool(5), str(5), int("5"), float("5"), complex("5"))
