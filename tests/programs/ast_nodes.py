# The node classes: hierarchy, _fields, _attributes, __match_args__, docs, class defaults, the
# constructor and its errors, and compile() of malformed trees.
import ast

for name in ["AST", "mod", "Module", "stmt", "FunctionDef", "expr", "Name", "Constant", "expr_context",
             "Load", "operator", "Add", "arguments", "arg", "keyword", "alias", "withitem", "match_case",
             "pattern", "MatchAs", "type_param", "TypeVar", "excepthandler", "ExceptHandler",
             "comprehension", "type_ignore", "TypeIgnore"]:
    cls = getattr(ast, name)
    print(name, [c.__name__ for c in cls.__mro__], cls.__module__)
    print("   ", cls._fields, cls._attributes, getattr(cls, "__match_args__", "-"))
print(ast.Name.__doc__)
print(ast.FunctionDef.__doc__)
print(ast.Add.__doc__)
print(ast.cmpop.__doc__)
print(ast.stmt.__doc__.splitlines()[:3])
print(ast.Constant.kind, ast.FunctionDef.returns, ast.expr.end_lineno, ast.arg.end_col_offset)
print(hasattr(ast.pattern, "end_lineno"), hasattr(ast.Name, "id"))

n = ast.Name("x", ast.Load(), lineno=3)
print(n.id, type(n.ctx).__name__, n.lineno, n.end_lineno, vars(n) == {"id": "x", "ctx": n.ctx, "lineno": 3})
print(ast.Name().__dict__, ast.Constant(1).__dict__, ast.Constant(1).kind)
print(ast.AST(x=1).x, ast.Name(1, 2, extra=3).extra)
for make in [
    lambda: ast.Name(1, 2, 3),
    lambda: ast.Name(1, id=2),
    lambda: ast.AST(1),
    lambda: ast.Load(1),
    lambda: ast.Expr(1, 2),
    lambda: ast.Name().id,
    lambda: ast.expr().lineno,
    lambda: ast.arguments().args,
]:
    try:
        make()
        print("no error")
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)


class MyName(ast.Name):
    pass


m = MyName("y", ast.Load())
print(isinstance(m, ast.expr), m._fields, m.id)
cls, args, state = ast.Name("z").__reduce__()
print(cls.__name__, args, state)
match ast.parse("f(1)", mode="eval").body:
    case ast.Call(ast.Name(name), [ast.Constant(value)]):
        print("matched", name, value)

# A Name subclass compiles as a Name.
expr = ast.Expression(MyName("len", ast.Load(), lineno=1, col_offset=0))
print(eval(compile(expr, "<sub>", "eval"))("abc"))


def try_compile(tree, mode="exec"):
    try:
        compile(tree, "<tree>", mode)
        print("compiled")
    except (TypeError, ValueError) as e:
        print(type(e).__name__, str(e).split(" object at ")[0])


loc = dict(lineno=1, col_offset=0)
try_compile(ast.Module(body=[ast.Pass()], type_ignores=[]))
try_compile(ast.Module(body=[ast.Pass(**loc)]))
try_compile(ast.Module(type_ignores=[]))
try_compile(ast.Module(body=ast.Pass(**loc), type_ignores=[]))
try_compile(ast.Module(body=[ast.Expr(**loc)], type_ignores=[]))
try_compile(ast.Module(body=[ast.Expr(None, **loc)], type_ignores=[]))
try_compile(ast.Module(body=[ast.Expr(ast.Name(id=1, ctx=ast.Load(), **loc), **loc)], type_ignores=[]))
try_compile(ast.Module(body=[ast.Expr(ast.Name(id="x", **loc), **loc)], type_ignores=[]))
try_compile(ast.Module(body=[ast.Expr(ast.Pass(**loc), **loc)], type_ignores=[]))
try_compile(ast.Module(body=[ast.Expr("x", **loc)], type_ignores=[]))
try_compile(ast.Module(body=[ast.ImportFrom("m", [ast.alias("x", **loc)], "1", **loc)], type_ignores=[]))
try_compile(ast.Module(body=[ast.Expr(ast.Constant([1], **loc), **loc)], type_ignores=[]))
try_compile(ast.Module(body=[ast.Expr(ast.Constant(1, **loc), col_offset=0)], type_ignores=[]))
try_compile(ast.Module(body=[ast.Pass(lineno="1", col_offset=0)], type_ignores=[]))
try_compile(ast.Expression(ast.Constant(1, **loc)))
try_compile(ast.Expression(ast.Constant(1, **loc)), "eval")
try_compile(ast.Name("x", ast.Load(), **loc), "eval")
try_compile(ast.Module(body=[], type_ignores=[]), "single")
try_compile(ast.Interactive(body=[ast.Expr(ast.Constant(1, **loc), **loc)]), "single")

# Tuple constants, which optimizers put in trees, compile to tuples.
tuple_tree = ast.Expression(ast.Constant((1, ("a", None), 2.5), lineno=1, col_offset=0))
print(eval(compile(tuple_tree, "<tuple>", "eval")))
try_compile(ast.Expression(ast.Constant((1, [2]), **loc)), "eval")
