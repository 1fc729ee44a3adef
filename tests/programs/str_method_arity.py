# Every str method called with no arguments and with too many, and the keyword-argument
# errors of direct method calls: CPython's TypeError wording for each.
names = sorted(n for n in dir(str) if not n.startswith("_"))
for name in names:
    method = getattr("abc", name)
    for args in [(), (1, 2, 3, 4, 5)]:
        try:
            result = method(*args)
            print(name, len(args), "->", repr(result)[:40])
        except Exception as e:
            print(name, len(args), type(e).__name__, e)

s = "abc"
calls = [
    lambda: s.center(bogus=1), lambda: s.count(bogus=1), lambda: s.encode(bogus=1), lambda: s.endswith(bogus=1),
    lambda: s.expandtabs(bogus=1), lambda: s.find(bogus=1), lambda: s.join(bogus=1), lambda: s.ljust(bogus=1),
    lambda: s.replace(bogus=1), lambda: s.split(bogus=1), lambda: s.splitlines(bogus=1),
    lambda: s.startswith(bogus=1), lambda: s.strip(bogus=1), lambda: s.zfill(bogus=1), lambda: s.partition(bogus=1),
    lambda: s.translate(bogus=1), lambda: s.format_map(bogus=1), lambda: s.removeprefix(bogus=1),
    lambda: s.find("a", start=0), lambda: s.join(["x"], sep=1), lambda: s.split(",", maxsplit=1, sep=","),
    lambda: s.encode(encoding="ascii", errors="strict"), lambda: s.encode("ascii", encoding="ascii"),
    lambda: s.expandtabs(tabsize=2), lambda: s.splitlines(keepends=True),
]
for call in calls:
    try:
        print(repr(call()))
    except Exception as e:
        print(type(e).__name__, e)
