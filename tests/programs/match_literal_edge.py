# match literal edge cases: -0.0, big ints, escaped strings, bytes vs str, bool vs int, complex.
def m(x):
    match x:
        case 0:
            return "zero"
        case 12345678901234567890:
            return "big int"
        case -1.5:
            return "negative float"
        case "tab\there":
            return "escaped string"
        case b"\x00":
            return "nul byte"
        case "":
            return "empty string"
        case 1 + 2j:
            return "complex"
        case None | False:
            return "none or false"
        case _:
            return "other " + type(x).__name__


for v in [0, -0.0, 0.0, False, 12345678901234567890, 12345678901234567890.0, -1.5, "tab\there",
          "tab\\there", b"\x00", "\x00", "", b"", 1 + 2j, complex(1, 2), None, True, 1, 0j]:
    print(repr(v), "->", m(v))


def strings(s):
    match s:
        case "a" "b":
            return "implicitly concatenated literal"
        case r"\d":
            return "raw string literal"
        case """triple""":
            return "triple-quoted literal"
    return "no match"


print(strings("ab"), strings("\\d"), strings("triple"), strings("a"))
