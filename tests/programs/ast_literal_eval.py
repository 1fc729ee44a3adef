# ast.literal_eval: every accepted literal and the errors of everything else.
import ast

GOOD = [
    "1", "-1", "+1.5", "-2j", "1+2j", "-1-2j", "0x10", "'str'", "b'bytes'", "r'\\n'", "'a' 'b'",
    "None", "True", "False", "...", "(1, 2)", "()", "[1, [2, [3]]]", "{1: 'a', 'b': (2,)}", "{}",
    "{1, 2, 3}", "set()", "  \t 42", "[\n1,\n2\n]", "(1, -2.5, 3+0j)", "{'nested': [{'x': None}]}",
]
for source in GOOD:
    value = ast.literal_eval(source)
    print(repr(source), "->", repr(value), type(value).__name__)

BAD = [
    "x", "f()", "1 + 1", "1 - 'a'", "-'a'", "--1", "not True", "[x for x in y]", "{**a}",
    "set([1])", "a.b", "1 if 2 else 3", "(1, x)", "2j + 1", "1 * 2", "lambda: 0", "{1: x}",
    "+(1+2j)", "{1, [2]}", "'a' + 'b'",
]
for source in BAD:
    try:
        print(repr(source), "->", ast.literal_eval(source))
    except (ValueError, TypeError, SyntaxError) as e:
        # The message ends in the repr of a node, which holds an address.
        print(repr(source), "->", type(e).__name__, str(e).split(": <")[0])

for source in ["1 +", "(", "x = 1"]:
    try:
        ast.literal_eval(source)
    except SyntaxError as e:
        print(repr(source), "->", type(e).__name__, e.msg)

print(ast.literal_eval(ast.parse("[1, 2]", mode="eval")))
print(ast.literal_eval(ast.Constant(5)))
print(ast.literal_eval(ast.Tuple(elts=[ast.Constant(1), ast.Constant("a")])))
try:
    ast.literal_eval(ast.Dict(keys=[ast.Constant(1)], values=[]))
except ValueError as e:
    print(str(e).split(": <")[0])
try:
    ast.literal_eval(ast.Name("x", lineno=7))
except ValueError as e:
    print(str(e).split(": <")[0])
