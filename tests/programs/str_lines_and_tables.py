# splitlines with every line boundary, maketrans/translate, casefold, swapcase, title,
# capitalize, isidentifier, isprintable and the other predicates on mixed text.

boundaries = ["\n", "\r", "\r\n", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029"]
for b in boundaries:
    text = "a" + b + "b" + b
    print(repr(b), text.splitlines(), text.splitlines(True), text.splitlines(keepends=True))
print("x\n\ny\r\r\nz".splitlines(), "".splitlines(), "\n".splitlines(), "\x1f".splitlines())
for bad in [lambda: "a".splitlines(1.5), lambda: "a".splitlines(x=1), lambda: "a".splitlines(1, 2)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print("a\nb".splitlines(2), "a\nb".splitlines(0), "a\nb".splitlines(None) if False else "")

table = str.maketrans("abc", "xyz", "d")
print(sorted(table.items()), "abcdd-cba".translate(table))
print("hello".translate({ord("l"): "LL", ord("o"): None, ord("h"): 72}))
print("abc".translate({97: "é"}), "abc".translate([None, "x"] * 50), "abc".translate({}))
print(sorted(str.maketrans({"a": "b", 99: None}).items()))
for bad in [
    lambda: str.maketrans("ab", "c"),
    lambda: str.maketrans({"ab": 1}),
    lambda: str.maketrans({1.5: 1}),
    lambda: str.maketrans(1),
    lambda: str.maketrans("a", 1),
    lambda: str.maketrans(1, "a"),
    lambda: str.maketrans("a", "b", 1),
    lambda: str.maketrans(),
    lambda: "a".translate({97: 1.5}),
    lambda: "a".translate({97: -1}),
    lambda: "a".translate({97: 0x110000}),
    lambda: "a".translate(5),
]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)

words = ["straße", "ǅemal", "ﬁnal", "ΣΑΣ", "ὈΔΥΣΣΕΎΣ", "hello world", "HELLO", "hElLo wOrLd", "a1b2 c3", "中a文b",
         "İstanbul", "ß", "ŉ", "they're bill's", "ǆ", "Ⅷ", "ﬃ", "µ", "σς", ""]
for w in words:
    print(repr(w), repr(w.upper()), repr(w.lower()), repr(w.casefold()), repr(w.title()), repr(w.capitalize()), repr(w.swapcase()))
    print(" ", w.isupper(), w.islower(), w.istitle(), w.isalpha(), w.isalnum(), w.isidentifier(), w.isprintable())

samples = ["abc", "_x1", "1x", "", "a b", "é", "x\u200d", "ℕ", "℘x", "·x", "x·", "a-b", "None", "\u2163",
           "٣", "²", "½", "12", "१२", "\t", " ", "\x1f", "\xa0", "\u200b", "\ufeff", "\ud800", "\U0001F600", "\x7f", "\xad"]
for s in samples:
    print(repr(s), s.isidentifier(), s.isprintable(), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isspace(),
          s.isascii(), s.isalnum())
print("Hello".center(11, "é"), "{:*^9}".format("é"), "abc".ljust(6, "\u2028").encode("utf-8"))
