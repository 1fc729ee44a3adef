# ast.unparse: source text for trees of every kind, stable when parsed again.
import ast
SOURCES = [
    "x = 1", "a, *b = c = f(1, *d, k=2, **e)", "x += 1; y: int = 2; z: 'str'\n(w): int",
    "del a[1:2, ::3], b.c", "if a and b or not c:\n    pass\nelif d:\n    ...\nelse:\n    raise E from e",
    "for i in range(3):\n    continue\nelse:\n    break",
    "async def f():\n    async for x in y:\n        await z\n    async with a as (b, c):\n        yield\n",
    "while x < y <= z is not None:\n    x = -x ** 2 // 3 @ m",
    "try:\n    pass\nexcept (A, B) as e:\n    pass\nexcept C:\n    pass\nelse:\n    pass\nfinally:\n    pass",
    "try:\n    pass\nexcept* E:\n    pass", "with open(f) as g, h:\n    pass",
    "import a.b as c, d\nfrom ..e import f as g, h\nfrom . import i", "global x\nnonlocal y",
    "class C(B, metaclass=M):\n    'doc'\n    def m(self, /, a: int = 1, *, b, **kw) -> None:\n        return lambda x, *y: x",
    "@dec\n@dec2(1)\ndef g[T: int, *Ts, **P](x: T) -> T: pass", "type Alias[K] = dict[K, list[int]]",
    "x = [i for i in y if i if not i] + {k: v for k, v in z} | {s for s in t}", "g = (a async for a in b)",
    "f'{x!r:>{width}} and {y=}' 'tail'", "b'bytes' + u'text' + 0x1F + 1_000.5e3 + 2j",
    "match p:\n    case [1, *rest] if rest:\n        pass\n    case {'k': v, **kw}:\n        pass\n    case Point(x=0, y=_) | None as q:\n        pass\n    case str() | b'x' | -1 | 1+2j:\n        pass\n    case [*_]:\n        pass\n    case (a, b) if a > b:\n        pass",
    "assert x, 'message'", "print(*a, sep='')\nx if y else z\n(w := 10)", "a[b:c:d], a[...], a[1, 2], a[()], a[*b]",
    "x = 1e400, -1e400j, (1, 2), ()", "'''doc\nstring'''\nx = 1", "def f():\n    '''\n    doc with \\\\ and \"quote\"\n    '''",
    "f'{a}\\n{b!s}' f\"{'q'}\" f'{ {1: 2}[1] }' f'{x:{y}.{z}}'", "x = 'it\\'s' + \"say \\\"hi\\\"\" + '\\t\\x00é\\u2028'",
    "(a or b) and c or (d and (e or f))", "not (a == b)", "-(-x)", "(-1) ** 2, 2 ** -1, (a ** b) ** c, a ** b ** c",
    "x = yield", "lambda: (yield)", "await_ = (await x for x in y)", "1 .real + x.real", "f(x for x in y)",
    "(a, b) = c, (d,) = e", "x = {**a, 'b': 1}", "{*()}", "del (a, b), [c]", "x: list[int] = []",
    "for (a, b) in c: pass", "with (yield): pass", "lambda a, b=1, *c, d=2, **e: 0", "a if b else (c if d else e)",
    "(a if b else c) if d else e", "a := 1" if False else "(a := 1)", "print((yield))",
    "@property\nclass A: pass\nclass B(): pass\nclass C(*a, **k): pass",
    "if a:\n    pass\nelse:\n    if b:\n        pass\n    x = 1",
    "def f(a, b, /): pass\ndef g(*, a): pass\ndef h(a, /, *args): pass",
    "x = f'{a!r}' f'''{b}\n'''", "raise", "return", "x = [*a, *b]", "a[1:2][::2]", "f(**{'a': 1})",
]
for s in SOURCES:
    t = ast.parse(s)
    out = ast.unparse(t)
    print(out)
    print('---')
    again = ast.unparse(ast.parse(out))
    if again != out:
        print('NOT STABLE:', repr(again))
print(ast.unparse(ast.parse("(int, str) -> bool", mode="func_type")))
print(ast.unparse(ast.parse("x = 1 # type: int\ndef f(a):  # type: (int) -> None\n    pass", type_comments=True)))
print(ast.unparse(ast.BinOp(ast.BinOp(ast.Name('a'), ast.Add(), ast.Name('b')), ast.Mult(), ast.Constant(3))))
print(ast.unparse(ast.Constant(value=(1, 2.5, 'x'))))
print(ast.unparse(ast.Constant(value=(1,))))
print(ast.unparse(ast.Constant(float('nan'))))
