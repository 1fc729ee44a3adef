# Every code point below U+20000 through the str predicates and case mappings, summarized
# (count of true values, number of runs, and a checksum of the mapped text): what Python 3.12
# answers from Unicode 15.0, where later Unicode versions differ.

PREDICATES = ["isalpha", "isdigit", "isdecimal", "isnumeric", "isspace", "isprintable", "isidentifier",
              "isupper", "islower", "istitle", "isalnum"]
MAPPINGS = ["upper", "lower", "title", "casefold", "swapcase", "capitalize"]
chars = [chr(c) for c in range(0x20000) if not 0xD800 <= c < 0xE000]
for name in PREDICATES:
    count = runs = 0
    previous = False
    for ch in chars:
        ok = getattr(ch, name)()
        count += ok
        runs += ok and not previous
        previous = ok
    print(name, count, runs)
for name in MAPPINGS:
    changed = 0
    total = 0
    for ch in chars:
        mapped = getattr(ch, name)()
        if mapped != ch:
            changed += 1
            for k, m in enumerate(mapped):
                total = (total * 31 + ord(m) * (k + 1)) % 1000000007
    print(name, changed, total)
