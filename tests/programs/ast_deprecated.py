# The classes of older Pythons that 3.12's ast still has: Num, Str, Bytes, NameConstant and Ellipsis
# (with their DeprecationWarnings), Constant.n and .s, slice, Index, ExtSlice and the unused contexts.
import ast
print("start")
Num = ast.Num
Num2 = ast.Num
n = ast.Num(5)
print(type(n).__name__, n.value, isinstance(n, ast.Num), isinstance(ast.Constant("s"), ast.Num), isinstance(ast.Constant(1), ast.Num))
print(isinstance(ast.Constant("s"), ast.Str), isinstance(ast.Constant(b"s"), ast.Bytes), isinstance(ast.Constant(None), ast.NameConstant), isinstance(ast.Constant(...), ast.Ellipsis))
print(isinstance(ast.Constant(True), ast.Num), isinstance(ast.Constant(True), ast.NameConstant))
c = ast.Constant(3)
print(c.n, c.s)
s = ast.Str("x", kind="u")
print(ast.dump(s), ast.Str.__mro__, ast.Str._fields)
print(ast.Num.__name__, type(ast.Num).__name__)
class MyNum(ast.Num): pass
print(isinstance(MyNum(1), ast.Num), isinstance(ast.Constant(1), MyNum))
print(ast.slice, ast.Index(5), ast.dump(ast.ExtSlice([ast.Constant(1)])), ast.Tuple([]).dims)
print(ast.Suite, ast.Param, ast.AugLoad)
print(ast.Str.__doc__, ast.Index.__doc__)
print(ast.dump(ast.parse("x = 1").body[0].value), isinstance(ast.parse("'s'", mode="eval").body, ast.Str))
try:
    ast.Num(1, n=2)
except TypeError as e:
    print(e)
try:
    ast.no_such_name
except AttributeError as e:
    print(e)


class OldVisitor(ast.NodeVisitor):
    def visit_Num(self, node):
        print("visit_Num", node.value)

    def visit_Str(self, node):
        print("visit_Str", node.value)


OldVisitor().visit(ast.parse("x = [1, 'a', None, 2.5, True]"))
