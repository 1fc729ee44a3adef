"""code.InteractiveInterpreter: its default namespace, runsource's results
(True for more input, False otherwise) in each mode, showsyntaxerror and
showtraceback output through write(), runcode, and the module functions
interact() (readfunc, local, banner, exitmsg) and compile_command."""
import code
import io
import sys

sys.excepthook = sys.__excepthook__
print(sorted(code.__all__))
print(code.compile_command is __import__("codeop").compile_command)

interp = code.InteractiveInterpreter()
print(sorted(interp.locals.items()))
print(type(interp.compile).__name__)
interp.write = lambda data: sys.stdout.write("<" + data + ">\n")

print(interp.runsource("(1 +"), interp.runsource("print('hi')"))
print(interp.runsource("y = 5", "<f>", "exec"), interp.locals["y"])
print(interp.runsource("y * 2", "<f>", "eval"))
print(interp.runsource("1 2", "<file>"))
print(interp.runsource("x = (1, 2]", "<exec>", "exec"))
print(interp.runsource("def f(:", "<exec>", "exec"))
print(interp.runsource("1", "<f>", "bogus"))
print(interp.runsource("1 / 0", "<f>", "exec"))
print(interp.runsource("def g():\n    return h()\ndef h():\n    return {}['k']\ng()\n", "<def>", "exec"))

# runcode with a code object of our own.
interp.runcode(compile("z = [1, 2][5]", "<rc>", "exec"))
interp.runcode(compile("z = 9", "<rc>", "exec"))
print(interp.locals["z"])
try:
    interp.runcode(compile("raise SystemExit('bye')", "<rc>", "exec"))
except SystemExit as e:
    print("SystemExit", e)

# showsyntaxerror with and without a file name.
try:
    compile("a b", "<orig>", "exec")
except SyntaxError:
    interp.showsyntaxerror()
    interp.showsyntaxerror("<renamed>")
try:
    raise SyntaxError("made by hand", ("<orig>", 1, 3, "a b c\n"))
except SyntaxError:
    interp.showsyntaxerror()
    interp.showsyntaxerror("<renamed>")
    print(sys.last_value.filename)
try:
    raise ValueError("not syntax")
except ValueError:
    interp.showsyntaxerror("<ignored>")
try:
    raise KeyError("k")
except KeyError:
    interp.showtraceback()
print(sys.last_type.__name__, sys.last_value is sys.last_exc)

# The default write goes to sys.stderr.
plain = code.InteractiveInterpreter({"__name__": "mine"})
sys.stderr = io.StringIO()
plain.runsource("oops")
text = sys.stderr.getvalue()
sys.stderr = sys.__stderr__
print(repr(text))
print(sorted(plain.locals))

print("-- interact()")
lines = iter(["v = 3", "v + local_value", "if v:", "  print('block')", ""])


def readfunc(prompt):
    try:
        line = next(lines)
    except StopIteration:
        raise EOFError from None
    print(prompt + line)
    return line


sys.stderr = sys.stdout
code.interact("hello", readfunc, {"local_value": 100}, "goodbye")
print("-- default banner")
buf = io.StringIO()
sys.stderr = buf
code.interact(readfunc=readfunc, local={})
sys.stderr = sys.__stderr__
expected = ("Python %s on %s\nType \"help\", \"copyright\", \"credits\" or "
            "\"license\" for more information.\n(InteractiveConsole)\n\nnow exiting "
            "InteractiveConsole...\n" % (sys.version, sys.platform))
print(buf.getvalue() == expected)
