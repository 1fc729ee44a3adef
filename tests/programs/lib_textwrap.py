import textwrap, string
seed = 12345
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) & 0x7fffffff
    return seed % n
words = ["hello", "well-known", "a", "self-contained-thing", "--", "x--y", "word.", "Hi!", "e-mail", "ab-cd-ef", "1-2", "a-b", "long" * 7, "tab\there", "  ", "end?", "\"quote.\"", "_under-score", "re-", "-lead", "mid---dash", "pre-2000", "A-B-C-D"]
out = []
for trial in range(150):
    n = rnd(15) + 1
    parts = []
    for _ in range(n):
        parts.append(words[rnd(len(words))])
        parts.append([" ", "  ", "\n", " \t"][rnd(4)])
    text = "".join(parts)
    width = rnd(30) + 7
    kw = {}
    if rnd(2): kw["break_on_hyphens"] = False
    if rnd(3) == 0: kw["break_long_words"] = False
    if rnd(3) == 0: kw["drop_whitespace"] = False
    if rnd(3) == 0: kw["fix_sentence_endings"] = True
    if rnd(4) == 0: kw["initial_indent"] = "* "
    if rnd(4) == 0: kw["subsequent_indent"] = "    "
    if rnd(4) == 0: kw["max_lines"] = rnd(4) + 1
    if rnd(5) == 0: kw["replace_whitespace"] = False
    try:
        out.append(repr(textwrap.wrap(text, width, **kw)))
    except ValueError as e:
        out.append("VE " + str(e))
    try:
        out.append(repr(textwrap.shorten(text, width + 10)))
    except ValueError as e:
        out.append("VE " + str(e))
    out.append(repr(textwrap.TextWrapper(width=width)._split_chunks(text)))
print("\n".join(out))
print(repr(textwrap.dedent("  a\n    b\n  \n\t c\n")))
print(repr(textwrap.dedent("    a\n    b\n   \n      c")))
print(repr(textwrap.dedent("\ta\n  b")))
print(repr(textwrap.indent("a\n\nb\n  \n", "> ")))
print(repr(textwrap.indent("a\n\nb\n", "> ", lambda l: True)))
print(textwrap.fill("The quick brown fox jumps over the lazy dog. " * 5, 30))
