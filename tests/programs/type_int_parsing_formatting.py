# int() parsing with bases and formats; str() of ints; format specs for ints.
for text, base in [("101", 2), ("777", 8), ("ff", 16), ("FF", 16), ("zz", 36), ("0x1f", 0), ("0o17", 0),
                   ("0b11", 0), ("  -42  ", 10), ("+7", 10), ("1_000", 10), ("0", 0), ("00", 0), ("0x_1", 16)]:
    print(repr(text), base, int(text, base))
for text, base in [("08", 0), ("1__0", 10), ("_1", 10), ("12", 2), ("", 10), ("0x", 16), ("1.0", 10), ("١٢", 10)]:
    try:
        print(repr(text), "->", int(text, base))
    except ValueError as e:
        print(repr(text), "->", type(e).__name__, e)
print(int(b"42"), int(bytearray(b"17")), int("٣"), int(3.99), int(-3.99), int(True))
for spec in ["d", "5d", "<5d", "^7d", "+d", " d", "x", "#X", "08b", "o", ",", "_", "e", ".2f", "%", "c", "n"]:
    print(spec, repr(format(1234 if spec != "c" else 9731, spec)))
print(str(-0), str(10 ** 20), repr(-5), f"{-5:+}", f"{5:=+6}", f"{-5:06}")
try:
    format(10, ".2d")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format(10, "s")
except ValueError as e:
    print(type(e).__name__, e)
