"""codeop.compile_command: which texts are complete (a code object), which
are incomplete (None) and which are invalid (SyntaxError), in the three
modes; blank input; brackets, strings, continuation lines, blocks and
decorators cut short; multiple statements in 'single' mode."""
import codeop

CASES = [
    "", "\n", "# comment", "  ", "\n\n", "pass", "1", "x = 1", "x = 1; y = 2",
    "if 1:", "if 1:\n", "if 1:\n  pass", "if 1:\n  pass\n", "if 1: pass",
    "if 1: pass\n", "if 1:\n  pass\n  ", "if 1:\n  pass\n# c",
    "if 1:\n pass\nelse:", "if 1:\n pass\nelse:\n pass", "if 1:\n pass\nelif 2:",
    "def f():", "def f():\n  return 1", "def f():\n  return 1\n", "def f():\n\npass\n",
    "@deco", "@deco\n", "@deco\ndef f(): pass", "@deco(", "class A:\n  x = 1", "class A(",
    "x = (", "x = (\n", "x = (1,\n 2", "x = (1,\n 2)", "x = [", "x = {", "x = ([{",
    "foo(", "foo(1,", "foo(1 2", "foo(a=", "[i for i in", "[x for", "(x for x in (",
    "{a:b,c", "{a:b,c:", "(a **", "print((1,\n2,",
    "1+", "a b", "1 2 3", "a @", "lambda x:", "lambda x: x", "x +=", "del", "import",
    "from x import", "from x import (a,", "if x", "if x\n", "1 if 2 else",
    "'''abc", "'''abc\n", "'abc", "a = 'a\\ ", "x = 3 +\\", "x = 3 +\\\n",
    "return 1", "break", "1 = 2", "x = )", "(1, 2]", "f'{x'", "f'{x}'",
    "try:", "try:\n  pass", "try:\n  pass\nexcept:", "try:\n  pass\nexcept:\n  pass",
    "try:\n  pass\nfinally:", "with a as b:", "while 1:\n  pass\nelse:", "for x in y:\n  if x:",
    "match x:", "match x:\n case 1:", "match x:\n case 1:\n  pass", "async def f():",
    "if 1:\n  pass\n pass", "if 1:\npass", "  x = 1", "x = 1\ny = 2", "x = 1\ny = (",
    "if True:\n if True:\n  if True:   \n", "def x():\n  pass\n \n",
]
# A string continued by a backslash at the end waits for its next line.
STATEMENT_CASES = ["a = 'a\\", "x = 'abc\\\ndef"]


def decide(source, symbol):
    try:
        result = codeop.compile_command(source, "<in>", symbol)
    except SyntaxError as e:
        return "%s: %s (line %s)" % (type(e).__name__, e.msg, e.lineno)
    if result is None:
        return "incomplete"
    return "code, filename %s" % result.co_filename


for source in CASES:
    print(repr(source))
    for symbol in ("single", "exec", "eval"):
        print("   ", symbol, "->", decide(source, symbol))
for source in STATEMENT_CASES:
    print(repr(source))
    for symbol in ("single", "exec"):
        print("   ", symbol, "->", decide(source, symbol))
