# ast helpers: get_docstring, get_source_segment, copy_location, fix_missing_locations,
# increment_lineno.
import ast

source = '''"""Module docstring.

    Indented more.
"""

def f():
    """
        Function doc,
          with indentation.
    """
    return 1

class C:
\t"""\tTabbed doc."""

def g():
    x = 1
'''
tree = ast.parse(source)
print(repr(ast.get_docstring(tree)))
print(repr(ast.get_docstring(tree, clean=False)))
print(repr(ast.get_docstring(tree.body[1])))
print(repr(ast.get_docstring(tree.body[2])))
print(repr(ast.get_docstring(tree.body[3])))
try:
    ast.get_docstring(tree.body[3].body[0])
except TypeError as e:
    print(e)

text = "x = (1 +\n     2)\nif y:\n\tz = [a,\n\t     b]\nw = 'é' + v\r\nlast = 3"
t = ast.parse(text)
for node in ast.walk(t):
    if isinstance(node, (ast.stmt, ast.expr)):
        print(type(node).__name__, repr(ast.get_source_segment(text, node)))
print(repr(ast.get_source_segment(text, t.body[1].body[0], padded=True)))
print(repr(ast.get_source_segment(text, ast.Name("x"))))

new = ast.copy_location(ast.Name("n", ast.Load()), t.body[0].value)
print(new.lineno, new.col_offset, new.end_lineno, new.end_col_offset)
partial = ast.Name("p", ast.Load(), lineno=5, col_offset=2)
copied = ast.copy_location(ast.Name("q", ast.Load()), partial)
print(vars(copied).get("lineno"), vars(copied).get("end_lineno", "unset"))
print(ast.copy_location(ast.Load(), t.body[0]).__dict__)

built = ast.Module([ast.Expr(ast.BinOp(ast.Constant(1), ast.Add(), ast.Constant(2, lineno=4, col_offset=7)))], [])
ast.fix_missing_locations(built)
print(ast.dump(built, include_attributes=True))

moved = ast.increment_lineno(ast.parse("a = 1\nb = (2,\n 3)"), 10)
print([(type(n).__name__, n.lineno, n.end_lineno) for n in ast.walk(moved) if hasattr(n, "lineno")])
ignores = ast.parse("x = 1  # type: ignore", type_comments=True)
ast.increment_lineno(ignores, 2)
print(ast.dump(ignores, include_attributes=True))
