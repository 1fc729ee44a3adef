# What str methods count as whitespace: Unicode's White_Space plus U+001C..U+001F, in split(),
# rsplit(), strip() and isspace(); and strip() of an exact str with nothing to strip is the
# same object.
samples = ["a\x1cb\x1dc\x1ed\x1ff", "\x1f x \x1c", "\u00a0a\u2000b\u3000", "\x85x\x0b\x0cy\r\n", "plain", ""]
for s in samples:
    print(repr(s), s.split(), s.rsplit(None, 1), repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), s.isspace())
for c in range(0x40):
    if chr(c).isspace():
        print(hex(c), end=" ")
print()
print([hex(c) for c in range(0x80, 0x3100) if chr(c).isspace()])
word = "word"
print(word.strip() is word, word.strip("xyz") is word, " word ".strip() == word)


class S(str):
    pass


sub = S("word")
print(type(sub.strip()).__name__, sub.strip() is sub)
