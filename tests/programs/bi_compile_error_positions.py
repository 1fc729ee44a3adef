# SyntaxError positions and text by compile() mode: `eval` and `single` source without a final
# newline is read as it is (the text has no newline; an error at the end of input is at offset
# 0, or just past the line for a missing block), and errors found after parsing take their text
# from the file named, so source that is no file shows none.
import traceback


def show(src, mode="exec", name="<i>"):
    try:
        compile(src, name, mode)
        print(repr(src), mode, "compiles")
    except SyntaxError as e:
        print(repr(src), mode, type(e).__name__, repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))


for src in ["if x:\n", "match x:\n", "match x:", "while x:", "if 1:", "class C:\n"]:
    show(src)
    show(src, "single")
for src in ["1+", "1+\n", "x = (", "(1,", "'abc", "a b", "f(", "1 +\n", "lambda:", "[1, 2"]:
    show(src, "eval")
    show(src, "single")
for src in ["return 3", "break", "def f():\n    nonlocal q\n", "x = 1\nyield x"]:
    show(src)
    show(src, "single", "<stdin>")
for src, how in [("return 3", exec), ("1+", eval), ("break", exec)]:
    try:
        how(src)
    except SyntaxError as e:
        print("".join(traceback.format_exception_only(e)), end="")
