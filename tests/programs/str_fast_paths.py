# The ASCII fast paths of str methods against their general paths: strip with a set of
# characters (ASCII or not, on ASCII and non-ASCII text), whitespace split and strip with
# Unicode spaces, splitlines with every line break, split on one-byte and longer separators,
# identity of results that equal their exact-str input, dict.setdefault, and number formats.


class S(str):
    pass


def show(label, value):
    print(label, repr(value))


texts = ["  hello,  ", "héllo!!", ",;,", "", "x", "\u00e9,\u00e9", "\u3000word\u3000", "a\u00a0b c\u2003d", "mixed ünïcode ,;"]
for t in texts:
    for chars in [None, ",", ",;!", " ,", "é", "\u3000", "", "!h"]:
        show(("strip", t, chars), (t.strip(chars), t.lstrip(chars), t.rstrip(chars)))

for t in ["", " ", "a b", "  a\tb\nc  ", "a\u00a0b", "a\u2003b\u3000c", "\x1c\x1d\x1e\x1fq\x85r\x0bs\x0ct", "one  two   three"]:
    show(("split", t), (t.split(), t.rsplit(), t.split(None, 1), t.rsplit(None, 1), t.strip()))

lines = "a\nb\r\nc\rd\x0be\x0cf\x1cg\x1dh\x1ei\x85j\u2028k\u2029l\n\nm\x1fn"
show("splitlines", lines.splitlines())
show("splitlines keep", lines.splitlines(True))
show("splitlines ascii", "x\ny\r\n\r\nz".splitlines())
show("splitlines end", "x\n".splitlines(keepends=True))

for t in ["a,b,,c", ",", "", "é,ü,", "a, b, c", "1-2-3"]:
    show(("split sep", t), (t.split(","), t.split(",", 1), t.split(", "), t.rsplit(","), t.split("-", 0)))

# Results equal to an exact str are that str; a subclass gives a plain str.
word = "".join(["wo", "rd"])
print(word.strip() is word, word.strip(",") is word, word.rstrip(",.") is word, word.lstrip("x") is word)
padded = "".join([" wo", "rd "])
print(padded.strip() is padded, padded.strip() == "word")
sub = S("word")
for result in [sub.strip(), sub.strip(","), sub.rstrip(), sub.split(), sub.lower()]:
    print(type(result).__name__, repr(result))
print(type(S(" a b ").split()[0]).__name__)

d = {}
print(d.setdefault("k", []) is d["k"], d.setdefault("k", 5), d.setdefault("j"), d)
counts = {}
for w in "b a b c b a".split():
    counts[w] = counts.get(w, 0) + 1
    counts.setdefault(w + "!", 0)
print(sorted(counts.items()))
try:
    d.setdefault()
except TypeError as e:
    print(e)
try:
    d.setdefault([], 1)
except TypeError as e:
    print(e)
try:
    d.get(1, 2, 3)
except TypeError as e:
    print(e)
try:
    d.get(k=1)
except TypeError as e:
    print(e)
try:
    len()
except TypeError as e:
    print(e)
try:
    len(1, 2)
except TypeError as e:
    print(e)
try:
    abs()
except TypeError as e:
    print(e)


class Key:
    def __init__(self, name):
        self.name = name

    def __hash__(self):
        return 7

    def __eq__(self, other):
        return isinstance(other, Key) and other.name == self.name


keys = {}
print(keys.setdefault(Key("a"), 1), keys.setdefault(Key("b"), 2), keys.setdefault(Key("a"), 3), len(keys))

for value in [0.0, 1.25, 2.5, 0.125, 1e15 + 0.5, 123456789.75, -3.5, 0.0009765625, 2.0**60, 1e22]:
    print(f"{value:.3f}|{value:08.3f}|{value:>12,.2f}|{value:.0f}|{value:.10f}|{value:%}", "%.2f" % value)
for bad in ["8.3fx", "..2f", "q"]:
    try:
        format(1.5, bad)
    except ValueError as e:
        print(e)
    try:
        format(True, bad)
    except ValueError as e:
        print(e)
print(str(1.5), "é".upper(), "ÉA".lower())

# Concatenation: an empty exact str gives back the other operand, as CPython does.
left = "".join(["ab", "c"])
empty = "".join([])
print((left + empty) is left, (empty + left) is left, (left + "d") == "abcd")
acc = empty
acc += left
print(acc is left, type(S("x") + ""), type("" + S("x")), S("a") + S("b"))
try:
    left + 1
except TypeError as e:
    print(e)
try:
    1 + left
except TypeError as e:
    print(e)

# Line breaks at every offset of long ASCII lines, with tabs and non-ASCII text near them.
for pad in range(0, 19):
    text = "x" * pad + "\n" + "y" * (17 - pad) + "\r\n" + "\t" * (pad % 3) + "z" * pad + "\x1c" + "é" * (pad % 2) + "w" * 9 + "\u2028end"
    print(pad, text.splitlines(), len(text.splitlines(True)))
print("no breaks at all in this long ascii line".splitlines(), "tabs\tonly\there".splitlines())

# Fixed-point formats of dyadic floats in 64-bit and wider arithmetic, rounding half to even.
for value in [4398046511103.5, 8796093022207.75, 0.5, 1.5, 2.5, 0.125, 0.375, 1e-3, 17179869183.999023, 3.0]:
    print(f"{value:.0f} {value:.1f} {value:.2f} {value:.10f} {value:,.3f} {value:.4%}", "%.1f" % value)
