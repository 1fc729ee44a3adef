import difflib
seed = 777
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) & 0x7fffffff
    return (seed >> 8) % n
out = []
alpha = "abcde \t"
for trial in range(80):
    a = "".join(alpha[rnd(len(alpha))] for _ in range(rnd(25)))
    b = "".join(alpha[rnd(len(alpha))] for _ in range(rnd(25)))
    junk = [None, lambda c: c == " "][rnd(2)]
    s = difflib.SequenceMatcher(junk, a, b)
    out.append(repr((s.get_matching_blocks(), s.get_opcodes(), round(s.ratio(), 6), s.quick_ratio(), s.real_quick_ratio(), s.find_longest_match(1, len(a), 0, len(b)))))
    out.append(repr(list(s.get_grouped_opcodes(1))))
lines = ["line %d\n" % i for i in range(30)] + ["same\n", "x = 1\n", "\tdef f(a, b):\n", "    return a\n", "#\n", "\n"]
for trial in range(40):
    a = [lines[rnd(len(lines))] for _ in range(rnd(14))]
    b = list(a)
    for _ in range(rnd(5)):
        op = rnd(3)
        if op == 0 and b: del b[rnd(len(b))]
        elif op == 1: b.insert(rnd(len(b) + 1), lines[rnd(len(lines))])
        elif b:
            k = rnd(len(b)); ln = b[k]; p = rnd(len(ln))
            b[k] = ln[:p] + "XYZ"[rnd(3)] + ln[p + rnd(2):]
    d = list(difflib.ndiff(a, b))
    out.append("".join(d))
    assert list(difflib.restore(d, 1)) == a and list(difflib.restore(d, 2)) == b
    out.append("".join(difflib.unified_diff(a, b, "a.txt", "b.txt", n=rnd(4))))
    out.append("".join(difflib.context_diff(a, b, "a.txt", "b.txt", "2020", "2021", n=rnd(4))))
    out.append("".join(difflib.Differ(difflib.IS_LINE_JUNK).compare(a, b)))
big_a = ["x\n"] * 250 + ["y\n"]
big_b = ["x\n"] * 240 + ["z\n", "y\n"]
s = difflib.SequenceMatcher(None, big_a, big_b)
print(s.bpopular, s.get_opcodes())
s = difflib.SequenceMatcher(None, big_a, big_b, autojunk=False)
print(s.bpopular, s.get_opcodes())
print("\n".join(out))
print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy"]))
print(difflib.get_close_matches("wheel", ["while", "wheels", "hello", "wheel", "helle"], n=2, cutoff=0.3))
import keyword
print(difflib.get_close_matches("wheel", keyword.kwlist))
for bad in [(0, 0.5), (3, 1.5)]:
    try: difflib.get_close_matches("a", ["a"], *bad)
    except ValueError as e: print(e)
print(list(difflib.unified_diff("one two three".split(), "one tree emu".split(), lineterm="")))
print(list(difflib.context_diff(["a"], ["b"], lineterm="")))
print(list(difflib.unified_diff([], [])), list(difflib.unified_diff(["a\n"], ["a\n"])))
try: list(difflib.unified_diff([1], [2]))
except TypeError as e: print(e)
try: list(difflib.unified_diff(["a"], ["b"], fromfile=1))
except TypeError as e: print(e)
print(list(difflib.diff_bytes(difflib.unified_diff, [b"a\n", b"\xff\n"], [b"b\n"], b"x", b"y")))
print(list(difflib.ndiff(["\tabc\n"], ["\tabd\n"])))
print(difflib.Match(1, 2, 3), difflib.IS_CHARACTER_JUNK(" "), difflib.IS_LINE_JUNK(" # \n"), difflib.IS_LINE_JUNK("x"))
try: list(difflib.restore([], 3))
except ValueError as e: print(e)
