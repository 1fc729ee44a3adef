"""codeop: compile_command's defaults and results, the blank-input special
case, a bad mode, Compile and CommandCompiler (flags, __future__ features
carried to later statements), and the warnings: held back while the input
is incomplete, shown once for a complete one, raised as SyntaxError by an
'error' filter."""
import codeop
import warnings

print(sorted(codeop.__all__))
print(hex(codeop.PyCF_DONT_IMPLY_DEDENT), hex(codeop.PyCF_ALLOW_INCOMPLETE_INPUT))

code = codeop.compile_command("x = 6 * 7")
print(type(code).__name__, code.co_filename, code.co_name)
ns = {}
exec(code, ns)
print(ns["x"])
print(codeop.compile_command("a = 1\n", "abc").co_filename)
print(eval(codeop.compile_command("2 ** 10", symbol="eval")))
ns = {}
exec(codeop.compile_command("def f():\n  return 5\n", symbol="exec"), ns)
print(ns["f"]())

# Blank input is an empty statement, except in 'eval' mode where it waits.
for text in ("", "\n", "# only a comment"):
    print(repr(text), type(codeop.compile_command(text)).__name__,
          codeop.compile_command(text, symbol="eval"))

for bad in ("bad", ""):
    try:
        codeop.compile_command("1", symbol=bad)
    except ValueError as e:
        print("ValueError", e)

try:
    codeop.compile_command(1)
except AttributeError as e:
    print("AttributeError", e)


# Compile keeps the futures it has seen.
comp = codeop.Compile()
print(hex(comp.flags))
co = comp("from __future__ import annotations", "<c>", "single")
print(type(co).__name__, hex(comp.flags & 0x1000000), hex(comp.flags & 0x4200))
co = comp("1 + 1", "<c>", "eval")
print(eval(co), co.co_filename)
co = comp("3", "<c>", "eval", incomplete_input=False)
print(eval(co))
try:
    comp("1 +", "<c>", "eval", incomplete_input=False)
except SyntaxError as e:
    print("SyntaxError", e.msg)

cc = codeop.CommandCompiler()
print(type(cc.compiler).__name__)
print(cc("if 1:"), cc("if 1:\n  x = 2"), type(cc("if 1:\n  x = 2\n")).__name__)
try:
    cc("1 1")
except SyntaxError as e:
    print("SyntaxError", e.msg)
cc("from __future__ import annotations")
print(hex(cc.compiler.flags & 0x1000000))
print(cc("x = (", "<x>", "exec"), type(cc("x = (\n1)", "<x>", "exec")).__name__)


def warnings_of(source, symbol="single"):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            result = codeop.compile_command(source, symbol=symbol)
            outcome = "incomplete" if result is None else "code"
        except SyntaxError as e:
            outcome = "SyntaxError: " + e.msg
    print(repr(source), outcome,
          [(w.category.__name__, str(w.message), w.filename) for w in caught])


warnings_of("'\\e'")
warnings_of("'\\e' is 0")
warnings_of("'\\e' + (")
warnings_of("'\\e' 1")
warnings_of("x = 1 is 1", "exec")

with warnings.catch_warnings():
    warnings.simplefilter("error", SyntaxWarning)
    for text in ("1 is 1", "'\\e'", "(1 is 1,"):
        try:
            print(repr(text), codeop.compile_command(text, symbol="exec"))
        except SyntaxError as e:
            print(repr(text), "SyntaxError", e.msg)
