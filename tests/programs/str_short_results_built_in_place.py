# Short strs made by split, strip, slicing, lower/upper/title and + are built inside their
# objects; long ones keep their own buffers. Both must be the same text: equal, same hash,
# same length in code points, usable as dict keys, with non-ASCII text and lone surrogates.
texts = [
    "Hello, World!  foo\tbar\nbaz",
    "ünïcödé wörds ärë hérë " * 3,
    "x" * 38 + " " + "y" * 39 + " " + "z" * 37,
    "emoji \U0001f600 and \u00e9\u0301 combining",
    "lone \ud800 surrogate \udfff here",
]
seen = {}
for text in texts:
    parts = text.split()
    for p in parts:
        seen[p] = seen.get(p, 0) + 1
        rebuilt = "".join(list(p))
        assert p == rebuilt and hash(p) == hash(rebuilt) and len(p) == len(rebuilt), repr(p)
    print(len(parts), [len(p) for p in parts][:6])
    print(repr(text.strip(" Hle!")), repr(text[2:9]), repr(text[-40:]))
    print(repr(text.lower()[:20]), repr(text.upper()[:20]), repr(text.title()[:20]))
    a, b = text[:19], text[19:38]
    joined = a + b
    print(joined == text[:38], len(joined), hash(joined) == hash(text[:38]))
    print(repr(a + "!"), repr("" + b), repr(b + ""))
print(sorted(seen.items())[:8])
print("Hello" in seen, seen.get("bar"), seen.get("x" * 38))
# Results of exactly 38 and 39 bytes (the inline limit) and multi-byte characters around it.
for n in (36, 37, 38, 39, 40):
    s = ("é" * n)[: n // 2] + "a" * (n - n // 2)
    t = s.upper()
    print(n, len(s.encode()), len(t), t[-3:], s.lower() == s.lower().lower())
