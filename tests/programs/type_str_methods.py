# str methods: case, search, split/join, strip, padding, predicates, replace, partition.
s = "Hello, World"
print(s.upper(), s.lower(), s.swapcase(), s.title(), "hello world".capitalize(), "ß".upper(), "ǅ".lower())
print(s.find("o"), s.rfind("o"), s.find("z"), s.index("W"), s.count("l"), s.count(""), s.find("o", 5, 9))
print(s.startswith("Hell"), s.endswith(("x", "ld")), s.startswith("World", 7), "".startswith(""))
print("a,b,,c".split(","), "a b  c ".split(), " a b ".split(" "), "a,b,c".split(",", 1), "a,b,c".rsplit(",", 1))
print("line1\nline2\r\nline3\r".splitlines(), "x\ny\n".splitlines(True), "".split(), "".split(","))
print("-".join(["a", "b", "c"]), "".join([]), ", ".join("xyz"))
print(repr("  pad  ".strip()), repr("xxhixx".strip("x")), repr("  l".lstrip()), repr("r  ".rstrip()), repr("abcba".strip("ab")))
print("42".zfill(5), "-42".zfill(5), "ab".center(6, "*"), "ab".ljust(4, "."), "ab".rjust(4), "abc".center(2))
print("abc".isalpha(), "abc1".isalnum(), "123".isdigit(), "12.3".isdigit(), " ".isspace(), "".isspace(),
      "Title Case".istitle(), "UP".isupper(), "low".islower(), "id_1".isidentifier(), "1id".isidentifier(),
      "²".isdigit(), "²".isdecimal(), "½".isnumeric(), "abc".isascii(), "é".isascii(), "\t".isprintable())
print("aaa".replace("a", "b"), "aaa".replace("a", "b", 2), "abc".replace("", "-"), "x".replace("y", "z"))
print("a=b=c".partition("="), "a=b=c".rpartition("="), "abc".partition("x"), "abc".rpartition("x"))
print("tab\tsep".expandtabs(4), "a\tb".expandtabs(), "prefix_name".removeprefix("prefix_"), "name.py".removesuffix(".py"))
print("hello"[::-1], "hello" * 2, "a" < "b", "a" < "B", "abc" in "xabcx", len("héllo"), "Straße".casefold())
table = str.maketrans("abc", "xyz", "d")
print("aabbccdd".translate(table), str.maketrans({"a": "1"}), "abc".translate({97: None, 98: "BB"}))
print("%s-%s" % ("a", "b"), "{0}{0}".format("r"), "x".encode(), "é".encode("utf-8"), "é".encode("latin-1"))
print(ord("a"), chr(955), "\N{GREEK SMALL LETTER ALPHA}", "\u00e9" == "é", "e\u0301" == "é")
print(str(), str(123), str([1, "a"]), str(None), str(b"x", "ascii"), str(b"\xc3\xa9", "utf-8"))
try:
    "abc".index("d")
except ValueError as e:
    print(type(e).__name__, e)
try:
    "a".join(["b", 3])
except TypeError as e:
    print(type(e).__name__, e)
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print("x".split("") if False else "empty separator:", end=" ")
try:
    "x".split("")
except ValueError as e:
    print(type(e).__name__, e)
