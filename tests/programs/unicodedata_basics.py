# unicodedata: names and lookup, general categories, combining classes, decimal/digit/numeric
# values with and without defaults, the four normalization forms, and the argument errors.
import unicodedata as u

print(u.unidata_version)
for ch in ["a", "Z", "é", "\u0301", "€", "中", "가", "😀", " ", "\u2028", "\x00", "\ue000", "\U000e0001", "\u0378"]:
    print(repr(ch), u.category(ch), u.combining(ch), u.name(ch, "?"))
for name in ["LATIN SMALL LETTER A", "latin small letter sharp s", "EURO SIGN", "CJK UNIFIED IDEOGRAPH-4E2D", "HANGUL SYLLABLE GA", "SNOWMAN"]:
    print(name, repr(u.lookup(name)))
for ch in ["7", "٣", "²", "①", "½", "Ⅻ", "五", "𐄢", "x", "\u2189"]:
    print(repr(ch), u.decimal(ch, None), u.digit(ch, None), u.numeric(ch, None))
text = "Ǆ ﬁ Å Å é ｶ ² ①"
for form in ["NFC", "NFD", "NFKC", "NFKD"]:
    out = u.normalize(form, text)
    print(form, ascii(out), u.is_normalized(form, text), u.is_normalized(form, out))
for f, args in [
    (u.name, ("ab",)), (u.name, (1,)), (u.category, ("",)), (u.name, ("\x00",)),
    (u.lookup, ("NO SUCH THING",)), (u.decimal, ("a",)), (u.digit, ("a",)), (u.numeric, ("a",)),
    (u.normalize, ("NFX", "a")), (u.normalize, (1, "a")), (u.normalize, ("NFC", 1)), (u.combining, ("ab",)),
]:
    try:
        print(f.__name__, f(*args))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)
for ch in ["a", "Ａ", "ｶ", "中", "€", "\u00a1", "😀", "\u0301", "א", "ا", "(", "\u202e", "1", "\u0378", "½", "Ǆ", "가"]:
    print(repr(ch), u.east_asian_width(ch), u.bidirectional(ch), u.mirrored(ch), repr(u.decomposition(ch)))
widths = {}
for code in range(0, 0x30000, 7):
    w = u.east_asian_width(chr(code))
    widths[w] = widths.get(w, 0) + 1
print(sorted(widths.items()))
print(sum(u.mirrored(chr(c)) for c in range(0x10000)), sum(1 for c in range(0x3000) if u.decomposition(chr(c))))
