# str with non-ASCII text: len, indexing, slicing, case mapping, encoding, ord/chr, sorting.
s = "naïve café — 日本語 😀"
print(len(s), s[2], s[-1], s[12:15], s[::-1])
print(s.upper(), s.title(), "ΣΑΣ".lower(), "straße".upper(), "İ".lower().encode())
print(s.encode("utf-8"))
print(len(s.encode("utf-8")), len(s.encode("utf-16-le")), s.encode("ascii", "replace"), s.encode("ascii", "ignore"))
print(s.encode("ascii", "backslashreplace"), s.encode("ascii", "xmlcharrefreplace"))
print([ord(c) for c in "é😀"], chr(0x65E5), "\U0001F600" == "😀", "\u00e9" == "é")
print(sorted(["é", "e", "f", "E"]), "é" > "z", max("abcé"))
print("日本".center(6, "*"), "ab".join("日本"), "日本語".find("語"), "x日y".split("日"))
print("Ⅻ".isnumeric(), "٣".isdigit(), int("٣٤"), "é".isalpha(), "😀".isalpha(), " ".isspace(), "\u2003".isspace())
print(repr("\u200b"), repr("\t\u00a0"), ascii("naïve"), repr("日本"))
print(str("bytes: %s" % b"\xc3\xa9".decode()), bytes("日", "utf-8").decode("utf-8"))
word = "Ünïcödé"
print([c for c in word if not c.isascii()], word.lower(), word.swapcase(), word.center(11, "·"))
print(sorted(set("mañana")), "mañana".count("ñ"), "mañana".replace("ñ", "n"), "mañana".index("a", 2))
print(list(map(len, ["a", "é", "日", "😀"])), [len(c.encode()) for c in ["a", "é", "日", "😀"]])
print("e\u0301" == "é", len("e\u0301"), "ﬁ".upper(), "ǈ".title(), "ß".casefold(), "Σ".casefold())
