# ast.parse and ast.dump over varied code: every statement and expression kind, all modes,
# indent as a number and as a string, include_attributes, annotate_fields=False.
import ast

SOURCES = [
    "x = 1",
    "a, *b = c = f(1, *d, k=2, **e)",
    "x += 1; y: int = 2; z: 'str'",
    "del a[1:2, ::3], b.c",
    "if a and b or not c:\n    pass\nelif d:\n    ...\nelse:\n    raise E from e",
    "for i in range(3):\n    continue\nelse:\n    break",
    "async def f():\n    async for x in y:\n        await z\n    async with a as (b, c):\n        yield\n",
    "while x < y <= z is not None:\n    x = -x ** 2 // 3 @ m",
    "try:\n    pass\nexcept (A, B) as e:\n    pass\nexcept C:\n    pass\nelse:\n    pass\nfinally:\n    pass",
    "try:\n    pass\nexcept* E:\n    pass",
    "with open(f) as g, h:\n    pass",
    "import a.b as c, d\nfrom ..e import f as g, h\nfrom . import i",
    "global x\nnonlocal y",
    "class C(B, metaclass=M):\n    'doc'\n    def m(self, /, a: int = 1, *, b, **kw) -> None:\n        return lambda x, *y: x",
    "@dec\n@dec2(1)\ndef g[T: int, *Ts, **P](x: T) -> T: pass",
    "type Alias[K] = dict[K, list[int]]",
    "x = [i for i in y if i if not i] + {k: v for k, v in z} | {s for s in t}",
    "g = (a async for a in b)",
    "f'{x!r:>{width}} and {y=}' 'tail'",
    "b'bytes' + u'text' + 0x1F + 1_000.5e3 + 2j",
    "match p:\n    case [1, *rest] if rest:\n        pass\n    case {'k': v, **kw}:\n        pass\n    case Point(x=0, y=_) | None as q:\n        pass\n    case str() | b'x' | -1 | 1+2j:\n        pass",
    "assert x, 'message'",
    "print(*a, sep='')\nx if y else z\n(w := 10)",
    "a[b:c:d], a[...], a[1, 2]",
]

for source in SOURCES:
    tree = ast.parse(source)
    print(ast.dump(tree))

print(ast.dump(ast.parse(SOURCES[13]), indent=4))
print(ast.dump(ast.parse(SOURCES[20]), indent="..", include_attributes=True))
print(ast.dump(ast.parse("f(x, y=1)"), indent=0))
print(ast.dump(ast.parse("x = 'é' + f(1)"), include_attributes=True))
print(ast.dump(ast.parse("a.b(c)", mode="eval"), annotate_fields=False))
print(ast.dump(ast.parse("x = 1\ny = 2", mode="exec"), annotate_fields=False, include_attributes=True))
print(ast.dump(ast.parse("1 + 1", mode="single")))
print(ast.dump(ast.parse("(int, str) -> list[int]", mode="func_type")))
print(ast.dump(ast.parse("def f(a, # type: int\n      ):\n    pass  # type: ignore[x]\n", type_comments=True)))
print(ast.dump(ast.parse("x = 1 # type: int", type_comments=True)))
print(ast.dump(ast.parse("x = 1", feature_version=(3, 8))))
print(ast.dump(ast.Name(id="x")))
print(ast.dump(ast.Constant(value=None)))
print(ast.dump(ast.FunctionDef(name="f", body=[]), indent=2))
print(ast.dump(ast.arguments()))
print(ast.dump(ast.Load()))
try:
    ast.dump("not a node")
except TypeError as e:
    print(e)
try:
    ast.parse("x = (1")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno, e.offset)
try:
    ast.parse("x = 1", mode="nonsense")
except ValueError as e:
    print(e)
tree = compile("a + b", "<expr>", "eval", ast.PyCF_ONLY_AST)
print(type(tree).__name__, ast.dump(tree.body, include_attributes=True))
print(ast.PyCF_ONLY_AST, ast.PyCF_TYPE_COMMENTS, ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
for call in [lambda: compile("1", "f", "exec", foo=1), lambda: compile("1", "f", "exec", 0, 0, 0, 0, 0),
             lambda: compile("1", "f", "exec", flags="x"), lambda: compile("1", "f", "func_type"),
             lambda: compile("1", "f", "bad", ast.PyCF_ONLY_AST)]:
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(type(compile("1", "f", "exec", ast.PyCF_ONLY_AST, dont_inherit=True, optimize=2, _feature_version=8)).__name__)
