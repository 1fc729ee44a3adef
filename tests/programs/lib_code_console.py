"""code.InteractiveConsole driven by a scripted raw_input: prompts, push and
the buffer, complete/incomplete/invalid input, tracebacks without the
console's frames (chained ones too), syntax errors with the console's file
name, SystemExit, KeyboardInterrupt, banner and exit message variants,
sys.last_* and a user's sys.excepthook (also a failing one)."""
import code
import sys

# Report through sys.__excepthook__'s path: the console formats it itself.
sys.excepthook = sys.__excepthook__


class Console(code.InteractiveConsole):
    """Writes what the console writes to stdout, marked, so the order of
    program output and console output shows."""

    def __init__(self, lines, *args):
        super().__init__(*args)
        self.lines = list(lines)

    def raw_input(self, prompt=""):
        if not self.lines:
            raise EOFError
        line = self.lines.pop(0)
        if line is KeyboardInterrupt:
            print(prompt + "^C")
            raise KeyboardInterrupt
        print(prompt + line)
        return line

    def write(self, data):
        sys.stdout.write("[err] " + data.replace("\n", "\n[err] ")[:-6]
                         if data.endswith("\n") else "[err] " + data)


session = [
    "x = 6",
    "x * 7",
    "def f(n):",
    "    return 10 // n",
    "",
    "f(2)",
    "f(0)",
    "for i in range(2):",
    "    print('loop', i)",
    "",
    "1 = 2",
    "if x:",
    "  print(x",
    "  , 'continued')",
    "",
    "undefined_name",
    "raise ValueError('outer') from KeyError('inner')",
    "try:",
    "    ham",
    "except NameError:",
    "    eggs",
    "",
    "class A:",
    KeyboardInterrupt,
    "'after interrupt'",
    "import sys",
    "sys.last_type.__name__, str(sys.last_value)",
    "sys.last_exc is sys.last_value, sys.last_traceback.tb_frame.f_code.co_name",
]
for name in ("ps1", "ps2"):
    if hasattr(sys, name):
        delattr(sys, name)
console = Console(session)
console.interact("Test banner", "Test exit")
print(repr(sys.ps1), repr(sys.ps2))

print("-- custom prompts, empty banner, default exit message")
sys.ps1, sys.ps2 = "py> ", "..> "
Console(["if 1:", "  2", ""]).interact("")
print("-- no exit message")
Console(["3"]).interact("", "")

print("-- push")
c = Console([], {"a": 1}, "<myfile>")
print(c.filename, sorted(c.locals), c.buffer)
print(c.push("if a:"), c.buffer)
print(c.push("  a / 0"), c.buffer)
print(c.push(""), c.buffer)
print(c.push("(1,"), c.push("2]"), c.buffer)
c.push("a = 'a\\")
print(c.push("b'"), c.buffer, repr(c.locals["a"]))
c.resetbuffer()
try:
    c.push("raise SystemExit(4)")
except SystemExit as e:
    print("SystemExit", e.code, c.buffer)
c.resetbuffer()

print("-- user excepthook")
seen = []


def hook(exc_type, exc, tb):
    seen.append((exc_type.__name__, str(exc),
                 tb.tb_frame.f_code.co_name if tb else None))


sys.excepthook = hook
c.push("1 / 0")
c.push("1 2")
print(seen)


def broken_hook(exc_type, exc, tb):
    raise RuntimeError("hook failed")


sys.excepthook = broken_hook
sys.stderr = sys.stdout
c.push("[][0]")
sys.stderr = sys.__stderr__
sys.excepthook = sys.__excepthook__
